import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def g(lang, name):
    return f"knowledge/sample/{lang}/{name}.md"
def write(fname, items):
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(fname, len(items))
