import importlib.util, re, os, yaml
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
PL = {"A":"answer","C":"correct","K":"acknowledge","T":"thank","N":"none"}
brands = {}
for key in ["lumilaina","nordlas","bildverket"]:
    spec = importlib.util.spec_from_file_location(key, os.path.join(HERE, key+".py")); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    b = dict(m.BRAND); b["guidance"] = [dict(id=f"{key}-{g}", kind=k, language=l, text=t) for g,k,l,t in m.G]
    brands[key] = b
    threads = []
    for t in m.T:
        tid = f"{key}-{t['id']}"
        th = dict(id=tid, platform=t["platform"], objective=t["objective"], title=t["title"], body=t["body"])
        if "author" in t: th["author"] = t["author"]
        cs = []
        for i,(au,par,lang,text,plan,reason,pas,fact,pi) in enumerate(t["comments"],1):
            reason = re.sub(r"\bc(\d\d)\b", lambda mm: f"{tid}-c{mm.group(1)}", reason)
            cs.append(dict(id=f"{tid}-c{i:02d}", author=au, parent=(f"{tid}-c{par:02d}" if par else None), language=lang,
                text=text, plan=PL[plan], reason=reason, passages=[f"{key}-{x}" for x in pas.split()], fact=fact, purchase_intent=pi))
        th["comments"] = cs; threads.append(th)
    with open(os.path.join(OUT,"threads",key+".yaml"),"w") as f:
        yaml.safe_dump(threads, f, allow_unicode=True, sort_keys=False, width=1000)
with open(os.path.join(OUT,"brands.yaml"),"w") as f:
    yaml.safe_dump(brands, f, allow_unicode=True, sort_keys=False, width=1000)
