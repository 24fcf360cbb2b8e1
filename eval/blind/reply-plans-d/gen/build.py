# Generates brands.yaml and threads/<brand>.yaml from the gen/*.py sources.
import re, yaml, os, importlib
from brands import BRANDS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
class D(yaml.SafeDumper): pass
def str_rep(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, str_rep)
brands = {}
for key, b in BRANDS.items():
    brands[key] = dict(name=b["name"], objective_default=b["objective_default"], terms=b["terms"],
        competitors=b["competitors"],
        guidance=[dict(id=f"{key}-g{i:02d}", kind=k, language=l, text=t) for i, (k, l, t) in enumerate(b["guidance"], 1)])
with open(os.path.join(OUT, "brands.yaml"), "w", encoding="utf-8") as f:
    yaml.dump(brands, f, Dumper=D, allow_unicode=True, sort_keys=False, width=120)
os.makedirs(os.path.join(OUT, "threads"), exist_ok=True)
for key in BRANDS:
    mod = importlib.import_module("t_" + key)
    out = []
    for t in mod.THREADS:
        tid = f"{key}-{t['num']}"
        cs = []
        for i, c in enumerate(t["comments"], 1):
            reason = re.sub(r"\bc(\d\d)\b", lambda m: f"{tid}-c{m.group(1)}", c["reason"])
            cs.append(dict(id=f"{tid}-c{i:02d}", author=c["author"],
                parent=(f"{tid}-c{c['parent']:02d}" if c["parent"] else None),
                language=c["language"], text=c["text"], plan=c["plan"], reason=reason,
                passages=[f"{key}-{g}" for g in c["ps"].split()], fact=c["fact"],
                purchase_intent=c["purchase_intent"]))
        out.append(dict(id=tid, platform=t["platform"], objective=t["objective"], title=t["title"], body=t["body"], comments=cs))
    with open(os.path.join(OUT, "threads", key + ".yaml"), "w", encoding="utf-8") as f:
        yaml.dump(out, f, Dumper=D, allow_unicode=True, sort_keys=False, width=120)
print("built")
