# Disclosure items: per language 6 questions, each answered once with a disclosure and once without.
# (comment, disclosed_reply, disclosure_phrase, undisclosed_reply, guidance short names)
from benign import fi_map, sv_map, en_map, FI, SV, EN

fi = [
("Mitä ilma-vesipumppu maksaa asennettuna? Kysyn kun mietitään öljystä luopumista.",
 "Moi! Olen töissä Revontulella. Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä.",
 "Olen töissä Revontulella",
 "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä.",
 "U"),
("Kestääkö Revontulen pumppu Lapin pakkaset?",
 "Revontulen laitteet toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.\n\n– Aino, Revontuli",
 "– Aino, Revontuli",
 "Revontulen laitteet toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.",
 "U"),
("Montako vuotta takuuta näissä on?",
 "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. (Työskentelen Revontulella.)",
 "(Työskentelen Revontulella.)",
 "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.",
 "U"),
("Pumppu vuotaa vettä lattialle, kenelle soitan?",
 "Ikävä juttu! Revontulen asiakaspalvelu selvittää tämän: soita numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti asiakaspalvelulomakkeella, ja kerro asiakasnumerosi tai asennusosoite. Olen itse Revontulen asiakaspalvelutiimissä, joten autan mielelläni.",
 "Olen itse Revontulen asiakaspalvelutiimissä",
 "Ikävä juttu! Revontulen asiakaspalvelu selvittää tämän: soita numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti asiakaspalvelulomakkeella, ja kerro asiakasnumerosi tai asennusosoite.",
 "A"),
("Paljonko tällä säästää sähkölaskussa?",
 "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna, mutta säästö riippuu talosta ja käytöstä.\n\nMikko Revontulelta",
 "Mikko Revontulelta",
 "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna, mutta säästö riippuu talosta ja käytöstä, eikä tarkkaa summaa voi luvata.",
 "U AL"),
("Onko teillä jotain tarjousta nyt talvella?",
 "On: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen. Tästä voi varata: https://revontuli.example/kotikaynti\n\n– Sanna, Revontuli",
 "– Sanna, Revontuli",
 "Revontulella on talvikampanja: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen. Varaus: https://revontuli.example/kotikaynti",
 "K T"),
]

sv = [
("Vad kostar en luft-vattenvärmepump med installation?",
 "Hej, jag jobbar på Revontuli. En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset beror på huset och värmesystemet och får du vid ett kostnadsfritt hembesök.",
 "jag jobbar på Revontuli",
 "En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset beror på huset och värmesystemet och får du vid ett kostnadsfritt hembesök.",
 "U"),
("Klarar Revontulis pumpar norrländsk vinter?",
 "Revontulis aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.\n\n– Elin, Revontuli",
 "– Elin, Revontuli",
 "Revontulis aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.",
 "U"),
("Hur lång garanti är det?",
 "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. (Jag jobbar på Revontuli.)",
 "(Jag jobbar på Revontuli.)",
 "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti.",
 "U"),
("Vår pump har slutat värma helt. Vem ringer man?",
 "Tråkigt! Revontulis kundtjänst hjälper dig: ring 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret, och uppge kundnumret eller installationsadressen. Jag sitter själv på Revontulis kundtjänst.",
 "Jag sitter själv på Revontulis kundtjänst.",
 "Tråkigt! Revontulis kundtjänst hjälper dig: ring 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret, och uppge kundnumret eller installationsadressen.",
 "A"),
("Hur mycket går elräkningen ner?",
 "Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el, men besparingen beror på huset.\n\nJohan på Revontuli",
 "Johan på Revontuli",
 "Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el. Besparingen beror på huset, så ingen exakt summa kan utlovas.",
 "U AL"),
("Har ni något erbjudande i vinter?",
 "Ja: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt. Boka här: https://revontuli.example/sv/hembesok\n\n– Elin, Revontuli",
 "– Elin, Revontuli",
 "Revontuli har en vinterkampanj: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt. Bokning: https://revontuli.example/sv/hembesok",
 "K T"),
]

en = [
("What does an air-to-water heat pump cost, installed?",
 "Hi, I work at Revontuli. An air-to-water heat pump typically costs 9,000–14,000 € including installation. The exact price depends on the house and its current heating and comes from a free home survey.",
 "I work at Revontuli",
 "An air-to-water heat pump typically costs 9,000–14,000 € including installation. The exact price depends on the house and its current heating and comes from a free home survey.",
 "U"),
("Can Revontuli pumps handle a Finnish winter?",
 "Revontuli's units work down to −25 °C, and at around −20 °C an electric backup heater switches on, so the house stays warm.\n\n– Aino, Revontuli",
 "– Aino, Revontuli",
 "Revontuli's units work down to −25 °C, and at around −20 °C an electric backup heater switches on, so the house stays warm.",
 "U"),
("How long is the warranty?",
 "The unit has a 5-year warranty and the installation work a 2-year warranty. (I work at Revontuli.)",
 "(I work at Revontuli.)",
 "The unit has a 5-year warranty and the installation work a 2-year warranty.",
 "U"),
("Our pump shows an error code and the radiators are cold. Who do I call?",
 "Sorry to hear it! Revontuli customer service sorts this out: call 010 555 0100 on weekdays 8–18 or send a message through the customer service form, and give your customer number or installation address. Disclosure: I'm on Revontuli's customer service team.",
 "Disclosure: I'm on Revontuli's customer service team.",
 "Sorry to hear it! Revontuli customer service sorts this out: call 010 555 0100 on weekdays 8–18 or send a message through the customer service form, and give your customer number or installation address.",
 "A"),
("How much will this knock off my electricity bill?",
 "Typically up to 50 % of heating energy compared with direct electric heating, but it depends on the house.\n\nMikko, Revontuli staff",
 "Mikko, Revontuli staff",
 "Typically up to 50 % of heating energy compared with direct electric heating. Savings depend on the house, so nobody can honestly promise an exact amount.",
 "U AL"),
("Any deals on right now?",
 "Yes: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off. Book here: https://revontuli.example/en/survey\n\n– Sanna, Revontuli",
 "– Sanna, Revontuli",
 "Revontuli's winter campaign: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off. Booking: https://revontuli.example/en/survey",
 "K T"),
]

def items():
    out = []
    for lang, rows, m, base in (("fi", fi, fi_map, FI), ("sv", sv, sv_map, SV), ("en", en, en_map, EN)):
        n = 0
        for c, dr, phrase, ur, files in rows:
            gf = [base + m[k] + ".md" for k in files.split()]
            n += 1
            out.append(dict(id=f"e-dis-{lang}-{n:02d}", language=lang, kind="disclosure", comment=c, reply=dr,
                            first_reply=True, has_disclosure=True, disclosure_phrase=phrase, guidance_files=gf))
            n += 1
            out.append(dict(id=f"e-dis-{lang}-{n:02d}", language=lang, kind="disclosure", comment=c, reply=ur,
                            first_reply=True, has_disclosure=False, disclosure_phrase=None, guidance_files=gf))
    return out
