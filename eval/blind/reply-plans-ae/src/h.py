import yaml, os
OUT="/work/s40/writer/reply-plans-ae/threads"
os.makedirs(OUT, exist_ok=True)
PL={"a":"answer","c":"correct","k":"acknowledge","t":"thank","n":"none"}
def T(brand, num, platform, objective, title, body, author, comments):
    tid=f"{brand}-{num:02d}"
    th=dict(id=tid, platform=platform, objective=objective, title=title, body=body)
    if author: th["author"]=author
    cs=[]
    for i,c in enumerate(comments):
        au,par,lang,text,pl,reason=c[:6]
        ps=c[6] if len(c)>6 else []
        fact=c[7] if len(c)>7 else None
        pi=c[8] if len(c)>8 else False
        cs.append(dict(id=f"{tid}-c{i+1:02d}", author=au, parent=(f"{tid}-c{par:02d}" if par else None), language=lang,
            text=text, plan=PL[pl], reason=reason.replace("@@", tid+"-c"), passages=[f"{brand}-g{p:02d}" for p in ps], fact=fact, purchase_intent=pi))
    th["comments"]=cs
    return th
def dump(brand, threads):
    yaml.safe_dump(threads, open(f"{OUT}/{brand}.yaml","w"), allow_unicode=True, sort_keys=False, width=200)
