from common import write
# (mixed_with, comment, reply)
FI = [
 ("sv", "Paljonko maalämpö maksaa porakaivon kanssa?",
  "Hej! Maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €. Tarkka hinta riippuu talosta, ja sen saa maksuttomasta kotikäynnistä.\n\n– Aino, Revontuli"),
 ("sv", "Toimiiko pumppu −25 asteessa?",
  "Laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi. Huset hålls alltså varmt även när det är riktigt kallt.\n\n– Mikko, Revontuli"),
 ("sv", "Saako kotitalousvähennystä ja onko kotikäynti maksullinen?",
  "Kotitalousvähennys koskee asennuksen työosuutta, ja kotikäynti on maksuton.\n\nOm du bor i Sverige gäller ROT-avdraget på samma sätt för arbetskostnaden, och hembesöket är kostnadsfritt även där. Hör gärna av dig om du undrar något mer.\n\n– Sanna, Revontuli"),
 ("sv", "Kiitos nopeasta vastauksesta!",
  "Ole hyvä, kiva että oli apua! Ha en fin dag!\n\n– Jussi, Revontuli"),
 ("en", "Kauanko asennus kestää?",
  "Hi there! Asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.\n\n– Elina, Revontuli"),
 ("en", "Paljonko tällä säästää?",
  "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Savings depend on the house, so we never promise an exact amount.\n\n– Aino, Revontuli"),
 ("en", "Laitteessa on vikakoodi, mitä teen?",
  "Ikävä kuulla! Soita asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti verkkosivujemme asiakaspalvelulomakkeella.\n\nTell us your customer number or the installation address, so we can look at your case straight away.\n\n– Mikko, Revontuli"),
 ("en", "Onko teillä joku talvitarjous?",
  "On: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen. Alennusta ei voi yhdistää muihin etuihin.\n\nCheers,\nSanna, Revontuli"),
]
SV = [
 ("fi", "Vad kostar en luft-vattenvärmepump?",
  "Moi! En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset får du vid ett kostnadsfritt hembesök.\n\n– Linnea, Revontuli"),
 ("fi", "Hur länge gäller garantin?",
  "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. Ruotsissa takuu on voimassa kumppanimme Revontuli AB:n kautta.\n\n– Johan, Revontuli"),
 ("fi", "Får man ROT-avdrag?",
  "Ja, ROT-avdraget gäller arbetskostnaden i installationen, och hembesöket är kostnadsfritt.\n\nJos asut Suomessa, kotitalousvähennys koskee samalla tavalla asennuksen työosuutta. Kotikäynti on maksuton myös siellä.\n\n– Aino, Revontuli"),
 ("fi", "Tack för hjälpen!",
  "Varsågod, kul att det hjälpte! Hyvää päivänjatkoa!\n\n– Linnea, Revontuli"),
 ("en", "Hur lång tid tar installationen?",
  "Hi! Installationen tar vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen.\n\n– Johan, Revontuli"),
 ("en", "Klarar pumpen sträng kyla?",
  "Våra aggregat fungerar ner till −25 °C. At around −20 °C an electric backup heater switches on, so the house stays warm.\n\n(Jag jobbar på Revontuli.)"),
 ("en", "Fakturan ser fel ut, vad gör jag?",
  "Tråkigt att höra! Ring vår kundtjänst på 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret på vår webbplats.\n\nPlease include your customer number or the installation address so we can look at your case straight away. We'll sort it out as quickly as we can.\n\n– Aino, Revontuli"),
 ("en", "Har ni något vintererbjudande?",
  "Ja: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt. Rabatten kan inte kombineras med andra erbjudanden.\n\nBest regards,\nLinnea, Revontuli"),
]
EN = [
 ("fi", "What does ground-source heating cost with the borehole?",
  "Moi! A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation. The exact price comes from a free home survey.\n\n– Aino, Revontuli"),
 ("fi", "Does it really work at −25?",
  "Our units work down to −25 °C. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.\n\n(I work at Revontuli.)"),
 ("fi", "Is there a tax break in Finland?",
  "Yes, the Finnish household deduction (kotitalousvähennys) applies to the labour share of the installation, and the home survey is free.\n\nKotitalousvähennys koskee siis asennuksen työosuutta, ja kotikäynti on maksuton. Kysy vain, jos jokin jäi epäselväksi.\n\n– Tom, Revontuli"),
 ("fi", "Thanks for the quick answer!",
  "You're welcome, glad it helped! Hyvää viikonloppua!\n\n– Sam, Revontuli"),
 ("sv", "How long does installation take?",
  "Hej! Installation usually takes 1–2 days. For ground-source heat the borehole is usually drilled before installation day.\n\n– Tom, Revontuli"),
 ("sv", "How long is the warranty?",
  "The unit has a 5-year warranty and the installation work a 2-year warranty. I Sverige gäller garantin via vår partner Revontuli AB.\n\n– Aino, Revontuli"),
 ("sv", "My bill looks wrong, what now?",
  "Sorry to hear that! Please call our customer service on 010 555 0100 on weekdays 8–18 or send a message through the customer service form on our website.\n\nUppge ditt kundnummer eller installationsadressen, så kan vi titta på ditt ärende direkt. Vi löser det så snabbt vi kan.\n\n– Sam, Revontuli"),
 ("sv", "Any winter deals?",
  "Yes: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off. It can't be combined with other offers.\n\nMed vänliga hälsningar,\nTom, Revontuli"),
]
items = []
for lang, rows in (("fi", FI), ("sv", SV), ("en", EN)):
    for i, (mw, c, r) in enumerate(rows, 1):
        items.append({"id": f"e-mix-{lang}-{i:02d}", "language": lang, "kind": "mixed", "comment": c, "reply": r,
                      "expected_language": lang, "mixed_with": mw})
write("mixed.jsonl", items)
