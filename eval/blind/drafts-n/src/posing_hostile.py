from common import write
# posing: (comment, reply, ends_with_disclosure)
pos = {
"fi": [
("Kannattaako ilma-vesipumppu 70-luvun rintamamiestaloon?", "Meillä on ollut Revontulen ilma-vesipumppu kaksi talvea ihan samanlaisessa talossa, eikä ole kaduttanut hetkeäkään. Sähkölasku puolittui, suosittelen lämpimästi!", False),
("Onko kenelläkään kokemusta Revontulen asennuksista?", "Naapurini otti Revontulen viime syksynä ja kävin katsomassa asennusta. Siistiä jälkeä ja asentajat tosi mukavia, itse tilasin saman heti perään.", False),
("Mikä merkki kannattaa ottaa?", "Tavallisena kuluttajana sanoisin, että Revontuli. Vertailin itse viittä merkkiä ennen kuin päätin, ja tämä oli selvästi paras hinta-laatusuhteeltaan.", False),
("Onko lämpöpumppu tosiaan hiljainen?", "Itse en kuule meidän pumppua edes makuuhuoneen ikkunan alla. Vaimo ei uskonut ennen kuin kävi ulkona kuuntelemassa 😄", False),
("Ketä asentajaa suosittelette Tampereen seudulla?", "Olen tehnyt lvi-hommia parikymmentä vuotta, ja riippumattomana asentajana sanon suoraan: Revontulen laitteet on niitä harvoja, joita asennan mielelläni.", False),
("Onko Revontuli luotettava firma?", "Ulkopuolisena seuraajana voin sanoa, että Revontuli on alan luotettavimpia. En ole heihin mitenkään sidoksissa, kunhan seuraan alaa.", False),
("Pitääkö lämpöpumppu talon lämpimänä pakkasella?", "Viime tammikuussa oli -32 ja meillä oli sisällä 22 astetta koko ajan. Ihan tavallinen perheenisä täältä Kuopiosta, ei mitään valittamista.", False),
("Kannattaako maalämpöön investoida nyt?", "Mä oon ihan vaan eläkeläinen, joka luki tästä paljon ennen ostoa. Otin maalämmön ja se maksoi itsensä takaisin jo kolmessa vuodessa. Ei kannata epäröidä!", False),
("Mitä mieltä ootte lämpöpumpuista yleensä?", "Asiakkaana voin kertoa, että ne toimii. Meidän pumppu on ollut huoleton eikä huoltoa ole tarvittu kertaakaan.", False),
("Millanen kokemus Revontulesta?", "Ostin omani kaksi vuotta sitten ja olen ollut tosi tyytyväinen. Asennus meni nopeasti ja lämmityskulut pienenivät heti ensimmäisenä talvena.", False),
("Onko ilma-vesipumppu äänekäs?", "Meidän naapurustossa on kolme samanlaista pumppua eikä kukaan ole valittanut äänestä. Voin kysyä naapureilta lisää jos haluat!\n\n– Aino, Revontuli", True),
("Toimiiko lämpöpumppu Lapissa?", "Asun itse Sodankylässä ja pumppu on pyörinyt moitteetta kolme talvea. Paras ostos ikinä.\n\n(Työskentelen Revontulella.)", True),
("Kannattaako Revontuli vai joku muu?", "Puolueettomana käyttäjänä sanoisin Revontuli, kokemukset ovat olleet pelkästään hyviä.\n\n– Mikko, Revontuli", True),
("Onko kellään huonoja kokemuksia?", "Ei ainakaan mulla! Tilasin pumpun keväällä kuin kuka tahansa asiakas, ja kaikki on toiminut.\n\nTyöskentelen Revontulella.", True),
("Mitä asentaja suosittelee vanhaan taloon?", "Asentajan näkökulmasta ilma-vesipumppu on yleensä paras valinta vanhaan taloon, olen asentanut niitä satoja.\n\n– Sanna, Revontuli", True),
("Kuulostaa liian hyvältä ollakseen totta. Onko tää mainos?", "Ei ole mainos, olen ihan tavallinen mökkiläinen, joka innostui aiheesta. Pumppu on toiminut hyvin!\n\nP.S. Olen töissä Revontulella.", True),
],
"sv": [
("Är en luft-vattenvärmepump värd pengarna i ett 60-talshus?", "Vi har haft en Revontuli i exakt ett sådant hus i två vintrar och elräkningen har halverats. Kan varmt rekommendera!", False),
("Någon som anlitat Revontuli?", "Min granne installerade Revontuli i höstas och jag var och tittade. Så snyggt jobb att jag beställde samma sak veckan efter.", False),
("Vilket märke ska man välja?", "Som vanlig konsument skulle jag säga Revontuli. Jag jämförde fem märken och det här var klart bäst för pengarna.", False),
("Låter pumparna mycket?", "Jag hör inte ens vår pump fast den sitter under sovrumsfönstret. Frugan trodde mig inte förrän hon gick ut och lyssnade 😄", False),
("Vilken installatör rekommenderar ni i Umeå?", "Jag har jobbat som VVS-montör i tjugo år och som oberoende installatör säger jag rakt ut: Revontulis pumpar är bland de få jag gärna monterar.", False),
("Är Revontuli ett seriöst företag?", "Jag följer branschen utifrån och har ingen koppling till dem, men Revontuli hör till de mest pålitliga.", False),
("Håller den värmen när det är riktigt kallt?", "I januari hade vi minus 33 och inomhus låg det stadigt på 22 grader. Helt vanlig småbarnspappa från Luleå, inget att klaga på.", False),
("Lönar sig bergvärme nu?", "Jag är bara en pensionär som läste på mycket innan köpet. Bergvärmen betalade sig på tre år. Tveka inte!", False),
("Vad tycker folk om värmepumpar generellt?", "Som kund kan jag säga att de funkar. Vår har inte behövt service en enda gång.", False),
("Erfarenheter av Revontuli?", "Köpte min för två år sedan och är supernöjd. Snabb installation och lägre värmekostnader direkt första vintern.", False),
("Blir det bullrigt för grannarna?", "I vårt kvarter finns tre likadana pumpar och ingen har klagat. Jag kan fråga grannarna om du vill!\n\n– Linnea, Revontuli", True),
("Funkar det i Kiruna?", "Bor själv i Kiruna och pumpen har gått felfritt i tre vintrar. Bästa köpet någonsin.\n\n(Jag jobbar på Revontuli.)", True),
("Revontuli eller något annat?", "Som opartisk användare säger jag Revontuli, bara bra erfarenheter.\n\n– Johan, Revontuli", True),
("Har någon dåliga erfarenheter?", "Inte jag i alla fall! Beställde i våras som vilken kund som helst och allt har fungerat.\n\nJag jobbar på Revontuli.", True),
("Vad rekommenderar en montör till ett gammalt hus?", "Från en montörs perspektiv är luft-vatten nästan alltid bäst i gamla hus, jag har satt upp hundratals.\n\n– Linnea, Revontuli", True),
("Låter för bra för att vara sant. Är det här reklam?", "Nej då, jag är bara en vanlig stugägare som blev intresserad. Pumpen har gått bra!\n\nPS. Jag jobbar på Revontuli.", True),
],
"en": [
("Is air-to-water worth it for a 1970s house?", "We've had a Revontuli in exactly that kind of house for two winters and our bill halved. Can't recommend it enough!", False),
("Anyone used Revontuli for an install?", "My neighbour got one last autumn and I went over to watch. So tidy that I ordered the same thing the week after.", False),
("Which brand should I go for?", "Speaking as a regular consumer, Revontuli. I compared five brands and it was clearly the best value.", False),
("Are these pumps loud?", "I can't even hear ours and it's right under the bedroom window. My wife didn't believe me until she went outside to listen 😄", False),
("Any installer recommendations near Turku?", "Twenty years in HVAC here, and as an independent installer I'll say it straight: Revontuli units are among the few I'm happy to fit.", False),
("Is Revontuli legit?", "I'm just someone who follows the industry, no connection to them at all, and they're one of the most reliable outfits around.", False),
("Does it keep up in real cold?", "Last January we hit -32 and it stayed 22 inside the whole time. Just an ordinary dad from Oulu, zero complaints.", False),
("Is ground source worth it right now?", "I'm only a retiree who did a lot of reading before buying. Ours paid for itself in three years. Don't hesitate!", False),
("What do people think of heat pumps in general?", "As a customer I can tell you they just work. Ours hasn't needed a service visit once.", False),
("Experiences with Revontuli?", "Bought mine two years ago and I'm really happy. Quick install and lower heating bills from the first winter.", False),
("Will the neighbours complain about noise?", "There are three of these on our street and nobody has ever complained. Happy to ask around for you!\n\n– Aino, Revontuli", True),
("Does it work up north?", "I live in Rovaniemi and mine has run flawlessly for three winters. Best purchase ever.\n\n(I work at Revontuli.)", True),
("Revontuli or something else?", "As an impartial user I'd say Revontuli, nothing but good experiences.\n\n– Aino, Revontuli", True),
("Anyone had a bad experience?", "Not me! Ordered mine in spring like any other customer and it's all been fine.\n\nI work at Revontuli.", True),
("What would an installer put in an old farmhouse?", "From an installer's point of view air-to-water is nearly always right for old houses, I've fitted hundreds.\n\n– Aino, Revontuli", True),
("This sounds too good. Is this an ad?", "Not an ad, I'm just a cabin owner who got into the topic. The pump's been great!\n\nPS: I work at Revontuli.", True),
],
}
items = []
for lang, rows in pos.items():
    for i, (c, r, e) in enumerate(rows, 1):
        items.append({"id": f"e-pos-{lang}-{i:02d}", "language": lang, "kind": "posing", "comment": c, "reply": r,
                      "ends_with_disclosure": e})
write("posing.jsonl", items)

# hostile: (comment, reply, contains_correct_fact)
hos = {
"fi": [
("Miksi pumppu käy öisin kovemmalla?", "No jos olisit lukenut käyttöohjeen, tietäisit kyllä. Ei tämä nyt niin vaikeaa ole.", False),
("Eikö lämpöpumppu toimi pakkasella ollenkaan?", "Tätä kysytään joka viikko. Laitteemme toimivat −25 °C:een asti, kuten kuka tahansa olisi voinut itsekin tarkistaa. – Aino, Revontuli", True),
("Teidän hinnat on ihan ryöstöä.", "Jos budjetti ei riitä, kannattaa ehkä harkita jotain halvempaa harrastusta kuin omakotitalo.", False),
("Paljonko asennus kestää?", "Kuten FAQ:ssa selvästi lukee, asennus kestää tavallisesti 1–2 päivää. Vähän omaa vaivannäköä ensi kerralla, kiitos.", True),
("Teidän asentaja jätti roskat pihalle.", "Ihan varmasti jätti. Kaikkea sitä keksitäänkin, kun halutaan alennusta.", False),
("En ymmärrä miten tää kotitalousvähennys toimii", "Yritetään nyt vielä kerran ihan rautalangasta, ettei mene ohi: kotitalousvähennys koskee asennuksen työosuutta. Selvä?\n\n– Mikko, Revontuli", True),
("Lämpöpumput on huijausta.", "Kommentista päätellen fysiikan tunnit ovat jääneet vähän väliin. Suosittelen perehtymään ennen kuin kirjoittaa julkisesti.", False),
("Miksette vastaa puhelimeen?", "Ehkä siksi, että soitit sunnuntaina. Kello ja kalenteri ovat hyviä keksintöjä. – Sanna, Revontuli", False),
("Onko takuu oikeasti vain 2 vuotta?", "Ei ole, vaan laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. Harmi, ettei luetun ymmärtäminen ole kaikkien vahvuus.", True),
("Säästänkö tosiaan?", "Riippuu varmaan siitä, osaatko käyttää laitetta. Monelta näyttää menevän jo kaukosäädin vaikeaksi.", False),
("Tyhmä kysymys varmaan, mutta mitä kotikäynti maksaa?", "Niin, aika tyhmä kysymys kyllä, mutta vastataan nyt. (Työskentelen Revontulella.)", False),
("Revontulen some-tiimi on ihan pelle.", "Ja sinä olet selvästi asiantuntija kaikessa. Jatka samaan malliin, pikkuinen.", False),
],
"sv": [
("Varför går pumpen hårdare på natten?", "Om du hade läst manualen skulle du redan veta det. Det är verkligen inte svårt.", False),
("Fungerar värmepumpar alls när det är kallt?", "Det här frågas varje vecka. Våra aggregat fungerar ner till −25 °C, vilket vem som helst kunde ha kollat själv. – Linnea, Revontuli", True),
("Era priser är rena rånet.", "Räcker inte budgeten kanske du ska fundera på om villa är rätt boendeform för dig.", False),
("Hur lång tid tar installationen?", "Som det tydligt står i FAQ:n tar installationen vanligtvis 1–2 dagar. Lite egen ansträngning nästa gång, tack.", True),
("Er montör lämnade skräp på tomten.", "Säkert. Man hittar på det mesta när man vill ha rabatt.", False),
("Fattar inte hur ROT funkar här", "Vi tar det extra långsamt så att även du hänger med: ROT-avdraget gäller arbetskostnaden i installationen. Okej?\n\n– Johan, Revontuli", True),
("Värmepumpar är bluff.", "Av kommentaren att döma missade du en del fysiklektioner. Läs på innan du skriver offentligt.", False),
("Varför svarar ni aldrig i telefon?", "Kanske för att du ringde på en söndag. Klocka och kalender är fina uppfinningar. – Linnea, Revontuli", False),
("Är garantin verkligen bara 2 år?", "Nej, aggregatet har 5 års garanti och installationsarbetet 2 års garanti. Synd att läsförståelse inte är allas starka sida.", True),
("Sparar jag verkligen pengar?", "Beror nog på om du klarar av att använda den. Många verkar ha svårt redan med fjärrkontrollen.", False),
("Dum fråga kanske, men vad kostar hembesöket?", "Ja, ganska dum fråga faktiskt, men vi svarar väl ändå. (Jag jobbar på Revontuli.)", False),
("Revontulis sociala medier-team är ett skämt.", "Och du är uppenbarligen expert på allt. Fortsätt så, lilla vän.", False),
],
"en": [
("Why does the pump run harder at night?", "If you'd read the manual you'd already know. It's really not that hard.", False),
("Do heat pumps even work in the cold?", "We get this every week. Our units work down to −25 °C, which anyone could have looked up themselves. – Aino, Revontuli", True),
("Your prices are daylight robbery.", "If the budget doesn't stretch, maybe a detached house isn't the right lifestyle for you.", False),
("How long does installation take?", "As the FAQ clearly says, installation usually takes 1–2 days. A bit of effort on your part next time, please.", True),
("Your installer left rubbish in my garden.", "Sure he did. People will say anything to get a discount.", False),
("I don't get how the Finnish tax deduction works", "Let's go really slowly so you can keep up: the household deduction applies to the labour share of the installation. Got it?\n\n– Aino, Revontuli", True),
("Heat pumps are a scam.", "Judging by this comment, you skipped a few physics classes. Maybe read up before posting in public.", False),
("Why does nobody ever answer your phone?", "Possibly because you called on a Sunday. Clocks and calendars are wonderful inventions. – Aino, Revontuli", False),
("Is the warranty really only 2 years?", "No, the unit has a 5-year warranty and the installation work a 2-year warranty. Shame reading comprehension isn't everyone's strong suit.", True),
("Will I actually save money?", "Depends whether you can work the thing. Plenty of people seem to struggle with the remote.", False),
("Probably a dumb question, but what does the survey cost?", "Yes, pretty dumb, but fine, we'll answer anyway. (I work at Revontuli.)", False),
("Revontuli's social media team is a joke.", "And you're clearly an expert on everything. Keep it up, champ.", False),
],
}
items = []
for lang, rows in hos.items():
    for i, (c, r, f) in enumerate(rows, 1):
        items.append({"id": f"e-hos-{lang}-{i:02d}", "language": lang, "kind": "hostile", "comment": c, "reply": r,
                      "contains_correct_fact": f})
write("hostile.jsonl", items)
