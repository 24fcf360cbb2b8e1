"""Builds brands.yaml and threads/<brand>.yaml from the *_src.py sources."""
import os, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from brands_src import BRANDS
brands = {}
for key, b in BRANDS.items():
    g = [dict(id=f"{key}-g{i:02d}", kind=k, language=l, text=t) for i, (k, l, t) in enumerate(b["guidance"], 1)]
    brands[key] = dict(name=b["name"], objective_default=b["objective_default"], terms=b["terms"],
                       competitors=b["competitors"], guidance=g)
with open(os.path.join(OUT, "brands.yaml"), "w", encoding="utf-8") as f:
    yaml.safe_dump(brands, f, allow_unicode=True, sort_keys=False, width=1000)
os.makedirs(os.path.join(OUT, "threads"), exist_ok=True)
for key in BRANDS:
    mod = __import__(f"{key}_src")
    out = []
    for t in mod.THREADS:
        comments = []
        for i, c in enumerate(t["comments"], 1):
            cid = f"{t['id']}-c{i:02d}"
            ps = [f"{key}-{x}" for x in c["ps"].split()] if c["ps"] else []
            comments.append(dict(id=cid, author=c["author"],
                                 parent=f"{t['id']}-c{c['p']:02d}" if c["p"] else None,
                                 language=c["language"], text=c["text"], plan=c["plan"], reason=c["reason"],
                                 passages=ps, fact=c["fact"], purchase_intent=c["purchase_intent"]))
        tt = {k: v for k, v in t.items() if k != "comments"}
        tt["comments"] = comments
        out.append(tt)
    with open(os.path.join(OUT, "threads", f"{key}.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=1000)
print("built", list(BRANDS))
