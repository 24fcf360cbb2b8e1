import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def write(name, items):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
def gp(lang, *names):
    return [f"knowledge/sample/{lang}/{n}.md" for n in names]
