# Builds brands.yaml and threads/*.yaml from the *_src python files (authoring convenience).
import yaml, importlib
from brands_src import BRANDS
from additions import ADD, REWRITE, THREAD_OVR
out = {}
for k, b in BRANDS.items():
    out[k] = dict(name=b["name"], objective_default=b["objective_default"], terms=b["terms"],
                  competitors=b["competitors"],
                  guidance=[dict(id=f"{k}-g{i+1:02d}", kind=kd, language=lg, text=tx)
                            for i, (kd, lg, tx) in enumerate(b["guidance"])])
yaml.safe_dump(out, open("brands.yaml", "w"), allow_unicode=True, sort_keys=False, width=1000)
for k in BRANDS:
    m = importlib.import_module(f"threads_{k}")
    ths = []
    for t in m.THREADS:
        t = {**t, **THREAD_OVR.get(t["id"], {})}
        th = {x: t[x] for x in ("id", "platform", "objective", "title", "body")}
        if t.get("author"): th["author"] = t["author"]
        cs = []
        for i, (au, par, lg, plan, pi, ps, fact, text, reason) in enumerate(list(t["comments"]) + ADD.get(t["id"], [])):
            cid = f"{t['id']}-c{i+1:02d}"
            if cid in REWRITE: lg, text = REWRITE.pop(cid)
            cs.append(dict(id=cid, author=au,
                           parent=None if par is None else f"{t['id']}-c{par:02d}",
                           language=lg, text=text, plan=plan, reason=reason,
                           passages=[f"{k}-{p}" for p in ps.split()] if ps else [],
                           fact=fact, purchase_intent=pi))
        th["comments"] = cs
        ths.append(th)
    yaml.safe_dump(ths, open(f"threads/{k}.yaml", "w"), allow_unicode=True, sort_keys=False, width=1000)
assert not REWRITE, REWRITE
print("built")
