from common import write
# (comment, reply, mixed_with)
fi = [
 ("Paljonko maalämpö maksaa suunnilleen?",
  "Hej! Maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €. Tarkka hinta selviää maksuttomalla kotikäynnillä.\n\n– Aino, Revontuli", "sv"),
 ("Kestääkö pumppu pakkasia?",
  "Laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi. Huset hålls alltså varmt även i sträng kyla.\n\n– Mikko, Revontuli", "sv"),
 ("Mikä on takuu?",
  "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.\n\nI Sverige gäller garantin via vår partner Revontuli AB, så samma villkor gäller även där om du har stuga på andra sidan viken.\n\n– Sanna, Revontuli", "sv"),
 ("Kiitos nopeasta asennuksesta!",
  "Kiitos palautteesta, välitän sen asentajille. Ha det så bra!\n\n– Aino, Revontuli", "sv"),
 ("Kauanko asennus kestää?",
  "Hi there! Asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.\n\n– Mikko, Revontuli", "en"),
 ("Pumppu ei käynnisty, mitä teen?",
  "Ikävä kuulla. Soita asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti asiakaspalvelulomakkeella. Please have your customer number ready when you call.\n\n– Sanna, Revontuli", "en"),
 ("Paljonko voin säästää?",
  "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna.\n\nSavings always depend on the house and how it is used, so we never promise an exact amount. A free home survey is the best way to get a realistic estimate for your home.\n\n– Aino, Revontuli", "en"),
 ("Onko kotikäynti ilmainen?",
  "On, kotikäynti on maksuton. Varaa se täältä: https://revontuli.example/kotikaynti\n\nCheers,\nMikko, Revontuli", "en"),
]
sv = [
 ("Vad kostar bergvärme ungefär?",
  "Moi! En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. Exakt pris får du vid ett kostnadsfritt hembesök.\n\n– Elin, Revontuli", "fi"),
 ("Klarar pumpen kyla?",
  "Våra aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv. Talo pysyy siis lämpimänä kovillakin pakkasilla.\n\n– Johan, Revontuli", "fi"),
 ("Vad gäller för garantin?",
  "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti.\n\nSuomessakin laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu, joten ehdot ovat samat molemmin puolin rajaa, jos sinulla on mökki Suomessa.\n\n– Elin, Revontuli", "fi"),
 ("Tack för snabb installation!",
  "Tack för berömmet, jag skickar det vidare till installatörerna. Hyvää talven jatkoa!\n\n– Johan, Revontuli", "fi"),
 ("Hur lång tid tar installationen?",
  "Hello! Installationen tar vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen.\n\n– Elin, Revontuli", "en"),
 ("Pumpen startar inte, vad gör jag?",
  "Tråkigt att höra. Ring vår kundtjänst på 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret. Please keep your customer number handy when you call.\n\n– Johan, Revontuli", "en"),
 ("Hur mycket kan jag spara?",
  "Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el.\n\nThe savings depend on the house, though, so we never promise an exact figure. A free home survey gives you a realistic picture for your own home.\n\n– Elin, Revontuli", "en"),
 ("Kostar hembesöket något?",
  "Nej, hembesöket är kostnadsfritt. Boka här: https://revontuli.example/sv/hembesok\n\nBest wishes,\nJohan, Revontuli", "en"),
]
en = [
 ("Roughly what does ground-source cost?",
  "Moikka! A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation. The exact price comes from a free home survey.\n\n– Aino, Revontuli", "fi"),
 ("Will the pump cope with the cold?",
  "Our units work down to −25 °C, and at around −20 °C an electric backup heater switches on. Talo pysyy siis lämpimänä myös kovilla pakkasilla.\n\n– Mikko, Revontuli", "fi"),
 ("What's the warranty?",
  "The unit has a 5-year warranty and the installation work a 2-year warranty.\n\nTakuu on voimassa myös Ruotsissa kumppanimme Revontuli AB:n kautta, joten mökilläkin ehdot ovat samat.\n\n– Sanna, Revontuli", "fi"),
 ("Thanks for the quick install!",
  "Thanks for the kind words, I'll pass them on to the installers. Kiitos vielä!\n\n– Aino, Revontuli", "fi"),
 ("How long does installation take?",
  "Hej! Installation usually takes 1–2 days. For ground-source heat the borehole is usually drilled before installation day.\n\n– Mikko, Revontuli", "sv"),
 ("My pump won't start, what do I do?",
  "Sorry to hear that. Call our customer service on 010 555 0100 on weekdays 8–18 or send a message through the customer service form. Ha gärna ditt kundnummer till hands när du ringer.\n\n– Sanna, Revontuli", "sv"),
 ("How much could I save?",
  "Typically up to 50 % of heating energy compared with direct electric heating.\n\nBesparingen beror alltid på huset och hur det används, så vi lovar aldrig en exakt summa. Ett kostnadsfritt hembesök ger den mest realistiska bilden för ditt hem.\n\n– Aino, Revontuli", "sv"),
 ("Is the home survey free?",
  "Yes, the home survey is free. Book it here: https://revontuli.example/en/survey\n\nMed vänliga hälsningar,\nMikko, Revontuli", "sv"),
]
items = []
for lang, rows in (("fi", fi), ("sv", sv), ("en", en)):
    assert len(rows) == 8
    for i, (c, r, m) in enumerate(rows, 1):
        items.append({"id": f"e-mix-{lang}-{i:02d}", "language": lang, "kind": "mixed", "comment": c, "reply": r,
                      "expected_language": lang, "mixed_with": m})
write("mixed.jsonl", items)
