#!/usr/bin/env python3
"""Validate the judgement-e blind labelled comment set."""
import sys, os, yaml, collections
HERE=os.path.dirname(os.path.abspath(__file__))
LANGS={'fi','sv','en'}
INTENTS={'question','recommendation_request','comparison_or_purchase','complaint','praise','feedback_or_idea','misinformation','off_topic','spam_or_self_promotion','toxic'}
RISKS=['crisis_or_tragedy','injury_or_health','legal_or_financial_advice','minors','politics','harassment','competitor_thread','community_rule']
FLAGS={'draft','optout','hard','sarcasm'}
PLATFORMS={'reddit','facebook','youtube','bluesky','mastodon','hackernews','blog'}
errs=[]
def err(m): errs.append(m)
brands=yaml.safe_load(open(os.path.join(HERE,'brands.yaml'),encoding='utf-8'))
for k,b in brands.items():
    for f in ['name','objective','terms','competitors','topics','guidance']:
        if f not in b: err(f'brand {k}: missing {f}')
    if b.get('objective') not in {'sales','trust','awareness','behaviour_change'}: err(f'brand {k}: objective')
    if len(b.get('competitors',[]))!=2: err(f'brand {k}: need 2 competitors')
    if len(b.get('topics',[]))!=4: err(f'brand {k}: need 4 topics')
    g=b.get('guidance',[])
    if not 12<=len(g)<=14: err(f'brand {k}: {len(g)} guidance passages')
    if {x.get('language') for x in g}!=LANGS: err(f'brand {k}: guidance languages')
    for i,x in enumerate(g):
        if not str(x.get('id','')).startswith(k+'-g'): err(f'brand {k}: guidance id {x.get("id")}')
        if x.get('kind') not in {'fact','faq'}: err(f'brand {k}: guidance kind')
ids=set(); texts=set(); n=0
C=collections.Counter(); CL=collections.Counter(); title_risk=0; threads_per_brand=collections.Counter()
for k in brands:
    p=os.path.join(HERE,'threads',f'{k}.yaml')
    ts=yaml.safe_load(open(p,encoding='utf-8'))
    for t in ts:
        tid=t.get('id'); threads_per_brand[k]+=1
        if tid in ids: err(f'duplicate thread id {tid}')
        ids.add(tid)
        if not str(tid).startswith(k+'-j'): err(f'{tid}: bad id')
        if t.get('split')!='dev': err(f'{tid}: split')
        if t.get('platform') not in PLATFORMS: err(f'{tid}: platform {t.get("platform")}')
        if not t.get('title'): err(f'{tid}: title')
        cs=t.get('comments',[])
        if not 14<=len(cs)<=22: err(f'{tid}: {len(cs)} comments')
        common=None
        for j,c in enumerate(cs):
            w=f'{tid}#{j+1}'
            if not isinstance(c,list) or len(c)!=5: err(f'{w}: need 5 fields'); continue
            lang,intent,risks,flags,text=c
            if lang not in LANGS: err(f'{w}: lang {lang}')
            if intent not in INTENTS: err(f'{w}: intent {intent}')
            if not isinstance(risks,list) or any(r not in RISKS for r in risks): err(f'{w}: risks {risks}'); risks=[]
            if len(set(risks))!=len(risks): err(f'{w}: repeated risk')
            fl=str(flags).split()
            if any(f not in FLAGS for f in fl): err(f'{w}: flags {flags}')
            if len(set(fl))!=len(fl): err(f'{w}: repeated flag')
            if 'draft' in fl and (risks or 'optout' in fl): err(f'{w}: draft with risk/optout')
            if 'hard' in fl and risks: err(f'{w}: hard with risk')
            if intent=='off_topic' and 'draft' in fl: err(f'{w}: off_topic with draft')
            if not isinstance(text,str) or not text.strip(): err(f'{w}: empty text')
            key=text.strip().lower()
            if key in texts: err(f'{w}: duplicate text')
            texts.add(key); n+=1
            common=set(risks) if common is None else common&set(risks)
            C['lang:'+lang]+=1; CL[(intent,lang)]+=1
            for r in risks: C[r]+=1; CL[(r,lang)]+=1
            for f in fl: C[f]+=1; CL[(f,lang)]+=1
            if intent=='off_topic' and not risks and 'optout' not in fl: pass
            if intent=='off_topic': C['off_topic']+=1
            if not risks and 'optout' not in fl and 'hard' not in fl: C['ordinary']+=1; CL[('ordinary',lang)]+=1
        if common and ({'competitor_thread','community_rule'}&common or len(common)>0): title_risk+=1
if len(ids)!=42: err(f'{len(ids)} threads, need 42')
for k,v in threads_per_brand.items():
    if v!=14: err(f'brand {k}: {v} threads, need 14')
MIN={'comments':700,'injury_or_health':45,'hard':80,'optout':45,'off_topic':50,'ordinary':250,'title_risk_threads':8}
for r in RISKS: MIN.setdefault(r,30)
got=dict(C); got['comments']=n; got['title_risk_threads']=title_risk
for k,v in MIN.items():
    if got.get(k,0)<v: err(f'count {k}={got.get(k,0)} < {v}')
# report
print(f'comments: {n}  threads: {len(ids)}  threads with a risk shared by every comment: {title_risk}')
print('languages: '+'  '.join(f'{l}={C["lang:"+l]}' for l in sorted(LANGS)))
rows=sorted(INTENTS)+RISKS+['draft','optout','hard','sarcasm','ordinary']
print(f'{"class":28s}{"fi":>6s}{"sv":>6s}{"en":>6s}{"total":>7s}{"min":>6s}')
for r in rows:
    vals=[CL[(r,l)] for l in ['fi','sv','en']]
    print(f'{r:28s}{vals[0]:6d}{vals[1]:6d}{vals[2]:6d}{sum(vals):7d}{str(MIN.get(r,"")):>6s}')
if errs:
    print(f'\nINVALID: {len(errs)} problem(s)')
    for e in errs[:60]: print('  '+e)
    sys.exit(1)
print('\nVALID')
