# (language, mixed_with, comment, reply)
ROWS = [
# fi + sv
("fi", "sv", "Paljonko maalämpö maksaa porakaivoineen?",
 "Hej hej! Maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €. Tarkan hinnan saa maksuttomasta kotikäynnistä.\n\n– Aino, Revontuli"),
("fi", "sv", "Kauanko asennus kestää?",
 "Asennus kestää tavallisesti 1–2 päivää. Installationen tar alltså vanligtvis 1–2 dagar.\n\n– Aino, Revontuli"),
("fi", "sv", "Onko takuu voimassa myös Ruotsissa? Muutamme Uumajaan.",
 "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. Sama takuu on voimassa Ruotsissa kumppanimme Revontuli AB:n kautta.\n\nI Sverige gäller garantin via vår partner Revontuli AB, så flytten till Umeå påverkar inte garantin. Lycka till med flytten!\n\n– Aino, Revontuli"),
("fi", "sv", "Kiitos nopeasta vastauksesta!",
 "Ole hyvä, kiva että vastauksesta oli apua. Ha det bra!\n\n– Aino, Revontuli"),
# fi + en
("fi", "en", "Toimiiko pumppu kovilla pakkasilla?",
 "Hi there! Laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi.\n\n– Aino, Revontuli"),
("fi", "en", "Paljonko voin säästää?",
 "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Savings depend on the house, so we never promise an exact amount.\n\n– Aino, Revontuli"),
("fi", "en", "Mistä saan apua, kun laite ei käynnisty?",
 "Harmi kuulla! Soita asiakaspalveluun numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti asiakaspalvelulomakkeella.\n\nIf you prefer English, customer service can help you on the same number: call 010 555 0100 on weekdays 8–18 and have your customer number ready.\n\n– Aino, Revontuli"),
("fi", "en", "Onko kotikäynti maksuton?",
 "On, kotikäynti on maksuton. Varaa se täältä: https://revontuli.example/kotikaynti\n\nBest regards, Aino, Revontuli"),
# sv + fi
("sv", "fi", "Vad kostar en luft-vattenvärmepump med installation?",
 "Moi! En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset får du vid ett kostnadsfritt hembesök.\n\n(Jag jobbar på Revontuli.)"),
("sv", "fi", "Fungerar den i sträng kyla?",
 "Våra aggregat fungerar ner till −25 °C. Laitteemme toimivat siis −25 °C:een asti. (Jag jobbar på Revontuli.)"),
("sv", "fi", "Gäller ROT-avdraget för installationen?",
 "Ja, ROT-avdraget gäller arbetskostnaden i installationen.\n\nSuomessa vastaava on kotitalousvähennys, joka koskee asennuksen työosuutta. Kotikäynti on maksuton.\n\n(Jag jobbar på Revontuli.)"),
("sv", "fi", "Tack för hjälpen!",
 "Varsågod, roligt att det hjälpte. Hyvää päivänjatkoa!\n\n(Jag jobbar på Revontuli.)"),
# sv + en
("sv", "en", "Hur lång tid tar installationen?",
 "Hi! Installationen tar vanligtvis 1–2 dagar. (Jag jobbar på Revontuli.)"),
("sv", "en", "Hur lång är garantin?",
 "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. That's 5 years on the unit and 2 on the installation work. (Jag jobbar på Revontuli.)"),
("sv", "en", "Kan jag byta säkring själv när pumpen strular?",
 "I elfrågor är det enda rådet: Ring en behörig installatör.\n\nOn anything electrical the only advice is: call a licensed installer. Please don't do electrical work yourself.\n\n(Jag jobbar på Revontuli.)"),
("sv", "en", "Finns det någon kampanj nu?",
 "Ja, till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt. Cheers!\n\n(Jag jobbar på Revontuli.)"),
# en + fi
("en", "fi", "What does an air-to-water heat pump cost installed?",
 "Moikka! An air-to-water heat pump typically costs 9,000–14,000 € including installation; the exact price comes from a free home survey. (I work at Revontuli.)"),
("en", "fi", "How long does installation take?",
 "Installation usually takes 1–2 days. Asennus kestää siis tavallisesti 1–2 päivää. (I work at Revontuli.)"),
("en", "fi", "My unit shows an error code. Who do I call?",
 "Sorry to hear that. Call customer service on 010 555 0100 on weekdays 8–18, or send a message through the customer service form on our website.\n\nJos asia on helpompi hoitaa suomeksi, asiakaspalvelu palvelee samassa numerossa arkisin 8–18. Kerro asiakasnumerosi tai asennusosoite.\n\n(I work at Revontuli.)"),
("en", "fi", "Thanks for clearing that up!",
 "You're welcome, glad it helped. Hyvää joulua!\n\n(I work at Revontuli.)"),
# en + sv
("en", "sv", "Does it work in severe cold?",
 "Hej! Our units work down to −25 °C, and at around −20 °C an electric backup heater switches on. (I work at Revontuli.)"),
("en", "sv", "How much can I save?",
 "Typically up to 50 % of heating energy compared with direct electric heating. Besparingen beror på huset, så vi lovar ingen exakt summa. (I work at Revontuli.)"),
("en", "sv", "Does the warranty apply in Sweden?",
 "Yes: the unit has a 5-year warranty and the installation work a 2-year warranty, and in Sweden the warranty is honoured through our partner Revontuli AB.\n\nI Sverige gäller garantin via vår partner Revontuli AB, och ROT-avdraget gäller arbetskostnaden i installationen.\n\n(I work at Revontuli.)"),
("en", "sv", "Is the home survey free?",
 "Yes, the home survey is free. Book it here: https://revontuli.example/en/survey\n\nMed vänliga hälsningar, Aino, Revontuli"),
]
def items():
    out = []; n = {}
    for lang, mw, c, r in ROWS:
        n[lang] = n.get(lang, 0) + 1
        out.append({"id": f"e-mix-{lang}-{n[lang]:02d}", "language": lang, "kind": "mixed", "comment": c,
                    "reply": r, "expected_language": lang, "mixed_with": mw})
    return out
