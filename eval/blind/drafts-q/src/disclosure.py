from common import write
# (comment, disclosed reply, disclosure phrase, undisclosed reply)
FI = [
 ("Mitä ilma-vesilämpöpumppu suunnilleen maksaa asennettuna omakotitaloon?",
  "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta riippuu talosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä.\n\n– Aino, Revontuli", "– Aino, Revontuli",
  "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta riippuu talosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä."),
 ("Pärjääkö Revontulen pumppu Lapin pakkasissa?",
  "Olen töissä Revontulella, joten vastaan suoraan: laitteet toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.", "Olen töissä Revontulella",
  "Revontulen laitteet toimivat −25 °C:een asti. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä myös kovimmilla pakkasilla."),
 ("Paljonko takuuta näissä on?",
  "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. (Työskentelen Revontulella.)", "(Työskentelen Revontulella.)",
  "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. Ruotsissa sama takuu on voimassa Revontuli AB:n kautta."),
 ("Kuinka monta päivää asennus vie?",
  "Asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivo porataan yleensä ennen asennuspäivää.\n\n– Mikko Revontulelta", "– Mikko Revontulelta",
  "Asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivo porataan yleensä ennen asennuspäivää."),
 ("Paljonko tällä oikeasti säästää sähkölämmitykseen verrattuna?",
  "Hei, Sanna tässä Revontulelta. Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna, mutta säästö riippuu talosta ja käytöstä.", "Sanna tässä Revontulelta",
  "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Säästö riippuu kuitenkin talosta ja käytöstä, joten kenenkään ei pitäisi luvata tarkkaa summaa."),
 ("Saako asennuksesta kotitalousvähennystä?",
  "Saa, kotitalousvähennys koskee asennuksen työosuutta. Kartoittava kotikäynti on maksuton.\n\n– Jussi, Revontuli", "– Jussi, Revontuli",
  "Saa. Kotitalousvähennys koskee asennuksen työosuutta, ja Revontulen kotikäynti on maksuton."),
]
SV = [
 ("Vad kostar en luft-vattenvärmepump med installation ungefär?",
  "En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset får du vid ett kostnadsfritt hembesök.\n\n(Jag jobbar på Revontuli.)", "(Jag jobbar på Revontuli.)",
  "En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset beror på huset och får du vid ett kostnadsfritt hembesök."),
 ("Klarar pumpen riktig kyla i Norrland?",
  "Jag arbetar på Revontuli, så här är fakta: aggregaten fungerar ner till −25 °C och vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.", "Jag arbetar på Revontuli",
  "Revontulis aggregat fungerar ner till −25 °C. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt."),
 ("Hur lång garanti får man?",
  "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. I Sverige gäller garantin via Revontuli AB.\n\n– Linnea, Revontuli", "– Linnea, Revontuli",
  "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. I Sverige gäller garantin via Revontuli AB."),
 ("Hur många dagar tar installationen?",
  "Hej, Johan från Revontuli här. Installationen tar vanligtvis 1–2 dagar, och för bergvärme borras hålet oftast före installationsdagen.", "Johan från Revontuli här",
  "Installationen tar vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen."),
 ("Hur mycket kan man spara jämfört med direktverkande el?",
  "Vanligtvis upp till 50 % av värmeenergin jämfört med direktverkande el. Besparingen beror på huset, så ingen exakt summa utlovas. (Jag jobbar på Revontuli.)", "(Jag jobbar på Revontuli.)",
  "Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el. Besparingen beror på huset, så en exakt summa går inte att lova."),
 ("Får man ROT-avdrag för installationen?",
  "Ja, ROT-avdraget gäller arbetskostnaden i installationen, och hembesöket är kostnadsfritt.\n\n– Aino, Revontuli", "– Aino, Revontuli",
  "Ja, ROT-avdraget gäller arbetskostnaden i installationen. Revontulis hembesök är dessutom kostnadsfritt."),
]
EN = [
 ("Ballpark cost for an air-to-water heat pump, installed?",
  "An air-to-water heat pump typically costs 9,000–14,000 € including installation. The exact price comes from a free home survey.\n\n(I work at Revontuli.)", "(I work at Revontuli.)",
  "An air-to-water heat pump typically costs 9,000–14,000 € including installation. The exact price depends on the house and its current heating, and a free home survey pins it down."),
 ("Will a Revontuli unit cope with a Lapland winter?",
  "I work for Revontuli, so take this as the company's answer: the units work down to −25 °C, and at around −20 °C an electric backup heater switches on so the house stays warm.", "I work for Revontuli",
  "Revontuli's units work down to −25 °C. At around −20 °C an electric backup heater switches on, so the house stays warm."),
 ("What warranty comes with it?",
  "The unit has a 5-year warranty and the installation work a 2-year warranty.\n\n– Aino, Revontuli", "– Aino, Revontuli",
  "The unit has a 5-year warranty and the installation work a 2-year warranty. In Sweden it's honoured through Revontuli AB."),
 ("How many days does installation take?",
  "Hi, Sam from Revontuli here. Installation usually takes 1–2 days; for ground-source heat the borehole is usually drilled before installation day.", "Sam from Revontuli here",
  "Installation usually takes 1–2 days. For ground-source heat the borehole is usually drilled before installation day."),
 ("How much would I save versus direct electric heating?",
  "Typically up to 50 % of heating energy compared with direct electric heating, but it depends on the house, so nobody should promise you an exact amount. (I work at Revontuli.)", "(I work at Revontuli.)",
  "Typically up to 50 % of heating energy compared with direct electric heating. Savings depend on the house, so an exact amount isn't something anyone should promise."),
 ("Is there a tax deduction for the install in Finland?",
  "Yes, the household deduction (kotitalousvähennys) applies to the labour share of the installation, and the home survey is free.\n\n– Tom, Revontuli", "– Tom, Revontuli",
  "Yes, the Finnish household deduction (kotitalousvähennys) applies to the labour share of the installation. Revontuli's home survey is also free."),
]
items = []
for lang, rows in (("fi", FI), ("sv", SV), ("en", EN)):
    n = 0
    for c, rd, ph, ru in rows:
        n += 1
        items.append({"id": f"e-dis-{lang}-{n:02d}", "language": lang, "kind": "disclosure", "comment": c, "reply": rd,
                      "first_reply": True, "has_disclosure": True, "disclosure_phrase": ph})
    for c, rd, ph, ru in rows:
        n += 1
        items.append({"id": f"e-dis-{lang}-{n:02d}", "language": lang, "kind": "disclosure", "comment": c, "reply": ru,
                      "first_reply": True, "has_disclosure": False, "disclosure_phrase": None})
write("disclosure.jsonl", items)
