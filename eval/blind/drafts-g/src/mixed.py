# Mixed: otherwise good replies with a second language. (expected_language, mixed_with, comment, reply)
rows = [
# fi with sv
("fi", "sv", "Paljonko asennus kestää?",
 "Hej! Asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.\n\n– Aino, Revontuli"),
("fi", "sv", "Onko pumpulla takuu?",
 "On: laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. I Sverige gäller garantin via vår partner Revontuli AB.\n\n– Mikko, Revontuli"),
("fi", "sv", "Pumppu pitää outoa ääntä, mitä teen?",
 "Ikävä kuulla! Soita asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti asiakaspalvelulomakkeella. Uppge ditt kundnummer eller installationsadressen, så kan vi titta på ditt ärende direkt.\n\n– Sanna, Revontuli"),
("fi", "sv", "Kiitos nopeasta asennuksesta!",
 "Kiitos palautteesta, välitän terveiset asentajille! Ha en fin vinter!\n\n– Aino, Revontuli"),
# fi with en
("fi", "en", "Toimiiko pumppu kovilla pakkasilla?",
 "Hi there! Laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.\n\n– Mikko, Revontuli"),
("fi", "en", "Paljonko voi säästää?",
 "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Savings depend on the house, so we never promise an exact amount.\n\n– Sanna, Revontuli"),
("fi", "en", "Mitä ilma-vesipumppu maksaa ja onko jotain tarjousta?",
 "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €, ja tarkka hinta selviää maksuttomalla kotikäynnillä.\n\nWinter campaign: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off. You can book it at https://revontuli.example/en/survey.\n\n– Aino, Revontuli"),
("fi", "en", "Onko tämä botti?",
 "Luonnoksen tekee avustava työkalu, ja Revontulen työntekijä tarkistaa ja hyväksyy jokaisen vastauksen. Best regards, Mikko from Revontuli"),
# sv with fi
("sv", "fi", "Hur lång tid tar installationen?",
 "Moi! Installationen tar vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen.\n\n– Elin, Revontuli"),
("sv", "fi", "Vad kostar bergvärme?",
 "En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä.\n\n– Johan, Revontuli"),
("sv", "fi", "Min faktura stämmer inte.",
 "Tråkigt att höra! Ring vår kundtjänst på 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret. Kerro asiakasnumerosi, niin pääsemme katsomaan tilannettasi heti.\n\n– Elin, Revontuli"),
("sv", "fi", "Tack för hjälpen!",
 "Varsågod, hör av dig om något dyker upp! Hyvää talvea!\n\n– Johan, Revontuli"),
# sv with en
("sv", "en", "Fungerar pumpen i sträng kyla?",
 "Hello! Våra aggregat fungerar ner till −25 °C. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.\n\n– Elin, Revontuli"),
("sv", "en", "Hur mycket sparar man?",
 "Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el. It depends on the house, so we never promise an exact amount.\n\n– Johan, Revontuli"),
("sv", "en", "Gäller ROT-avdraget?",
 "Ja, ROT-avdraget gäller arbetskostnaden i installationen.\n\nAnd just so you know, the home survey is free too – book it at https://revontuli.example/sv/hembesok. Let me know if you have more questions!\n\n– Elin, Revontuli"),
("sv", "en", "Kan jag själv dra om elen till pumpen?",
 "I elfrågor är det enda rådet: ring en behörig installatör. Cheers, Johan from Revontuli"),
# en with fi
("en", "fi", "How long does installation take?",
 "Moikka! Installation usually takes 1–2 days. For ground-source heat the borehole is usually drilled before installation day.\n\n– Aino, Revontuli"),
("en", "fi", "Is there a tax deduction in Finland?",
 "Yes, the Finnish household deduction (kotitalousvähennys) applies to the labour share of the installation. Kotikäynti on maksuton, joten sen voi varata huoletta.\n\n– Mikko, Revontuli"),
("en", "fi", "My pump stopped heating last night.",
 "Sorry to hear that! Please call customer service on 010 555 0100 on weekdays 8–18 or use the form on our website. Kerro asiakasnumerosi tai asennusosoite, niin pääsemme katsomaan tilannettasi heti.\n\n– Sanna, Revontuli"),
("en", "fi", "Thanks for the quick reply!",
 "You're welcome, happy to help! Mukavaa viikonloppua!\n\n– Aino, Revontuli"),
# en with sv
("en", "sv", "What's the warranty?",
 "Hej! The unit has a 5-year warranty and the installation work a 2-year warranty.\n\n– Mikko, Revontuli"),
("en", "sv", "How much is ground source?",
 "A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation. Det exakta priset får du vid ett kostnadsfritt hembesök.\n\n– Sanna, Revontuli"),
("en", "sv", "Does it work at −20?",
 "Yes: our units work down to −25 °C.\n\nVid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt. Hör av dig om du undrar något mer!\n\n– Aino, Revontuli"),
("en", "sv", "Is this reply written by AI?",
 "A tool drafts, and a Revontuli employee reviews and approves every reply. Med vänliga hälsningar, Mikko på Revontuli"),
]

def items():
    out, n = [], {}
    for lang, mw, c, r in rows:
        n[lang] = n.get(lang, 0) + 1
        out.append(dict(id=f"e-mix-{lang}-{n[lang]:02d}", language=lang, kind="mixed", comment=c, reply=r,
                        expected_language=lang, mixed_with=mw))
    return out
