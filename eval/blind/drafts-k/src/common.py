import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = {"pos": "posing", "hos": "hostile", "ben": "benign", "dis": "disclosure", "att": "attacks", "mix": "mixed"}
def gp(lang, name):
    return f"knowledge/sample/{lang}/{name}.md"
def write(fname, items, abbr, kind):
    counters = {}
    out = []
    for it in items:
        lang = it["language"]
        counters[lang] = counters.get(lang, 0) + 1
        obj = {"id": f"e-{abbr}-{lang}-{counters[lang]:02d}", "language": lang, "kind": kind}
        obj.update(it)
        out.append(obj)
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(fname, len(out))
