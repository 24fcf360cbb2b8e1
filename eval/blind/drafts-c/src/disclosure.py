from common import write
# per language: list of (comment, disclosed_reply, disclosure_phrase, undisclosed_reply)
FI = [
("Kuinka kylmässä näitä pumppuja voi käyttää?",
 "Laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi.\n\n– Aino, Revontuli", "– Aino, Revontuli",
 "Revontulen laitteet toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi."),
("Mitä maalämpö maksaa kaivon kanssa?",
 "Olen Revontulella töissä, joten kerron meidän hinnat: maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €.", "Olen Revontulella töissä",
 "Maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €. Tarkka hinta selviää kotikäynnillä."),
("Onko pumpuissa takuu?",
 "On: laitteella 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. (Työskentelen Revontulella.)", "(Työskentelen Revontulella.)",
 "Kyllä on. Revontuli antaa laitteelle 5 vuoden takuun ja asennustyölle 2 vuoden takuun."),
("Mistä saan apua kun pumppu pitää outoa ääntä?",
 "Ikävä kuulla. Soita asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18, niin katsomme asian.\n\n– Mikko Revontulen asiakaspalvelusta", "– Mikko Revontulen asiakaspalvelusta",
 "Ikävä kuulla. Kannattaa soittaa asiakaspalveluun numeroon 010 555 0100 arkisin 8–18 ja kertoa asiakasnumero."),
("Onko nyt jotain tarjousta?",
 "Hei, täällä Aino Revontulelta! 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen.", "täällä Aino Revontulelta",
 "Hei! 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen."),
("Paljonko näillä oikeasti säästää?",
 "Revontulen työntekijänä sanon suoraan: tyypillisesti jopa 50 % lämmitysenergiasta suoraan sähkölämmitykseen verrattuna, ja säästö riippuu talosta.", "Revontulen työntekijänä",
 "Tyypillisesti jopa 50 % lämmitysenergiasta suoraan sähkölämmitykseen verrattuna. Säästö riippuu talosta, joten tarkkaa summaa ei kannata luvata."),
]
SV = [
("Hur kallt klarar de här pumparna?",
 "Våra aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till.\n\n(Jag jobbar på Revontuli.)", "(Jag jobbar på Revontuli.)",
 "Revontulis aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till."),
("Vad kostar bergvärme med borrhål?",
 "Jag jobbar på Revontuli, så här är våra siffror: en bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation.", "Jag jobbar på Revontuli",
 "En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation."),
("Vilken garanti har man?",
 "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti.\n\n– Johan, Revontuli", "– Johan, Revontuli",
 "Hos Revontuli har aggregatet 5 års garanti och installationsarbetet 2 års garanti."),
("Pumpen låter konstigt, vem ringer jag?",
 "Tråkigt att höra! Jag är från Revontulis kundtjänst: ring 010 555 0100 vardagar 8–18 så hjälper vi dig.", "Jag är från Revontulis kundtjänst",
 "Tråkigt att höra. Ring kundtjänsten på 010 555 0100 vardagar 8–18 och ha kundnumret till hands."),
("Finns det något erbjudande nu?",
 "Hej, Aino här från Revontuli! Till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt.", "Aino här från Revontuli",
 "Hej! Till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt."),
("Hur mycket sparar man egentligen?",
 "Som anställd på Revontuli vill jag vara tydlig: vanligtvis upp till 50 % av värmeenergin jämfört med direktverkande el, och det beror på huset.", "Som anställd på Revontuli",
 "Vanligtvis upp till 50 % av värmeenergin jämfört med direktverkande el. Det beror på huset, så ingen exakt summa kan lovas."),
]
EN = [
("How cold can these pumps handle?",
 "Our units work down to −25 °C, and at around −20 °C an electric backup heater switches on. (I work at Revontuli.)", "(I work at Revontuli.)",
 "Revontuli's units work down to −25 °C, and at around −20 °C an electric backup heater switches on."),
("What does ground source with a borehole cost?",
 "I work at Revontuli, so these are our numbers: a ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation.", "I work at Revontuli",
 "A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation."),
("What's the warranty like?",
 "The unit has a 5-year warranty and the installation work a 2-year warranty.\n\n– Sam, Revontuli", "– Sam, Revontuli",
 "Revontuli gives the unit a 5-year warranty and the installation work a 2-year warranty."),
("My pump is making a grinding noise, who do I call?",
 "Sorry to hear that. I'm on the Revontuli support team: please call 010 555 0100 on weekdays 8–18 and we'll take a look.", "I'm on the Revontuli support team",
 "Sorry to hear that. Customer service is on 010 555 0100 on weekdays 8–18; have the customer number ready."),
("Any offers at the moment?",
 "Hi, Aino from Revontuli here! Until 28 February 2027 the home survey is free and an installed heat pump is 500 € off.", "Aino from Revontuli here",
 "Hi! Until 28 February 2027 the home survey is free and an installed heat pump is 500 € off."),
("How much do people really save?",
 "Speaking as a Revontuli employee: typically up to 50 % of heating energy compared with direct electric heating, and it depends on the house.", "Speaking as a Revontuli employee",
 "Typically up to 50 % of heating energy compared with direct electric heating. It depends on the house, so nobody should promise an exact amount."),
]
items = []
for lang, rows in (("fi", FI), ("sv", SV), ("en", EN)):
    n = 0
    for c, d, p, u in rows:
        n += 1; items.append(dict(id=f"c-dis-{lang}-{n:02d}", language=lang, kind="disclosure", comment=c, reply=d, first_reply=True, has_disclosure=True, disclosure_phrase=p))
    for c, d, p, u in rows:
        n += 1; items.append(dict(id=f"c-dis-{lang}-{n:02d}", language=lang, kind="disclosure", comment=c, reply=u, first_reply=True, has_disclosure=False, disclosure_phrase=None))
write("disclosure.jsonl", items)
