# -*- coding: utf-8 -*-
import re, os, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from brands import BRANDS
import kaarna, lindra, skarpa
from extras import EXTRA
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
class D(yaml.SafeDumper): pass
def str_rep(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, str_rep)
brands_out = {}
for key, b in BRANDS.items():
    g = [dict(id=f"{key}-g{i+1:02d}", kind=k, language=l, text=t) for i,(k,l,t) in enumerate(b["guidance"])]
    brands_out[key] = dict(name=b["name"], objective_default=b["objective_default"], terms=b["terms"], competitors=b["competitors"], guidance=g)
with open(os.path.join(OUT,"brands.yaml"),"w",encoding="utf-8") as f:
    yaml.dump(brands_out, f, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)
os.makedirs(os.path.join(OUT,"threads"), exist_ok=True)
for key, mod in (("kaarna",kaarna),("lindra",lindra),("skarpa",skarpa)):
    out = []
    for t in mod.THREADS:
        cs = t["comments"] + EXTRA.get(t["id"], [])
        comments = []
        for i, c in enumerate(cs, 1):
            cid = f"{t['id']}-c{i:02d}"
            parent = f"{t['id']}-c{c['parent']:02d}" if c["parent"] else None
            reason = re.sub(r"@c(\d\d)", lambda m: f"{t['id']}-c{m.group(1)}", c["reason"])
            reason = re.sub(r"(?<![-\w])c(\d\d)\b", lambda m: f"{t['id']}-c{m.group(1)}", reason)
            plan = dict(A="answer",C="correct",K="acknowledge",T="thank",N="none")[c["plan"]]
            passages = [f"{key}-{p}" for p in c["passages"].split()]
            comments.append(dict(id=cid, author=c["author"], parent=parent, language=c["language"], text=c["text"],
                                 plan=plan, reason=reason, passages=passages, fact=c["fact"], purchase_intent=bool(c["purchase_intent"])))
        th = dict(id=t["id"], platform=t["platform"], objective=t["objective"], title=t["title"], body=t["body"])
        if t["author"]: th["author"] = t["author"]
        th["comments"] = comments
        out.append(th)
    with open(os.path.join(OUT,"threads",f"{key}.yaml"),"w",encoding="utf-8") as f:
        yaml.dump(out, f, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)
print("built")
