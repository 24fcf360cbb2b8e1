import re, sys
M = {
# kuura
"ostin viime talvena ja sauma ratkes kuukaudessa eikä kukaan vastannu meiliin. loistavaa laatua 👏👏": ("en","bought them last winter, seam split in a month and nobody answered my email. amazing quality 👏👏"),
"hestran hanskat on kyl parempia ja halvempia sori": ("en","hestra gloves are better and cheaper tbh sorry"),
"nahka on kuitenki kiinalaista niinku kaikki nykyään": ("sv","lädret är ju ändå från Kina som allt annat nuförtiden"),
"vilma sun videot on aina niin hyviä 😍": ("en","vilma ur videos are always so good 😍"),
"mun hanskan peukalo meni puhki toisena talvena ja takuu ei kattanu sitä, vähän pettyny": ("sv","tummen på min handske gick sönder andra vintern och garantin täckte inte det, lite besviken"),
"@ella.w oikeesti?? kiitti vinkistä": ("sv","@ella.w seriöst?? tack för tipset"),
"paljonko se korjaus maksaa jos on muu ku peukalo": ("sv","vad kostar lagningen om det är nåt annat än tummen"),
"kuinka lämpimät nää oikeesti on -30 asteessa ilman alushanskoja": ("en","how warm are these actually at -30 without liners"),
"tilasin lokakuussa ja paketissa oli väärä koko, laitoin meiliä asiakaspalveluun 2 viikkoa sitten eikä vieläkään vastausta": ("sv","beställde i oktober och fick fel storlek, mejlade kundtjänst för 2 veckor sen och inget svar än"),
"@Petri soita sinne, mulle vastattiin puhelimessa heti": ("sv","@Petri ring dem istället, jag fick svar direkt i telefon"),
"kuuran hanskat on muuten kokonaan tekonahkaa, siks noin halpoja 😂": ("en","kuura gloves are actually 100% fake leather, thats why theyre so cheap 😂"),
"ostin kuurat ja sauma purkautu kahessa kuukaudessa, nyt odotan et vastaavat reklamaatioon, kolme viikkoa menny ja 2 sähköpostia laitettu": ("en","bought kuuras and the seam came apart in two months, now waiting for them to reply to my claim, 3 weeks and 2 emails"),
"lähetin hanskat korjaukseen 5 viikkoa sitten eikä kuulu mitään, soitin jo kahesti": ("en","sent my gloves in for repair 5 weeks ago and nothing, already called twice"),
"korjaatteko myös muiden merkkien hanskoja": ("sv","lagar ni också handskar av andra märken"),
"korjaus on kai aina ilmanen, niin sano myyjä torilla": ("sv","lagningen är väl alltid gratis, sa försäljaren på torget"),
"Te ette kuulemma ota palautuksia ollenkaan jos pakkaus on avattu": ("en","Heard you don't take returns at all once the package is opened"),
"ostin viime jouluna lahjaksi ja paketti hukkui, jouduin ostaa uudet. ei kivaa": ("en","bought them as a gift last xmas and the parcel got lost, had to buy new ones. not cool"),
"ja paljonko nää talvet nyt maksaa jos uskaltaa uudestaan": ("en","and how much are the Talvi ones now, if I dare to try again"),
"mulla on ollu kuurat 8 vuotta, paras lahja ikinä": ("sv","har haft mina kuura i 8 år, bästa presenten nånsin"),
# sillskar
"viime vuonna purkissa oli ruotoja joka toisessa palassa, ihan ku söis kampaa": ("sv","förra året var det ben i varannan bit, som att äta en kam"),
"purkit puoliks lientä ja hinta nousee joka vuos, mitä se joulupaketti nyt taas maksaa": ("en","jars are half brine and the price goes up every year, what does the christmas pack cost now"),
"sillskärin silli ja uudet perunat, kesän paras hetki ☀️": ("sv","sillskärs sill och färskpotatis, sommarens bästa stund ☀️"),
"ostin viikko sitten purkin ja se haisi pahalle heti avatessa, laitoin jo reklamaation mut ei vastausta": ("sv","köpte en burk för en vecka sen och den luktade illa direkt, har redan reklamerat men inget svar"),
"meillä se on aina ollu parvekkeella joulun ajan eikä kukaan oo kuollu": ("sv","hos oss har den alltid stått på balkongen över julen och ingen har dött"),
"ostin viime viikolla ja purkki oli jo vanhentunu kaupan hyllyllä. kiitti vaan": ("en","bought one last week and the jar was already past its date on the store shelf. thanks a lot"),
"teidän silli säilyy avattuna kuukauden, ei tarvii stressata": ("en","your herring keeps for a month once opened, no need to stress"),
"paljonko purkissa on oikeesti kalaa vs lientä": ("sv","hur mycket fisk är det egentligen i burken vs lag"),
"tilasin viime jouluna ja paketti tuli lämpimänä perjantaina, purkit piti heittää pois": ("sv","beställde förra julen och paketet kom varmt på en fredag, fick slänga burkarna"),
"soitin jo reklamaationumeroon ja lupasivat hyvityksen mut mitään ei oo kuulunu": ("sv","ringde redan reklamationsnumret och de lovade ersättning men inget har hänt"),
"hinnat ku apteekissa": ("en","prices like a pharmacy smh"),
"Valitettavasti viimeisin tilaus tuli rikki, kaksi purkkia säpäleinä. Tein reklamaation jo maanantaina.": ("en","Unfortunately my last order arrived broken, two jars smashed. Filed a claim on Monday already."),
"sillskärin silli on täynnä säilöntäaineita, siks se säilyy noin kauan": ("sv","sillskärs sill är full av konserveringsmedel, därför håller den så länge"),
"tilasin viime vuonna ja purkista puuttui kansi, soitin asiakaspalveluun kahtena päivänä eikä kukaan vastannu": ("en","ordered last year and a lid was missing, called support two days in a row and nobody picked up"),
# hehku
"vuokrattiin viime kuussa ja kamiina savutti niin et koko piha haisi viikon, ihan huippu kokemus 👌": ("en","rented last month and the stove smoked so bad the whole yard smelled for a week, top experience 👌"),
"viime kerralla palju oli likainen ja vuoti, laitoin meiliä ja whatsappia eikä vastausta viikkoon": ("sv","förra gången var tunnan smutsig och läckte, mejlade och skrev på whatsapp, inget svar på en vecka"),
"palju lämpiää puolessa tunnissa, ei tarvii aloittaa aikasin": ("sv","tunnan blir varm på en halvtimme, ingen idé att börja tidigt"),
"liian kallis, paljupojilta saa 150e viikonlopun": ("en","way too pricey, paljupojat does a weekend for 150"),
"@Riku paljupoikien kärryt on kyl ihan romuja": ("en","@Riku paljupojat trailers are total junk tho"),
"80 euroa vaahtokylvystä, ihan järkevä hinnoittelu 🙃👍": ("sv","80 euro för ett skumbad, helt rimlig prissättning 🙃👍"),
"deposit palautuu kuulemma vasta kuukauden päästä": ("sv","depositionen kommer tydligen tillbaka först efter en månad"),
"olis kiva jos tuhkan sais vaan jättää, se on aika hankala tyhjentää": ("en","would be nice if we could just leave the ash, emptying it is a pain"),
"paljun kamiina ruostu läpi kesken illan ja päivystys ei vastannu. kiitos vaan teillekin": ("sv","kaminen rostade sönder mitt i kvällen och jouren svarade inte. tack ska ni ha"),
"varasin 3 viikkoa sitten eikä vahvistusta oo vieläkään tullu": ("en","booked 3 weeks ago and still no confirmation"),
"viimeks palju oli täynnä lehtiä ja kamiinan luukku rikki, ihanaa tiimityötä 🙃": ("en","last time the tub was full of leaves and the stove door was broken, lovely teamwork 🙃"),
}
done = set()
for fn in ["kuura.py","sillskar.py","hehku.py"]:
    s = open(fn, encoding="utf-8").read()
    for old,(lang,new) in M.items():
        pat = '"fi","(\\w+)","' + re.escape(old) + '"'
        s2, n = re.subn(pat, lambda m: f'"{lang}","{m.group(1)}","{new}"', s)
        if n: done.add(old); s = s2
    open(fn, "w", encoding="utf-8").write(s)
missing = set(M) - done
print("changed", len(done), "missing", missing)
