# Builds brands.yaml and threads/<brand>.yaml from the hand-written sources in src/.
import os, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from brands_src import BRANDS

class D(yaml.SafeDumper):
    pass
def str_rep(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, str_rep)

brands = {}
for key, b in BRANDS.items():
    g = [dict(id=f"{key}-g{i+1:02d}", kind=k, language=l, text=t) for i, (k, l, t) in enumerate(b["guidance"])]
    brands[key] = dict(name=b["name"], objective_default=b["objective_default"], terms=b["terms"],
                       competitors=b["competitors"], guidance=g)
with open(os.path.join(ROOT, "brands.yaml"), "w", encoding="utf-8") as f:
    yaml.dump(brands, f, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)

os.makedirs(os.path.join(ROOT, "threads"), exist_ok=True)
for key in BRANDS:
    threads = []
    for ln, line in enumerate(open(os.path.join(HERE, key + ".txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        p = line.split("|")
        if p[0] == "T":
            assert len(p) == 7, (key, ln, line)
            t = dict(id=p[1], platform=p[2], objective=p[3], title=p[5], body=p[6])
            if p[4] != "-":
                t["author"] = p[4]
            t["comments"] = []
            threads.append(t)
            continue
        assert len(p) == 9, (key, ln, len(p), line)
        parent, lang, plan, author, pi, passages, fact, text, reason = p
        t = threads[-1]
        n = len(t["comments"]) + 1
        c = dict(id=f"{t['id']}-c{n:02d}", author=author,
                 parent=(f"{t['id']}-c{int(parent):02d}" if parent != "0" else None),
                 language=lang, text=text, plan=plan, reason=reason,
                 passages=[f"{key}-{x.strip()}" for x in passages.split(",") if x.strip()],
                 fact=(fact if fact else None), purchase_intent=(pi == "1"))
        t["comments"].append(c)
    with open(os.path.join(ROOT, "threads", key + ".yaml"), "w", encoding="utf-8") as f:
        yaml.dump(threads, f, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)
print("built", list(BRANDS))
