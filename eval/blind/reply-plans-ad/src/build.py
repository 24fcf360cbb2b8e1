"""Builds brands.yaml and threads/<brand>.yaml from the hand-written data in this folder."""
import re, os, yaml
from brands_data import BRANDS
import t_saarni, t_knapri, t_hyyde

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(obj, f, allow_unicode=True, sort_keys=False, width=1000)

brands = {}
for key, b in BRANDS.items():
    brands[key] = dict(name=b["name"], objective_default=b["objective_default"], terms=b["terms"],
                       competitors=b["competitors"],
                       guidance=[dict(id=f"{key}-g{i:02d}", kind=k, language=l, text=t)
                                 for i, (k, l, t) in enumerate(b["guidance"], 1)])
dump(brands, os.path.join(OUT, "brands.yaml"))

for key, mod in (("saarni", t_saarni), ("knapri", t_knapri), ("hyyde", t_hyyde)):
    threads = []
    for t in mod.T:
        tid = t["id"]
        comments = []
        for i, c in enumerate(t["comments"], 1):
            cid = f"{tid}-c{i:02d}"
            reason = re.sub(r"\bc(\d\d)\b", lambda m: f"{tid}-c{m.group(1)}", c["reason"])
            comments.append(dict(id=cid, author=c["author"],
                                 parent=None if c["parent"] is None else f"{tid}-c{c['parent']:02d}",
                                 language=c["language"], text=c["text"], plan=c["plan"], reason=reason,
                                 passages=[f"{key}-g{p:02d}" for p in c["passages"]], fact=c["fact"],
                                 purchase_intent=c["purchase_intent"]))
        th = dict(id=tid, platform=t["platform"], objective=t["objective"], title=t["title"], body=t["body"])
        if t.get("author"):
            th["author"] = t["author"]
        th["comments"] = comments
        threads.append(th)
    dump(threads, os.path.join(OUT, "threads", f"{key}.yaml"))
print("built")
