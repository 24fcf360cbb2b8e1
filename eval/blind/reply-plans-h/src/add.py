import re,sys
adds = {
'putkisampo': {
 'putkisampo-02': "c15|@lauri.k|c03|fi|none|n|-|-|@ella.linnea saako siis kotitalousvähennyksen myös niistä osista|already answered by putkisampo-02-c03: parts are not deductible",
 'putkisampo-03': "c15|@pirjo.a|c06|fi|none|n|-|-|@essi_remppaa eli sen videon saa ihan itelle mailiin|already answered by putkisampo-03-c06: video comes by e-mail",
 'putkisampo-06': "c15|u/eastside_ella|c01|en|none|n|-|-|whats their hourly rate after the callout, in case mine takes long\nc16|u/tampere_dude|c08|en|none|n|-|-|so if i cancel 2-3 days before i dont pay anything right|already answered by putkisampo-06-c08: free cancellation days before",
},
'glansa': {
 'glansa-01': "c16|@hedda.w|c11|sv|none|n|-|-|@bilnörd_pelle så premium ingår inte i Fri alltså|already answered by glansa-01-c11: Fri covers Plus only",
 'glansa-02': "c16|@mona_e|c08|en|none|n|-|-|wait so can EVs actually go through or not|already answered by glansa-02-c08: EVs are fine in neutral with auto-hold off",
 'glansa-03': "c15|@jari.l|c04|fi|none|n|-|-|@tiina.h eli boksi pitää ottaa pois ennen pesua|already answered by glansa-03-c04: remove the roof box",
 'glansa-07': "c15|u/ny_i_malmo|-|sv|none|n|-|-|vad kostar Fri per månad egentligen|already answered by glansa-07-c01: 349 kr/month",
},
'tonvik': {
 'tonvik-01': "c15|@laura_h|c04|fi|none|n|-|-|@sanni.t eli eka tunti on ilmanen kaikille uusille|already answered by tonvik-01-c04: first lesson free",
 'tonvik-04': "c17|u/new_here_22|c01|en|none|n|-|-|what internet speed do u need for it|already answered by tonvik-04-c01: 10 Mbit",
 'tonvik-05': "c17|@alva.s|c08|sv|none|n|-|-|är provlektionen gratis eller kostar den nåt|already answered by tonvik-05-c08: the trial is free",
 'tonvik-07': "c15|Tuula S.|c03|fi|none|n|-|-|Sari, eli korvataanko ne tunnit jos ope sairastuu|already answered by tonvik-07-c03: lessons are replaced when the teacher is ill",
},
}
for brand, d in adds.items():
    lines = open(brand+'.txt', encoding='utf-8').read().split('\n')
    out=[]; cur=None
    def flush():
        if cur in d:
            out.extend(d[cur].split('\n'))
    for l in lines:
        if l.startswith('## '):
            # flush before blank lines preceding header
            while out and out[-1]=='' : out.pop()
            flush(); out.append('')
            cur = l[3:].split('|')[0]
        out.append(l)
    while out and out[-1]=='': out.pop()
    flush()
    open(brand+'.txt','w',encoding='utf-8').write('\n'.join(out)+'\n')
