from common import write
# (comment, reply, mixed_with)
FI = [
("Paljonko maalämpö maksaa?",
 "Hej! Maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €.\n\n– Aino, Revontuli", "sv"),
("Toimiiko pakkasella?",
 "Laitteemme toimivat −25 °C:een asti. Vid ungefär −20 °C slår en elpatron till som reserv.\n\n– Mikko, Revontuli", "sv"),
("Kauanko asennus kestää?",
 "Asennus kestää tavallisesti 1–2 päivää.\n\nInstallationen tar vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen, så räkna med det i planeringen.\n\n– Aino, Revontuli", "sv"),
("Takuu?",
 "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.\n\nMed vänliga hälsningar, Mikko, Revontuli", "sv"),
("Onko nyt tarjouksia?",
 "Hi there! 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen.\n\n– Aino, Revontuli", "en"),
("Säästääkö tää oikeasti?",
 "Tyypillisesti jopa 50 % lämmitysenergiasta suoraan sähkölämmitykseen verrattuna. Savings depend on the house, so we never promise an exact amount.\n\n– Mikko, Revontuli", "en"),
("Pumppu pitää ääntä, mitä teen?",
 "Ikävä kuulla. Soita asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18.\n\nIf it's easier, you can also send a message through the customer service form on our website. Tell us your customer number or the installation address so we can look at your case straight away.\n\n– Aino, Revontuli", "en"),
("Kiitos vastauksesta!",
 "Ole hyvä, kysy lisää jos tulee mieleen. Cheers and have a great day!\n\n– Mikko, Revontuli", "en"),
]
SV = [
("Vad kostar bergvärme?",
 "Moi! En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation.\n\n– Johan, Revontuli", "fi"),
("Fungerar den i kyla?",
 "Våra aggregat fungerar ner till −25 °C. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi.\n\n– Aino, Revontuli", "fi"),
("Hur lång tid tar installationen?",
 "Installationen tar vanligtvis 1–2 dagar.\n\nAsennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää, joten se kannattaa huomioida aikataulussa.\n\n– Johan, Revontuli", "fi"),
("Garanti?",
 "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti.\n\nYstävällisin terveisin, Aino, Revontuli", "fi"),
("Några erbjudanden nu?",
 "Hey! Till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt.\n\n– Johan, Revontuli", "en"),
("Sparar man verkligen?",
 "Vanligtvis upp till 50 % av värmeenergin jämfört med direktverkande el. It depends on the house, so we never promise an exact amount.\n\n– Aino, Revontuli", "en"),
("Pumpen låter, vad gör jag?",
 "Tråkigt att höra. Ring vår kundtjänst på 010 555 0100 vardagar 8–18.\n\nAlternatively, send a message through the customer service form on our website and include your customer number or installation address so we can look at it straight away.\n\n– Johan, Revontuli", "en"),
("Tack för svaret!",
 "Varsågod, hör av dig om något mer dyker upp. Take care!\n\n– Aino, Revontuli", "en"),
]
EN = [
("What does ground source cost?",
 "Moikka! A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation.\n\n– Sam, Revontuli", "fi"),
("Does it work in the cold?",
 "Our units work down to −25 °C. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.\n\n– Aino, Revontuli", "fi"),
("How long does installation take?",
 "Installation usually takes 1–2 days.\n\nMaalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää, joten varaa siihen oma päivänsä. Kysy lisää, jos aikataulu mietityttää.\n\n– Sam, Revontuli", "fi"),
("Warranty?",
 "The unit has a 5-year warranty and the installation work a 2-year warranty.\n\nTerveisin Aino, Revontuli", "fi"),
("Any offers right now?",
 "Hej! Until 28 February 2027 the home survey is free and an installed heat pump is 500 € off.\n\n– Sam, Revontuli", "sv"),
("Do you really save money?",
 "Typically up to 50 % of heating energy compared with direct electric heating. Besparingen beror på huset, så vi lovar ingen exakt summa.\n\n– Aino, Revontuli", "sv"),
("My pump is rattling, what now?",
 "Sorry to hear that. Please call our customer service on 010 555 0100 on weekdays 8–18.\n\nDu kan också skicka ett meddelande via kundtjänstformuläret på vår webbplats. Uppge ditt kundnummer eller installationsadressen, så kan vi titta på ditt ärende direkt.\n\n– Sam, Revontuli", "sv"),
("Thanks for the answer!",
 "You're welcome, shout if anything else comes up. Ha det bra!\n\n– Aino, Revontuli", "sv"),
]
items = []
for lang, rows in (("fi", FI), ("sv", SV), ("en", EN)):
    for i, (c, r, m) in enumerate(rows, 1):
        items.append(dict(id=f"c-mix-{lang}-{i:02d}", language=lang, kind="mixed", comment=c, reply=r, expected_language=lang, mixed_with=m))
write("mixed.jsonl", items)
