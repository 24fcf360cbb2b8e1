# Builds brands.yaml and threads/*.yaml from the compact Python sources in src/.
import re, sys, os, yaml
sys.path.insert(0, os.path.dirname(__file__))
from brands import BRANDS
import t_tuulivire, t_savustamo, t_norrsmedja
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
class D(yaml.SafeDumper): pass
D.add_representer(str, lambda d, s: d.represent_scalar('tag:yaml.org,2002:str', s))
out = {}
for key, b in BRANDS.items():
    out[key] = dict(name=b["name"], objective_default=b["objective_default"], terms=b["terms"],
                    competitors=b["competitors"],
                    guidance=[dict(id=f"{key}-g{i+1:02d}", kind=k, language=l, text=t) for i, (k, l, t) in enumerate(b["guidance"])])
with open(os.path.join(OUT, "brands.yaml"), "w", encoding="utf-8") as f:
    yaml.dump(out, f, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)
os.makedirs(os.path.join(OUT, "threads"), exist_ok=True)
for key, mod in [("tuulivire", t_tuulivire), ("savustamo", t_savustamo), ("norrsmedja", t_norrsmedja)]:
    threads = []
    for t in mod.THREADS:
        tid = f"{key}-{t['num']:02d}"
        th = dict(id=tid, platform=t["platform"], objective=t["objective"], title=t["title"], body=t["body"])
        if t["author"]: th["author"] = t["author"]
        cs = []
        for n, cm in enumerate(t["comments"], 1):
            reason = re.sub(r"\b(already answered by) c(\d\d)", lambda m: f"{m.group(1)} {tid}-c{m.group(2)}", cm["reason"])
            cs.append(dict(id=f"{tid}-c{n:02d}", author=cm["author"],
                           parent=(f"{tid}-c{cm['par']:02d}" if cm["par"] else None),
                           language=cm["language"], text=cm["text"], plan=cm["plan"], reason=reason,
                           passages=[f"{key}-{p}" for p in cm["p"]], fact=cm["fact"],
                           purchase_intent=cm["purchase_intent"]))
        th["comments"] = cs
        threads.append(th)
    with open(os.path.join(OUT, "threads", f"{key}.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(threads, f, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)
print("built")
