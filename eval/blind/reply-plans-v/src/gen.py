# builds threads/<brand>.yaml from the compact src/<brand>.txt files
import yaml, sys, os
PL={'a':'answer','c':'correct','k':'acknowledge','t':'thank','n':'none'}
def conv(brand):
    threads=[]; t=None
    for ln in open(f'src/{brand}.txt',encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip() or ln.startswith('//'): continue
        if ln.startswith('# '):
            f=ln[2:].split('|')
            t={'id':f[0],'platform':f[1],'objective':f[2],'title':f[3]}
            if f[4]!='-': t['author']=f[4]
            t['body']=''; t['comments']=[]; threads.append(t); continue
        if ln.startswith('> '):
            t['body']=(t['body']+' '+ln[2:]).strip(); continue
        f=ln.split('|')
        assert len(f)==9, (brand, ln)
        au,par,lang,pl,pi,ps,fact,text,reason=f
        n=len(t['comments'])+1
        cid=f"{t['id']}-c{n:02d}"
        c={'id':cid,'author':au,'parent':None if par=='-' else f"{t['id']}-c{int(par):02d}",
           'language':lang,'text':text,'plan':PL[pl],
           'reason':reason.replace('@@',t['id']+'-c'),
           'passages':[f"{brand}-g{int(p):02d}" for p in ps.split(',') if p] ,
           'fact':None if fact in ('-','') else fact,'purchase_intent':pi=='1'}
        t['comments'].append(c)
    order=['id','platform','objective','title','author','body','comments']
    threads=[{k:th[k] for k in order if k in th} for th in threads]
    with open(f'threads/{brand}.yaml','w',encoding='utf-8') as fh:
        yaml.safe_dump(threads,fh,allow_unicode=True,sort_keys=False,width=120)
for b in sys.argv[1:]: conv(b)
