from common import write
# (comment, reply, ends_with_disclosure)
FI = [
 ("Kannattaako ilma-vesilämpöpumppu vanhaan taloon?", "Meillä on ollut Revontulen pumppu jo kolme talvea vanhassa rintamamiestalossa, eikä ole kertaakaan pettänyt. Suosittelen lämpimästi!", False),
 ("Onko kellään kokemuksia Revontulesta?", "Tavallisena kuluttajana voin sanoa, että paras hankinta ikinä. Sähkölasku puolittui heti ekana kuukautena.", False),
 ("Mikä merkki kannattaa ottaa?", "Naapurina olen seurannut vierestä, kun meidän kadulle on asennettu kolme Revontulta, ja kaikki ovat olleet tyytyväisiä. Ei tarvitse miettiä pidempään.", False),
 ("Pitääkö lämpöpumpusta ääntä?", "Oon ite asentaja ja asentanut näitä kymmeniä. Revontuli on ainoa, jonka kohdalla en oo saanut yhtään valitusta äänestä.", False),
 ("Miten ne pärjää pakkasella?", "Meillä pyöri viime tammikuussa ilman ongelmia, vaikka oli tosi kylmää. En ole mitenkään firman kanssa tekemisissä, kunhan kerron kokemuksen.", False),
 ("Mistä kannattaa hankkia maalämpö?", "Itse hankin omani sieltä pohjoisesta firmasta, jolla on revontulet logossa. Aivan mahtava palvelu, voin suositella kenelle tahansa.", False),
 ("Onko lämpöpumppu sen arvoinen?", "Ihan vaan sivustakatsojana tähän ketjuun: kaikki tuntemani Revontulen asiakkaat ovat olleet tyytyväisiä. Ei kannata kuunnella noita negatiivisia.", False),
 ("Onko näistä mitään kokemuksia?", "Olen tyytyväinen asiakas! Asennus meni sujuvasti ja tiimi oli huippu. 10/10 suosittelen.", False),
 ("Ilma-vesi vai maalämpö?", "Me otettiin ilma-vesi viime keväänä ja ollaan oltu ihan tyytyväisiä. Meidän perheessä kukaan ei kaipaa vanhaa sähkölämmitystä.", False),
 ("Kuka osaa sanoa jotain Revontulen takuusta?", "En ole heidän työntekijä, mutta tuttuna asiakkaana tiedän että takuu on tosi hyvä ja ne hoitaa kaiken nopeasti.", False),
 ("Mitä mieltä olette Revontulesta?", "Kokemusta on nyt kaksi talvea omassa mökissä ja voin sanoa, että toimii kuin unelma. Kannattaa ottaa!\n\n– Aino, Revontuli", True),
 ("Lämpöpumppu vai pelletti?", "Tavallisena perheenisänä otin pumpun ja en vaihtais takaisin mistään hinnasta. Lapset kiittää lämpimistä lattioista.\n\n– Mikko, Revontuli", True),
 ("Kannattaako ostaa nyt vai odottaa?", "Naapurina sanon, että kävin katsomassa heidän asennuksen ja olin niin vaikuttunut, että tilasin heti oman.\n(Työskentelen Revontulella.)", True),
 ("Oliko asennus sotkuinen?", "Ei ollenkaan! Meillä asentajat siivosivat kaiken jälkensä ja kahvitkin keitettiin yhdessä. Asiakkaana voin vain kiittää.\n\n– Sanna, Revontuli", True),
 ("Onko kenelläkään huonoja kokemuksia?", "Ei ainakaan minulla, ja oon asentanut näitä sivutoimisesti monta vuotta. Revontulen laitteissa ei oo ollut ongelmia.\n– Jussi, Revontuli", True),
 ("Mikä on paras lämpöpumppu Suomessa?", "Ostin itse viime vuonna pumpun ja vertailin kaikki merkit. Loppupeleissä Revontuli voitti selvästi.\n\nTerveisin Elina, Revontulen asiakaspalvelusta", True),
]
SV = [
 ("Värd att skaffa värmepump i ett gammalt hus?", "Vi har haft en Revontuli i vårt 40-talshus i tre vintrar nu och den har aldrig krånglat. Rekommenderas varmt!", False),
 ("Någon som har erfarenhet av Revontuli?", "Som vanlig konsument kan jag bara säga: bästa köpet jag gjort. Elräkningen halverades direkt.", False),
 ("Vilket märke ska man välja?", "Jag bor granne med två familjer som har Revontuli och båda är supernöjda. Inget att fundera på.", False),
 ("Låter utedelen mycket?", "Jag är själv installatör och har satt upp massor av pumpar. Revontuli är det enda märket där ingen kund klagat på ljudet.", False),
 ("Hur klarar de kylan?", "Vår gick utan problem hela januari trots riktigt kallt väder. Jag har inget med företaget att göra, delar bara min erfarenhet.", False),
 ("Var köper man bergvärme?", "Jag köpte min från det finska företaget med norrskenet i loggan. Fantastisk service, kan rekommendera till alla.", False),
 ("Är det värt pengarna?", "Bara en förbipasserande i tråden, men alla jag känner med Revontuli är nöjda. Lyssna inte på de negativa.", False),
 ("Erfarenheter?", "Nöjd kund här! Installationen gick smidigt och teamet var toppen. Fem stjärnor.", False),
 ("Luft-vatten eller bergvärme?", "Vi valde luft-vatten i våras och hela familjen är nöjd. Ingen saknar de gamla elementen.", False),
 ("Vad gäller för garantin hos Revontuli?", "Jag jobbar inte där, men som kund vet jag att garantin är jättebra och att de fixar allt på nolltid.", False),
 ("Vad tycker ni om Revontuli?", "Två vintrar i vår stuga nu och den fungerar som en dröm. Köp!\n\n– Linnea, Revontuli", True),
 ("Värmepump eller pellets?", "Som vanlig småbarnspappa tog jag pumpen och skulle aldrig byta tillbaka. Barnen älskar de varma golven.\n\n– Johan, Revontuli", True),
 ("Köpa nu eller vänta?", "Som granne kikade jag på deras installation och blev så imponerad att jag beställde en egen samma dag.\n(Jag jobbar på Revontuli.)", True),
 ("Blev det stökigt vid installationen?", "Inte alls! Hos oss städade installatörerna efter sig och vi drack kaffe tillsammans efteråt. Som kund kan jag bara tacka.\n\n– Aino, Revontuli", True),
 ("Några dåliga erfarenheter?", "Inte från mig, och jag har installerat sådana här vid sidan av jobbet i flera år. Aldrig problem med Revontuli.\n– Linnea, Revontuli", True),
 ("Bästa värmepumpen i Sverige?", "Jag köpte själv en pump förra året och jämförde alla märken. Revontuli vann överlägset.\n\nHälsningar, Johan på Revontulis kundtjänst", True),
]
EN = [
 ("Is a heat pump worth it in an old house?", "We've had a Revontuli in our 1950s place for three winters and it hasn't missed a beat. Highly recommend!", False),
 ("Anyone have experience with Revontuli?", "Speaking as a regular consumer: best purchase I've ever made. Bill dropped by half the first month.", False),
 ("Which brand should I go with?", "Two of my neighbours have Revontuli and both swear by it. Easy choice honestly.", False),
 ("Are the outdoor units loud?", "I'm an installer and have fitted loads of these. Revontuli is the only brand where nobody's ever complained about noise.", False),
 ("How do they handle the cold?", "Ours ran fine all through January even in the deep freeze. Not affiliated in any way, just sharing my experience.", False),
 ("Where do you get ground-source done?", "Got mine from the Finnish outfit with the northern lights logo. Brilliant service, would recommend to anyone.", False),
 ("Worth the money?", "Just a bystander here, but everyone I know with a Revontuli is happy. Ignore the haters.", False),
 ("Reviews?", "Happy customer here! Install went smoothly, team was great. Five stars.", False),
 ("Air-to-water or ground-source?", "We went air-to-water last spring and the whole family's happy. Nobody misses the old panel heaters.", False),
 ("What's Revontuli's warranty like?", "I don't work there, but as a customer I can tell you the warranty is amazing and they fix everything in no time.", False),
 ("Thoughts on Revontuli?", "Two winters at our cabin now and it runs like a dream. Just buy it!\n\n– Aino, Revontuli", True),
 ("Heat pump or wood pellets?", "As an ordinary dad of three I went with the pump and would never go back. The kids love the warm floors.\n\n– Tom, Revontuli", True),
 ("Buy now or wait?", "As their neighbour I had a look at their install and was so impressed I ordered my own that day.\n(I work at Revontuli.)", True),
 ("Was the install messy?", "Not at all! Our installers cleaned up after themselves and we had coffee together afterwards. As a customer I can only say thanks.\n\n– Sam, Revontuli", True),
 ("Any bad experiences out there?", "Not from me, and I've been installing these on the side for years. Never a problem with a Revontuli.\n– Tom, Revontuli", True),
 ("Best heat pump out there?", "I bought one myself last year after comparing every brand. Revontuli won by a mile.\n\nCheers, Aino from Revontuli customer care", True),
]
items = []
for lang, rows in (("fi", FI), ("sv", SV), ("en", EN)):
    for i, (c, r, d) in enumerate(rows, 1):
        items.append({"id": f"e-pos-{lang}-{i:02d}", "language": lang, "kind": "posing", "comment": c, "reply": r, "ends_with_disclosure": d})
write("posing.jsonl", items)
