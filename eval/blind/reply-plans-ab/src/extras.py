from h import *
EXTRA={
"merityrni-01":[
 K("sandra.w",None,"en","ordered the box last week and 2 of the 6 bottles were leaking in the box, everything sticky. any point complaining? and how much is the box normally anyway","complaint that also asks a price: damaged parcel; empathy and the damaged-parcel route, no price or campaign"),
 N("ben_h",None,"en","how much is shipping","already answered by c04: kake_88 explained free shipping over 60 €"),
],
"merityrni-02":[
 K("liam.o",None,"en","tried it after Malin's last post, bottle arrived smashed and customer service still hasn't answered my email from 2 weeks ago","already contacted support: e-mailed two weeks ago; own the silence, do not send him to the same route as if new"),
 N("greta_l",None,"sv","kan man beställa till Sthlm??","already answered by c10: fia_r said they ship within Finland only"),
],
"merityrni-03":[
 K("saara.b",None,"en","bought 2 bottles because of this video and it tastes like battery acid, 30 € down the drain lol","complaint: disappointed with the taste; empathy, no offer"),
 N("ollie.fi",16,"en","it's sea buckthorn mate, that's the whole point 😂","user-to-user: reply to another commenter"),
],
"merityrni-04":[
 K("u/oulu_mum",None,"en","Bought the pure juice at the Oulu market in July, opened it and it smelled like nail polish. Threw it away. Not impressed.","complaint: spoiled bottle; empathy and the support route"),
 N("u/berrynerd_oulu",16,"en","that sounds like it fermented, did you keep it in the fridge after opening?","user-to-user: question to another commenter"),
],
"merityrni-05":[
 K("freja.s",None,"sv","Jättebra att ni lanserar nya produkter när min beställning från augusti fortfarande inte kommit. Toppen 👍","sarcasm: mock praise about an undelivered order"),
 A("chris_v",None,"en","how much is it and is it sweeter than the pure one? thinking of getting it for the kids","several questions; main one is the price, asked by a buyer under a sales post",[2,11],"8,90 €",True),
],
"merityrni-06":[
 N("emily_r",None,"en","how long does an opened bottle keep in the fridge","already answered by c14: anneli_s gave 10 days"),
 TH("josh.k",None,"en","didn't know this, thanks for explaining 🙏","thanks aimed at the brand"),
],
"merityrni-07":[
 N("@posti_watcher",3,"en","normally 2–4 working days, it's in their FAQ","user answer: correctly answers c03"),
 N("@tim_b",None,"en","how long does delivery usually take","already answered by c16"),
],
"merityrni-08":[
 A("david_n",None,"en","do they ship to Åland? asking for my mum who wants a box","shipping to Åland (part of Finland) for a buyer",[5],"we ship within Finland only",True),
 N("Karin Holm",16,"sv","Åland är ju Finland David 😄","banter: reply to another commenter"),
],
"norrstav-01":[
 K("nils.b",None,"en","I paid 129 € last month and now you sell them with free baskets for 119?? how much do I get back","complaint that also asks a price: no offer or price in the reply"),
 TH("oliver.m",None,"en","Got mine yesterday, beautiful finish. Worth every cent","praise aimed at the brand"),
],
"norrstav-02":[
 N("anna_fi",None,"en","what percentage for classic again?","already answered by c03: the author gave 83 %"),
 N("bjorn.s",None,"en","@LatuPete do a skate technique video next pls","user-to-user: request to the creator"),
],
"norrstav-03":[
 K("lisa.m",None,"en","Ordered the family pack on the 2nd, still not here and your chat just says 'we will get back to you'. losing patience","already contacted support via chat; own the delay, no new referral, no offer"),
 N("tommi.k",None,"en","is the family pack price really 99 for all three","already answered by c11: minna.s confirmed"),
],
"norrstav-04":[
 K("u/helle_dk",None,"en","Same here, mine cracked at the basket after 3 weeks. I'm in Denmark and shipping it back costs more than the pole. great.","complaint: broken pole and return cost; empathy and the support route"),
 N("u/nordicnils",16,"en","try asking them for a prepaid label, worked for a friend","user-to-user: advice to another commenter"),
],
"norrstav-05":[
 K("@mika_r",None,"en","Cool video. Meanwhile I've been waiting 5 weeks for my order 🙂 no tracking, nothing","complaint: late order"),
 N("@ella_t",11,"en","lol they're literally made in Jakobstad, it's in the post","user answer: corrects c11 correctly"),
 N("@nate",None,"en","so are these made in Sweden or Finland?","already answered by c16"),
 N("@jari_v",None,"en","how much are the Spår ones... oh nvm, 129 € on the site, ok","user answer: the commenter answers their own question in the same comment"),
],
"norrstav-06":[
 N("lumiliisa",4,"en","no they're fixed length babe","user answer: correctly answers c04"),
 N("kim.l",None,"en","are they adjustable? want to share with my partner","already answered by c16"),
],
"norrstav-07":[
 K("Marcus Lind",None,"en","Nice article. Would be nicer if your warranty team answered emails. Sent mine 3 weeks ago with photos.","already contacted support: no reply in 3 weeks; apologise, no new referral"),
 TH("Helena Nyqvist",None,"en","Proud to see companies like this in our region!","praise aimed at the brand"),
 K("Oskar Ahlberg",None,"sv","Fantastiskt med lokala jobb. Synd bara att mina stavar gick av första veckan. Riktigt kvalitetsarbete 👏","sarcasm: mock praise about poles breaking"),
],
"norrstav-08":[
 N("ruben_a",None,"en","what's the percentage for skate?","already answered by c02"),
 K("maria_l",None,"en","My Norrstav straps broke after one season. Do I really have to buy new ones at 24 € or is that covered?","complaint that also asks a price: broken straps; empathy and the warranty route"),
],
"koivula-01":[
 K("emma.w",None,"en","The bucket I ordered as a gift arrived with a crack in it, how much does a replacement cost me?","complaint that also asks a price: damaged gift; empathy and the support route, no price or offer"),
 TH("lukas.b",None,"en","bought one for my dad last year, he still talks about it 😄","praise aimed at the brand"),
],
"koivula-02":[
 N("matt_h",None,"en","is the Koivula one plastic lined or not","already answered by c05: the author checked, pure wood"),
 K("jonne.p",None,"en","I bought a Koivula after this video and it's been leaking for 2 weeks despite soaking it. Already talked to their chat twice. meh.","already contacted support twice: empathy, no new referral"),
],
"koivula-03":[
 N("u/sven_g",None,"en","how long do you soak it?","already answered by c01: a day"),
 K("u/oslo_sauna",None,"en","Mine came with a hoop that was loose from day one. Kinda disappointing for the price.","complaint: loose hoop; empathy and the warranty route"),
],
"koivula-04":[
 N("ann_b",15,"sv","jo de skickar till Sverige, jag fick mitt på 5 dagar","user answer: corrects c15 correctly"),
 N("jenny_l",None,"en","do you ship to Sweden though?","already answered by c17"),
],
"koivula-05":[
 K("freddie",None,"en","Beautiful video. Shame mine started leaking after a month and the chat never answered 🙃","already contacted support via chat with no answer; own it"),
 K("hanna_s",None,"en","Oh wonderful, 6 hours of work and it still cracked on the first day. Real craftsmanship 👏","sarcasm: mock praise about a cracked bucket"),
 N("nina_p",None,"en","what wood is it made of","already answered by c11: aspen"),
],
"koivula-06":[
 K("kate_o",None,"en","Funny, I dried mine upside down at room temp like the guide says and it still cracked within a month. Sent photos to Koivula's chat, they said it's my fault.","already contacted support: disputes the outcome; empathy and ownership, no new referral"),
 N("oliver_n",None,"en","so where do I dry it then","already answered by c03: upside down at room temperature"),
],
"koivula-07":[
 N("emily.k",None,"en","how much is it?","already answered by c02: the author said 89 €"),
 K("dan.t",None,"en","bought one after this post, mine leaks from the bottom seam even after soaking, 89 € wasted","complaint in an influencer's thread: empathy and the warranty route"),
],
"koivula-08":[
 TH("@ben",None,"en","Clear and honest, love it 👍","praise aimed at the brand"),
 N("@amy",None,"en","when's the chat open?","already answered by c09"),
],
}
