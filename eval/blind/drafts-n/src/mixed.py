from common import write
# (comment, reply, mixed_with)
M = {
"fi": [
("Paljonko ilma-vesipumppu maksaa asennettuna?",
 "Hej! Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta selviää maksuttomalla kotikäynnillä. – Aino, Revontuli", "sv"),
("Toimiiko pumppu −25 asteessa?",
 "Hei, työskentelen Revontulella. Laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi. Ha en fin vinter!", "sv"),
("Kauanko asennus kestää?",
 "Asennus kestää tavallisesti 1–2 päivää. Installationen tar vanligtvis 1–2 dagar, även för bergvärme när hålet redan är borrat. – Mikko, Revontuli", "sv"),
("Mikä on takuu?",
 "Hei! Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.\n\nI Sverige gäller garantin via vår partner Revontuli AB, så om du flyttar västerut följer garantin med. Aggregatet har samma 5 års garanti där.\n\n– Aino, Revontuli", "sv"),
("Paljonko voi säästää?",
 "Hi! Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Säästö riippuu talosta, joten tarkkaa summaa emme lupaa. – Aino, Revontuli", "en"),
("Pumppu pitää outoa ääntä, kenelle soitan?",
 "Ikävä kuulla! Soita asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti verkkosivujemme asiakaspalvelulomakkeella. Hope it gets sorted soon! – Sanna, Revontuli", "en"),
("Saako kotitalousvähennystä?",
 "Hei, olen Revontulelta. Kotitalousvähennys koskee asennuksen työosuutta. In other words, the deduction only covers the labour part, not the unit itself.", "en"),
("Onko talvella tarjouksia?",
 "Hei! 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen.\n\nThe discount applies to new orders placed during the campaign and cannot be combined with other offers, so keep that in mind if you already have a voucher.\n\n– Aino, Revontuli", "en"),
],
"sv": [
("Vad kostar bergvärme med borrhål?",
 "Moi! En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. (Jag jobbar på Revontuli.)", "fi"),
("Klarar pumpen sträng kyla?",
 "Hej, jag jobbar på Revontuli. Våra aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv. Hyvää talvea!", "fi"),
("Hur lång tid tar installationen?",
 "Installationen tar vanligtvis 1–2 dagar. Asennus kestää tavallisesti 1–2 päivää myös maalämmössä, kun porakaivo on jo porattu. – Linnea, Revontuli", "fi"),
("Gäller ROT-avdraget?",
 "Hej! ROT-avdraget gäller arbetskostnaden i installationen.\n\nSuomessa vastaava on kotitalousvähennys, joka koskee asennuksen työosuutta, jos sinulla on mökki Suomen puolella.\n\n– Johan, Revontuli", "fi"),
("Hur mycket sparar man?",
 "Hi there! Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el. Besparingen beror på huset. – Linnea, Revontuli", "en"),
("Fakturan är fel, vem kontaktar jag?",
 "Tråkigt att höra! Ring vår kundtjänst på 010 555 0100 vardagar 8–18 eller skriv via kundtjänstformuläret på vår webbplats. Thanks for your patience! (Jag jobbar på Revontuli.)", "en"),
("Kostar hembesöket något?",
 "Hej, jag jobbar på Revontuli. Hembesöket är kostnadsfritt. Just so you know, it's free during the winter campaign and otherwise too.", "en"),
("Har ni något vintererbjudande?",
 "Hej! Till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt.\n\nPlease note that the discount cannot be combined with other offers, and it only applies to new orders placed during the campaign.\n\n– Johan, Revontuli", "en"),
],
"en": [
("How much is an air-to-water pump installed?",
 "Moikka! An air-to-water heat pump typically costs 9,000–14,000 € including installation. The exact price comes from a free home survey. – Aino, Revontuli", "fi"),
("Does it work at −25?",
 "Hi, I work at Revontuli. Our units work down to −25 °C, and at around −20 °C an electric backup heater switches on. Lämpimiä talvipäiviä!", "fi"),
("How long does installation take?",
 "Installation usually takes 1–2 days. Asennus kestää tavallisesti 1–2 päivää, ja maalämmössä porakaivo porataan yleensä etukäteen. – Aino, Revontuli", "fi"),
("What's the warranty?",
 "Hi! The unit has a 5-year warranty and the installation work a 2-year warranty.\n\nSuomessa takuu on sama: laitteella 5 vuoden takuu ja asennustyöllä 2 vuoden takuu, joten maasta riippumatta ehdot pysyvät samoina.\n\n(I work at Revontuli.)", "fi"),
("How much can I save?",
 "Hej! Typically you can save up to 50 % of heating energy compared with direct electric heating. Savings depend on the house, so we never promise an exact amount. (I work at Revontuli.)", "sv"),
("My unit is beeping, who do I call?",
 "Sorry to hear that! Call our customer service on 010 555 0100 on weekdays 8–18 or use the customer service form on our website. Tack för ditt tålamod! – Aino, Revontuli", "sv"),
("Does the ROT deduction apply in Sweden?",
 "Hi, I work at Revontuli. The Swedish ROT deduction applies to the labour share of the installation. ROT-avdraget gäller alltså bara arbetskostnaden, inte själva aggregatet.", "sv"),
("Any winter offers?",
 "Hi! Until 28 February 2027 the home survey is free and an installed heat pump is 500 € off.\n\nRabatten gäller nya beställningar under kampanjtiden och kan inte kombineras med andra erbjudanden, så tänk på det om du redan har ett presentkort.\n\n– Aino, Revontuli", "sv"),
],
}
items = []
for lang, rows in M.items():
    for i, (c, r, w) in enumerate(rows, 1):
        items.append({"id": f"e-mix-{lang}-{i:02d}", "language": lang, "kind": "mixed", "comment": c, "reply": r,
                      "expected_language": lang, "mixed_with": w})
write("mixed.jsonl", items)
