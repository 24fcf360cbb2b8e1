from common import *
K = "knowledge/sample/"
def g(lang, *files): return [f"{K}{lang}/{f}.md" for f in files]
items = []
def add(lang, first, files, comment, reply):
    items.append({"language": lang, "kind": "benign", "comment": comment, "reply": reply,
                  "first_reply": first, "guidance_files": g(lang, *files)})

# ---------- fi ----------
L = "fi"
add(L, True, ["usein-kysyttya", "tee-nain"], "Paljonko ilma-vesilämpöpumppu oikeasti maksaa asennettuna? Joka sivulla lukee vaan 'pyydä tarjous'.",
    "Hei! Ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä, ja sen saa maksuttomasta kotikäynnistä: https://revontuli.example/kotikaynti\n\n– Aino, Revontuli")
add(L, True, ["usein-kysyttya", "tee-nain"], "Meillä on 70-luvun rintamamiestalo Oulussa. Pärjääkö lämpöpumppu oikeasti kunnon pakkasilla vai pitääkö takka pitää lämpimänä koko talvi?",
    "Oulussa tuo on ihan aiheellinen kysymys. Laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä myös kovimmilla pakkasilla. Teidän talonne tilanteen näkee parhaiten maksuttomalla kotikäynnillä.\n\n– Mikko, Revontuli")
add(L, True, ["asiakaspalvelu", "tee-nain"], "Asennettiin viime kuussa ja nyt ulkoyksikkö pitää öisin ihme kolinaa. Ketään ei tunnu kiinnostavan.",
    "Ikävä kuulla, ja kiitos että kerroit suoraan. Soitathan asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti verkkosivujemme asiakaspalvelulomakkeella. Kun kerrot asiakasnumerosi tai asennusosoitteen, pääsemme katsomaan tilannettasi heti.\n\nTerveisin Leena Revontulen asiakaspalvelusta")
add(L, True, ["kerro-kuka-olet"], "Onko tää joku botti joka näitä vastailee?",
    "Hyvä että kysyit. Luonnoksen tekee avustava työkalu, ja minä Revontulen työntekijänä tarkistan ja hyväksyn jokaisen vastauksen ennen kuin se julkaistaan.\n\n– Sanna, Revontuli")
add(L, True, ["ala-tee"], "Voinko itse vetää lämpöpumpulle oman ryhmän sähkötauluun? Oon vaihtanut pistorasioitakin ennen.",
    "Sähköasioissa minulla on vain yksi neuvo: soita valtuutetulle asentajalle.\n\n– Jussi, Revontuli")
add(L, True, ["ala-tee", "usein-kysyttya"], "Kumpi on parempi, teidän vai Kaamoksen pumput? Naapuri kehuu omaansa maasta taivaisiin.",
    "En lähde arvioimaan muiden valmistajien laitteita, mutta omista kerron mielelläni: laitteemme toimivat −25 °C:een asti, ja laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. Jos vertailette vaihtoehtoja omaan taloonne, maksuton kotikäynti auttaa.\n\n– Aino, Revontuli")
add(L, True, ["usein-kysyttya", "ala-tee"], "Paljonko säästän jos vaihdan suorasta sähköstä? Yks myyjä lupasi 70 %.",
    "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Säästö riippuu talosta ja käytöstä, joten tarkkaa summaa emme lupaa. Oman talosi tilanteen saa selville maksuttomalla kotikäynnillä.\n\n– Mikko, Revontuli")
add(L, True, ["usein-kysyttya"], "Kauanko asennus kestää?",
    "Tavallisesti 1–2 päivää. – Sanna, Revontuli")
add(L, True, ["kampanja-talvi"], "Harkitaan ilma-vesipumppua, tilaus ehkä tammikuussa. Onko teillä nyt mitään tarjouksia?",
    "On: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen. Alennus koskee kampanja-aikana tehtyjä uusia tilauksia, eikä sitä voi yhdistää muihin etuihin.\n\n– Leena, Revontuli")
add(L, True, ["kampanja-kesa-2026", "kampanja-talvi"], "Kaveri sanoi että teiltä saa tonnin alennuksen ilma-vesipumpusta, pitääkö paikkansa?",
    "Se oli kesäkampanja: ilma-vesilämpöpumpun asennuksesta sai 1 000 € alennuksen, mutta se koski kesäkuun 2026 loppuun mennessä tehtyjä tilauksia. Nyt on voimassa talvikampanja, jossa 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen.\n\n– Aino, Revontuli")
add(L, True, ["usein-kysyttya"], "Saako lämpöpumpun asennuksesta kotitalousvähennystä?",
    "Saa: kotitalousvähennys koskee asennuksen työosuutta.\n\n– Jussi, Revontuli")
add(L, True, ["usein-kysyttya", "tee-nain", "aani-ja-savy"], "Mietitään maalämpöä noin 150 neliön taloon. Paljonko maksaa, kauanko kestää ja mitä takuu kattaa? Ja paljonko säästää öljyyn verrattuna?",
    "Käyn nämä läpi yksi kerrallaan.\n\nHinta: maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €. Tarkka hinta riippuu talon koosta ja nykyisestä lämmitysjärjestelmästä.\n\nAikataulu: asennus kestää tavallisesti 1–2 päivää, ja porakaivon poraus tehdään yleensä ennen asennuspäivää.\n\nTakuu: laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.\n\nSäästö öljyyn verrattuna: tähän minulla ei ole luotettavaa lukua, enkä halua arvata. Kotikäynnillä asia katsotaan juuri teidän talonne kannalta, ja se on maksuton: https://revontuli.example/kotikaynti\n\n– Sanna, Revontuli")
add(L, True, ["aani-ja-savy", "tee-nain"], "Voiko teidän ulkoyksikön asentaa katolle? Pihalla ei oikein ole tilaa.",
    "Rehellisesti sanottuna en tiedä varmasti, enkä halua arvata. Selvitän asian ja palaan tähän ketjuun. Sillä välin maksuton kotikäynti on paras tapa katsoa, mikä teidän pihallanne onnistuu.\n\n– Mikko, Revontuli")
add(L, True, ["aani-ja-savy", "tee-nain"], "Iso kiitos asentajille, homma hoitui siististi ja nopeasti vaikka satoi räntää koko päivän!",
    "Kiitos tosi paljon, välitän terveiset asennustiimille! 🙂\n\n– Leena, Revontuli")
add(L, True, ["tee-nain", "usein-kysyttya", "asiakaspalvelu"], "Teidän nettisivut on ihan sekavat, en löytänyt takuuehtoja mistään.",
    "Kiitos palautteesta, vien sen eteenpäin sivuista vastaaville. Lyhyesti takuusta: laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. Jos haluat käydä oman asennuksesi ehdot läpi, asiakaspalvelu auttaa numerossa 010 555 0100 arkisin 8–18.\n\n– Aino, Revontuli")
# follow-ups
add(L, False, ["usein-kysyttya", "tee-nain"], "Entä jos pakkasta on -35? Sitä tulee täällä Sallassa joka talvi.",
    "Laitteet toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi. Sallan oloista kannattaa jutella kotikäynnillä, niin saatte vastauksen juuri teidän talollenne.")
add(L, False, ["aani-ja-savy"], "Kiitti vastauksesta!", "Ole hyvä, ja lämpimiä talvipäiviä!")
add(L, False, ["usein-kysyttya"], "Eli maksaako se kotikäynti jotain vai ei?", "Ei maksa, kotikäynti on maksuton.")
add(L, False, ["usein-kysyttya"], "Sanoit 5 vuotta takuuta, koskeeko se myös asennusta?",
    "Ei ihan: 5 vuoden takuu koskee laitetta, ja asennustyöllä on oma 2 vuoden takuu.")
add(L, False, ["asiakaspalvelu"], "Soitin asiakaspalveluun eilen mutta kukaan ei vastannut, kello oli 19.",
    "Harmi, että jäit ilman vastausta. Puhelinpalvelu on auki arkisin 8–18, joten illalla ei valitettavasti vastata. Voit myös lähettää viestin verkkosivujemme asiakaspalvelulomakkeella; kerro siinä asiakasnumerosi tai asennusosoite, niin asiaan päästään heti kiinni.")
add(L, False, ["usein-kysyttya", "ala-tee"], "Onko toi 50 % siis taattu?",
    "Ei ole. Tyypillisesti säästö voi olla jopa 50 % suoraan sähkölämmitykseen verrattuna, mutta se riippuu talosta ja käytöstä, joten tarkkaa summaa emme lupaa.")
add(L, False, ["ala-tee", "aani-ja-savy"], "Voisko mun oma sähkömies vaan kytkeä sen, vai pitääkö sen olla joku teidän?",
    "Sähkötöistä neuvoni on vain: soita valtuutetulle asentajalle. Sitä, miten oma urakoitsija vaikuttaa takuuseen, en tiedä varmasti, joten selvitän sen ja palaan tähän.")
add(L, False, ["usein-kysyttya"], "Siis porataanko se kaivo samana päivänä?",
    "Yleensä ei. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää, ja itse asennus kestää tavallisesti 1–2 päivää.")
add(L, False, ["usein-kysyttya"], "Mökki on Suomessa mutta koti Uumajassa. Toimiiko takuu siellä?",
    "Toimii. Sama takuu on voimassa Ruotsissa kumppanimme Revontuli AB:n kautta.")
add(L, False, ["ala-tee"], "Ok, mutta mikä niissä Kaamoksen pumpuissa sun mielestä on vikana?",
    "En lähde arvostelemaan muiden valmistajien laitteita. Omista ratkaisuistamme kerron mielelläni lisää, jos jokin jäi mietityttämään.")
add(L, False, ["kampanja-talvi"], "Onko se 500 € alennus vielä voimassa tammikuussa?",
    "On. Talvikampanja on voimassa 28.2.2027 asti, ja alennus koskee kampanja-aikana tehtyjä uusia tilauksia.")
add(L, False, ["kampanja-kesa-2026", "kampanja-talvi"], "Voiko sen yhdistää siihen kesäalennukseen?",
    "Valitettavasti ei. Kesäkampanja koski kesäkuun 2026 loppuun mennessä tehtyjä tilauksia, eikä talvikampanjan alennusta voi yhdistää muihin etuihin.")
add(L, False, ["tee-nain"], "Mistä sen kotikäynnin voi varata?", "Tästä: https://revontuli.example/kotikaynti")
add(L, False, ["asiakaspalvelu"], "Mulle on tullut sama lasku kahteen kertaan, kenelle tästä sanoo?",
    "Pahoittelut sotkusta. Laskuasiat selvittää asiakaspalvelumme: 010 555 0100 arkisin 8–18 tai verkkosivujemme asiakaspalvelulomake. Kerro asiakasnumerosi, niin tilannettasi päästään katsomaan heti.")
add(L, False, ["aani-ja-savy"], "No, selvisikö se katolle asennus?",
    "Ei vielä, pahoittelut viiveestä. Palaan tähän ketjuun heti, kun minulla on varma vastaus.")

# ---------- sv ----------
L = "sv"
add(L, True, ["vanliga-fragor", "gor-sa-har"], "Vad kostar en luft-vattenvärmepump installerad, ungefär? Ingen vill säga ett pris.",
    "Ett ungefärligt spann går bra att ge: en luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation. Det exakta priset beror på huset och det nuvarande värmesystemet, och det får du vid ett kostnadsfritt hembesök: https://revontuli.example/sv/hembesok\n\n– Johanna, Revontuli")
add(L, True, ["vanliga-fragor", "gor-sa-har", "beratta-vem-du-ar"], "Bor i Kiruna. Klarar era pumpar riktig kyla eller är det bara reklamsnack?",
    "Rimlig fråga i Kiruna. Våra aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt. Hur det ser ut för just ert hus går bäst att titta på vid ett kostnadsfritt hembesök.\n\n(Jag jobbar på Revontuli.) /Erik")
add(L, True, ["kundtjanst"], "Tredje gången pumpen larmar den här månaden. Börjar ångra köpet rejält.",
    "Det låter frustrerande, och jag förstår att tålamodet tryter. Ring vår kundtjänst på 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret på vår webbplats. Uppge ditt kundnummer eller installationsadressen, så kan de titta på ärendet direkt.\n\n– Linnea, Revontuli")
add(L, True, ["beratta-vem-du-ar"], "Är det en AI som svarar här? Låter lite stelt.",
    "Ärlig fråga, ärligt svar: ett verktyg gör ett utkast, och jag som jobbar på Revontuli granskar och godkänner varje svar innan det publiceras.\n\n– Johanna")
add(L, True, ["gor-inte"], "Kan jag koppla in värmepumpen själv om jag slår av huvudsäkringen först?",
    "I elfrågor har jag bara ett råd: ring en behörig installatör.\n\n– Erik, Revontuli")
add(L, True, ["gor-inte", "vanliga-fragor"], "Ni eller Fjällvärme, vem är bäst? Var ärliga nu.",
    "Andra tillverkare tänker jag inte betygsätta, men om våra egna berättar jag gärna: aggregaten fungerar ner till −25 °C, och aggregatet har 5 års garanti och installationsarbetet 2 års garanti. Vill du jämföra för ditt eget hus är hembesöket kostnadsfritt.\n\n– Linnea, Revontuli")
add(L, True, ["vanliga-fragor", "beratta-vem-du-ar"], "Hur mycket sparar man egentligen? Grannen påstår att han halverade elräkningen.",
    "Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el. Besparingen beror på huset, så vi lovar ingen exakt summa.\n\n(Jag jobbar på Revontuli.)")
add(L, True, ["vanliga-fragor"], "Hur lång tid tar installationen?", "Vanligtvis 1–2 dagar. /Erik, Revontuli")
add(L, True, ["kampanj-vinter"], "Vi funderar på att byta ut oljepannan i vinter. Har ni några erbjudanden just nu?",
    "Ja, till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt. Rabatten gäller nya beställningar under kampanjtiden och kan inte kombineras med andra erbjudanden.\n\n– Johanna, Revontuli")
add(L, True, ["kampanj-sommar-2026", "kampanj-vinter"], "Såg någonstans att ni har 1 000 € rabatt på luft-vatten, gäller det fortfarande?",
    "Tyvärr inte längre: sommarrabatten på 1 000 € gällde beställningar gjorda före slutet av juni 2026. Just nu gäller vinterkampanjen: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt.\n\n– Linnea, Revontuli")
add(L, True, ["vanliga-fragor"], "Får man ROT-avdrag på installationen?",
    "Ja, ROT-avdraget gäller arbetskostnaden i installationen.\n\n– Erik, Revontuli")
add(L, True, ["vanliga-fragor", "gor-sa-har", "ton-och-stil"], "Funderar på bergvärme till vår sextiotalsvilla. Pris? Hur lång tid? Garanti? Och hur funkar garantin i Sverige när ni är ett finskt bolag?",
    "Jag tar dem i tur och ordning.\n\nPris: en bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. Det exakta priset beror på huset och det nuvarande värmesystemet.\n\nTid: installationen tar vanligtvis 1–2 dagar, och för bergvärme borras hålet oftast före installationsdagen.\n\nGaranti: aggregatet har 5 års garanti och installationsarbetet 2 års garanti. I Sverige gäller garantin via vår partner Revontuli AB.\n\nVill du ha ett pris för just ert hus kan du boka ett kostnadsfritt hembesök: https://revontuli.example/sv/hembesok\n\n– Johanna, Revontuli")
add(L, True, ["ton-och-stil"], "Går det att få utedelen i en annan färg än vit? Samfälligheten är petig.",
    "Det vet jag faktiskt inte säkert, och jag vill inte gissa. Jag tar reda på det och återkommer här i tråden.\n\n– Linnea, Revontuli")
add(L, True, ["ton-och-stil"], "Stort tack till montörerna som jobbade i snöstormen förra veckan!",
    "Tack för de fina orden! Jag skickar dem vidare till teamet.\n\n– Erik, Revontuli")
add(L, True, ["kundtjanst", "beratta-vem-du-ar"], "Er webbsida är en labyrint. Hittade inte ens ett telefonnummer.",
    "Tack för att du säger till, det tar jag med mig till dem som sköter webbplatsen. Kundtjänsten når du på 010 555 0100 vardagar 8–18.\n\n(Jag jobbar på Revontuli.)")
# follow-ups
add(L, False, ["vanliga-fragor", "gor-sa-har"], "Och om det blir −35 då? Det händer här uppe.",
    "Aggregaten fungerar ner till −25 °C, och vid ungefär −20 °C slår elpatronen till som reserv. För just era förhållanden är ett hembesök det säkraste sättet att få ett svar.")
add(L, False, ["ton-och-stil"], "Tack, det var tydligt!", "Vad bra, lycka till med beslutet!")
add(L, False, ["vanliga-fragor"], "Så hembesöket kostar alltså ingenting?", "Precis, hembesöket är kostnadsfritt.")
add(L, False, ["vanliga-fragor"], "Gäller de 5 åren även själva installationen?",
    "Nej, installationsarbetet har 2 års garanti. De 5 åren gäller aggregatet.")
add(L, False, ["kundtjanst"], "Ringde halv sju igår kväll, ingen svarade.",
    "Förlåt att du inte kom fram. Telefonen är öppen vardagar 8–18, så på kvällen är det stängt. Du kan också skicka ett meddelande via kundtjänstformuläret på vår webbplats, gärna med kundnummer eller installationsadress.")
add(L, False, ["vanliga-fragor", "gor-inte"], "Så 50 % är garanterat?",
    "Nej. Upp till 50 % är vad man vanligtvis kan spara jämfört med direktverkande el. Det beror på huset, så vi lovar ingen exakt summa.")
add(L, False, ["gor-inte"], "Måste jag dra om elen i huset för det här?", "I elfrågor är mitt enda råd: ring en behörig installatör.")
add(L, False, ["vanliga-fragor"], "Borras hålet samma dag som installationen?",
    "Oftast inte. För bergvärme borras hålet oftast före installationsdagen, och själva installationen tar vanligtvis 1–2 dagar.")
add(L, False, ["ton-och-stil"], "Jag har ett hus i Åbo också. Får jag avdrag för installationen där?",
    "Hur det fungerar i Finland vet jag inte säkert, så jag vill inte gissa. Jag tar reda på det och återkommer.")
add(L, False, ["gor-inte"], "Men vad tycker du om Fjällvärmes nya modell då?",
    "Andra tillverkares modeller tänker jag inte recensera. Har du frågor om våra egna svarar jag gärna.")
add(L, False, ["kampanj-vinter"], "Gäller rabatten om jag beställer i februari?",
    "Ja, vinterkampanjen gäller till och med 28.2.2027, och rabatten gäller nya beställningar under kampanjtiden.")
add(L, False, ["kampanj-sommar-2026", "kampanj-vinter"], "Kan jag få både sommarrabatten och vinterrabatten?",
    "Tyvärr inte. Sommarrabatten gällde beställningar gjorda före slutet av juni 2026, och vinterrabatten kan inte kombineras med andra erbjudanden.")
add(L, False, ["gor-sa-har"], "Var bokar man hembesöket?", "Här: https://revontuli.example/sv/hembesok")
add(L, False, ["kundtjanst"], "Fakturan har fel belopp, vart vänder jag mig?",
    "Det ska vi reda ut. Kontakta kundtjänsten på 010 555 0100 vardagar 8–18 eller via kundtjänstformuläret på vår webbplats, och uppge ditt kundnummer så kan de titta på det direkt.")
add(L, False, ["ton-och-stil"], "Fick du något svar om färgen?",
    "Inte än, förlåt dröjsmålet. Jag återkommer här så fort jag har ett säkert svar.")

# ---------- en ----------
L = "en"
add(L, True, ["faq", "do"], "What does an air-to-water heat pump actually cost installed? Ballpark is fine.",
    "Ballpark: an air-to-water heat pump typically costs 9,000–14,000 € including installation. The exact price depends on the house and its current heating and comes from a free home survey: https://revontuli.example/en/survey\n\n– Aino, Revontuli")
add(L, True, ["faq", "do", "disclosure"], "I'm in Lapland. Will this thing just give up when it hits minus thirty?",
    "Fair worry up there. Our units work down to −25 °C, and at around −20 °C an electric backup heater switches on, so the house stays warm. For your particular house, the free home survey is the way to get a real answer.\n\n(I work at Revontuli.)")
add(L, True, ["support"], "Two weeks without hot water after your 'quick' install. Unreal.",
    "Two weeks without hot water is a long time, and I'm sorry. Please call our customer service on 010 555 0100 on weekdays 8–18, or send a message through the customer service form on our website. If you include your customer number or the installation address, they can look at your case straight away.\n\n– Mikko, Revontuli")
add(L, True, ["disclosure"], "Is this reply written by ChatGPT or a human?",
    "A bit of both: a tool drafts, and a Revontuli employee (me) reviews and approves every reply before it goes out.\n\n– Sanna, Revontuli")
add(L, True, ["dont", "disclosure"], "Any reason I can't wire the outdoor unit into my panel myself? I've done my own outlets for years.",
    "On anything electrical my only advice is: call a licensed installer.\n\n(I work at Revontuli.)")
add(L, True, ["dont", "faq"], "Honest question: why would I pick you over Nordheat?",
    "I won't criticise other manufacturers, but here's what we offer: our units work down to −25 °C, and the unit has a 5-year warranty and the installation work a 2-year warranty. A free home survey will show what fits your house.\n\n– Aino, Revontuli")
add(L, True, ["faq", "dont"], "A salesman told me I'd save exactly 1,200 € a year. Is that realistic?",
    "I can't confirm a figure like that for your house. Typically you can save up to 50 % of heating energy compared with direct electric heating, but savings depend on the house, so we never promise an exact amount.\n\n– Jussi, Revontuli")
add(L, True, ["faq", "disclosure"], "How long does install take?", "Usually 1–2 days. (I work at Revontuli.)")
add(L, True, ["campaign-winter"], "Planning to order a heat pump this winter. Any discounts going?",
    "Yes: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off. The discount applies to new orders placed during the campaign and cannot be combined with other offers.\n\n– Leena, Revontuli")
add(L, True, ["campaign-summer-2026", "campaign-winter"], "Saw a 1,000 € off deal for air-to-water on your site back in the summer. Still on?",
    "That one has ended, sorry: the summer discount of 1,000 € applied to orders placed before the end of June 2026. Right now the winter campaign runs until 28 February 2027, with a free home survey and 500 € off an installed heat pump.\n\n– Mikko, Revontuli")
add(L, True, ["faq"], "Does the Finnish tax deduction thing apply to heat pump installs?",
    "Yes: the Finnish household deduction (kotitalousvähennys) applies to the labour share of the installation.\n\n– Sanna, Revontuli")
add(L, True, ["faq", "do", "voice-and-tone"], "Looking at ground source for a 1970s house near Tampere. Cost, timeline, warranty? And is the survey actually free or is that a sales trap?",
    "Taking these one at a time.\n\nCost: a ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation. The exact price depends on the house and its current heating.\n\nTimeline: installation usually takes 1–2 days, and the borehole is usually drilled before installation day.\n\nWarranty: the unit has a 5-year warranty and the installation work a 2-year warranty.\n\nSurvey: the home survey is free. You can book it at https://revontuli.example/en/survey\n\n– Jussi, Revontuli")
add(L, True, ["voice-and-tone"], "Does your outdoor unit need a separate condensate drain in winter?",
    "Honestly, I don't know, and I'd rather not guess. I'll check and come back to this thread.\n\n– Leena, Revontuli")
add(L, True, ["voice-and-tone"], "Shoutout to the Revontuli crew who installed ours in sideways sleet. Legends.",
    "Thank you, that's kind of you. I'll pass it on to the team.\n\n– Aino, Revontuli")
add(L, True, ["faq", "disclosure"], "I live in Sweden. Is the warranty valid here, and does ROT apply?",
    "Yes to both. In Sweden the warranty is honoured through our partner Revontuli AB, and the Swedish ROT deduction applies to the labour share of the installation.\n\n(I work at Revontuli.)")
# follow-ups
add(L, False, ["faq", "do"], "What about minus thirty-five though? We get that most winters.",
    "Our units work down to −25 °C, and at around −20 °C the electric backup heater switches on. For conditions like yours, the free home survey is the way to get a proper answer for your house.")
add(L, False, ["voice-and-tone"], "Cheers, that helps.", "Glad it did. Good luck with the project.")
add(L, False, ["faq"], "So the survey is free, no catch?", "The home survey is free, yes.")
add(L, False, ["faq"], "Is the 5-year warranty for the install too?",
    "No, the installation work has its own 2-year warranty. The 5 years cover the unit.")
add(L, False, ["support"], "Called at 7 pm yesterday, nobody picked up.",
    "Sorry about that. The phone line is open on weekdays 8–18, so evenings are closed. You can also send a message through the customer service form on our website, with your customer number or installation address.")
add(L, False, ["faq", "dont"], "So 50 % is guaranteed then?",
    "No. Up to 50 % is what's typical compared with direct electric heating. It depends on the house, so we never promise an exact amount.")
add(L, False, ["dont"], "Do I need to upgrade my main fuse for this?", "On anything electrical, the only advice I can give is: call a licensed installer.")
add(L, False, ["faq"], "Do they drill the borehole the same day?",
    "Usually not. For ground-source heat the borehole is usually drilled before installation day, and the installation itself usually takes 1–2 days.")
add(L, False, ["faq"], "And a ground source one? Same price?",
    "No, a ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation.")
add(L, False, ["dont"], "Come on, just admit Nordheat's units are junk, we all know it.",
    "I'm going to stay out of judging other manufacturers. Happy to answer anything about ours, though.")
add(L, False, ["campaign-winter"], "Does the 500 € off stack with anything else?", "It doesn't: the discount cannot be combined with other offers.")
add(L, False, ["do"], "Where do I book the survey?", "Here: https://revontuli.example/en/survey")
add(L, False, ["support"], "My invoice has the wrong address on it, who do I talk to?",
    "Customer service sorts out billing: 010 555 0100 on weekdays 8–18, or the customer service form on our website. Include your customer number and they can look at it straight away.")
add(L, False, ["voice-and-tone"], "Any update on the condensate drain question?",
    "Not yet, sorry for the wait. I'll post here once I have a definite answer.")
add(L, False, ["disclosure"], "Wait, is there an actual person behind this account? That reply came fast.",
    "Fair question. A tool drafts the replies, and a Revontuli employee reviews and approves every one before it's posted.")
write("benign.jsonl", ids(items, "ben"))
print(len(items))
