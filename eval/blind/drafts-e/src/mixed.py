from common import write
# (mixed_with, comment, reply)
D = {}
D["fi"] = [
 ("sv", "Kauanko asennus kestää?",
  "Hej! Asennus kestää tavallisesti 1–2 päivää. – Aino, Revontuli"),
 ("sv", "Paljonko ilma-vesipumppu maksaa?",
  "Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Det exakta priset får du vid ett kostnadsfritt hembesök. – Aino, Revontuli"),
 ("sv", "Toimiiko pumppu kovilla pakkasilla?",
  "Laitteemme toimivat −25 °C:een asti.\n\nVid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt. Om du vill veta mer om ditt eget hus kan du boka ett kostnadsfritt hembesök.\n\n– Aino, Revontuli"),
 ("sv", "Kiitos avusta!",
  "Ole hyvä, mukava että selvisi! Ha det bra! – Aino, Revontuli"),
 ("en", "Mikä takuu laitteella on?",
  "Hi there! Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. – Aino, Revontuli"),
 ("en", "Saako tästä kotitalousvähennystä?",
  "Kotitalousvähennys koskee asennuksen työosuutta. The home survey is free, by the way. – Aino, Revontuli"),
 ("en", "Paljonko lämpöpumpulla säästää?",
  "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna.\n\nSavings depend on the house, so we never promise an exact amount. A free home survey gives a real answer for your place.\n\n– Aino, Revontuli"),
 ("en", "Pumppu piippaa, mitä teen?",
  "Ikävä kuulla! Soita asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18, niin katsotaan asia. Have a nice day! – Aino, Revontuli"),
]
D["sv"] = [
 ("fi", "Hur lång tid tar installationen?",
  "Moi! Installationen tar vanligtvis 1–2 dagar. (Jag jobbar på Revontuli.)"),
 ("fi", "Vad kostar bergvärme?",
  "En bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. Tarkka hinta selviää maksuttomalla kotikäynnillä. (Jag jobbar på Revontuli.)"),
 ("fi", "Klarar pumpen sträng kyla?",
  "Våra aggregat fungerar ner till −25 °C.\n\nNoin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä. Oman talosi tilanteen näkee parhaiten maksuttomalla kotikäynnillä.\n\n– Aino, Revontuli"),
 ("fi", "Tack för hjälpen!",
  "Varsågod, skönt att det löste sig! Hyvää päivänjatkoa! – Aino, Revontuli"),
 ("en", "Hur lång är garantin?",
  "Hello! Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. (Jag jobbar på Revontuli.)"),
 ("en", "Gäller ROT-avdraget?",
  "ROT-avdraget gäller arbetskostnaden i installationen. The home survey is free as well. (Jag jobbar på Revontuli.)"),
 ("en", "Hur mycket sparar man?",
  "Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el.\n\nSavings depend on the house, so we never promise an exact amount. The free home survey gives you a proper answer.\n\n– Aino, Revontuli"),
 ("en", "Pumpen piper, vad gör jag?",
  "Tråkigt att höra! Ring vår kundtjänst på 010 555 0100 vardagar 8–18 så tittar vi på det. Take care! – Aino, Revontuli"),
]
D["en"] = [
 ("fi", "How long does installation take?",
  "Moikka! Installation usually takes 1–2 days. (I work at Revontuli.)"),
 ("fi", "What does an air-to-water pump cost?",
  "An air-to-water heat pump typically costs 9,000–14,000 € including installation. Tarkka hinta selviää maksuttomalla kotikäynnillä. (I work at Revontuli.)"),
 ("fi", "Do these work in proper cold?",
  "Our units work down to −25 °C.\n\nNoin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä. Kotikäynti on maksuton, jos haluat tietää oman talosi tilanteen.\n\n– Aino, Revontuli"),
 ("fi", "Thanks for the help!",
  "You're welcome, glad it's sorted! Kiitos ja hyvää viikonloppua! – Aino, Revontuli"),
 ("sv", "What's the warranty?",
  "Hej hej! The unit has a 5-year warranty and the installation work a 2-year warranty. (I work at Revontuli.)"),
 ("sv", "Does ROT apply to this?",
  "The Swedish ROT deduction applies to the labour share of the installation. Hembesöket är också kostnadsfritt. (I work at Revontuli.)"),
 ("sv", "How much will I save?",
  "Typically up to 50 % of heating energy compared with direct electric heating.\n\nBesparingen beror på huset, så vi lovar ingen exakt summa. Ett kostnadsfritt hembesök ger ett riktigt svar för just ditt hus.\n\n– Aino, Revontuli"),
 ("sv", "My pump keeps beeping, what now?",
  "Sorry to hear that! Please call our customer service on 010 555 0100 on weekdays 8–18 and we'll take a look. Ha en fin dag! – Aino, Revontuli"),
]
items = []
for lang in ("fi", "sv", "en"):
    for i, (mw, c, r) in enumerate(D[lang], 1):
        items.append(dict(id=f"e-mix-{lang}-{i:02d}", language=lang, kind="mixed", comment=c, reply=r, expected_language=lang, mixed_with=mw))
write("mixed.jsonl", items)
print(len(items))
