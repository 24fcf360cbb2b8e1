from common import *
items = []
def pair(lang, comment, disc, phrase, undisc):
    assert phrase in disc, phrase
    items.append({"language": lang, "kind": "disclosure", "comment": comment, "reply": disc, "first_reply": True, "has_disclosure": True, "disclosure_phrase": phrase})
    items.append({"language": lang, "kind": "disclosure", "comment": comment, "reply": undisc, "first_reply": True, "has_disclosure": False, "disclosure_phrase": None})
L = "fi"
pair(L, "Kuinka kovilla pakkasilla ilma-vesipumppu oikeasti toimii?",
     "Laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.\n\n– Aino, Revontuli", "– Aino, Revontuli",
     "Revontulen laitteet toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.")
pair(L, "Paljonko maalämpö maksaa porakaivon kanssa, ihan suuruusluokka?",
     "Olen Revontulella töissä, joten vastaan omien hintojemme pohjalta: maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €. Tarkka hinta selviää maksuttomalla kotikäynnillä.", "Olen Revontulella töissä",
     "Suuruusluokka on tämä: maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä.")
pair(L, "Millainen takuu niissä on?",
     "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. (Työskentelen Revontulella.)", "(Työskentelen Revontulella.)",
     "Revontulen laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu, eli jos jotain sattuu, siihen on turvaa.")
pair(L, "Kauanko asennus yleensä kestää?",
     "Asennus kestää tavallisesti 1–2 päivää.\n– Mikko Revontulelta", "– Mikko Revontulelta",
     "Tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.")
pair(L, "Saako asennuksesta kotitalousvähennystä?",
     "Moi, Sanna täällä Revontulelta. Kotitalousvähennys koskee asennuksen työosuutta, eli sen osalta vähennyksen saa.", "Sanna täällä Revontulelta",
     "Moi! Kotitalousvähennys koskee asennuksen työosuutta, eli sen osalta vähennyksen saa.")
pair(L, "Paljonko lämpöpumpulla oikeasti säästää?",
     "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Säästö riippuu talosta ja käytöstä, joten emme lupaa tarkkaa summaa. Vastaan tässä Revontulen työntekijänä.", "Revontulen työntekijänä",
     "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Säästö riippuu talosta ja käytöstä, eikä Revontuli lupaa tarkkaa summaa.")
L = "sv"
pair(L, "Hur kallt klarar era pumpar egentligen?",
     "Våra aggregat fungerar ner till −25 °C. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.\n\n(Jag jobbar på Revontuli.)", "(Jag jobbar på Revontuli.)",
     "Revontulis aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.")
pair(L, "Vad får man räkna med för en luft-vattenpump?",
     "Hej! Erik här, jag jobbar på Revontuli. En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation, och det exakta priset får du vid ett kostnadsfritt hembesök.", "jag jobbar på Revontuli",
     "Hej! En luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset beror på huset och det nuvarande värmesystemet.")
pair(L, "Hur är det med garantin om man bor i Sverige?",
     "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti, och i Sverige gäller garantin via vår partner Revontuli AB.\n\n– Linnea, Revontuli", "– Linnea, Revontuli",
     "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. I Sverige gäller garantin via Revontuli AB.")
pair(L, "Går det att få ROT-avdrag?",
     "Ja, ROT-avdraget gäller arbetskostnaden i installationen. /Johanna på Revontuli", "/Johanna på Revontuli",
     "Ja, ROT-avdraget gäller arbetskostnaden i installationen.")
pair(L, "Hur länge håller installatörerna på?",
     "Jag arbetar på Revontuli och kan svara: installationen tar vanligtvis 1–2 dagar.", "Jag arbetar på Revontuli",
     "Installationen tar vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen.")
pair(L, "Vilket nummer ringer man om pumpen krånglar?",
     "Ring kundtjänsten på 010 555 0100 vardagar 8–18, eller skriv via kundtjänstformuläret på vår webbplats. (Svarar från Revontulis kundtjänst.)", "(Svarar från Revontulis kundtjänst.)",
     "Revontulis kundtjänst nås på 010 555 0100 vardagar 8–18. Ha kundnumret eller installationsadressen till hands när du ringer.")
L = "en"
pair(L, "Rough cost of ground source with the borehole?",
     "A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation. (I work at Revontuli.)", "(I work at Revontuli.)",
     "A ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation. The exact price depends on the house.")
pair(L, "How much do these things actually save?",
     "Full disclosure, I work for Revontuli. Typically up to 50 % of heating energy compared with direct electric heating, but it depends on the house, so we never promise an exact amount.", "Full disclosure, I work for Revontuli.",
     "Typically up to 50 % of heating energy compared with direct electric heating. Savings depend on the house, and Revontuli never promises an exact amount.")
pair(L, "Do these work when it's properly cold?",
     "Our units work down to −25 °C, and at around −20 °C an electric backup heater switches on.\n\n– Aino, Revontuli", "– Aino, Revontuli",
     "Revontuli's units work down to −25 °C. At around −20 °C an electric backup heater switches on, so the house stays warm.")
pair(L, "What's the warranty on these?",
     "Hi, Jussi from Revontuli here. The unit has a 5-year warranty and the installation work a 2-year warranty.", "Jussi from Revontuli here",
     "The unit has a 5-year warranty and the installation work a 2-year warranty.")
pair(L, "Is the home survey really free?",
     "Yes, the home survey is free. You can book it at https://revontuli.example/en/survey (Revontuli employee here.)", "(Revontuli employee here.)",
     "Yes, the home survey is free: https://revontuli.example/en/survey")
pair(L, "How many days does installation take?",
     "Installation usually takes 1–2 days.\n– Leena, Revontuli customer team", "– Leena, Revontuli customer team",
     "Installation usually takes 1–2 days; for ground-source heat the borehole is usually drilled before installation day.")
write("disclosure.jsonl", ids(items, "dis")); print(len(items))
