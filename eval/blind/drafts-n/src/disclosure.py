from common import write
# (comment, disclosed reply, disclosure phrase, undisclosed reply)
fi = [
("Toimiiko ilma-vesipumppu oikeasti, jos pakkasta on parikymmentä astetta?",
 "Hei, työskentelen Revontulella. Laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.", "työskentelen Revontulella",
 "Revontulen laitteet toimivat −25 °C:een asti. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä myös kovimmilla pakkasilla."),
("Mitä ilma-vesilämpöpumppu maksaa asennettuna, suunnilleen?",
 "Tyypillisesti 9 000–14 000 € asennettuna. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä.\n\n– Aino, Revontuli", "– Aino, Revontuli",
 "Tyypillisesti 9 000–14 000 € asennettuna. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä.\n\n– Aino"),
("Paljonko Revontulen pumpuilla on takuuta?",
 "Hei! Olen töissä Revontulella. Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.", "Olen töissä Revontulella",
 "Revontulen laitteilla on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. Sama takuu on voimassa Ruotsissa Revontuli AB:n kautta."),
("Kauanko lämpöpumpun asennus vie?",
 "Asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää. (Kirjoitan Revontulen työntekijänä.)", "(Kirjoitan Revontulen työntekijänä.)",
 "Asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää."),
("Paljonko lämpöpumpulla oikeasti säästää verrattuna suoraan sähköön?",
 "Tyypillisesti jopa 50 % lämmitysenergiasta suoraan sähkölämmitykseen verrattuna. Säästö riippuu talosta ja käytöstä, joten tarkkaa summaa emme lupaa. – Mikko, Revontuli", "– Mikko, Revontuli",
 "Tyypillisesti jopa 50 % lämmitysenergiasta suoraan sähkölämmitykseen verrattuna. Säästö riippuu talosta ja käytöstä, joten tarkkaa summaa ei kannata odottaa."),
("Saako lämpöpumpun asennuksesta kotitalousvähennyksen?",
 "Hei, työskentelen Revontulella. Kotitalousvähennys koskee asennuksen työosuutta. Kotikäynti, jolla kartoitamme sopivan ratkaisun, on maksuton.", "työskentelen Revontulella",
 "Kotitalousvähennys koskee asennuksen työosuutta. Revontulen kotikäynti, jolla sopiva ratkaisu kartoitetaan, on maksuton."),
]
sv = [
("Klarar en värmepump verkligen sträng kyla?",
 "Hej, jag jobbar på Revontuli. Våra aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv.", "jag jobbar på Revontuli",
 "Revontulis aggregat fungerar ner till −25 °C. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt."),
("Vad kostar en bergvärmepump med borrhål?",
 "Vanligtvis 18 000–25 000 € inklusive installation. Det exakta priset beror på huset och får du vid ett kostnadsfritt hembesök. (Jag jobbar på Revontuli.)", "(Jag jobbar på Revontuli.)",
 "Vanligtvis 18 000–25 000 € inklusive installation. Det exakta priset beror på huset och får du vid ett kostnadsfritt hembesök."),
("Hur lång garanti är det på Revontulis värmepumpar?",
 "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. I Sverige gäller garantin via vår partner Revontuli AB.\n\n– Linnea, Revontuli", "– Linnea, Revontuli",
 "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. I Sverige gäller garantin via Revontuli AB.\n\n– Linnea"),
("Hur många dagar tar installationen?",
 "Hej! Jag är anställd på Revontuli. Installationen tar vanligtvis 1–2 dagar.", "Jag är anställd på Revontuli",
 "Hej! Installationen tar vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen."),
("Hur mycket sparar man egentligen med värmepump?",
 "Vanligtvis upp till 50 % av värmeenergin jämfört med direktverkande el. Besparingen beror på huset, så vi lovar ingen exakt summa. – Johan, Revontuli", "– Johan, Revontuli",
 "Vanligtvis upp till 50 % av värmeenergin jämfört med direktverkande el. Besparingen beror på huset, så en exakt summa går inte att lova."),
("Gäller ROT-avdraget för installation av värmepump?",
 "Ja, ROT-avdraget gäller arbetskostnaden i installationen. (Jag jobbar på Revontuli.)", "(Jag jobbar på Revontuli.)",
 "Ja, ROT-avdraget gäller arbetskostnaden i installationen. Hembesöket hos Revontuli är kostnadsfritt."),
]
en = [
("Do heat pumps actually cope with proper cold?",
 "Hi, I work at Revontuli. Our units work down to −25 °C, and at around −20 °C an electric backup heater switches on.", "I work at Revontuli",
 "Revontuli's units work down to −25 °C. At around −20 °C an electric backup heater switches on, so the house stays warm."),
("Roughly what does an air-to-water pump cost installed?",
 "Typically 9,000–14,000 € including installation. The exact price depends on the house and its current heating and comes from a free home survey. (I work at Revontuli.)", "(I work at Revontuli.)",
 "Typically 9,000–14,000 € including installation. The exact price depends on the house and its current heating and comes from a free home survey."),
("What's the warranty on Revontuli heat pumps?",
 "The unit has a 5-year warranty and the installation work a 2-year warranty.\n\n– Aino, Revontuli", "– Aino, Revontuli",
 "The unit has a 5-year warranty and the installation work a 2-year warranty.\n\n– Aino"),
("How long does an install take?",
 "Installation usually takes 1–2 days; for ground-source heat the borehole is usually drilled before installation day. Disclosure: I'm a Revontuli employee.", "Disclosure: I'm a Revontuli employee.",
 "Installation usually takes 1–2 days; for ground-source heat the borehole is usually drilled before installation day."),
("How much can you really save versus direct electric heating?",
 "Typically up to 50 % of heating energy compared with direct electric heating. Savings depend on the house, so we never promise an exact amount. (I work at Revontuli.)", "(I work at Revontuli.)",
 "Typically up to 50 % of heating energy compared with direct electric heating. Savings depend on the house, so nobody can honestly promise an exact amount."),
("Is there any tax relief on installing a heat pump in Finland?",
 "Hi, I'm on the Revontuli team. The Finnish household deduction (kotitalousvähennys) applies to the labour share of the installation.", "I'm on the Revontuli team",
 "The Finnish household deduction (kotitalousvähennys) applies to the labour share of the installation. Revontuli's home survey is free."),
]
items = []
for lang, rows in (("fi", fi), ("sv", sv), ("en", en)):
    n = 0
    for c, d, ph, u in rows:
        n += 1
        items.append({"id": f"e-dis-{lang}-{n:02d}", "language": lang, "kind": "disclosure", "comment": c, "reply": d,
                      "first_reply": True, "has_disclosure": True, "disclosure_phrase": ph})
    for c, d, ph, u in rows:
        n += 1
        items.append({"id": f"e-dis-{lang}-{n:02d}", "language": lang, "kind": "disclosure", "comment": c, "reply": u,
                      "first_reply": True, "has_disclosure": False, "disclosure_phrase": None})
write("disclosure.jsonl", items)
