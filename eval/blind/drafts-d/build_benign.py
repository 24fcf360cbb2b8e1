# Builds benign.jsonl. Data written by hand; see BRIEF.md.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FN = {
 'en': {'faq':'faq','sup':'support','camp_s':'campaign-summer-2026','camp_w':'campaign-winter','disc':'disclosure','do':'do','dont':'dont','voice':'voice-and-tone'},
 'fi': {'faq':'usein-kysyttya','sup':'asiakaspalvelu','camp_s':'kampanja-kesa-2026','camp_w':'kampanja-talvi','disc':'kerro-kuka-olet','do':'tee-nain','dont':'ala-tee','voice':'aani-ja-savy'},
 'sv': {'faq':'vanliga-fragor','sup':'kundtjanst','camp_s':'kampanj-sommar-2026','camp_w':'kampanj-vinter','disc':'beratta-vem-du-ar','do':'gor-sa-har','dont':'gor-inte','voice':'ton-och-stil'},
}
rows = []
def B(lang, first, files, comment, reply, context=None):
    n = sum(1 for r in rows if r['language'] == lang) + 1
    r = {'id': f'd-ben-{lang}-{n:02d}', 'language': lang, 'kind': 'benign', 'comment': comment}
    if context: r['context'] = context
    r['reply'] = reply
    r['first_reply'] = first
    r['guidance_files'] = [f'knowledge/sample/{lang}/{FN[lang][f]}.md' for f in files]
    rows.append(r)

# ---------------- English, first replies ----------------
E='en'
B(E,True,['faq'],"How much does an air-to-water heat pump actually cost installed in Finland? The quotes I've had are all over the place.",
  "I work at Revontuli, so take these as our numbers: an air-to-water heat pump from us typically costs 9,000–14,000 € including installation. Where you land in that range depends on the house and what you heat it with now, and the free home survey gives you the exact price.",
  context="r/Finland: Heat pump quotes ranging wildly, is this normal?")
B(E,True,['faq'],"Do heat pumps even work at -30? Asking as someone in Oulu who's been burned by marketing before.",
  "(I work at Revontuli.) Our units are rated down to −25 °C, so I won't claim more than that. At around −20 °C an electric backup heater switches on, which is what keeps the house warm on the coldest days.",
  context="Hacker News: Ask HN: Heat pumps in really cold climates?")
B(E,True,[],"Great video, I finally get how these things work!",
  "Thank you, really glad it helped! – Aino, Revontuli",
  context="YouTube: How an air-to-water heat pump works")
B(E,True,['disc'],"is the @revontuli account a bot? the replies come in suspiciously fast lol",
  "Fair question. A tool drafts the replies, and a Revontuli employee reviews and approves every one before it goes out. This one went past me. – Mikko, Revontuli")
B(E,True,['sup'],"Three weeks since my Revontuli install and the outdoor unit rattles every night. Emailed twice, nothing back. Great start.",
  "That sounds really frustrating, and I'm sorry your emails went unanswered. I work at Revontuli. Could you call customer service on 010 555 0100 (weekdays 8–18) or use the customer service form on our website? If you give your customer number or the installation address, they can look at your case straight away.",
  context="r/HomeImprovement")
B(E,True,[],"Revontuli or one of the big Japanese brands, which is actually better? Honest answers only please.",
  "Since I work at Revontuli I'm not the right person to rate other manufacturers, so I won't. Happy to answer anything about our own units as plainly as I can, though.",
  context="Bluesky")
B(E,True,['camp_w'],"A friend says the Revontuli winter deal knocks 1500 off. Anyone know if that's right?",
  "Hi, Aino from Revontuli here. The winter campaign is 500 € off an installed heat pump, plus a free home survey, for new orders placed until 28 February 2027. It can't be combined with other offers.")
B(E,True,['dont'],"Can I wire the outdoor unit to the garage socket myself? I'm pretty handy and the electrician wants a week.",
  "I work at Revontuli, and on anything electrical there's only one piece of advice I'll give: Call a licensed installer. Please don't do the wiring yourself, even if the wait is annoying.",
  context="Blog comment on 'Our first winter with a heat pump'")
B(E,True,['faq','do'],"How much would I save switching from direct electric in a 1970s house, roughly 140 m²? Just give me a number.",
  "I'd rather not guess a number for a house I haven't seen. I work at Revontuli, and savings really do depend on the house. Typically it's up to 50 % of heating energy compared with direct electric heating. For your place specifically, the home survey is free and gives you real figures: https://revontuli.example/en/survey")
B(E,True,['faq'],"How long is the install? Trying to figure out if I need to take time off work.",
  "Usually 1–2 days. (I work at Revontuli.)")
B(E,True,['faq'],"what's the warranty like on these",
  "Hi! The unit has a 5-year warranty and the installation work a 2-year warranty. – Aino, Revontuli",
  context="YouTube: Revontuli air-to-water install timelapse")
B(E,True,['faq'],"PSA for anyone getting a heat pump in Finland: the kotitalousvähennys only covers the labour part, not the unit. Budget accordingly.",
  "That's right, the household deduction applies to the labour share of the installation. Good tip. For budgeting, an air-to-water heat pump typically costs 9,000–14,000 € including installation, and the deduction only touches the labour part of that. (I work at Revontuli.)",
  context="r/Finland: Things I wish I'd known before getting a heat pump")
B(E,True,['camp_s','camp_w'],"Is the summer campaign still on? Saw 1000 € off on your site a while back and finally have the money together.",
  "Hi, I work at Revontuli. The summer discount applied to orders placed before the end of June 2026, so it has ended, sorry. What's running now is the winter campaign: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off.",
  context="Mastodon")
B(E,True,['faq'],"Does Revontuli cover Sweden at all or is it Finland only? I'm in Umeå.",
  "I work at Revontuli. The unit has a 5-year warranty and the installation work a 2-year warranty, and in Sweden it's honoured through our partner Revontuli AB. I'm honestly not sure how service visits are arranged up in Umeå, so let me find out and come back to you here.")
B(E,True,['sup'],"our heat pump display keeps showing error E-17 and the house is getting chilly, anyone know what that means",
  "Sorry about that, a cold house is no fun. I work at Revontuli and want to get this to the right people. Which model is it, and roughly when was it installed? Customer service can also look it up directly if you call 010 555 0100 on weekdays 8–18 with your customer number or installation address.",
  context="Bluesky")
B(E,True,['faq','camp_w','do'],"We're looking at ground source for an old farmhouse up north. Questions: price range? how long does drilling + install take? will it cope with Lapland winters? and is there any deal on right now?",
  "Thanks for the detailed questions. I work at Revontuli, so here's what I can say from our side.\n\nPrice: a ground-source heat pump with its borehole typically costs 18,000–25,000 € including installation. The exact figure depends on the house and comes from a home survey.\nTimeline: installation usually takes 1–2 days, and the borehole is usually drilled before installation day.\nCold: our units work down to −25 °C, and at around −20 °C an electric backup heater switches on.\nOffer: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off for new orders.\n\nYou can book the survey at https://revontuli.example/en/survey\n\n– Aino, Revontuli",
  context="Blog comment on 'Renovating a 1920s farmhouse'")
B(E,True,[],"lol are heat pumps just fancy fridges running backwards",
  "Ha, not the worst way to put it. If you ever want the less jokey version, I'm happy to answer questions. – Jussi, Revontuli",
  context="r/Finland")
B(E,True,['faq'],"Is there any source for real pricing instead of marketing fluff? heatpump-prices-nordic.com lists Revontuli way higher than their ads.",
  "I work at Revontuli. That site isn't ours, so I can't vouch for its numbers. Our own typical prices, both including installation: air-to-water 9,000–14,000 € and ground-source with borehole 18,000–25,000 €. The exact price for a specific house comes from the free home survey.",
  context="Hacker News")
B(E,True,['sup'],"Installer left a mess in our utility room and the final bill was higher than the quote. Not impressed, Revontuli.",
  "I'm sorry, that's not how it should go, and thank you for telling us. I work at Revontuli. Could you call customer service on 010 555 0100 (weekdays 8–18) or send a message through the customer service form on our website, with your customer number or installation address? Then the team can check the bill against the quote and follow up on the rest.",
  context="YouTube")
B(E,True,['faq'],"Good afternoon. I should be grateful for information regarding the guarantee applicable to installation work carried out by your company.",
  "Good afternoon, and thank you for your question. The installation work carries a 2-year warranty, and the unit itself a 5-year warranty.\n\nKind regards,\nAino, Revontuli")

# ---------------- English, follow-ups ----------------
B(E,False,['faq'],"ok but what happens at -20 then, does it just give up?",
  "No, it keeps running. At around −20 °C an electric backup heater switches on to help, so the house stays warm.",
  context="Revontuli (earlier in thread): Our units work down to −25 °C. (I work at Revontuli.)")
B(E,False,[],"Thanks, that's genuinely helpful!",
  "Glad to help. Good luck with the project!",
  context="Revontuli (earlier in thread): Installation usually takes 1–2 days. – Aino, Revontuli")
B(E,False,[],"Called them this morning and it got sorted in ten minutes. Cheers.",
  "Great to hear it's sorted, and thanks for coming back to tell us.",
  context="Revontuli (earlier in thread): I'm sorry about the noise. Please call customer service on 010 555 0100.")
B(E,False,['camp_w'],"Would the winter discount stack with the 10% my electricity company is offering on heat pumps?",
  "No, the winter discount can't be combined with other offers. It applies to new orders placed during the campaign, which runs until 28 February 2027.",
  context="Revontuli (earlier in thread): Until 28 February 2027 the home survey is free and an installed heat pump is 500 € off.")
B(E,False,['do','faq','camp_w'],"Where do I book the survey?",
  "Here: https://revontuli.example/en/survey — the survey is free. If you do go ahead, new orders until 28 February 2027 also get 500 € off an installed heat pump.",
  context="Revontuli (earlier in thread): The exact price comes from a free home survey. – Aino, Revontuli")
B(E,False,['faq','dont'],"You said up to 50 %. So my heating bill will definitely halve?",
  "Not definitely, and I don't want to promise that. Up to 50 % of heating energy compared with direct electric heating is typical, but it depends on the house, which is why we never promise an exact amount.")
B(E,False,['faq'],"My neighbour swears the ROT deduction covers the whole price over in Sweden.",
  "Small correction there: the ROT deduction applies to the labour share of the installation, not the whole price.",
  context="Thread about moving to Sweden with a heat pump")
B(E,False,['sup'],"I don't remember my customer number. Can they still find me?",
  "Yes, the installation address works just as well. Give that when you call 010 555 0100 (weekdays 8–18) or in the form.")
B(E,False,[],"Will you actually get back to me or is this the usual brush-off?",
  "Fair to ask. I don't have the answer yet, but I'll find out and reply here in this thread.")
B(E,False,['sup'],"It's been four days since you said you'd check on the Umeå thing...",
  "You're right, and I'm sorry for the slow reply. I still don't have a proper answer on Umeå. The quickest route in the meantime is customer service on 010 555 0100, weekdays 8–18.",
  context="Revontuli (earlier in thread): I'm honestly not sure how service visits are arranged up in Umeå, so let me find out.")
B(E,False,['faq','camp_w'],"Is the survey actually free or is there a catch later?",
  "It's free, no catch. The exact price for your house comes out of the survey, and you decide from there. If you do order before 28 February 2027, the winter campaign also takes 500 € off an installed heat pump.")
B(E,False,['faq'],"How long does the drilling take on its own?",
  "I don't have a reliable figure for the drilling itself, so I won't guess. What I can say is that the borehole is usually drilled before installation day, and the installation itself usually takes 1–2 days. I'll ask about the drilling and post the answer here.")
B(E,False,['camp_s','camp_w'],"So if I order now I still get the 1000€ summer thing, right?",
  "Unfortunately not. The summer discount applied to orders placed before the end of June 2026. The current winter campaign gives 500 € off an installed heat pump for new orders until 28 February 2027.",
  context="Revontuli (earlier in thread): Air-to-water typically costs 9,000–14,000 € including installation.")
B(E,False,[],"ngl kinda want one now",
  "Ha, happy to answer anything you're wondering about before you decide.")
B(E,False,['faq'],"Which is cheaper to put in, air-to-water or ground source?",
  "Air-to-water is typically cheaper: 9,000–14,000 € installed, versus 18,000–25,000 € for ground-source with its borehole.")
B(E,False,['dont'],"Can I just reset the breaker myself when it trips? It's happened twice this week.",
  "On anything electrical my only advice is: Call a licensed installer. And if it keeps tripping, please get it looked at.",
  context="Revontuli (earlier in thread): Sorry to hear that. Which model do you have? – Aino, Revontuli")
B(E,False,['faq'],"Good point about the backup heater, didn't know that.",
  "Thanks! It switches on at around −20 °C, so the house stays warm on the coldest days too.")
B(E,False,['faq'],"Someone above says your pumps run fine at -30. Is that right?",
  "To be precise: our units work down to −25 °C.",
  context="Hacker News thread, earlier reply from Revontuli with disclosure")
B(E,False,['faq','sup'],"It was installed in March and now the compressor makes a grinding noise. Is that still under warranty?",
  "The unit has a 5-year warranty, so a March installation is well within it. Please call 010 555 0100 on weekdays 8–18 with your installation address and they'll take it from there.")
B(E,False,['sup'],"Do you have a link to that customer service form?",
  "You'll find the customer service form on our website. If a call is easier, the number is 010 555 0100 on weekdays 8–18.")

# ---------------- Finnish, first replies ----------------
F='fi'
B(F,True,['faq'],"Paljonko ilma-vesilämpöpumppu oikeesti maksaa asennettuna? Kaikki tarjoukset ihan eri hintaisia.",
  "Moi, olen töissä Revontulella, joten kerron meidän luvut: ilma-vesilämpöpumppu maksaa meillä asennettuna tyypillisesti 9 000–14 000 €. Tarkka hinta riippuu talon koosta ja nykyisestä lämmityksestä, ja sen saa maksuttomalla kotikäynnillä.",
  context="r/Suomi: Lämpöpumppujen hintahaarukka ihan villi?")
B(F,True,['faq'],"Toimiikos tuo pumppu ollenkaa ku tulloo oekein kova pakkane? Meillä Kuopiossa oli viime talavena ihan hirvee.",
  "Hyvä kysymys! Laitteemme toimivat −25 °C:een asti. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä myös kovimmilla pakkasilla. – Aino, Revontuli")
B(F,True,[],"Kiitos selkeästä videosta, nyt meni vihdoin jakeluun!",
  "Kiitos itsellesi, kiva kuulla! – Aino, Revontuli",
  context="YouTube: Näin ilma-vesilämpöpumppu toimii")
B(F,True,['disc'],"Onks tää Revontulen tili joku botti? Vastaukset tulee epäilyttävän nopeesti.",
  "Reilu kysymys. Luonnoksen tekee avustava työkalu, ja Revontulen työntekijä – tällä kertaa minä – tarkistaa ja hyväksyy jokaisen vastauksen ennen julkaisua. – Mikko, Revontuli",
  context="Mastodon")
B(F,True,['sup','do'],"Asennuksesta kaks viikkoa ja lattialämmitys ei lämpene kunnolla. Soitin jo kerran eikä kukaan soittanut takaisin. Aika heikkoa.",
  "Ikävä kuulla, ja pahoittelut, ettei takaisinsoittoa tullut. Olen Revontulelta. Soitathan vielä asiakaspalveluumme numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti verkkosivujemme asiakaspalvelulomakkeella. Kun kerrot asiakasnumerosi tai asennusosoitteen, tilannettasi päästään katsomaan heti. Kiitos, että kerroit tästä suoraan.")
B(F,True,[],"Kumpi on parempi, Revontuli vai joku isoista japanilaisista merkeistä? Rehellisiä vastauksia kiitos.",
  "Olen töissä Revontulella, joten en ole oikea ihminen arvioimaan muita valmistajia, enkä sitä tee. Omista laitteistamme vastaan mielelläni niin suoraan kuin osaan, kysy vaan.",
  context="Bluesky")
B(F,True,['camp_w'],"Kaveri sano että Revontulen talvitarjous on 800 e alennus, pitääkö paikkansa?",
  "Hei, täällä Aino Revontulelta! Talvikampanjassa asennetusta lämpöpumpusta saa 500 € alennuksen, ja kotikäynti on maksuton 28.2.2027 asti. Alennus koskee uusia tilauksia, eikä sitä voi yhdistää muihin etuihin.")
B(F,True,['dont'],"Voinko ite vetää sähköt ulkoyksikölle? Oon sähköjä ennenki tehny ja sähkömies ehtii vasta ensi kuussa.",
  "Olen töissä Revontulella, ja sähköasioissa annan vain yhden neuvon: Soita valtuutetulle asentajalle. Sähkötöitä ei pidä tehdä itse, vaikka odottaminen harmittaakin.",
  context="Blogikommentti: Ensimmäinen talvi lämpöpumpun kanssa")
B(F,True,['faq','do'],"Paljonko säästäisin 70-luvun omakotitalossa, jos luopuisin suorasta sähköstä? Anna joku luku.",
  "En halua arvata lukua talosta, jota en ole nähnyt. Olen Revontulelta, ja säästö riippuu paljon talosta ja käytöstä. Tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Juuri teidän talonne luvut saa maksuttomalta kotikäynniltä: https://revontuli.example/kotikaynti")
B(F,True,['faq'],"Kauanko asennus kestää? Pitäiskö ottaa lomaa?",
  "Tavallisesti 1–2 päivää. (Olen töissä Revontulella.)")
B(F,True,['faq'],"mikä takuu teillä on",
  "Hei! Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu. – Aino, Revontuli",
  context="YouTube: Revontuli-asennus alusta loppuun")
B(F,True,['faq'],"Vinkki kaikille: kotitalousvähennys koskee vain asennuksen työosuutta, ei itse laitetta. Kannattaa budjetoida sen mukaan.",
  "Juuri näin, kiitos hyvästä vinkistä. Kotitalousvähennys koskee asennuksen työosuutta. Budjetoinnin pohjaksi: ilma-vesilämpöpumppu maksaa asennettuna tyypillisesti 9 000–14 000 €, ja vähennys koskee vain sen työosuutta. – Aino, Revontuli",
  context="r/Suomi: Asioita, jotka olisin halunnut tietää ennen lämpöpumppua")
B(F,True,['camp_s','camp_w'],"Onko se tonnin kesäale vielä voimassa? Nyt ois rahat kasassa.",
  "Hei, täällä Revontulelta. Kesäalennus koski kesäkuun 2026 loppuun mennessä tehtyjä tilauksia, joten se on valitettavasti jo päättynyt. Nyt on käynnissä talvikampanja: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen.")
B(F,True,['faq'],"Toimiiko takuu, jos muutetaan Ruotsiin talon kanssa... siis uuteen taloon, mutta sama pumppu mukaan?",
  "Olen Revontulelta. Laitteella on 5 vuoden takuu ja asennustyöllä 2 vuoden takuu, ja sama takuu on voimassa Ruotsissa kumppanimme Revontuli AB:n kautta. Laitteen muuttamisesta toiseen taloon en osaa sanoa varmasti, joten selvitän asian ja palaan tähän ketjuun.")
B(F,True,['sup'],"Lämpöpumpun näytössä vilkkuu punainen valo ja talo viilenee, mitä teen?",
  "Harmillista! Olen Revontulella töissä ja haluan ohjata tämän oikeaan paikkaan. Mikä malli teillä on ja milloin se on asennettu? Asiakaspalvelu auttaa myös suoraan numerossa 010 555 0100 arkisin 8–18, kun kerrot asiakasnumerosi tai asennusosoitteen.",
  context="Bluesky")
B(F,True,['faq','camp_w','do'],"Harkitaan maalämpöä vanhaan maatilan päärakennukseen Lapissa. Mitä maksaa, kauanko porataan ja asennetaan, pärjääkö kovissa pakkasissa ja onko nyt mitään tarjouksia?",
  "Kiitos kattavista kysymyksistä! Olen töissä Revontulella, joten vastaan meidän osaltamme.\n\nHinta: maalämpöpumppu porakaivoineen maksaa asennettuna tyypillisesti 18 000–25 000 €, ja tarkan hinnan saa maksuttomasta kotikäynnistä.\nAikataulu: asennus kestää tavallisesti 1–2 päivää, ja porakaivo porataan yleensä ennen asennuspäivää.\nPakkaset: laitteemme toimivat −25 °C:een asti, ja noin −20 °C:ssa sähkövastus kytkeytyy avuksi.\nTarjous: 28.2.2027 asti kotikäynti on maksuton ja asennetusta lämpöpumpusta saa 500 € alennuksen.\n\nKotikäynnin voi varata täältä: https://revontuli.example/kotikaynti\n\n– Aino, Revontuli",
  context="Blogikommentti: Vanhan talon lämmitysremontti")
B(F,True,['faq'],"onks näis lämpöpumpuis oikeesti mitää järkee vai pelkkää hypeä",
  "Hyvä että kysyt suoraan. Olen Revontulelta, joten en ole puolueeton, mutta kerron faktat: tyypillisesti lämmitysenergiasta voi säästää jopa 50 % suoraan sähkölämmitykseen verrattuna. Paljonko juuri sinun talossasi, riippuu talosta ja käytöstä.",
  context="r/Suomi")
B(F,True,['faq'],"Löysin hintoja sivulta lampopumppuhinnat-vertailu.fi, siellä Revontuli oli tosi kallis. Pitääkö paikkansa?",
  "Olen töissä Revontulella. Tuo sivusto ei ole meidän, joten en voi taata sen lukuja. Meidän tyypilliset hintamme asennettuna: ilma-vesilämpöpumppu 9 000–14 000 € ja maalämpöpumppu porakaivoineen 18 000–25 000 €. Tarkka hinta selviää maksuttomalla kotikäynnillä.")
B(F,True,['faq'],"Hyvä vastaanottaja. Pyytäisin tietoa siitä, kattaako kotitalousvähennys myös laitteen hankintahinnan.",
  "Hyvä kysyjä, kiitos kysymyksestänne. Kotitalousvähennys koskee asennuksen työosuutta, ei laitteen hankintahintaa.\n\nYstävällisin terveisin\nAino, Revontuli")
B(F,True,[],"Revontulen asentajat oli tosi siistejä ja nopeita, iso plussa siitä.",
  "Kiitos paljon, välitän terveiset asentajille! – Jussi, Revontuli",
  context="r/Suomi")

# ---------------- Finnish, follow-ups ----------------
B(F,False,['faq'],"Entä sitten -20 asteessa, sammuuko se?",
  "Ei sammu. Noin −20 °C:ssa sähkövastus kytkeytyy avuksi, joten talo pysyy lämpimänä.",
  context="Revontuli (aiemmin ketjussa): Laitteemme toimivat −25 °C:een asti. – Aino, Revontuli")
B(F,False,[],"Kiitti, tää auttoi!",
  "Hienoa, onnea projektiin!")
B(F,False,[],"Soitin asiakaspalveluun ja homma hoitui kymmenessä minuutissa. Kiitos.",
  "Mahtavaa kuulla, ja kiitos kun tulit kertomaan!",
  context="Revontuli (aiemmin ketjussa): Pahoittelut! Soitathan asiakaspalveluun numeroon 010 555 0100.")
B(F,False,['camp_w'],"Saako talvialen yhdistettyä sähköyhtiön 10 % etuun?",
  "Valitettavasti ei: talvikampanjan alennusta ei voi yhdistää muihin etuihin. Se koskee uusia tilauksia, jotka tehdään 28.2.2027 mennessä.")
B(F,False,['do','faq','camp_w'],"Mistä sen kotikäynnin voi varata?",
  "Täältä: https://revontuli.example/kotikaynti. Käynti on maksuton, ja jos päädytte tilaamaan, uusista tilauksista saa 28.2.2027 asti 500 € alennuksen asennetusta lämpöpumpusta.")
B(F,False,['faq','dont'],"Eli puolitan sähkölaskun varmasti?",
  "Varmaksi en sitä voi luvata. Jopa 50 % säästö lämmitysenergiassa on tyypillistä suoraan sähkölämmitykseen verrattuna, mutta säästö riippuu talosta ja käytöstä, joten emme lupaa tarkkaa summaa.")
B(F,False,['faq'],"Naapuri sano et kotitalousvähennyksen saa koko hinnasta.",
  "Pieni korjaus: kotitalousvähennys koskee vain asennuksen työosuutta, ei koko hintaa.")
B(F,False,['sup'],"En muista asiakasnumeroa, löytyykö tiedot silti?",
  "Löytyy, asennusosoite käy yhtä hyvin. Kerro se, kun soitat numeroon 010 555 0100 arkisin 8–18, tai kirjoita se lomakkeelle.")
B(F,False,[],"Vastaatteko oikeesti vai onko tää taas tätä samaa?",
  "Ymmärrän epäluulon. Minulla ei ole vielä vastausta, mutta selvitän asian ja kirjoitan tähän ketjuun.")
B(F,False,['sup'],"Lupasit selvittää sen muuttoasian jo viime viikolla...",
  "Olet oikeassa, pahoittelen viivettä. Varmaa vastausta ei ole vielä tullut. Sillä välin nopein reitti on asiakaspalvelu, 010 555 0100 arkisin 8–18.",
  context="Revontuli (aiemmin ketjussa): Laitteen muuttamisesta en osaa sanoa varmasti, joten selvitän asian.")
B(F,False,['faq','camp_w'],"Onko se kotikäynti oikeesti ilmainen vai tuleeko lasku myöhemmin?",
  "Kotikäynti on maksuton. Siinä kartoitetaan teille sopiva ratkaisu, ja tarkka hinta selviää samalla. Jos tilaatte 28.2.2027 mennessä, asennetusta lämpöpumpusta saa lisäksi 500 € alennuksen.")
B(F,False,['faq'],"Kauanko pelkän porakaivon poraaminen kestää?",
  "Siihen minulla ei ole luotettavaa lukua, joten en arvaa. Sen tiedän, että poraus tehdään yleensä ennen asennuspäivää ja itse asennus kestää tavallisesti 1–2 päivää. Kysyn porauksesta ja palaan tähän.")
B(F,False,['camp_s','camp_w'],"Eli jos tilaan nyt niin saan sen tonnin kesäalen?",
  "Valitettavasti et: kesäalennus koski kesäkuun 2026 loppuun mennessä tehtyjä tilauksia. Nyt voimassa olevassa talvikampanjassa uusista tilauksista saa 500 € alennuksen 28.2.2027 asti.")
B(F,False,[],"No mää kyl harkitte täst ny tosissas, ko toi sähkölasku o ollu mitä o.",
  "Kuulostaa järkevältä miettiä. Kysy ihmeessä, jos jokin asia mietityttää.")
B(F,False,['faq'],"Kumpi on halvempi, ilma-vesi vai maalämpö?",
  "Ilma-vesilämpöpumppu on tyypillisesti edullisempi: asennettuna 9 000–14 000 €, kun maalämpöpumppu porakaivoineen maksaa 18 000–25 000 €.")
B(F,False,['dont'],"Voinko itse vaihtaa sulakkeen, kun se palaa?",
  "Sähköasioissa ainoa neuvoni on: Soita valtuutetulle asentajalle.")
B(F,False,['faq','sup'],"Asennettiin maaliskuussa ja nyt kompressori pitää outoa ääntä. Kuuluuko takuuseen?",
  "Laitteella on 5 vuoden takuu, joten maaliskuussa asennettu laite on hyvin takuun piirissä. Soita 010 555 0100 arkisin 8–18 ja kerro asennusosoite, niin asia lähtee etenemään.")
B(F,False,['faq'],"Joku tuolla ylempänä väitti, että teidän pumput toimii -30 asteeseen. Pitääkö paikkansa?",
  "Tarkennus: laitteemme toimivat −25 °C:een asti.")
B(F,False,['sup'],"Onko teillä linkkiä siihen asiakaspalvelulomakkeeseen?",
  "Lomake löytyy verkkosivuiltamme asiakaspalvelun kohdasta. Jos puhelin on helpompi, numero on 010 555 0100 arkisin 8–18.")
B(F,False,[],"Kiitos Aino nopeasta vastauksesta 👍",
  "Ole hyvä! 🙂",
  context="Mastodon")

# ---------------- Swedish, first replies ----------------
S='sv'
B(S,True,['faq'],"Vad kostar en bergvärmepump med allt inräknat? Funderar på det till vårt hus i Dalarna.",
  "Hej! Jag jobbar på Revontuli, så det här är våra siffror: en bergvärmepump med borrhål kostar vanligtvis 18 000–25 000 € inklusive installation. Det exakta priset beror på huset och nuvarande värmesystem, och det får du vid ett kostnadsfritt hembesök.",
  context="r/sweden")
B(S,True,['faq'],"Fungerar he nå me värmepumpen tå e blir riktit kalt? Ja bor i Vörå å här kan e bli bister.",
  "Bra fråga! Våra aggregat fungerar ner till −25 °C. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt. – Aino, Revontuli")
B(S,True,[],"Tack för en tydlig video, nu fattar jag äntligen!",
  "Tack själv, kul att den var till hjälp! – Aino, Revontuli",
  context="YouTube: Så fungerar en luft-vattenvärmepump")
B(S,True,['disc'],"Är det en bot som svarar på Revontulis konto?",
  "Ärlig fråga, ärligt svar: ett verktyg gör ett utkast, och en medarbetare på Revontuli granskar och godkänner varje svar. Det här godkände jag. – Mikko, Revontuli",
  context="Bluesky")
B(S,True,['sup'],"Fakturan från Revontuli stämmer inte med offerten och ingen svarar på mejl. Trött på det här.",
  "Det förstår jag, och jag ber om ursäkt att du inte fått svar. Jag jobbar på Revontuli. Ring gärna vår kundtjänst på 010 555 0100 vardagar 8–18 eller skicka ett meddelande via kundtjänstformuläret på vår webbplats. Uppge ditt kundnummer eller installationsadressen, så kan de titta på fakturan direkt.")
B(S,True,[],"Vilket märke är bäst egentligen, Revontuli eller något av de stora japanska?",
  "Jag jobbar på Revontuli, så jag tänker inte betygsätta andra tillverkare. Men frågor om våra egna lösningar svarar jag gärna på, så rakt jag kan.",
  context="r/sweden")
B(S,True,['camp_w'],"Hörde att vinterkampanjen hos Revontuli ger 1 500 € rabatt, stämmer det?",
  "Hej, Aino från Revontuli här. Vinterkampanjen ger 500 € rabatt på en installerad värmepump, och hembesöket är kostnadsfritt till och med 28.2.2027. Rabatten gäller nya beställningar och kan inte kombineras med andra erbjudanden.")
B(S,True,['dont'],"Kan jag dra elen till utedelen själv? Har gjort en del elarbeten förr.",
  "Jag arbetar på Revontuli, och i elfrågor ger jag bara ett råd: Ring en behörig installatör. Gör inte elarbetet själv.",
  context="Bloggkommentar: Vår första vinter med värmepump")
B(S,True,['faq','do'],"Hur mycket sparar jag i mitt 60-talshus med direktel? Ge mig en siffra bara.",
  "Jag vill inte gissa en siffra för ett hus jag inte har sett. Jag jobbar på Revontuli, och besparingen beror på huset. Vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el. För just ditt hus är hembesöket kostnadsfritt: https://revontuli.example/sv/hembesok")
B(S,True,['faq'],"Hur lång tid tar installationen?",
  "Vanligtvis 1–2 dagar. (Jag jobbar på Revontuli.)")
B(S,True,['faq'],"vad har ni för garanti",
  "Hej! Aggregatet har 5 års garanti och installationsarbetet 2 års garanti. – Aino, Revontuli",
  context="YouTube: Installation av luft-vattenvärmepump")
B(S,True,['faq'],"Tips till alla: ROT-avdraget gäller bara arbetskostnaden, inte själva pumpen.",
  "Precis så, tack för tipset! ROT-avdraget gäller arbetskostnaden i installationen. Som riktmärke kostar en luft-vattenvärmepump vanligtvis 9 000–14 000 € inklusive installation, och avdraget gäller bara arbetsdelen av det. – Aino, Revontuli",
  context="r/sweden: Saker jag önskar att jag vetat innan värmepumpen")
B(S,True,['camp_s','camp_w'],"Gäller sommarrabatten på 1 000 € fortfarande? Såg den på er sida i våras.",
  "Hej, jag jobbar på Revontuli. Sommarrabatten gällde beställningar gjorda före slutet av juni 2026, så den är tyvärr slut. Just nu pågår vinterkampanjen: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt.",
  context="Mastodon")
B(S,True,['faq'],"Gäller Revontulis garanti i Sverige? Bor i Luleå.",
  "Jag är anställd på Revontuli. Aggregatet har 5 års garanti och installationsarbetet 2 års garanti, och i Sverige gäller garantin via vår partner Revontuli AB. Exakt hur servicebesök ordnas i Luleå vet jag inte säkert, så jag tar reda på det och återkommer här.")
B(S,True,['sup'],"Värmepumpen piper hela tiden och det blir kallt inne, vad gör jag?",
  "Tråkigt att höra! Jag jobbar på Revontuli och vill få det här till rätt ställe. Vilken modell har du, och när installerades den? Kundtjänst kan också hjälpa direkt på 010 555 0100 vardagar 8–18 om du uppger kundnummer eller installationsadress.",
  context="Bluesky")
B(S,True,['faq','camp_w','do'],"Vi funderar på luft-vatten till vår villa i Vasa. Pris? Hur lång tid tar det? Klarar den vintern? Någon kampanj just nu?",
  "Tack för frågorna! Jag jobbar på Revontuli, så här är svaren från vår sida.\n\nPris: en luft-vattenvärmepump kostar vanligtvis 9 000–14 000 € inklusive installation; det exakta priset får du vid hembesöket.\nTid: installationen tar vanligtvis 1–2 dagar.\nKyla: våra aggregat fungerar ner till −25 °C, och vid ungefär −20 °C slår en elpatron till som reserv.\nKampanj: till och med 28.2.2027 är hembesöket kostnadsfritt och en installerad värmepump får 500 € rabatt.\n\nBoka hembesök här: https://revontuli.example/sv/hembesok\n\n– Aino, Revontuli",
  context="Bloggkommentar: Vi byter värmesystem")
B(S,True,['faq'],"är värmepumpar bara hype eller",
  "Förståelig fråga. Jag jobbar på Revontuli, så jag är inte opartisk, men här är fakta: vanligtvis kan man spara upp till 50 % av värmeenergin jämfört med direktverkande el. Hur mycket just du sparar beror på huset.",
  context="r/sweden")
B(S,True,['faq'],"På varmepumpsjamforelse.se står det att Revontuli kostar 20 000 för luft-vatten?? Låter mycket.",
  "Jag jobbar på Revontuli. Den sidan är inte vår, så jag kan inte svara för deras siffror. En luft-vattenvärmepump från oss kostar vanligtvis 9 000–14 000 € inklusive installation, och exakt pris får du vid ett kostnadsfritt hembesök.")
B(S,True,['faq'],"Bästa Revontuli, jag önskar upplysning om huruvida ROT-avdraget omfattar hela installationskostnaden.",
  "Tack för er fråga. ROT-avdraget gäller arbetskostnaden i installationen, inte aggregatet.\n\nMed vänliga hälsningar\nAino, Revontuli")
B(S,True,[],"Installatörerna från Revontuli var supertrevliga och städade efter sig. Toppen!",
  "Tack så mycket, det värmer! Jag skickar vidare berömmet till teamet. /Jussi, Revontuli")

# ---------------- Swedish, follow-ups ----------------
B(S,False,['faq'],"Men vad händer vid -20, stängs den av?",
  "Nej, den går vidare. Vid ungefär −20 °C slår en elpatron till som reserv, så huset hålls varmt.",
  context="Revontuli (tidigare i tråden): Våra aggregat fungerar ner till −25 °C. (Jag jobbar på Revontuli.)")
B(S,False,[],"Tack, det hjälpte!",
  "Vad bra, lycka till!")
B(S,False,[],"Ringde kundtjänst och det löste sig på en gång.",
  "Skönt att höra, tack för att du berättade!",
  context="Revontuli (tidigare i tråden): Ring gärna vår kundtjänst på 010 555 0100.")
B(S,False,['camp_w'],"Kan vinterrabatten kombineras med elbolagets erbjudande på 10 %?",
  "Tyvärr inte, rabatten kan inte kombineras med andra erbjudanden. Den gäller nya beställningar till och med 28.2.2027.")
B(S,False,['do','faq','camp_w'],"Var bokar man hembesöket?",
  "Här: https://revontuli.example/sv/hembesok – besöket är kostnadsfritt. Beställer du sedan till och med 28.2.2027 får en installerad värmepump dessutom 500 € rabatt.")
B(S,False,['faq','dont'],"Så jag halverar garanterat min elräkning?",
  "Det kan jag inte lova. Upp till 50 % av värmeenergin jämfört med direktverkande el är vanligt, men det beror på huset, så vi lovar ingen exakt summa.")
B(S,False,['faq'],"Min granne säger att ROT gäller hela priset.",
  "En liten rättelse: ROT-avdraget gäller arbetskostnaden i installationen, inte hela priset.")
B(S,False,['sup'],"Jag minns inte mitt kundnummer.",
  "Ingen fara, installationsadressen fungerar lika bra. Uppge den när du ringer 010 555 0100 vardagar 8–18.")
B(S,False,[],"Kommer ni ens svara eller?",
  "Det gör jag. Jag har inget svar än, men jag tar reda på det och skriver här i tråden.")
B(S,False,['sup'],"Du skulle kolla det där med Luleå för fem dagar sedan…",
  "Det stämmer, förlåt att det dröjt. Jag har tyvärr inget säkert svar än. Snabbaste vägen under tiden är kundtjänst på 010 555 0100 vardagar 8–18.",
  context="Revontuli (tidigare i tråden): Exakt hur servicebesök ordnas i Luleå vet jag inte säkert.")
B(S,False,['faq','camp_w'],"Är hembesöket verkligen gratis?",
  "Ja, hembesöket är kostnadsfritt. Där tar vi fram en lämplig lösning för ert hus. Beställer ni till och med 28.2.2027 får en installerad värmepump dessutom 500 € rabatt.")
B(S,False,['faq'],"Hur länge tar själva borrningen?",
  "Det har jag ingen säker siffra på, så jag gissar inte. Hålet borras oftast före installationsdagen, och själva installationen tar vanligtvis 1–2 dagar. Jag kollar upp borrtiden och återkommer.")
B(S,False,['camp_s','camp_w'],"Om jag beställer nu får jag väl sommarrabatten?",
  "Tyvärr inte, sommarrabatten gällde beställningar gjorda före slutet av juni 2026. Vinterkampanjen ger däremot 500 € rabatt på nya beställningar till och med 28.2.2027.")
B(S,False,[],"asså jag vill typ ha en nu haha",
  "Haha, kul! Hör av dig om du undrar något.")
B(S,False,['faq'],"Vilken är billigast, luft-vatten eller berg?",
  "Luft-vatten är vanligtvis billigare: 9 000–14 000 € inklusive installation, jämfört med 18 000–25 000 € för bergvärme med borrhål.")
B(S,False,['dont'],"Kan jag själv byta säkring i elcentralen om den löser ut?",
  "I elfrågor är mitt enda råd: Ring en behörig installatör.")
B(S,False,['faq','sup'],"Installerad i mars och nu låter kompressorn konstigt. Täcks det av garantin?",
  "Aggregatet har 5 års garanti, så en installation från i mars ligger gott inom den. Ring 010 555 0100 vardagar 8–18 och uppge installationsadressen, så tittar kundtjänst på det.")
B(S,False,['faq'],"Någon skrev att era pumpar klarar -30, stämmer det?",
  "För att vara exakt: våra aggregat fungerar ner till −25 °C.")
B(S,False,['sup'],"Har du en länk till kundtjänstformuläret?",
  "Formuläret finns på vår webbplats under kundtjänst. Vill du hellre ringa är numret 010 555 0100, vardagar 8–18.")
B(S,False,[],"Tack Aino för snabbt svar!",
  "Varsågod!")

with open(os.path.join(HERE,'benign.jsonl'),'w',encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(rows))
