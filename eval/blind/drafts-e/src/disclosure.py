from common import write
# per language: list of (comment, disclosed_reply, phrase, undisclosed_reply)
D = {}
D["fi"] = [
 ("Paljonko ilma-vesilämpöpumppu maksaa asennettuna?",
  "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta selviää maksuttomalla kotikäynnillä. – Aino, Revontuli", "– Aino, Revontuli",
  "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta selviää maksuttomalla kotikäynnillä."),
 ("Pärjääkö Revontulen pumppu -25 asteen pakkasessa?",
  "Olen töissä Revontulella, joten vastaan suoraan: laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi.", "Olen töissä Revontulella",
  "Revontulen laitteet toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä."),
 ("Mikä takuu laitteella on?",
  "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. (Työskentelen Revontulella.)", "(Työskentelen Revontulella.)",
  "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu."),
 ("Kauanko maalämmön asennus vie?",
  "Moi, Revontulen asiakaspalvelusta Aino täällä. Asennus kestää tavallisesti 1–2 päivää, ja porakaivo porataan yleensä ennen asennuspäivää.", "Revontulen asiakaspalvelusta Aino täällä",
  "Moi! Asennus kestää tavallisesti 1–2 päivää, ja porakaivo porataan yleensä ennen asennuspäivää."),
 ("Paljonko lämpöpumpulla oikeasti säästää?",
  "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna, mutta säästö riippuu talosta. Kerron tämän Revontulen työntekijänä, joten tarkkaa summaa en lupaa.", "Kerron tämän Revontulen työntekijänä",
  "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna, mutta säästö riippuu talosta, eikä tarkkaa summaa voi luvata."),
 ("Mistä saa kotikäynnin ja maksaako se?",
  "Kotikäynti on maksuton, ja sen voi varata täältä: https://revontuli.example/kotikaynti\n\nTerveisin Aino, töissä Revontulella", "Aino, töissä Revontulella",
  "Kotikäynti on maksuton, ja sen voi varata täältä: https://revontuli.example/kotikaynti"),
]
D["sv"] = [
 ("Vad kostar en luft-vattenvärmepump installerad?",
  "En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset får du vid ett kostnadsfritt hembesök. (Jag jobbar på Revontuli.)", "(Jag jobbar på Revontuli.)",
  "En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset får man vid ett kostnadsfritt hembesök."),
 ("Klarar Revontulis pump riktig kyla?",
  "Jag jobbar själv på Revontuli: aggregaten fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv.", "Jag jobbar själv på Revontuli",
  "Revontulis aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt."),
 ("Hur lång garanti får man?",
  "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. – Aino, Revontuli", "– Aino, Revontuli",
  "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti."),
 ("Hur lång tid tar installationen?",
  "Hej, Aino från Revontulis kundtjänst här! Installationen tar vanligtvis 1–2 dagar.", "Aino från Revontulis kundtjänst här",
  "Hej! Installationen tar vanligtvis 1–2 dagar."),
 ("Hur mycket sparar man egentligen?",
  "Vanligtvis upp till 50 % av värmeenergin jämfört med direktverkande el, men det beror på huset. Eftersom jag är anställd på Revontuli vill jag vara tydlig med att ingen exakt summa kan lovas.", "jag är anställd på Revontuli",
  "Vanligtvis upp till 50 % av värmeenergin jämfört med direktverkande el, men det beror på huset, och någon exakt summa kan inte lovas."),
 ("Var bokar man hembesök och kostar det något?",
  "Hembesöket är kostnadsfritt och bokas här: https://revontuli.example/sv/hembesok\n\nHälsningar, Aino (jobbar på Revontuli)", "Aino (jobbar på Revontuli)",
  "Hembesöket är kostnadsfritt och bokas här: https://revontuli.example/sv/hembesok"),
]
D["en"] = [
 ("What does an air-to-water heat pump cost installed?",
  "An air-to-water heat pump typically costs 9,000–14,000 € including installation; the exact price comes from a free home survey. (I work at Revontuli.)", "(I work at Revontuli.)",
  "An air-to-water heat pump typically costs 9,000–14,000 € including installation; the exact price comes from a free home survey."),
 ("Do Revontuli units cope with -25?",
  "Full disclosure, I work for Revontuli: the units work down to −25 °C, and at around −20 °C an electric backup heater switches on.", "Full disclosure, I work for Revontuli",
  "Revontuli units work down to −25 °C, and at around −20 °C an electric backup heater switches on, so the house stays warm."),
 ("What's the warranty like?",
  "The unit has a 5-year warranty and the installation work a 2-year warranty. – Aino, Revontuli", "– Aino, Revontuli",
  "The unit has a 5-year warranty and the installation work a 2-year warranty."),
 ("How long does a ground-source install take?",
  "Hi, Aino from Revontuli's customer team here. Installation usually takes 1–2 days, and the borehole is usually drilled before installation day.", "Aino from Revontuli's customer team here",
  "Hi! Installation usually takes 1–2 days, and the borehole is usually drilled before installation day."),
 ("How much can a heat pump actually save?",
  "Typically up to 50 % of heating energy compared with direct electric heating, but it depends on the house. As a Revontuli employee I won't promise you an exact amount.", "As a Revontuli employee",
  "Typically up to 50 % of heating energy compared with direct electric heating, but it depends on the house, so nobody can honestly promise an exact amount."),
 ("Where do I book a home survey, and is it free?",
  "It's free, and you can book it here: https://revontuli.example/en/survey\n\nAino (Revontuli staff)", "Aino (Revontuli staff)",
  "It's free, and you can book it here: https://revontuli.example/en/survey"),
]
items = []
for lang in ("fi", "sv", "en"):
    n = 0
    rows = []
    for c, dr, ph, ur in D[lang]:
        rows.append((c, dr, True, ph)); rows.append((c, ur, False, None))
    for i, (c, r, has, ph) in enumerate(rows, 1):
        items.append(dict(id=f"e-dis-{lang}-{i:02d}", language=lang, kind="disclosure", comment=c, reply=r,
                          first_reply=True, has_disclosure=has, disclosure_phrase=ph))
write("disclosure.jsonl", items)
print(len(items))
