# -*- coding: utf-8 -*-
"""Builds brands.yaml and threads/<brand>.yaml from the compact sources in src/."""
import os, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from brands_data import BRANDS
import neulamo, klarglas, tassula
PLAN = {"A":"answer","C":"correct","K":"acknowledge","T":"thank","N":"none"}
class D(yaml.SafeDumper): pass
def _str(d, s):
    return d.represent_scalar("tag:yaml.org,2002:str", s, style='"' if any(c in s for c in ":#@'\"{}[]&*!|>%`,?-") or s[:1] in " " else None)
brands = {}
for key, b in BRANDS.items():
    g = [{"id": f"{key}-g{i:02d}", "kind": k, "language": l, "text": t} for i, (k, l, t) in enumerate(b["guidance"], 1)]
    brands[key] = {"name": b["name"], "objective_default": b["objective_default"], "terms": b["terms"], "competitors": b["competitors"], "guidance": g}
with open(os.path.join(OUT, "brands.yaml"), "w", encoding="utf-8") as f:
    yaml.dump(brands, f, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)
os.makedirs(os.path.join(OUT, "threads"), exist_ok=True)
for key, mod in (("neulamo", neulamo), ("klarglas", klarglas), ("tassula", tassula)):
    out = []
    for ti, t in enumerate(mod.T, 1):
        tid = f"{key}-{ti:02d}"
        th = {"id": tid, "platform": t["platform"], "objective": t["objective"], "title": t["title"], "body": t["body"]}
        if t.get("author"): th["author"] = t["author"]
        cs = []
        for ci, (author, parent, lang, plan, pi, passages, fact, text, reason) in enumerate(t["comments"], 1):
            cs.append({"id": f"{tid}-c{ci:02d}", "author": author, "parent": (f"{tid}-c{parent:02d}" if parent else None),
                       "language": lang, "text": text, "plan": PLAN[plan], "reason": reason,
                       "passages": [f"{key}-g{p:02d}" for p in passages], "fact": fact, "purchase_intent": bool(pi)})
        th["comments"] = cs
        out.append(th)
    with open(os.path.join(OUT, "threads", f"{key}.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(out, f, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)
print("built")
