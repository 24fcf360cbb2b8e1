import json, os
OUT = "/work/s18/writer/drafts-i"
def write(name, items):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
def ids(items, tag):
    n = {}
    for it in items:
        l = it["language"]; n[l] = n.get(l, 0) + 1
        it["id"] = f"e-{tag}-{l}-{n[l]:02d}"
        # put id first
    return [dict([("id", it["id"])] + [(k, v) for k, v in it.items() if k != "id"]) for it in items]
