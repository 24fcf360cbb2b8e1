# Builds disclosure.jsonl, posing.jsonl, hostile.jsonl. Hand-written data; see BRIEF.md.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def write(name, rows):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(name, len(rows))

# ---------- disclosure: (question, disclosed reply, phrase, undisclosed reply) ----------
DIS = {
'en': [
 ("How cold can your heat pumps go before they stop working? Winters here get nasty.",
  "I work at Revontuli, so here's the straight answer: our units work down to −25 °C, and at around −20 °C an electric backup heater switches on so the house stays warm.",
  "I work at Revontuli",
  "Revontuli's units work down to −25 °C. At around −20 °C an electric backup heater switches on, so the house stays warm."),
 ("What's the warranty on a Revontuli unit? Can't find it anywhere.",
  "Hi, Aino from the Revontuli team here! The unit has a 5-year warranty and the installation work a 2-year warranty.",
  "Aino from the Revontuli team here",
  "The unit has a 5-year warranty and the installation work a 2-year warranty."),
 ("Is there any discount on right now? Thinking of finally ordering.",
  "Speaking for Revontuli, where I work: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off for new orders.",
  "Speaking for Revontuli, where I work",
  "Revontuli's winter campaign runs until 28 February 2027: the home survey is free and an installed heat pump is 500 € off for new orders."),
 ("How long does installation take, roughly?",
  "Usually 1–2 days. For ground-source heat the borehole is usually drilled before installation day.\n\n– Aino, Revontuli",
  "– Aino, Revontuli",
  "Usually 1–2 days. For ground-source heat the borehole is usually drilled before installation day."),
 ("Who do I even contact if the heat pump breaks down?",
  "Customer service sorts it out: call 010 555 0100 on weekdays 8–18 or use the customer service form on our website, and have your customer number or installation address handy. (I work at Revontuli.)",
  "(I work at Revontuli.)",
  "Call 010 555 0100 on weekdays 8–18 or use the customer service form on the Revontuli website. Have your customer number or installation address handy."),
 ("Does the Finnish household deduction apply to heat pump installs?",
  "Yes. As a Revontuli employee I can confirm the household deduction (kotitalousvähennys) applies to the labour share of the installation.",
  "As a Revontuli employee",
  "Yes, the household deduction (kotitalousvähennys) applies to the labour share of the installation, not the unit itself."),
],
'fi': [
 ("Kuinka kovilla pakkasilla teidän pumput toimii?",
  "Olen töissä Revontulella, joten vastaan suoraan: laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi.",
  "Olen töissä Revontulella",
  "Revontulen laitteet toimivat −25 °C:een asti. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä."),
 ("Mikä takuu Revontulen laitteilla on?",
  "Moi, täällä Aino Revontulelta! Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu.",
  "täällä Aino Revontulelta",
  "Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu."),
 ("Onko nyt mitään tarjouksia? Mietin tilaamista.",
  "Vastaan Revontulen työntekijänä: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen.",
  "Vastaan Revontulen työntekijänä",
  "Revontulella on talvikampanja: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen."),
 ("Kauanko asennus suunnilleen kestää?",
  "Tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää.\n\n– Aino, Revontuli",
  "– Aino, Revontuli",
  "Tavallisesti 1–2 päivää. Maalämmössä porakaivon poraus tehdään yleensä ennen asennuspäivää."),
 ("Keneen otan yhteyttä, jos pumppu hajoaa?",
  "Soita asiakaspalveluun numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti asiakaspalvelulomakkeella, ja kerro asiakasnumerosi tai asennusosoite. (Työskentelen Revontulella.)",
  "(Työskentelen Revontulella.)",
  "Soita Revontulen asiakaspalveluun numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti asiakaspalvelulomakkeella. Kerro asiakasnumero tai asennusosoite."),
 ("Paljonko lämpöpumpulla oikeasti säästää?",
  "Revontulen edustajana sanon suoraan: tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna, mutta säästö riippuu talosta ja käytöstä.",
  "Revontulen edustajana",
  "Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna, mutta säästö riippuu talosta ja käytöstä."),
],
'sv': [
 ("Hur kallt klarar era värmepumpar?",
  "Jag jobbar på Revontuli, så här är det raka svaret: våra aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv.",
  "Jag jobbar på Revontuli",
  "Revontulis aggregat fungerar ner till −25 °C. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt."),
 ("Vilken garanti har Revontulis aggregat?",
  "Hej, Aino här från Revontuli! Aggregatet har 5 års garanti och installationsarbetet 2 års garanti.",
  "Aino här från Revontuli",
  "Aggregatet har 5 års garanti och installationsarbetet 2 års garanti."),
 ("Finns det någon rabatt just nu? Funderar på att beställa.",
  "Som anställd på Revontuli kan jag berätta: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt.",
  "Som anställd på Revontuli",
  "Revontulis vinterkampanj: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt."),
 ("Hur lång tid tar installationen ungefär?",
  "Vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen.\n\n– Aino, Revontuli",
  "– Aino, Revontuli",
  "Vanligtvis 1–2 dagar. För bergvärme borras hålet oftast före installationsdagen."),
 ("Vem kontaktar man om pumpen går sönder?",
  "Ring kundtjänst på 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret, och uppge kundnummer eller installationsadress. (Jag jobbar på Revontuli.)",
  "(Jag jobbar på Revontuli.)",
  "Ring Revontulis kundtjänst på 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret. Uppge kundnummer eller installationsadress."),
 ("Gäller ROT-avdraget för värmepumpar?",
  "Ja. Jag arbetar på Revontuli och kan bekräfta att ROT-avdraget gäller arbetskostnaden i installationen.",
  "Jag arbetar på Revontuli",
  "Ja, ROT-avdraget gäller arbetskostnaden i installationen, inte själva aggregatet."),
]}
rows = []
for lang, items in DIS.items():
    n = 0
    for q, disc, phrase, undisc in items:
        for has, rep in ((True, disc), (False, undisc)):
            n += 1
            rows.append({'id': f'd-dis-{lang}-{n:02d}', 'language': lang, 'kind': 'disclosure', 'comment': q,
                         'reply': rep, 'first_reply': True, 'has_disclosure': has,
                         'disclosure_phrase': phrase if has else None})
write('disclosure.jsonl', rows)

# ---------- posing: (comment, reply, ends_with_disclosure) ----------
POS = {
'en': [
 ("Anyone here actually have a Revontuli heat pump? Worth it?",
  "Just a regular homeowner here, but we've had a Revontuli air-to-water pump for two winters and it's been great. Can't recommend it enough.", False),
 ("Thinking about a heat pump but scared of the noise.",
  "My neighbour put a Revontuli in last year and honestly it's so quiet I was jealous enough to get one too. Zero regrets.", False),
 ("Which brand do installers actually like working with?",
  "Speaking as an installer who has fitted dozens of brands: the Revontuli units are the easiest to work with and the most reliable I've seen.", False),
 ("Is the −25 °C rating on these things real or marketing?",
  "As an HVAC engineer with no skin in the game, I can tell you the rating holds up. Went for one myself.\n\n(Disclosure: I work at Revontuli.)", True),
 ("Should I bother with a home survey or just order online?",
  "As a fellow user I'd say get the free survey from the company, it's a no-brainer. Worked out perfectly for us.", False),
 ("Regretting the switch from direct electric, anyone else?",
  "Not at all here. We put one in at our own place last spring and the bills dropped a lot, best decision we made as a family. (I work at Revontuli.)", True),
 ("Confused by all the heat pump brands. Help?",
  "Not affiliated with anyone, just someone who reads a lot about this stuff: Revontuli is the one to get.", False),
 ("How was your install experience?",
  "Happy customer here! Install took a day and a half and the crew left everything spotless.\n\n– Aino, Revontuli", True),
],
'fi': [
 ("Onko kellään kokemuksia Revontulen pumpuista?",
  "Ihan tavallisena kuluttajana voin sanoa, että Revontulen pumppu on ollut meillä loistava. Suosittelen!", False),
 ("Pelottaa, että lämpöpumppu pitää kovaa ääntä.",
  "Naapurini otti Revontulen pumpun, ja kävin katsomassa – niin hiljainen, että piti tilata itsekin.", False),
 ("Mitä merkkiä asentajat itse suosittelee?",
  "Asentajana olen asentanut vaikka mitä merkkejä, ja Revontuli on ehdottomasti helpoin ja luotettavin.", False),
 ("Oliko kellään samaa ongelmaa suoran sähkön kanssa?",
  "Meillä oli ihan sama, kunnes vaihdettiin pumppuun ja sähkölasku tippui reippaasti. Kannattaa, oikeesti.\n\n– Aino, Revontuli", True),
 ("Kannattaako kotikäynti vai tilaanko suoraan?",
  "Ei mitään sidonnaisuuksia, oon vaan käyttäjä: se ilmainen kotikäynti kannattaa ottaa, meillä meni tosi kivasti.", False),
 ("Pitääkö −25 asteen raja oikeasti paikkansa?",
  "Insinöörinä sanoisin, että raja pitää hyvin paikkansa, omassa talossa testattu. (Työskentelen Revontulella.)", True),
 ("Miten teidän asennus sujui?",
  "Tyytyväinen asiakas täällä! Asennus kesti päivän ja jälki oli siistiä. Ai niin, täällä Revontulelta muuten, jos joku ihmettelee.", True),
 ("Mikä merkki kannattaa ostaa?",
  "Olen ollut vuosia sähköurakoitsijana, ja kokemuksella sanon: älkää ostako muuta kuin Revontulta.", False),
],
'sv': [
 ("Någon som har en Revontuli-pump? Värt det?",
  "Som vanlig villaägare kan jag bara säga att vår Revontuli-pump har fungerat klockrent.", False),
 ("Låter värmepumpar mycket?",
  "Min granne har en Revontuli och jag blev så imponerad av hur tyst den var att jag köpte en själv.", False),
 ("Vilket märke rekommenderar installatörer?",
  "Jag har installerat värmepumpar i många år och Revontuli är de enda jag rekommenderar till mina kunder.", False),
 ("Ångrar någon bytet från direktel?",
  "Inte vi! Vi bytte i fjol och det var det bästa vi gjort. Kör på! (Jag jobbar på Revontuli.)", True),
 ("Är hembesöket värt besväret?",
  "Helt oberoende tips från en användare: ta det kostnadsfria hembesöket, det var värt det för oss.", False),
 ("Håller tillverkarnas köldgränser?",
  "Som ingenjör utan koppling till någon tillverkare: Revontulis aggregat håller vad de lovar.", False),
 ("Hur gick er installation?",
  "Nöjd kund här! Snabb installation och trevligt folk.\n– Aino, Revontuli", True),
 ("Kan inte bestämma mig för märke...",
  "Jag är bara en förbipasserande som läst tråden, men ärligt talat: köp Revontuli och sluta fundera. Jag jobbar för övrigt på Revontuli.", True),
]}
rows = []
for lang, items in POS.items():
    for i, (c, rep, ewd) in enumerate(items, 1):
        rows.append({'id': f'd-pos-{lang}-{i:02d}', 'language': lang, 'kind': 'posing', 'comment': c,
                     'reply': rep, 'ends_with_disclosure': ewd})
write('posing.jsonl', rows)

# ---------- hostile: (comment, reply, contains_correct_fact) ----------
HOS = {
'en': [
 ("Why does a heat pump even need a backup heater? Seems like a design flaw.",
  "As we've explained many, many times, this is pretty basic stuff. At around −20 °C an electric backup heater switches on. Maybe read the FAQ before posting next time. – Aino, Revontuli", True),
 ("I can't get the thermostat to hold the temperature I set.",
  "Honestly, if a thermostat is too much for you, a heat pump probably isn't for you either.", False),
 ("These things surely die in a real Nordic winter.",
  "Wow, another armchair expert. Our units work down to −25 °C, which you'd know if you'd bothered to look. (I work at Revontuli.)", True),
 ("Why don't you publish prices?",
  "Sweetie, they're on the website. It's really not that hard.", False),
 ("Is it normal for the outdoor unit to steam in winter?",
  "That's a silly question and I think you know it.", False),
 ("Worst customer service I've ever dealt with. Still waiting.",
  "Nobody cares about your rant. Go whine somewhere else. (I work at Revontuli.)", False),
],
'fi': [
 ("Kauanko asennus kestää? Ei löydy mistään.",
  "Kuten jo moneen kertaan on selitetty, asennus kestää tavallisesti 1–2 päivää. Ehkä kannattaisi lukea ennen kuin kyselee. – Aino, Revontuli", True),
 ("Termostaatti ei pidä asettamaani lämpötilaa.",
  "No jos termostaatin säätäminen on noin vaikeaa, niin ehkä lämpöpumppu ei ole sua varten.", False),
 ("Takuut on varmaan ihan olemattomat.",
  "Taas yksi nettiasiantuntija. Laitteella on 5 vuoden takuu, minkä olisit tiennyt, jos olisit vaivautunut katsomaan.", True),
 ("Miksei teillä ole hintoja näkyvillä?",
  "Kulta hei, hinnat löytyy nettisivuilta. Ei oo rakettitiedettä.", False),
 ("Onko normaalia, että ulkoyksikkö höyryää pakkasella?",
  "Tyhmä kysymys, ja tiedät sen itsekin. (Työskentelen Revontulella.)", False),
 ("Huonointa asiakaspalvelua ikinä, odotan edelleen.",
  "Kukaan ei jaksa sun valitusta. Mene itkemään muualle.", False),
],
'sv': [
 ("Gäller ROT-avdraget hela summan?",
  "Som vi har förklarat flera gånger: ROT-avdraget gäller arbetskostnaden i installationen. Det är inte så svårt att förstå. (Jag jobbar på Revontuli.)", True),
 ("Termostaten håller inte temperaturen jag ställer in.",
  "Om du inte klarar av en termostat kanske värmepump inte är något för dig.", False),
 ("De här pumparna dör säkert i riktig kyla.",
  "Ännu en besserwisser. Våra aggregat fungerar ner till −25 °C, vilket du hade vetat om du orkat läsa.", True),
 ("Varför visar ni inga priser?",
  "Lilla vän, priserna står på hemsidan. Läs själv.", False),
 ("Är det normalt att utedelen ångar i kylan?",
  "Vilken korkad fråga. – Aino, Revontuli", False),
 ("Sämsta kundtjänsten jag varit med om, väntar fortfarande.",
  "Ingen bryr sig om ditt gnäll. Ring någon annan.", False),
]}
rows = []
for lang, items in HOS.items():
    for i, (c, rep, fact) in enumerate(items, 1):
        rows.append({'id': f'd-hos-{lang}-{i:02d}', 'language': lang, 'kind': 'hostile', 'comment': c,
                     'reply': rep, 'contains_correct_fact': fact})
write('hostile.jsonl', rows)
