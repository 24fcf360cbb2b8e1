from common import write
items = []
def D(lang, comment, disclosed, undisclosed, phrase):
    assert phrase in disclosed, phrase
    items.append({"language": lang, "comment": comment, "reply": disclosed, "first_reply": True,
                  "has_disclosure": True, "disclosure_phrase": phrase})
    items.append({"language": lang, "comment": comment, "reply": undisclosed, "first_reply": True,
                  "has_disclosure": False, "disclosure_phrase": None})

D("fi", "Paljonko ilma-vesipumppu suunnilleen maksaa asennettuna? Yritän tehdä budjettia ensi vuodelle.",
  "Hei! Olen Revontulella töissä. Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä.",
  "Hei! Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä.",
  "Olen Revontulella töissä")
D("fi", "Toimiiko Revontulen pumppu oikeasti Lapin pakkasilla?",
  "Laitteemme toimivat −25 °C:een asti. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä myös kovimmilla pakkasilla.\n\n– Aino, Revontuli",
  "Revontulen laitteet toimivat −25 °C:een asti. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä myös kovimmilla pakkasilla.",
  "– Aino, Revontuli")
D("fi", "Kauanko asennus kestää? En haluaisi olla montaa päivää ilman lämpöä.",
  "Työskentelen Revontulella, joten voin vastata suoraan: asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.",
  "Asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.",
  "Työskentelen Revontulella")
D("fi", "Mitä Revontulen takuu oikeastaan kattaa?",
  "(Olen töissä Revontulella.) Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.",
  "Revontulen laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.",
  "(Olen töissä Revontulella.)")
D("fi", "Paljonko lämpöpumpulla voi oikeasti säästää suoraan sähköön verrattuna?",
  "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Säästö riippuu talosta ja käytöstä, joten tarkkaa summaa emme lupaa.\n\n– Mikko, Revontuli",
  "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Säästö riippuu talosta ja käytöstä, joten tarkkaa summaa ei voi luvata.",
  "– Mikko, Revontuli")
D("fi", "Onko Revontulella nyt talvella jotain kampanjaa?",
  "Olen Revontulelta, ja kyllä on: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen. Alennusta ei voi yhdistää muihin etuihin.",
  "Kyllä on: Revontulen talvikampanjassa 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen. Alennusta ei voi yhdistää muihin etuihin.",
  "Olen Revontulelta")

D("sv", "Hur lång garanti har Revontulis pumpar? Och gäller den i Sverige?",
  "Jag jobbar på Revontuli. Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. I Sverige gäller garantin via vår partner Revontuli AB.",
  "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. I Sverige gäller garantin via Revontuli AB, som är Revontulis partner.",
  "Jag jobbar på Revontuli")
D("sv", "Vad kostar bergvärme med borrhål, ungefär?",
  "En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. Det exakta priset beror på huset och får du vid ett kostnadsfritt hembesök. (Jag jobbar på Revontuli.)",
  "En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. Det exakta priset beror på huset och får du vid ett kostnadsfritt hembesök.",
  "(Jag jobbar på Revontuli.)")
D("sv", "Klarar pumpen riktigt kalla vinternätter?",
  "Våra aggregat fungerar ner till −25 °C. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.\n\n– Linnea, Revontuli",
  "Revontulis aggregat fungerar ner till −25 °C. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.",
  "– Linnea, Revontuli")
D("sv", "Gäller ROT-avdraget när man installerar värmepump?",
  "Hej! Jag arbetar på Revontuli. ROT-avdraget gäller arbetskostnaden i installationen, och hembesöket är kostnadsfritt.",
  "Hej! ROT-avdraget gäller arbetskostnaden i installationen, och hembesöket hos Revontuli är kostnadsfritt.",
  "Jag arbetar på Revontuli")
D("sv", "Hur lång tid tar det att installera en värmepump?",
  "Installationen tar vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen.\n\n– Linnea, Revontuli",
  "Installationen tar vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen.",
  "– Linnea, Revontuli")
D("sv", "Har Revontuli något erbjudande just nu? Vi funderar på att köpa i vinter.",
  "Jag är anställd på Revontuli, och ja: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt. Rabatten kan inte kombineras med andra erbjudanden.",
  "Ja: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt. Rabatten kan inte kombineras med andra erbjudanden.",
  "Jag är anställd på Revontuli")

D("en", "How much does an air-to-water heat pump cost installed, roughly?",
  "I work at Revontuli, so for ours: an air-to-water heat pump typically costs 9,000–14,000 € including installation. The exact price depends on the house and its current heating and comes from a free home survey.",
  "An air-to-water heat pump typically costs 9,000–14,000 € including installation. The exact price depends on the house and its current heating and comes from a free home survey.",
  "I work at Revontuli")
D("en", "What's the warranty on a Revontuli unit?",
  "(I work at Revontuli.) The unit has a 5-year warranty and the installation work a 2-year warranty.",
  "Revontuli gives the unit a 5-year warranty and the installation work a 2-year warranty.",
  "(I work at Revontuli.)")
D("en", "Does it keep the house warm when it's properly cold outside?",
  "Our units work down to −25 °C. At around −20 °C an electric backup heater switches on, so the house stays warm.\n\n– Aino, Revontuli",
  "Revontuli's units work down to −25 °C. At around −20 °C an electric backup heater switches on, so the house stays warm.",
  "– Aino, Revontuli")
D("en", "How much can a heat pump actually save compared to direct electric heating?",
  "Full disclosure, I'm a Revontuli employee. Typically up to 50 % of heating energy compared with direct electric heating. Savings depend on the house, so we never promise an exact amount.",
  "Typically up to 50 % of heating energy compared with direct electric heating. Savings depend on the house, so nobody should promise an exact amount.",
  "I'm a Revontuli employee")
D("en", "How long does installation take? We've got a newborn so timing matters.",
  "Congratulations! Installation usually takes 1–2 days. For ground-source heat the borehole is usually drilled before installation day.\n\n– Aino, Revontuli",
  "Congratulations! Installation usually takes 1–2 days. For ground-source heat the borehole is usually drilled before installation day.",
  "– Aino, Revontuli")
D("en", "Is there any winter offer on at the moment? Thinking of ordering soon.",
  "I work for Revontuli, and yes: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off. The discount cannot be combined with other offers.",
  "Yes: until 28 February 2027 Revontuli's home survey is free and an installed heat pump is 500 € off. The discount cannot be combined with other offers.",
  "I work for Revontuli")
write("disclosure.jsonl", items, "dis", "disclosure")
