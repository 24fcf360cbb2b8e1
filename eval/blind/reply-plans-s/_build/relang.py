R = {
"kk.py": [
('"fi","39e kahelle on kyl halvempaa ku leffat ja popparit lol"','"sv","39 € för två e ju billigare än bio och popcorn lol"'),
('"fi","Jää on ollu ihan kuoppaista koko joulukuun tiistaisin, rata 3 erityisesti. Maksetaan 480e kausimaksua tästä"','"sv","Isen har varit helt gropig hela december på tisdagarna, bana 3 speciellt. Vi betalar 480 € i säsongsavgift för det här"'),
('"fi","ihan sama kokemus, olin hiessä kymmenessä minuutissa"','"sv","precis samma, jag var helt svettig efter tio minuter"'),
('"fi","tää oli kyl tosi kiva paikka, me käytiin syksyllä"','"sv","de här var ett jättetrevligt ställe, vi va där i höstas"'),
('"fi","Saako sinne tuoda omia juomia 🍺"','"sv","Får man ta med egen dricka 🍺"'),
('"fi","en tiiä, mulla on muistikuva 15e"','"sv","vet int, jag minns att det var 15 €"'),
('"fi","varauduin et on kylmä ja laitoin lapsille toppahousut, hyvä ratkasu"','"sv","jag räknade med att det e kallt och satte överdragsbyxor på barnen, bra lösning"'),
('"fi","mä en vieläkään tajua sääntöjä mut hauskaa on 😂"','"sv","jag fattar fortfarande inte reglerna men kul är det 😂"'),
('"fi","sama, mä kaaduin heti ekalla heitolla 😂"','"sv","samma, jag föll direkt på första kastet 😂"'),
('"fi","@jannek tää meille 😂"','"sv","@jannek det här åt oss 😂"'),
('"fi","Kivikaari on kyl paras halli Suomessa, jää on aina täydellinen"','"sv","Kivikaari e nog den bästa hallen i Finland, isen e alltid perfekt"'),
('"fi","millä bussilla sinne pääsee"','"sv","vilken buss tar man dit"'),
(''' N("u/snowmoose_88",None,"en","thanks everyone, booked a trial for saturday 🙌","agreement: thanks aimed at the other commenters"),''',
''' N("u/snowmoose_88",None,"en","thanks everyone, booked a trial for saturday 🙌","agreement: thanks aimed at the other commenters"),
 N("u/nyinlahtis",None,"sv","Behöver man egna skor eller får man låna","already answered by kk-02-c01: only clean indoor shoes needed (kk-g02, kk-g14)"),'''),
],
"hv.py": [
('"en","@jake_m we\'re doing this in march!!"','"sv","@jakob_m vi gör det här i mars!!"'),
('"en","honestly pulling is literally what they love, mine goes insane if i don\'t run him"','"sv","ärligt talat är det ju det de älskar, min hund blir galen om jag inte springer med honom"'),
('"en","the way the dogs scream before the start lmaooo"','"sv","hur hundarna skriker innan starten 😂😂"'),
('"en","same!! the snow is soft at least 😂"','"sv","samma!! snön är mjuk i alla fall 😂"'),
('"en","so the dogs basically run a marathon every day lol"','"sv","så hundarna springer typ ett maraton varje dag lol"'),
('"fi","lol ei ees revontulet oo enää ilmasia"','"sv","lol inte ens norrskenet är gratis nuförtiden"'),
('"en","ok booked for the 28th!! cant wait"','"sv","bokat till den 28:e!! längtar"'),
('"en","Q4 targets: more belly rubs"','"sv","Q4-mål: fler magkli"'),
('"en","+1 to what Anna said"','"sv","+1 till det Anna skrev"'),
('"fi","Onks lounaalla kasvisvaihtoehto"','"sv","Finns det vegetariskt till lunchen"'),
(''' N("Emma Wood",None,"en","@lisa_b this is the one I told you about","tag: tags a friend"),''',
''' N("Emma Wood",None,"en","@lisa_b this is the one I told you about","tag: tags a friend"),
 N("Anneli Öhman",None,"sv","Får man bilderna efteråt eller måste man köpa dem","already answered by hv-03-c09: guide photos are free (hv-g17)"),'''),
(''' N("Karl Östman",None,"sv","Vi åkte med Kennel Revontuli, också bra men dyrt","competitor praise: about Kennel Revontuli"),''',
''' N("Karl Östman",None,"sv","Vi åkte med Kennel Revontuli, också bra men dyrt","competitor praise: about Kennel Revontuli"),
 N("Malin Sjöberg",None,"sv","Kan man klappa valparna där","already answered by hv-07-c02: puppies can be petted on the kennel visit (hv-g07)"),'''),
(''' A("Sam Taylor",None,"en","how many rest days do they get","rest days (hv-g08)",["hv-g08"],"at least one full rest day a week"),''',
''' A("Sam Taylor",None,"en","how many rest days do they get","rest days (hv-g08)",["hv-g08"],"at least one full rest day a week"),
 N("Pia Lindqvist",None,"sv","Ska man ha egna ullsockor med sig","already answered by hv-05-c03: bring wool socks (hv-g04)"),'''),
],
"uv.py": [
('"fi","Omegan saa vietyä Helsinkiin valtuutettuun huoltoon"','"sv","Omegan kan man lämna till auktoriserad service i Helsingfors"'),
('"en","lol my grandpa clock barely fits in the living room"','"sv","haha mitt golvur får knappt plats i vardagsrummet"'),
('"fi","@kellohullu katso tää"','"sv","@klockfreak kolla den här"'),
('"en","Love this story ❤️"','"sv","Så fin historia ❤️"'),
('"en","lmao"','"sv","asg 😂😂"'),
('"en","Ari the way you open the caseback gives me anxiety 😬"','"sv","Ari, hur du öppnar boetten ger mig ångest 😬"'),
('"fi","Niillä on hirveet jonot, mun kello oli siellä 3 kuukautta"','"sv","De har fruktansvärda köer, min klocka var där i 3 månader"'),
(''' K("stig.a",None,"sv",''',''' N("ulrika_b",None,"sv","Kostar det något att få ett prisförslag","already answered by uv-04-c06: estimates are free (uv-g04)",True),
 K("stig.a",None,"sv",'''),
],
}
for f, reps in R.items():
    s = open(f).read()
    for o, n in reps:
        assert s.count(o) == 1, (f, o[:50], s.count(o))
        s = s.replace(o, n)
    open(f, "w").write(s)
print("done")
