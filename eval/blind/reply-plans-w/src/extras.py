# -*- coding: utf-8 -*-
from helpers import C
EXTRA = {
 "kaarna-01": [C("pekka.v",7,"en","thx, saved me a question","N","thanks to commenter: thanks c07")],
 "kaarna-02": [C("can.counter",None,"en","pretty sure kaarna cans are 500ml","C","wrong claim: cans are 330 ml","g02","Cans are 330 ml")],
 "kaarna-03": [C("flat.fiona",None,"en","bought the kuohu after this post and it was completely flat, no bubbles at all 😒","K","complaint: flat product; support route, no offer")],
 "kaarna-04": [C("rajat.r",None,"fi","te ette toimita ku suomeen","C","wrong claim: the webshop delivers to Sweden (stated only in Swedish)","g03","levererar till Sverige"),
               C("nils.a",10,"sv","hahaha exakt","N","agreement with commenter: agrees with c10")],
 "kaarna-05": [C("u/metallimaku",None,"fi","ostin kaarnaa ja siinä oli outo metallinen maku, 3 tölkkiä meni viemäriin","K","complaint about taste in a forum thread; acknowledge with support route")],
 "kaarna-07": [C("äckel.alva",None,"sv","Min burk var redan öppnad i förpackningen?? äckligt","K","complaint: opened can in the pack")],
 "kaarna-08": [C("@panttipappa",1,"fi","15 senttiä per tölkki","N","user answer: correct per guidance"),
               C("@newbie_nora",None,"en","whats the deposit per can","N","already answered by @c15: 0,15 €")],
 "lindra-02": [C("dora.s",None,"sv","De syr väl dra-på-lakan också, köpte ett förra året","C","wrong claim: no fitted sheets are made","g05","We do not make fitted sheets"),
               C("kaisa.n",13,"fi","samaa mieltä, ne hoiti mulla nopeesti","N","agreement with commenter: agrees with c13")],
 "lindra-03": [C("väntar.vera",None,"sv","Jag har väntat på mitt paket i 10 dagar till Stockholm, vad kostar expressfrakt?","K","complaint that also asks a price: late delivery; no price, support route")],
 "lindra-04": [C("prov.petra",None,"sv","Provbitarna kom aldrig fast jag beställde för en månad sedan","K","complaint: samples never arrived")],
 "lindra-06": [C("väri.v",None,"fi","tilasin pyyhkeet ja väri oli ihan eri kuin kuvassa","K","complaint: colour differs from the picture"),
               C("shop.sally",None,"en","when is the factory shop open","N","already answered by @c14: Tue–Sat 10–17")],
 "lindra-07": [C("callback.cathy",None,"en","ordered via chat last week and the rep promised a callback that never came","K","already contacted support via chat: acknowledge, do not redirect as if new")],
}
