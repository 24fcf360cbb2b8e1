import re, yaml, os, sys
sys.path.insert(0,'/tmp/gen')
from brands import BRANDS
OUT='/work/s38/writer/reply-plans-ab'
class D(yaml.SafeDumper): pass
def str_rep(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, str_rep)
b={}
for k,v in BRANDS.items():
    b[k]=dict(name=v['name'],objective_default=v['objective_default'],terms=v['terms'],competitors=v['competitors'],
      guidance=[dict(id=f"{k}-g{i:02d}",kind=kd,language=lg,text=tx) for i,(kd,lg,tx) in enumerate(v['guidance'],1)])
open(f'{OUT}/brands.yaml','w').write(yaml.dump(b,Dumper=D,allow_unicode=True,sort_keys=False,width=1000))
for k in BRANDS:
    mod=__import__('t_'+k)
    out=[]
    from extras import EXTRA
    for t in mod.THREADS:
        t['comments']=t['comments']+EXTRA.get(t['id'],[])
        th=dict(id=t['id'],platform=t['platform'],objective=t['objective'],title=t['title'],body=t['body'])
        if t['author']: th['author']=t['author']
        cs=[]
        for i,c in enumerate(t['comments'],1):
            cid=f"{t['id']}-c{i:02d}"
            reason=re.sub(r'\bc(\d\d)\b',lambda m:f"{t['id']}-c{m.group(1)}",c['reason'])
            cs.append(dict(id=cid,author=c['author'],parent=(f"{t['id']}-c{c['parent']:02d}" if c['parent'] else None),
              language=c['language'],text=c['text'],plan=c['plan'],reason=reason,
              passages=[f"{k}-g{p:02d}" for p in c['passages']],fact=c['fact'],purchase_intent=c['purchase_intent']))
        th['comments']=cs
        out.append(th)
    open(f'{OUT}/threads/{k}.yaml','w').write(yaml.dump(out,Dumper=D,allow_unicode=True,sort_keys=False,width=1000))
print('built')
