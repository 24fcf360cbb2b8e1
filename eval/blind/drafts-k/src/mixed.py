from common import write
items = []
def M(lang, other, comment, reply):
    items.append({"language": lang, "comment": comment, "reply": reply, "expected_language": lang, "mixed_with": other})

# fi + sv
M("fi", "sv", "Kauanko asennus kestää?",
  "Hej! Olen Revontulella töissä. Asennus kestää tavallisesti 1–2 päivää.\n\n– Aino, Revontuli")
M("fi", "sv", "Toimiiko pumppu kovilla pakkasilla?",
  "Olen Revontulelta. Laitteemme toimivat −25 °C:een asti. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.\n\n– Aino, Revontuli")
M("fi", "sv", "Mitä takuu kattaa ja päteekö se Ruotsissa?",
  "Työskentelen Revontulella. Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.\n\nI Sverige gäller garantin via vår partner Revontuli AB. Aggregatet har samma garanti där.\n\n– Aino, Revontuli")
M("fi", "sv", "Kiitos nopeasta asennuksesta!",
  "Kiitos palautteesta, välitän sen asentajille! Ha det så bra!\n\n– Aino, Revontuli")
# fi + en
M("fi", "en", "Paljonko ilma-vesipumppu maksaa?",
  "Hi there! Olen Revontulella töissä. Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €, ja tarkan hinnan saa maksuttomasta kotikäynnistä.\n\n– Aino, Revontuli")
M("fi", "en", "Paljonko lämpöpumpulla voi säästää?",
  "Olen Revontulelta. Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Savings depend on the house, so we never promise an exact amount.\n\n– Aino, Revontuli")
M("fi", "en", "Onko teillä nyt jotain kampanjaa? Harkitaan ostoa.",
  "Olen Revontulella töissä. 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen.\n\nThe discount applies to new orders placed during the campaign and cannot be combined with other offers.\n\n– Aino, Revontuli")
M("fi", "en", "Pumppu pitää outoa ääntä, kenelle soitan?",
  "Ikävä kuulla! Olen Revontulelta. Soita asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18 ja kerro asiakasnumerosi. Hope this helps!\n\n– Aino, Revontuli")
# sv + fi
M("sv", "fi", "Hur lång tid tar installationen?",
  "Moi! Jag jobbar på Revontuli. Installationen tar vanligtvis 1–2 dagar.\n\n– Linnea, Revontuli")
M("sv", "fi", "Vad kostar bergvärme?",
  "Jag jobbar på Revontuli. En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä.\n\n– Linnea, Revontuli")
M("sv", "fi", "Får man ROT-avdrag och vad kostar hembesöket?",
  "Jag jobbar på Revontuli. ROT-avdraget gäller arbetskostnaden i installationen.\n\nKotikäynti, jolla kartoitamme sopivan ratkaisun, on maksuton.\n\n– Linnea, Revontuli")
M("sv", "fi", "Tack för hjälpen igår!",
  "Vad roligt att det löste sig, tack för att du hörde av dig! Hyvää päivänjatkoa!\n\n– Linnea, Revontuli")
# sv + en
M("sv", "en", "Fungerar pumpen i sträng kyla?",
  "Hello! Jag jobbar på Revontuli. Våra aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv.\n\n– Linnea, Revontuli")
M("sv", "en", "Hur lång garanti har aggregatet?",
  "Jag jobbar på Revontuli. Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. In Sweden the warranty is honoured through our partner Revontuli AB.\n\n– Linnea, Revontuli")
M("sv", "en", "Kan jag själv flytta kabeln till utedelen?",
  "(Jag jobbar på Revontuli.) I elfrågor är det enda rådet: ring en behörig installatör.\n\nPlease never do electrical work yourself; a licensed installer has to handle it.\n\n– Linnea, Revontuli")
M("sv", "en", "Vem kontaktar jag om fakturan?",
  "Jag jobbar på Revontuli. Ring vår kundtjänst på 010 555 0100 vardagar 8–18 och uppge ditt kundnummer. Best regards,\n\n– Linnea, Revontuli")
# en + fi
M("en", "fi", "How long does the install take?",
  "Hei! I work at Revontuli. Installation usually takes 1–2 days.\n\n– Aino, Revontuli")
M("en", "fi", "Is the home survey really free?",
  "I work at Revontuli. Yes, the home survey is free. Kotikäynnillä kartoitamme sopivan ratkaisun juuri teidän taloonne.\n\n– Aino, Revontuli")
M("en", "fi", "What does the heat pump cost with installation?",
  "(I work at Revontuli.) An air-to-water heat pump typically costs 9,000–14,000 € including installation.\n\nMaalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €.\n\n– Aino, Revontuli")
M("en", "fi", "Thanks for sorting out my bill so fast.",
  "Glad it got sorted, and thanks for letting us know! Hyvää joulua!\n\n– Aino, Revontuli")
# en + sv
M("en", "sv", "Does it work when it's really cold?",
  "Hej hej! I work at Revontuli. Our units work down to −25 °C, and at around −20 °C an electric backup heater switches on.\n\n– Aino, Revontuli")
M("en", "sv", "Is there a winter deal on?",
  "I work at Revontuli. Until 28 February 2027 the home survey is free and an installed heat pump is 500 € off. Rabatten kan inte kombineras med andra erbjudanden.\n\n– Aino, Revontuli")
M("en", "sv", "How much could I save compared to direct electric?",
  "(I work at Revontuli.) Typically up to 50 % of heating energy compared with direct electric heating.\n\nBesparingen beror på huset, så vi lovar ingen exakt summa.\n\n– Aino, Revontuli")
M("en", "sv", "Who do I call if something breaks?",
  "I work at Revontuli. Call our customer service on 010 555 0100 on weekdays 8–18 with your customer number or installation address. Med vänliga hälsningar,\n\n– Aino, Revontuli")
write("mixed.jsonl", items, "mix", "mixed")
