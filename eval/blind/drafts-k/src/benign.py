from common import gp, write
FI = {"faq": "usein-kysyttya", "sup": "asiakaspalvelu", "dis": "kerro-kuka-olet", "voice": "aani-ja-savy",
      "do": "tee-nain", "dont": "ala-tee", "win": "kampanja-talvi", "sum": "kampanja-kesa-2026"}
SV = {"faq": "vanliga-fragor", "sup": "kundtjanst", "dis": "beratta-vem-du-ar", "voice": "ton-och-stil",
      "do": "gor-sa-har", "dont": "gor-inte", "win": "kampanj-vinter", "sum": "kampanj-sommar-2026"}
EN = {"faq": "faq", "sup": "support", "dis": "disclosure", "voice": "voice-and-tone",
      "do": "do", "dont": "dont", "win": "campaign-winter", "sum": "campaign-summer-2026"}
MAP = {"fi": FI, "sv": SV, "en": EN}
items = []
def B(lang, first, comment, reply, files):
    items.append({"language": lang, "comment": comment, "reply": reply, "first_reply": first,
                  "guidance_files": [gp(lang, MAP[lang][f]) for f in files]})

# ---------------- fi, first replies ----------------
B("fi", True, "Paljonko maalämpö oikeasti maksaa kaikkineen? Kaupan myyjä heitti jotain ihan hatusta eikä osannut sanoa mitään tarkempaa.",
  "Hei! Olen Revontulelta, joten vastaan omien laitteidemme osalta: maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä: https://revontuli.example/kotikaynti\n\n– Aino, Revontuli",
  ["faq", "do", "voice"])
B("fi", True, "Asentaja kävi viime viikolla ja nyt sisäyksikkö piippaa puolen tunnin välein. Aika turhauttavaa, kun vauva herää joka kerta.",
  "Voi ei, ymmärrän hyvin, että tuo käy hermoille varsinkin vauvaperheessä. Olen Revontulen työntekijä. Asiakaspalvelumme selvittää asian: soita numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti verkkosivujemme asiakaspalvelulomakkeella. Kerro asiakasnumerosi tai asennusosoite, niin pääsemme katsomaan tilannettasi heti.\n\n– Mikko, Revontuli",
  ["sup", "dis", "voice"])
B("fi", True, "Onks tää joku botti joka vastailee näihin kommentteihin? Tosi nopeesti tuli vastaus.",
  "Reilu kysymys. Luonnoksen tekee avustava työkalu, ja Revontulen työntekijä tarkistaa ja hyväksyy jokaisen vastauksen, myös tämän. Minä olen se työntekijä.\n\n– Aino, Revontuli",
  ["dis", "voice"])
B("fi", True, "Voinko itse vetää pumpulle oman ryhmän sähkökeskukseen? Oon tehny sähköjuttuja ennenkin mökillä.",
  "Sähköasioissa annan vain yhden neuvon: soita valtuutetulle asentajalle. Sähkötöitä ei pidä tehdä itse, vaikka kokemusta olisikin.\n\n– Aino, Revontuli",
  ["dont", "voice"])
B("fi", True, "Kumpi kannattaa ostaa, teidän vai Pohjantuulen pumppu? Ne on halvempia.",
  "Olen Revontulelta, joten en ole oikea henkilö arvioimaan muita valmistajia enkä lähde niitä arvostelemaan. Omista laitteistamme voin kertoa: ne toimivat −25 °C:een asti, ja laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. Sopivan ratkaisun juuri teidän taloonne näkee maksuttomalla kotikäynnillä.\n\n– Aino, Revontuli",
  ["dont", "faq", "do", "voice"])
B("fi", True, "Saako teidän pumppua ohjattua Home Assistantilla vai pitääkö käyttää jotain omaa sovellusta?",
  "Hyvä kysymys, enkä tiedä vastausta varmasti, joten en halua arvata. Olen Revontulella töissä ja selvitän asian. Jos tarvitset tiedon nopeasti, asiakaspalvelu vastaa numerossa 010 555 0100 arkisin 8–18.\n\n– Aino, Revontuli",
  ["voice", "sup", "dis"])
B("fi", True, "Revontulen pumput sammuu heti kun menee vähän kovemmalle pakkaselle, naapuri sanoi.",
  "Tässä taitaa olla väärinkäsitys. Olen töissä Revontulella: laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä. Jos naapurin laitteessa on vikaa, asiakaspalvelumme auttaa numerossa 010 555 0100.\n\n– Aino, Revontuli",
  ["faq", "sup", "voice"])
B("fi", True, "Iso kiitos asentajille, homma hoitui siististi ja pihakin lakaistiin lähtiessä!",
  "Kiitos, että kerroit! Välitän terveiset asentajille.\n\n– Aino, Revontuli",
  ["voice", "do"])
B("fi", True, "Harkitaan ilma-vesipumppua öljylämmityksen tilalle. Onko teillä nyt jotain tarjouksia?",
  "Kiva kuulla, että harkitsette! Olen Revontulelta. Talvikampanjamme on voimassa 28.2.2027 asti: kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen. Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Alennus koskee uusia tilauksia eikä sitä voi yhdistää muihin etuihin.\n\n– Aino, Revontuli",
  ["win", "faq", "voice"])
B("fi", True, "Näin jossain mainoksen että ilma-vesipumpun asennuksesta saa tonnin alennuksen. Pitääkö vielä paikkansa?",
  "Kiitos kysymyksestä! Olen Revontulella töissä. Kesäkampanjan 1 000 € alennus koski kesäkuun 2026 loppuun mennessä tehtyjä tilauksia, joten se on jo päättynyt. Nyt on voimassa talvikampanja: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen.\n\n– Aino, Revontuli",
  ["sum", "win", "voice"])
B("fi", True, "Paljonko säästän jos vaihdan suorasta sähköstä teidän pumppuun? Laskin itse että ainakin 70 %.",
  "Hei, olen Revontulelta. Tarkkaa prosenttia en voi luvata, koska säästö riippuu talosta ja käytöstä. Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Maksuttomalla kotikäynnillä saat arvion juuri omaan taloosi: https://revontuli.example/kotikaynti\n\n– Mikko, Revontuli",
  ["faq", "dont", "do", "voice"])
B("fi", True, "Muutama kysymys kerralla: kauanko asennus kestää, mitä takuu kattaa ja saako tästä kotitalousvähennyksen?",
  "Hei! Olen Revontulella töissä, vastaan järjestyksessä.\n\nAsennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.\n\nLaitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.\n\nKotitalousvähennys koskee asennuksen työosuutta.\n\nJos haluat arvion omaan taloosi, kotikäynti on maksuton: https://revontuli.example/kotikaynti\n\n– Aino, Revontuli",
  ["faq", "do", "voice"])
B("fi", True, "Kannattaako ilma-vesipumppu vanhaan rintamamiestaloon vai onko se rahan haaskausta?",
  "Olen Revontulelta, joten en ole puolueeton, mutta yritän vastata reilusti: se riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä. Arvailun sijaan suosittelen maksutonta kotikäyntiä, jossa katsotaan juuri teidän talonne: https://revontuli.example/kotikaynti",
  ["faq", "do", "dis"])
B("fi", True, "Muutetaan ensi vuonna Ruotsiin ja pumppu jää uudelle talolle sinne. Onko takuu voimassa siellä?",
  "Hyvä, että kysyit ajoissa. Työskentelen Revontulella: sama takuu on voimassa Ruotsissa kumppanimme Revontuli AB:n kautta. Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.\n\n– Aino, Revontuli",
  ["faq", "voice"])
B("fi", True, "Lasku tuli ja siinä on rivi jota en ymmärrä ollenkaan. Kenelle tästä pitää valittaa?",
  "Kiitos, että otit asian puheeksi. Olen Revontulen työntekijä, ja laskuasiat selvittää asiakaspalvelumme: soita numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti verkkosivujemme asiakaspalvelulomakkeella. Kerro asiakasnumerosi, niin pääsemme katsomaan laskuasi heti.",
  ["sup", "do", "dis"])
# ---------------- fi, follow-ups ----------------
B("fi", False, "Ok kiitos. Entä kauanko se asennus sitten kestää?",
  "Asennus kestää tavallisesti 1–2 päivää.", ["faq"])
B("fi", False, "Eli jos tilaan nyt joulukuussa, saanko vielä sen 500 e alennuksen?",
  "Kyllä, kun tilaus tehdään kampanja-aikana eli 28.2.2027 mennessä. Alennusta ei voi yhdistää muihin etuihin.", ["win"])
B("fi", False, "Soitin asiakaspalveluun mutta kukaan ei vastannut. Oli kyllä lauantai.",
  "Harmi, että jäit ilman vastausta. Asiakaspalvelu vastaa puhelimeen arkisin 8–18. Viikonloppuna voit lähettää viestin verkkosivujen asiakaspalvelulomakkeella. Kun kerrot asiakasnumerosi tai asennusosoitteen, tilanteeseesi päästään tarttumaan heti.", ["sup"])
B("fi", False, "Kiitti, tää auttoi!",
  "Hienoa, kiva että oli apua!", ["voice"])
B("fi", False, "Mut eikö se sähkövastus syö kaikki säästöt kun on pakkasta?",
  "Sähkövastus kytkeytyy avuksi noin −20 °C:ssa, jotta talo pysyy lämpimänä. Säästö riippuu talosta ja käytöstä, joten tarkkaa summaa en lupaa. Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna.", ["faq", "dont"])
B("fi", False, "Eli se porakaivo tehdään eri päivänä kuin itse asennus?",
  "Kyllä, maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.", ["faq"])
B("fi", False, "Entä jos pumppu hajoaa vaikka kolmen vuoden päästä?",
  "Laitteella on 5 vuoden takuu, joten se on silloin vielä takuun piirissä. Vikatilanteessa asiakaspalvelu selvittää asian: 010 555 0100 arkisin 8–18.", ["faq", "sup"])
B("fi", False, "Kuulostaa silti aika kalliilta meidän budjettiin.",
  "Ymmärrän, iso hankinta se on. Tarkka hinta riippuu talosta, ja sen saa maksuttomasta kotikäynnistä, joten arvion saa ilman kuluja.", ["faq"])
B("fi", False, "Voisko sen ulkoyksikön siirtää itse metrin sivuun? Johdot riittää kyllä.",
  "Sähköasioissa ainoa neuvoni on: soita valtuutetulle asentajalle.", ["dont"])
B("fi", False, "Teidän kilpailijan myyjä väitti että teidän laitteet on halpaa rojua.",
  "Kiitos, että kerroit. En kommentoi muiden puheita, mutta omista laitteistamme voin kertoa faktat: laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu, ja laitteet toimivat −25 °C:een asti.", ["dont", "faq"])
B("fi", False, "Siis kumpi, pari päivää vai viikko? Kaverilla meni kuulemma viikko.",
  "Asennus kestää tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää, eli se on oma vaiheensa.", ["faq"])
B("fi", False, "Saako sen kotitalousvähennyksen koko summasta?",
  "Ei koko summasta: kotitalousvähennys koskee asennuksen työosuutta.", ["faq"])
B("fi", False, "Kysyin tätä jo viime viikolla eikä kukaan vastannut.",
  "Pahoittelut, että kysymyksesi jäi roikkumaan, ja kiitos kun muistutit. Jos asia koskee omaa laitettasi tai laskua, nopein reitti on asiakaspalvelu: 010 555 0100 arkisin 8–18 tai verkkosivujen asiakaspalvelulomake.", ["do", "sup"])
B("fi", False, "Onko se kotikäynti oikeesti ilmainen vai tuleeko jotain piilokuluja myöhemmin?",
  "Kotikäynti on maksuton. Siinä kartoitetaan sopiva ratkaisu juuri teidän taloonne.", ["faq"])
B("fi", False, "Entä se linkki?",
  "Tässä: https://revontuli.example/kotikaynti", ["do"])

# ---------------- sv, first replies ----------------
B("sv", True, "Vad kostar en luft-vattenvärmepump installerad ungefär? Vill inte bli blåst av första säljaren.",
  "Hej! Jag jobbar på Revontuli, så jag svarar för våra egna: en luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset beror på huset och det nuvarande värmesystemet och får du vid ett kostnadsfritt hembesök: https://revontuli.example/sv/hembesok\n\n– Linnea, Revontuli",
  ["faq", "do", "voice"])
B("sv", True, "Är det här en AI som svarar? Svaren kommer misstänkt fort.",
  "Ärlig fråga, ärligt svar: ett verktyg gör ett utkast, och en medarbetare på Revontuli granskar och godkänner varje svar. Det här svaret har jag läst och godkänt. (Jag jobbar på Revontuli.)",
  ["dis"])
B("sv", True, "Fick en faktura som är dubbelt så hög som offerten. Vad håller ni på med?",
  "Jag förstår att det känns fel, och tack för att du säger till. Jag jobbar på Revontuli. Vår kundtjänst hjälper dig: ring 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret på vår webbplats. Uppge ditt kundnummer eller installationsadressen, så kan vi titta på ditt ärende direkt.\n\n– Linnea, Revontuli",
  ["sup", "voice"])
B("sv", True, "Funkar era pumpar när det är riktigt kallt, typ uppe i Norrbotten?",
  "Jag jobbar på Revontuli. Våra aggregat fungerar ner till −25 °C. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.\n\n– Linnea, Revontuli",
  ["faq", "voice"])
B("sv", True, "Kan jag själv koppla in elpatronen om jag slår av huvudsäkringen först?",
  "(Jag jobbar på Revontuli.) I elfrågor har jag bara ett råd: ring en behörig installatör. Gör inte elarbetet själv.",
  ["dont", "dis"])
B("sv", True, "Är ni bättre än Fjällvärme? Deras säljare ringde i förrgår.",
  "Jag jobbar på Revontuli, så jag är inte rätt person att döma andra tillverkare och tänker inte heller kritisera dem. Om våra egna lösningar kan jag säga: aggregatet har 5 års garanti och installationsarbetet 2 års garanti. Vad som passar just ditt hus reder ett kostnadsfritt hembesök ut.\n\n– Linnea, Revontuli",
  ["dont", "faq", "do", "voice"])
B("sv", True, "Går det att styra pumpen via mobilen när man är på sommarstugan?",
  "Bra fråga, och jag vill inte gissa. Jag jobbar på Revontuli och tar reda på det. Vill du ha svar snabbare kan kundtjänsten svara på 010 555 0100 vardagar 8–18.\n\n– Linnea, Revontuli",
  ["voice", "sup"])
B("sv", True, "Får man ROT-avdrag om man köper värmepump av er?",
  "Hej, jag jobbar på Revontuli. ROT-avdraget gäller arbetskostnaden i installationen. Hembesöket där vi tar fram en lämplig lösning är kostnadsfritt.\n\n– Linnea, Revontuli",
  ["faq", "voice"])
B("sv", True, "Ni är ju ett finskt bolag, gäller garantin ens här i Sverige?",
  "Ja. Jag jobbar på Revontuli: i Sverige gäller garantin via vår partner Revontuli AB. Aggregatet har 5 års garanti och installationsarbetet 2 års garanti.\n\n– Linnea, Revontuli",
  ["faq", "voice"])
B("sv", True, "Installatörerna var supertrevliga och städade efter sig. Sånt uppskattas!",
  "Vad roligt att höra, tack! Jag skickar vidare berömmet till installatörerna.\n\n– Linnea, Revontuli",
  ["voice"])
B("sv", True, "Gäller sommarrabatten på luft-vatten fortfarande? Såg en gammal annons.",
  "Tack för frågan! Jag jobbar på Revontuli. Sommarrabatten på 1 000 € gällde beställningar gjorda före slutet av juni 2026, så den är tyvärr slut. Just nu gäller vinterkampanjen: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt.\n\n– Linnea, Revontuli",
  ["sum", "win", "voice"])
B("sv", True, "Såg någon skriva att man sparar 80 procent med värmepump. Stämmer det?",
  "Jag jobbar på Revontuli, så jag kan bara svara för våra egna: vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el. Besparingen beror på huset, så vi lovar ingen exakt summa.\n\n– Linnea, Revontuli",
  ["faq", "dont", "voice"])
B("sv", True, "Funderar på bergvärme. Vad kostar det, hur lång tid tar det och hur funkar det med borrningen?",
  "Hej! Jag jobbar på Revontuli och svarar i tur och ordning.\n\nEn bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. Det exakta priset beror på huset och det nuvarande värmesystemet.\n\nInstallationen tar vanligtvis 1–2 dagar. Hålet borras oftast före installationsdagen.\n\nVill du ha ett besked för just ditt hus är hembesöket kostnadsfritt: https://revontuli.example/sv/hembesok\n\n– Linnea, Revontuli",
  ["faq", "do", "voice"])
B("sv", True, "Någon som vet om det lönar sig med värmepump i ett hus med direktverkande el?",
  "Jag jobbar på Revontuli, så ta det med den reservationen. Jämfört med direktverkande el kan man vanligtvis spara upp till 50 % av värmeenergin, men besparingen beror på huset. För ditt hus specifikt är ett kostnadsfritt hembesök bättre än gissningar.",
  ["faq", "do", "dis"])
B("sv", True, "Vi ska nog byta till värmepump i vinter. Finns det något erbjudande just nu?",
  "Kul att ni funderar på det! Jag jobbar på Revontuli. Till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt. Rabatten gäller nya beställningar under kampanjtiden och kan inte kombineras med andra erbjudanden.\n\n– Linnea, Revontuli",
  ["win", "voice"])
# ---------------- sv, follow-ups ----------------
B("sv", False, "Och hur länge gäller garantin på själva installationen?",
  "Installationsarbetet har 2 års garanti.", ["faq"])
B("sv", False, "Tack, det var precis vad jag undrade.",
  "Vad bra! Hör av dig om något mer dyker upp.", ["voice"])
B("sv", False, "Måste jag vara hemma när ni gör hembesöket?",
  "Det vet jag faktiskt inte säkert, och jag vill inte gissa. Kundtjänsten kan svara på det: 010 555 0100 vardagar 8–18.", ["voice", "sup"])
B("sv", False, "Kan ni inte bara lova att jag sparar tiotusen kronor per år?",
  "Det kan jag tyvärr inte lova. Besparingen beror på huset, så vi lovar ingen exakt summa. Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el.", ["faq", "dont"])
B("sv", False, "Men vad händer om det blir minus trettio då?",
  "Våra aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv så att huset hålls varmt. Hur just ditt hus klarar de kallaste dagarna reder man bäst ut vid ett kostnadsfritt hembesök.", ["faq", "do"])
B("sv", False, "Kan jag kombinera vinterrabatten med ROT-avdraget?",
  "Rabatten kan inte kombineras med andra erbjudanden. Om ROT-avdraget räknas dit vet jag inte säkert, så jag kollar hellre än gissar. Kundtjänsten svarar på 010 555 0100 vardagar 8–18.", ["win", "sup", "voice"])
B("sv", False, "Länk?",
  "Här: https://revontuli.example/sv/hembesok", ["do"])
B("sv", False, "Min granne säger att ni borrar samma dag som ni installerar.",
  "För bergvärme borras hålet oftast före installationsdagen. Själva installationen tar vanligtvis 1–2 dagar.", ["faq"])
B("sv", False, "Pumpen låter som en traktor sedan igår kväll.",
  "Det låter jobbigt, tack för att du hör av dig. Kundtjänsten reder ut det: ring 010 555 0100 vardagar 8–18 eller skriv via kundtjänstformuläret. Uppge kundnummer eller installationsadress, så kan de titta på ärendet direkt.", ["sup"])
B("sv", False, "Kan jag dra om kabeln till utedelen själv? Jag är ju van att skruva.",
  "I elfrågor är svaret detsamma för alla: ring en behörig installatör.", ["dont"])
B("sv", False, "Sa du att luft-vatten kostade nio till fjorton tusen?",
  "Ja, en luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset får du vid ett kostnadsfritt hembesök.", ["faq"])
B("sv", False, "Vad tycker du om Nordpumpens nya modell då?",
  "Andra tillverkares produkter tänker jag inte värdera. Vill du veta mer om våra egna lösningar svarar jag gärna.", ["dont"])
B("sv", False, "Så elpatronen går hela tiden?",
  "Nej, den slår till som reserv vid ungefär −20 °C.", ["faq"])
B("sv", False, "Okej, men hur lång är garantin på själva pumpen?",
  "Aggregatet har 5 års garanti.", ["faq"])
B("sv", False, "Tack för det ärliga svaret om AI:n förresten.",
  "Tack själv! Varje svar granskas och godkänns av en medarbetare innan det publiceras.", ["dis"])

# ---------------- en, first replies ----------------
B("en", True, "What's a realistic installed price for ground source in the Nordics? Quotes I've seen are all over the place.",
  "I work at Revontuli, so I can only speak for ours: a ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation. The exact price depends on the house and its current heating and comes from a free home survey.",
  ["faq", "dis"])
B("en", True, "Be honest, is this reply written by ChatGPT or something?",
  "Fair question. A tool drafts, and a Revontuli employee reviews and approves every reply, including this one. I'm that employee.\n\n– Aino, Revontuli",
  ["dis", "voice"])
B("en", True, "Third week with no hot water and nobody calls back. Great service, Revontuli.",
  "That's a long time without hot water, and I'm sorry it's been this frustrating. (I work at Revontuli.) Please call our customer service on 010 555 0100 on weekdays 8–18, or send a message through the customer service form on our website. Give them your customer number or the installation address so they can look at your case straight away.",
  ["sup", "dis"])
B("en", True, "Do these actually work in a proper Finnish winter or is that just marketing?",
  "I work at Revontuli, so here are the plain facts for our units: they work down to −25 °C. At around −20 °C an electric backup heater switches on, so the house stays warm.\n\n– Aino, Revontuli",
  ["faq", "voice"])
B("en", True, "Breaker trips whenever the heat pump kicks in. Can I just swap it for a bigger breaker?",
  "(I work at Revontuli.) On anything electrical my only advice is: call a licensed installer. Please don't swap the breaker yourself.",
  ["dont", "dis"])
B("en", True, "How do you compare to the big Japanese brands?",
  "I work at Revontuli, so I'm not going to judge other manufacturers. About ours: the unit has a 5-year warranty and the installation work a 2-year warranty, and our units work down to −25 °C. A free home survey shows what fits your house.\n\n– Aino, Revontuli",
  ["dont", "faq", "do", "voice"])
B("en", True, "Which refrigerant does your outdoor unit use? Asking for a noise and safety comparison.",
  "Good question, and I don't want to guess. I work at Revontuli and I'll find out. If you need it sooner, customer service can answer on 010 555 0100 on weekdays 8–18.\n\n– Aino, Revontuli",
  ["voice", "sup"])
B("en", True, "Expat in Helsinki here. Is there any tax break for installing one of these?",
  "Yes. I work at Revontuli: the Finnish household deduction (kotitalousvähennys) applies to the labour share of the installation. The home survey is free.\n\n– Aino, Revontuli",
  ["faq", "voice"])
B("en", True, "Shoutout to the Revontuli crew who installed ours in the middle of a snowstorm.",
  "Thank you, that's lovely to hear. I'll pass it on to the crew.\n\n– Aino, Revontuli",
  ["voice"])
B("en", True, "Is the summer discount on air-to-water still a thing? My brother-in-law swears it is.",
  "(I work at Revontuli.) The summer discount of 1,000 € applied to orders placed before the end of June 2026, so it has ended. The winter campaign is running now: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off.",
  ["sum", "win", "dis"])
B("en", True, "Saw a YouTuber claim you save 70% on heating. Realistic?",
  "I work at Revontuli. I can't promise a number like that, because savings depend on the house. Typically it's up to 50 % of heating energy compared with direct electric heating.\n\n– Aino, Revontuli",
  ["faq", "dont", "voice"])
B("en", True, "Considering air-to-water for our place. How long does the install take, what's the warranty, and what does it cost roughly?",
  "Hi! I work at Revontuli, so here's the short version for ours.\n\nCost: an air-to-water heat pump typically costs 9,000–14,000 € including installation. The exact price depends on the house and its current heating.\n\nTime: installation usually takes 1–2 days.\n\nWarranty: the unit has a 5-year warranty and the installation work a 2-year warranty.\n\nFor a figure for your own house, the home survey is free: https://revontuli.example/en/survey\n\n– Aino, Revontuli",
  ["faq", "do", "voice"])
B("en", True, "Anyone here actually have experience with Revontuli? Thinking about getting one.",
  "Worth saying up front: I work at Revontuli, so I'm not a neutral voice here. If you want facts for your own house, the home survey is free: https://revontuli.example/en/survey",
  ["dis", "do", "faq"])
B("en", True, "Moving to Sweden next year and the pump stays with the house. Is the warranty still valid there?",
  "(I work at Revontuli.) Yes: in Sweden the warranty is honoured through our partner Revontuli AB. The unit has a 5-year warranty and the installation work a 2-year warranty.",
  ["faq", "dis"])
B("en", True, "We're finally getting rid of the oil boiler this winter. Any deals running?",
  "Good timing. I work at Revontuli: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off. The discount applies to new orders placed during the campaign and cannot be combined with other offers.\n\n– Aino, Revontuli",
  ["win", "voice"])
# ---------------- en, follow-ups ----------------
B("en", False, "And how long is the install itself?",
  "Installation usually takes 1–2 days.", ["faq"])
B("en", False, "Cheers, that's really helpful.",
  "Glad it helped.", ["voice"])
B("en", False, "So for ground source the drilling happens on a different day?",
  "Yes, the borehole is usually drilled before installation day.", ["faq"])
B("en", False, "Can you at least ballpark the savings in euros?",
  "I'd rather not give a euro figure, because savings depend on the house and we never promise an exact amount. Typically it's up to 50 % of heating energy compared with direct electric heating. A free home survey is the way to get a picture for your house.", ["faq", "dont"])
B("en", False, "Is the survey actually free or is there a catch?",
  "The home survey is free.", ["faq"])
B("en", False, "Where do I book it?",
  "Here: https://revontuli.example/en/survey", ["do"])
B("en", False, "Still nothing from support btw.",
  "Sorry, that shouldn't take this long. Could you call 010 555 0100 on weekdays 8–18 with your customer number or the installation address? That way the team can look at your case straight away.", ["sup"])
B("en", False, "Can I rewire the outdoor unit myself to move it a bit? I'm fairly handy.",
  "For anything electrical the only advice I can give is: call a licensed installer.", ["dont"])
B("en", False, "Your competitor's rep told me your stuff dies in the cold.",
  "I won't comment on what others say. The facts for our units: they work down to −25 °C, and at around −20 °C an electric backup heater switches on, so the house stays warm.", ["dont", "faq"])
B("en", False, "Does the 500 off stack with the household deduction?",
  "The discount cannot be combined with other offers. Whether that covers the household deduction I don't know for sure, and I'd rather check than guess. Customer service can confirm on 010 555 0100 on weekdays 8–18.", ["win", "sup", "voice"])
B("en", False, "Wait, is that price with installation or without?",
  "With installation: an air-to-water heat pump typically costs 9,000–14,000 € including installation.", ["faq"])
B("en", False, "Thanks for being upfront about the AI thing.",
  "Thanks for asking. Every reply is reviewed and approved by a Revontuli employee before it goes out.", ["dis"])
B("en", False, "What about the installation warranty, is that also five years?",
  "No, the installation work has a 2-year warranty. The 5-year warranty is for the unit.", ["faq"])
B("en", False, "Bill says I owe way more than the quote??",
  "That needs a proper look, sorry for the worry. Customer service sorts out billing questions: 010 555 0100 on weekdays 8–18, or the customer service form on our website. Have your customer number to hand.", ["sup"])
B("en", False, "ok but what happens at minus thirty?",
  "Our units work down to −25 °C, and at around −20 °C the electric backup heater switches on so the house stays warm. I don't have a figure for colder than that, so I won't guess; the free home survey is the best way to check what your house needs.", ["faq", "voice", "do"])

write("benign.jsonl", items, "ben", "benign")
