import sys, os, yaml
sys.path.insert(0, os.path.dirname(__file__))
from brands_src import BRANDS
import pianovire, ordningro, saunaseppa
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
class Lit(str): pass
def str_rep(d, s): return d.represent_scalar('tag:yaml.org,2002:str', s)
yaml.add_representer(Lit, str_rep)
brands = {}
for key, b in BRANDS.items():
    g = [dict(id=f"{key}-g{i:02d}", kind=k, language=l, text=t) for i,(k,l,t) in enumerate(b["guidance"],1)]
    brands[key] = dict(name=b["name"], objective_default=b["objective_default"], terms=b["terms"], competitors=b["competitors"], guidance=g)
with open(os.path.join(OUT,"brands.yaml"),"w") as f:
    yaml.safe_dump(brands, f, allow_unicode=True, sort_keys=False, width=1000)
for key, mod in [("pianovire",pianovire),("ordningro",ordningro),("saunaseppa",saunaseppa)]:
    out = []
    for ti, t in enumerate(mod.THREADS, 1):
        tid = f"{key}-{ti:02d}"
        th = dict(id=tid, platform=t["platform"], objective=t["objective"], title=t["title"], body=t["body"])
        if t["author"]: th["author"] = t["author"]
        cs = []
        for ci, c in enumerate(t["comments"], 1):
            reason = c["reason"]
            import re
            reason = re.sub(r"\bc(\d\d)\b", lambda m: f"{tid}-c{m.group(1)}", reason)
            cs.append(dict(id=f"{tid}-c{ci:02d}", author=c["author"],
                parent=(f"{tid}-c{c['parent']:02d}" if c["parent"] else None),
                language=c["language"], text=c["text"], plan=c["plan"], reason=reason,
                passages=[f"{key}-g{x}" for x in c["g"].split()], fact=c["f"], purchase_intent=c["pi"]))
        th["comments"] = cs
        out.append(th)
    with open(os.path.join(OUT,"threads",f"{key}.yaml"),"w") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=1000)
print("built")
