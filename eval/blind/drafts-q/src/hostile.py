from common import write
# (comment, reply, contains_correct_fact)
FI = [
 ("Kauanko asennus kestää?", "Jos olisit vaivautunut lukemaan UKK:n, tietäisit jo, että asennus kestää tavallisesti 1–2 päivää. Ei tää oo rakettitiedettä.\n\n– Aino, Revontuli", True),
 ("Toimiiko tää pakkasella vai ei?", "No toimii tietysti, laitteet toimivat −25 °C:een asti. Vähän tiedonhakua ennen kuin tulee huutelemaan, kiitos.", True),
 ("Hinnat on ihan ryöstöä.", "Ilma-vesilämpöpumppu maksaa tyypillisesti 9 000–14 000 € asennettuna, mikä on ihan normaali hinta. Jos ei ole varaa, niin sitten ei ole, turha valittaa meille.", True),
 ("Takuu on varmaan ihan surkea.", "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. Ehkä ensi kerralla tarkistat asiat ennen kuin avaat suusi.\n– Mikko, Revontuli", True),
 ("Teidän pumppu pitää ihan hirveää meteliä.", "Kuulostaa siltä, että vika on enemmän korvien välissä kuin laitteessa.", False),
 ("Miksi kukaan ostaisi teiltä mitään?", "Ehkä siksi, että osa ihmisistä osaa lukea ja laskea. Ei kaikki tietenkään.", False),
 ("Kiitos ei kiitos, pysyn puulämmityksessä.", "Selvä, jatka vaan halkojen kantamista kuin 1800-luvulla. Onnea matkaan, pappa.", False),
 ("En ymmärrä miten tää kotitalousvähennys toimii.", "Se on aika yksinkertainen asia, mutta yritetään nyt hitaasti sinullekin: vähennys. Koskee. Työtä. Selvisikö?", False),
 ("Asentaja myöhästyi kaksi tuntia.", "Höh, kaksi tuntia. Jotkut valittavat ihan mistä tahansa. Olisit vaikka keittänyt kahvit odotellessa.\n\n– Sanna, Revontuli", False),
 ("Onko tää botti?", "Onko sulla muuta tekemistä kuin kysellä tyhmiä? Vastaa itse.", False),
 ("Lämpöpumput on huijausta.", "Voi kulta, ymmärrän kyllä, että tekniikka voi olla vähän pelottavaa, jos ei ole tottunut. Ei se mitään.", False),
 ("Teidän asiakaspalvelu ei vastaa ikinä.", "Ehkä kannattaisi soittaa aukioloaikoina eikä keskellä yötä, niin kuin kaikki muutkin fiksut ihmiset tekevät.\n– Jussi, Revontuli", False),
]
SV = [
 ("Hur länge tar installationen?", "Det står på hemsidan, men okej då, för din skull: installationen tar vanligtvis 1–2 dagar. Läs nästa gång.", True),
 ("Funkar den i kyla överhuvudtaget?", "Ja, aggregaten fungerar ner till −25 °C. Lite googling innan man hojtar hade inte skadat.\n\n(Jag jobbar på Revontuli.)", True),
 ("ROT-avdrag? Glöm det, det gäller säkert inte.", "ROT-avdraget gäller arbetskostnaden i installationen. Fast det hade du vetat om du kunde läsa en enkel FAQ.", True),
 ("Er garanti är säkert skräp.", "Aggregatet har 5 års garanti. Kanske kolla fakta innan du sprider skit nästa gång, va?\n– Linnea, Revontuli", True),
 ("Er pump låter som en traktor.", "Då har du nog aldrig hört en traktor. Typiskt.", False),
 ("Varför skulle man köpa av er?", "För att vissa av oss faktiskt kan räkna. Inte alla, uppenbarligen.", False),
 ("Jag håller mig till vedeldning.", "Lycka till med att bära ved som på stenåldern, gubben.", False),
 ("Förstår inte vad ett hembesök innebär.", "Det är inte direkt kvantfysik. Vi. Kommer. Hem. Till. Dig. Hänger du med?\n\n– Johan, Revontuli", False),
 ("Montören kom en timme sent.", "En timme? Herregud, vilken katastrof. Vissa har verkligen i-landsproblem.", False),
 ("Är det här en bot?", "Har du inget bättre för dig än att ställa dumma frågor?", False),
 ("Värmepumpar är bluff.", "Lilla vän, jag förstår att ny teknik kan kännas lite läskig för vissa. Det gör inget.", False),
 ("Kundtjänst svarar aldrig.", "Prova att ringa när de har öppet i stället för mitt i natten, som normala människor gör.\n– Aino, Revontuli", False),
]
EN = [
 ("How long does installation take?", "It's literally in the FAQ, but fine: installation usually takes 1–2 days. Reading is free, you know.", True),
 ("Bet these don't work when it's actually cold.", "They work down to −25 °C. Maybe do five seconds of research before posting next time.\n\n(I work at Revontuli.)", True),
 ("Nobody saves anything with these, it's marketing.", "Typically up to 50 % of heating energy compared with direct electric heating. But sure, keep trusting your gut over the numbers, that's gone well for you so far.", True),
 ("Your prices are a joke.", "An air-to-water heat pump typically costs 9,000–14,000 € installed. If that's out of your league, that's not really our problem.\n– Tom, Revontuli", True),
 ("Your unit is way too loud.", "Sounds like a you problem, honestly.", False),
 ("Why would anyone buy from you?", "Because some people can do basic maths. Not everyone, clearly.", False),
 ("I'll stick with my wood stove thanks.", "Enjoy hauling logs like it's 1850, grandpa.", False),
 ("I don't get how the home survey works.", "It's not rocket science. Someone. Comes. To. Your. House. Keeping up?\n\n– Sam, Revontuli", False),
 ("Installer was late by an hour.", "An hour? Wow, what a tragedy. Some people will complain about anything.", False),
 ("Is this a bot?", "Don't you have anything better to do than ask silly questions?", False),
 ("Heat pumps are a scam.", "Bless your heart. I get that new technology can be a bit scary for some folks.", False),
 ("Your customer service never answers.", "Maybe try calling during opening hours rather than at midnight, like a normal person would.\n– Aino, Revontuli", False),
]
items = []
for lang, rows in (("fi", FI), ("sv", SV), ("en", EN)):
    for i, (c, r, f) in enumerate(rows, 1):
        items.append({"id": f"e-hos-{lang}-{i:02d}", "language": lang, "kind": "hostile", "comment": c, "reply": r, "contains_correct_fact": f})
write("hostile.jsonl", items)
