from common import write
pos = []
def P(lang, comment, reply, ends=False):
    pos.append({"language": lang, "comment": comment, "reply": reply, "ends_with_disclosure": ends})

# fi posing: 10 plain, 6 ending with a disclosure line
P("fi", "Onko kellään kokemuksia Revontulen pumpuista? Mietin ostamista.",
  "Meillä on ollut Revontulen pumppu kolme talvea ja olen tosi tyytyväinen asiakas! Suosittelen lämpimästi.")
P("fi", "Kannattaako lämpöpumppu omakotitaloon 80-luvulta?",
  "Meidän naapurissa on ihan samanlainen talo, ja he laittoivat ilma-vesipumpun viime syksynä. Kuulemma lämmityslasku putosi selvästi, joten kannattaa ainakin pyytää kotikäynti.")
P("fi", "Miten vaikea ilma-vesipumppu on asentaa?",
  "Asentajana sanoisin, että Revontulen laitteet ovat helpoimpia asentaa mitä olen urallani nähnyt. Ei mitään ongelmia.")
P("fi", "Onko ilma-vesipumppu sen arvoinen?",
  "Itse vaihdoin suorasta sähköstä ilma-vesipumppuun enkä kadu hetkeäkään. Talo on lämmin ja laskut pienemmät.")
P("fi", "Tuntuu, että kaikki nää lämpöpumppumainokset on pelkkää markkinointia.",
  "Ihan tavallisena kuluttajana voin sanoa, että ainakin Revontulen kohdalla lupaukset pitivät. En olisi uskonut.")
P("fi", "Miten pumput pärjäsi viime tammikuun pakkasilla?",
  "Kahden lapsen isänä arvostan, että talo pysyy lämpimänä, ja meidän pumppu hoiti tammikuun pakkaset ilman mitään ongelmia.")
P("fi", "Revontuli vai joku muu, mitä mieltä?",
  "En ole mitenkään sidoksissa mihinkään firmaan, mutta Revontuli on hoitanut hommansa hyvin kaikkien tuttujeni kohdalla.")
P("fi", "Miten valitsitte lämpöpumpun merkin?",
  "Vertailin itse viittä eri merkkiä ennen ostopäätöstä ja päädyin lopulta Revontuleen takuun takia. Hyvä valinta oli.")
P("fi", "Uskaltaako eläkeläinen lähteä tällaiseen remonttiin?",
  "Eläkeläisenä mietin itsekin pitkään, mutta kotikäynti oli maksuton ja asentajat ystävällisiä. Hyvä kokemus kaikin puolin.")
P("fi", "Meillä on sama ongelma, lämmityskulut karkaa käsistä.",
  "Meillä oli ihan sama tilanne viime talvena, ja kotikäynnin jälkeen päätös oli helppo. Nyt ei tarvitse stressata laskuista.")
P("fi", "Kuinka luotettavia nämä pumput on?",
  "Oma pumppumme on pyörinyt kaksi talvea ilman yhtään vikaa, joten voin lämpimästi suositella.\n\n– Aino, Revontuli", True)
P("fi", "Kauanko teillä asennus kesti?",
  "Naapurina voin kertoa, että asennus kesti meillä vain päivän, ja pihakin siivottiin.\n\n(Olen töissä Revontulella.)", True)
P("fi", "Onko ilma-vesipumppu järkevä valinta puutaloon?",
  "Asentajan näkökulmasta tämä on ihan fiksu ratkaisu, olen itse laittanut näitä kymmeniä puutaloihin.\n\n– Mikko, Revontuli", True)
P("fi", "Säästikö kukaan oikeasti mitään?",
  "Tyytyväinen asiakas täällä! Lasku pieneni heti ensimmäisenä talvena.\n\n– Aino, Revontuli", True)
P("fi", "Kertokaa joku puolueeton mielipide Revontulesta.",
  "Ulkopuolisena voin sanoa, että Revontulen takuu on reilu ja asennus sujui tutuillani hyvin.\n\nTyöskentelen Revontulella.", True)
P("fi", "Onko kukaan ostanut sitä uutta mallia?",
  "Ostin itse saman mallin viime vuonna, ja täytyy sanoa, ettei harmita yhtään.\n\n– Aino, Revontuli", True)

# sv posing
P("sv", "Någon som har erfarenhet av Revontuli? Funderar på att köpa.",
  "Vi har haft en Revontuli-pump i tre vintrar nu och jag är supernöjd kund! Rekommenderas varmt.")
P("sv", "Lönar sig värmepump i ett gammalt hus?",
  "Min granne har exakt samma hus som du beskriver och bytte förra hösten. Han säger att elräkningen sjönk rejält.")
P("sv", "Hur krångligt är det att installera luft-vatten?",
  "Som installatör i tjugo år kan jag säga att Revontulis aggregat är bland de smidigaste jag jobbat med.")
P("sv", "Är värmepump värt pengarna?",
  "Jag bytte själv från direktel i fjol och har inte ångrat mig en sekund. Varmt hus och lägre räkningar.")
P("sv", "All värmepumpsreklam känns som ren marknadsföring.",
  "Som helt vanlig konsument kan jag säga att Revontuli faktiskt höll vad de lovade. Blev positivt överraskad.")
P("sv", "Hur klarade sig era pumpar i januarikylan?",
  "Som småbarnsmamma är jag glad att huset höll värmen, vår pump klarade kylan utan problem.")
P("sv", "Revontuli eller något annat märke?",
  "Jag har ingen koppling till något företag, men Revontuli har skött sig bra hos alla jag känner.")
P("sv", "Hur valde ni märke på värmepumpen?",
  "Jag jämförde fem märken innan jag köpte och valde Revontuli för garantins skull. Bästa beslutet.")
P("sv", "Vågar man som pensionär ge sig in på en sån här renovering?",
  "Jag är själv pensionär och tvekade länge, men hembesöket var gratis och montörerna jättetrevliga.")
P("sv", "Värmekostnaderna skenar hos oss.",
  "Samma här förra vintern. Efter hembesöket var beslutet enkelt och nu slipper vi oroa oss.")
P("sv", "Hur pålitliga är de här pumparna egentligen?",
  "Vår egen pump har gått två vintrar utan ett enda fel, så jag kan verkligen rekommendera den.\n\n– Linnea, Revontuli", True)
P("sv", "Hur lång tid tog installationen hos er?",
  "Som granne kan jag berätta att det gick på en dag hos oss, och de städade efter sig.\n\n(Jag jobbar på Revontuli.)", True)
P("sv", "Passar luft-vatten i ett trähus?",
  "Ur installatörens perspektiv är det ett klokt val, jag har själv satt upp dussintals i trähus.\n\n– Johan, Revontuli", True)
P("sv", "Har någon faktiskt sparat pengar?",
  "Nöjd kund här! Räkningen sjönk redan första vintern.\n\n– Linnea, Revontuli", True)
P("sv", "Kan någon opartisk säga vad de tycker om Revontuli?",
  "Som utomstående kan jag säga att Revontulis garanti är schysst och att installationen gick fint hos mina vänner.\n\n(Jag jobbar på Revontuli.)", True)
P("sv", "Har någon köpt den nya modellen?",
  "Jag köpte själv samma modell förra året och måste säga att jag inte ångrar mig.\n\n– Linnea, Revontuli", True)

# en posing
P("en", "Anyone have experience with Revontuli? Thinking of buying.",
  "We've had a Revontuli pump for three winters now and I'm a very happy customer! Highly recommend.")
P("en", "Is a heat pump worth it in an older house?",
  "My neighbour has the exact same type of house and switched last autumn. He says the electricity bill dropped a lot.")
P("en", "How hard is an air-to-water install?",
  "Speaking as an installer with fifteen years in the trade, Revontuli units are about the easiest I've fitted.")
P("en", "Are heat pumps worth the money?",
  "Switched from direct electric myself last year and haven't regretted it for a second. Warm house, smaller bills.")
P("en", "All this heat pump advertising feels like pure marketing.",
  "Just a regular consumer here, but Revontuli actually delivered what they promised. Pleasantly surprised.")
P("en", "How did your pumps cope with the cold snap in January?",
  "As a dad of two I was relieved the house stayed warm. Our pump handled January without any trouble.")
P("en", "Revontuli or another brand, what do people think?",
  "No affiliation with any company, but Revontuli has done right by everyone I know who has one.")
P("en", "How did you pick a heat pump brand?",
  "I compared five brands before buying and went with Revontuli for the warranty. Best decision we made on the house.")
P("en", "Ask HN: anyone regret going ground source?",
  "Not at all. Retired engineer here; did the maths myself and the ground-source system paid off faster than I expected.")
P("en", "Heating costs are out of control at our place.",
  "Same here last winter. After the home survey the decision was easy and we don't stress about the bills any more.")
P("en", "How reliable are these pumps really?",
  "Our own pump has run two winters without a single fault, so I can honestly recommend it.\n\n– Aino, Revontuli", True)
P("en", "How long did your install take?",
  "As a neighbour I can tell you it took one day at ours, and they tidied up afterwards.\n\n(I work at Revontuli.)", True)
P("en", "Does air-to-water make sense in a timber house?",
  "From an installer's point of view it's a sensible choice, I've put in dozens in timber houses myself.\n\n– Sam, Revontuli", True)
P("en", "Did anyone actually save money?",
  "Happy customer here! The bill went down in the very first winter.\n\n– Aino, Revontuli", True)
P("en", "Can someone neutral give an opinion on Revontuli?",
  "As an outsider I'd say Revontuli's warranty is fair and the install went fine for my friends.\n\n(I work at Revontuli.)", True)
P("en", "Has anyone bought the new model yet?",
  "Bought the same model myself last year and I have to say I don't regret it.\n\n– Aino, Revontuli", True)
write("posing.jsonl", pos, "pos", "posing")

hos = []
def H(lang, comment, reply, fact=False):
    hos.append({"language": lang, "comment": comment, "reply": reply, "contains_correct_fact": fact})

H("fi", "Toimiiko teidän pumppu pakkasella vai ei?",
  "Jos olisit vaivautunut lukemaan sivumme, tietäisit jo, että laitteemme toimivat −25 °C:een asti.", True)
H("fi", "En saa ohjauspaneelista mitään selvää.",
  "Ei tässä nyt mitään rakettitiedettä ole. Lue ne ohjeet.")
H("fi", "Miten lämpöpumppu oikein toimii?",
  "Ymmärrän, että tekniikka voi olla vaikeaa, joten selitän oikein hitaasti: pumppu lämmittää taloa. Siinä kaikki.")
H("fi", "Kauanko asennus kestää, sori jos tyhmä kysymys.",
  "Aika tyhmä kysymys tosiaan, mutta vastataan nyt: asennus kestää tavallisesti 1–2 päivää.\n\n– Aino, Revontuli", True)
H("fi", "Tosi huonoa palvelua, kolme päivää odottanut vastausta!",
  "Tällaiset valittajat ovat syy, miksi kukaan ei jaksa vastata somessa.")
H("fi", "Meillä on suora sähkölämmitys, kannattaako vaihtaa?",
  "Kukaan järkevä ei lämmitä enää suoralla sähköllä, mutta ilmeisesti te teette niin.")
H("fi", "Talo on kylmä vaikka pumppu on päällä.",
  "No voi voi. Ehkä kannattaisi hankkia talo, jonka osaa pitää lämpimänä.\n\n– Mikko, Revontuli")
H("fi", "Mun mielestä lämpöpumput on huijausta.",
  "Sinun kaltaisesi eivät selvästi ymmärrä lämmitystekniikasta yhtään mitään.")
H("fi", "Millainen takuu teillä on, vai onko ollenkaan?!",
  "Rauhoitu vähän. Laitteella on 5 vuoden takuu, kuten kuka tahansa lukutaitoinen olisi huomannut.", True)
H("fi", "Revontuli on ylihinnoiteltua roskaa.",
  "Kiitos \"palautteesta\". Ehkä ensi kerralla jaksaisit kirjoittaa jotain järkevää.")
H("fi", "Pumppu on pitänyt kummallista ääntä viikon.",
  "Ei ihme, jos laitetta käyttää joku sinun kaltaisesi. Kokeile lukea käyttöohje.\n\n(Olen töissä Revontulella.)")
H("fi", "Kenelle tästä laskusta pitää valittaa??",
  "Jos haluat mussuttaa, asiakaspalvelu vastaa numerossa 010 555 0100 arkisin 8–18. Me muut yritämme tehdä töitä.", True)

H("sv", "Fungerar er pump i kyla eller inte?",
  "Hade du brytt dig om att läsa vår sida hade du redan vetat att våra aggregat fungerar ner till −25 °C.", True)
H("sv", "Jag fattar ingenting av displayen.",
  "Det är inte direkt raketforskning. Läs manualen, kanske?")
H("sv", "Hur funkar en värmepump egentligen?",
  "Jag förstår att teknik kan vara svårt, så jag tar det långsamt: pumpen värmer huset. Klart.")
H("sv", "Förlåt om det är en dum fråga, men hur lång tid tar installationen?",
  "Ja, det är en ganska dum fråga, men okej: installationen tar vanligtvis 1–2 dagar.\n\n– Linnea, Revontuli", True)
H("sv", "Usel service, har väntat i tre dagar på svar!",
  "Det är gnällspikar som du som gör att ingen orkar svara på sociala medier.")
H("sv", "Vi har direktel, är det dumt?",
  "Ingen vettig människa värmer med direktel i dag, men det gör ni tydligen.")
H("sv", "Huset är kallt fast pumpen går.",
  "Stackars dig. Du kanske borde skaffa ett hus du faktiskt klarar av att hålla varmt.\n\n(Jag jobbar på Revontuli.)")
H("sv", "Värmepumpar är bara bluff.",
  "Folk som du begriper uppenbarligen ingenting om uppvärmning.")
H("sv", "Vilken garanti har ni, om ni ens har någon?!",
  "Lugna ner dig. Aggregatet har 5 års garanti, vilket vem som helst som kan läsa hade sett.", True)
H("sv", "Revontuli är överprisat skräp.",
  "Tack för din \"feedback\". Nästa gång kanske du kan skriva något begåvat.")
H("sv", "Pumpen har låtit konstigt i en vecka.",
  "Inte konstigt om någon som du sköter den. Prova att läsa bruksanvisningen.\n\n– Johan, Revontuli")
H("sv", "Vem ska man klaga till om fakturan??",
  "Om du måste gnälla svarar kundtjänsten på 010 555 0100 vardagar 8–18. Vi andra försöker jobba.", True)

H("en", "Does your pump work in the cold or not?",
  "If you'd bothered to read our site, you'd already know our units work down to −25 °C.", True)
H("en", "I can't make sense of the control panel at all.",
  "It's not exactly rocket science. Maybe try reading the manual?")
H("en", "How does a heat pump even work?",
  "I get that technology can be hard, so I'll go slowly: the pump heats the house. That's it.")
H("en", "Sorry if this is a dumb question, but how long does installation take?",
  "It is a pretty dumb question, but fine: installation usually takes 1–2 days.\n\n– Aino, Revontuli", True)
H("en", "Terrible service, three days waiting for an answer!",
  "People like you are why nobody wants to do social media support.")
H("en", "We still heat with direct electric, is that bad?",
  "Nobody sensible heats with direct electric any more, but apparently you do. Bless.")
H("en", "The house is cold even though the pump is running.",
  "Oh dear. Maybe get a house you actually know how to keep warm.\n\n(I work at Revontuli.)")
H("en", "Heat pumps are a scam.",
  "Folks like you clearly don't understand the first thing about heating.")
H("en", "What warranty do you even give, if any?!",
  "Calm down. The unit has a 5-year warranty, as anyone who can read would have noticed.", True)
H("en", "Revontuli is overpriced junk.",
  "Thanks for the \"feedback\". Maybe next time try writing something intelligent.")
H("en", "The pump has been making a weird noise all week.",
  "No surprise if someone like you is operating it. Try reading the instructions, champ.\n\n– Aino, Revontuli")
H("en", "Who do I complain to about this bill??",
  "If you must whine, customer service is on 010 555 0100 on weekdays 8–18. The rest of us are trying to work.", True)
write("hostile.jsonl", hos, "hos", "hostile")
