# -*- coding: utf-8 -*-
# Extra comments appended to the end of threads (same tuple format as threads_*.py).
N=None
ADD = {
"lukuhetki-01": [
 ("ebba_n",N,"sv","answer",True,"g07","voimassa 3 vuotta ostopäivästä","hur länge gäller era presentkort? tänkte köpa ett till gudbarnet men hon är bara 4 😅","gift card validity; Finnish passage"),
 ("chris.m",N,"en","answer",True,"g03","2–4 vardagar","how long does delivery take if i order today, need it before my trip on the 20th","delivery time before ordering; Swedish passage"),
 ("ryan_k",N,"en","none",True,"",N,"is pickup in store free or do you still pay shipping","already answered by lukuhetki-01-c10: saarasofia said store pickup is free"),
],
"lukuhetki-02": [
 ("olivia_p",N,"en","acknowledge",False,"",N,"sent a book back 3 weeks ago and still no refund. just want my 24 euros back tbh","complaint: refund delay"),
 ("britt.h",N,"sv","answer",False,"g09","tilausnumero tai myymälä","vad ska man skriva i mejlet? har slängt ordernumret","asks what to include when contacting support; Finnish passage"),
],
"lukuhetki-03": [
 ("lars_e",N,"sv","none",False,"",N,"finns det en bokklubb på svenska i Helsingfors","guidance does not answer this: book clubs exist in Helsinki but their language is not stated"),
 ("nat.reads",N,"en","none",False,"",N,"wait what time do they open on sundays","already answered by lukuhetki-03-c03: the author gave Sunday hours above"),
],
"lukuhetki-04": [
 ("u/karin_l",N,"sv","none",False,"",N,"går de alltså inte att läsa på kindle alls?","already answered by lukuhetki-04-c01: epub_nerd said they do not work on Kindle"),
],
"lukuhetki-05": [
 ("megan.w",N,"en","answer",True,"g03","4,90 €","how much is shipping if i only order the 3 paperbacks online","shipping for a 25 € order: 4,90 €"),
 ("camilla_r",N,"sv","acknowledge",False,"",N,"beställde tre pocket förra veckan och fick fel böcker. har redan mejlat två gånger utan svar","complaint from someone who already emailed twice"),
],
"lukuhetki-06": [
 ("@olly_t",N,"en","answer",False,"g17","kierrätyspaperikasseja","are the paper bags actually recycled paper or just brown paper","bag material; Finnish passage"),
],
"lukuhetki-07": [
 ("Mats Karlsson",N,"sv","answer",True,"g01","su 12–17","har ni öppet på söndag? vill handla julklappar med barnen","Sunday hours; Finnish passage"),
 ("Grace O",N,"en","acknowledge",False,"",N,"ordered the same book she shows in the video, arrived with a torn cover and nobody answers the chat","complaint: damaged book"),
 ("Hanna W",N,"sv","none",True,"",N,"kan man lämna tillbaka julklappsböcker man redan har","already answered by lukuhetki-07-c05: Liisa explained returns above"),
],
"lukuhetki-08": [
 ("Nick Barnes",N,"en","answer",False,"g16","monthly","How often do the book clubs meet?","book club frequency"),
],
"greppi-01": [
 ("elsa.k",N,"sv","answer",True,"g02","150 €","vad kostar 10-kortet? klättrar kanske en gång i veckan","punch card price; Finnish passage"),
 ("matt_r",N,"en","none",True,"",N,"can i pay the monthly with epassi","already answered by greppi-01-c05: tuukka said ePassi is not valid for memberships"),
],
"greppi-02": [
 ("Frida Å",N,"sv","acknowledge",False,"",N,"jag har redan mejlat hello@ om att få tillbaka pengar för veckan, inget svar på fem dagar","complaint from someone who already emailed support"),
],
"greppi-03": [
 ("moa.l",N,"sv","none",False,"",N,"vilken färg är svårast då","already answered by greppi-03-c03: the author explained black is hardest"),
 ("ian.c",N,"en","answer",False,"g03","your own clean indoor shoes","can i climb in my own shoes or do i have to rent","own shoes question"),
],
"greppi-04": [
 ("lucas.f",N,"en","none",True,"",N,"are there showers, we'd come straight from the gym to a lecture","already answered by greppi-04-c06: ebba.l said there are showers"),
 ("wilma_g",N,"sv","none",True,"",N,"gäller studentpriset för gymnasieelever också","guidance does not answer this: upper-secondary students' eligibility for the campaign"),
],
"greppi-05": [
 ("u/joonas_b",N,"fi","none",False,"",N,"mihin sähköpostiin noista laskutusjutuista pitää laittaa","already answered by greppi-05-c01: sloper_sam named jasenet@ above"),
 ("u/ollie_f",N,"en","answer",False,"g10","yksi kuukausi","how long is the notice period if you cancel for good","notice period; Finnish passage"),
],
"greppi-06": [
 ("@nina_w",N,"en","answer",False,"g03","chalk is included","is chalk included or should i bring my own","chalk"),
],
"greppi-07": [
 ("Sanna B",N,"sv","none",True,"",N,"vad kostar en gång för en vuxen","already answered by greppi-07-c05: Kalle answered 17 €"),
 ("Tom R",N,"en","answer",True,"g04","under 13","can my 10 year old come climb with me? would buy tickets for both","children's rule; Swedish passage"),
],
"greppi-08": [
 ("Alex Turner",N,"en","none",False,"",N,"Is there a Greppi in Turku as well?","already answered by greppi-08-c13: Aki answered Linnakaupunki"),
 ("Karin Holm",N,"sv","none",True,"",N,"Kan vi betala gruppbokningen med Smartum?","guidance does not answer this: Smartum rule covers single visits and punch cards, not group events"),
],
"klarsikt-01": [
 ("Nora Wilson",N,"en","answer",True,"g05","Sinun ei tarvitse olla kotona","do i need to be home? we'd book both spring and autumn","key arrangement; Finnish passage"),
 ("Stig L",N,"sv","acknowledge",False,"",N,"Ni lovade komma i oktober och ingen dök upp. Vi väntade hela dagen.","complaint: no-show"),
],
"klarsikt-02": [
 ("jack.h",N,"en","answer",False,"g05","eivät alihankkijoita","so the cleaners are your own staff, not subcontractors?","employment question; Finnish passage"),
],
"klarsikt-03": [
 ("u/sofia_b",N,"sv","none",False,"",N,"hur ofta behöver man putsa egentligen","already answered by klarsikt-03-c01: nordic_dad said twice a year"),
 ("u/matt_h",N,"en","answer",False,"g04","flyttar vi bokningen kostnadsfritt","what if it's freezing on the booked day, do they charge anyway","cold weather; Swedish passage"),
],
"klarsikt-04": [
 ("alva.s",N,"sv","answer",True,"g03","50 €","vad kostar det om man avbokar dagen innan","late cancellation fee; English passage"),
 ("george_p",N,"en","none",True,"",N,"can i book both spring and autumn at the 99 price","guidance does not answer this: whether the early-bird price covers a second visit"),
],
"klarsikt-05": [
 ("Ian M",N,"en","acknowledge",False,"",N,"I already emailed kund@ twice about the new date and nobody has replied","complaint from someone who already emailed twice"),
],
"klarsikt-06": [
 ("Oscar D",N,"en","answer",True,"g01","Esbo","do you cover Espoo? we'd book for our townhouse","service area; Swedish passage"),
 ("Maja F",N,"sv","acknowledge",False,"",N,"Fick en faktura på 50 € för avbokning fast det var ni som ställde in. Orimligt.","complaint: wrongful fee"),
],
"klarsikt-07": [
 ("Daniel Ross",N,"en","answer",False,"g16","porrashuoneiden","Can you do stairwell windows for our housing company too?","stairwells; Finnish passage"),
],
"klarsikt-08": [
 ("olivia.b",N,"en","none",False,"",N,"so do they abseil or not lol","already answered by klarsikt-08-c07: noora said they don't"),
 ("sanna_h",N,"sv","answer",False,"g17","två gånger per år","hur ofta borde man låta putsa fönstren","frequency"),
],
}

# Language rewrites of some comments (id -> (language, text)) to balance fi/sv/en.
REWRITE = {
"greppi-01-c12": ("sv", "Fiskehamnens hall är bäst i hela stan, på Kivikko kommer man inte ens fram till väggen för all trängsel"),
"greppi-01-c14": ("en", "can't freeze the membership at all right? then no way im joining, I travel all summer"),
"greppi-02-c10": ("sv", "de har inte bytt leder i Tammerfors på månader, alltid samma problem"),
"greppi-02-c11": ("en", "is the new ventilation quieter than the old one"),
"greppi-03-c06": ("sv", "på Kiipeilyareena har de mycket bättre repleder"),
"greppi-03-c12": ("en", "what protein powder do u recommend for recovery"),
"greppi-05-c09": ("en", "freezing costs 10e a month, that's what I paid"),
"greppi-05-c10": ("en", "or wait maybe that was another gym 🤔"),
"greppi-06-c01": ("sv", "och borsta greppen när ni är klara!!"),
"greppi-06-c09": ("en", "kids can climb alone as long as theyre over 10 right"),
"greppi-07-c10": ("en", "filmed my first time too and looked like a baby giraffe 😅"),
"greppi-08-c08": ("sv", "Hörde att teamdagen kostar 50 € per person, ganska dyrt"),
"greppi-08-c10": ("en", "We booked a group session and the coach was 30 min late. Nobody apologised."),
"klarsikt-02-c08": ("en", "all these companies put some denatured alcohol in their stuff, thats why it dries so fast"),
"klarsikt-02-c10": ("sv", "har ni sommarjobb för studerande"),
"klarsikt-03-c07": ("sv", "är inte Klarsikt och Puhdas Koti samma firma numera"),
"klarsikt-03-c12": ("en", "cleaning your own windows is the most boring side quest of adulthood"),
"klarsikt-05-c09": ("en", "so if I cancel myself it's always free too? good to know"),
"klarsikt-05-c11": ("sv", "fönsterputs i minusgrader = isskulptur 😄"),
"klarsikt-05-c13": ("sv", "@Ari T haha den var bra"),
"klarsikt-06-c10": ("sv", "de putsar visst inte utsidan alls, bara insidan hörde jag"),
"klarsikt-07-c08": ("en", "Does anyone in the industry also do facade washing?"),
"klarsikt-07-c10": ("sv", "Fönsterputs är som tandläkaren: alla skjuter upp det 😄"),
"klarsikt-08-c12": ("en", "now i have the squeegee sound in my head all day"),
"lukuhetki-01-c13": ("en", "my bookshelf is already crying lol 😂"),
"lukuhetki-02-c10": ("sv", "tar ni inte emot returer alls om paketet är öppnat? min kompis sa så"),
"lukuhetki-03-c06": ("sv", "Kirjatoris kafé är ändå bättre 🤷‍♀️"),
"lukuhetki-03-c11": ("en", "are u doing a book advent calendar this year"),
"lukuhetki-03-c13": ("en", "prices in the store are always higher than online tho, always order online"),
"lukuhetki-04-c09": ("en", "do the audiobooks work with android auto"),
"lukuhetki-04-c11": ("sv", "kindle är typ som att köpa en skivspelare som bara spelar ett skivbolags skivor 😅"),
"lukuhetki-05-c05": ("sv", "tre deckare och en kaffe, där har du min januari"),
"lukuhetki-05-c06": ("sv", "@topi_ samma! alltid Kallentoft"),
"lukuhetki-06-c05": ("sv", "lol de säljer fortfarande plastpåsar i Vanda, ren greenwashing"),
"lukuhetki-06-c09": ("sv", "@kalle_b e-böcker finns redan 😂"),
"lukuhetki-06-c11": ("fi", "mä otan aina sen vanhan tote bagin mukaan, works every time"),
"lukuhetki-06-c12": ("en", "Kirjatori did this a year ago and better"),
"lukuhetki-07-c09": ("en", "bought that same book last year, it was ok"),
"lukuhetki-07-c12": ("en", "was thinking of joining Lukupiste but it costs 15e a year so not worth it"),
"lukuhetki-08-c04": ("sv", "Fin resa. Jag minns när butiken på Tavastgatan öppnade, jag var där med pappa."),
"lukuhetki-08-c06": ("en", "Any open bookseller positions in Oulu?"),
}

# Thread-level overrides (posts written by someone other than the brand).
THREAD_OVR = {
"lukuhetki-06": dict(author="@vihrea_lukija", title="Lukuhetki luopui muovikasseista",
  body="Hyvä uutinen: Lukuhetki on luopunut muovikasseista kokonaan. Ottakaa oma kassi mukaan kirjakauppaan, jokainen pieni teko lasketaan 🌍"),
"greppi-08": dict(author="Maria Virta (HR lead, Nordlite Oy)", title="Our team day at Greppi",
  body="We took our team of 11 to Greppi for 2 hours of coached bouldering: problem-solving, falling, laughing. No experience needed, highly recommended for team events."),
"klarsikt-07": dict(author="Jari Nieminen (isännöitsijä)",
  body="Isännöitsijäkollegat: ikkunanpesu kahdesti vuodessa pidentää ikkunoiden ikää. Me pyysimme tarjouksen Klarsiktiltä ja se tuli kahdessa arkipäivässä."),
}
