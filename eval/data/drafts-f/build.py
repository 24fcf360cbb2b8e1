import json, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
def load(lang):
    spec = importlib.util.spec_from_file_location("d"+lang, os.path.join(HERE, f"data_{lang}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
ben, dis = [], []
for lang in ("fi", "sv", "en"):
    m = load(lang)
    for i, (fr, files, c, r) in enumerate(m.BEN, 1):
        ben.append({"id": f"f-ben-{lang}-{i:02d}", "language": lang, "kind": "benign", "comment": c, "reply": r,
                    "first_reply": fr, "guidance_files": [f"knowledge/sample/{lang}/{x}.md" for x in files]})
    for i, (c, r, p) in enumerate(m.DIS, 1):
        dis.append({"id": f"f-dis-{lang}-{i:02d}", "language": lang, "kind": "disclosure", "comment": c, "reply": r,
                    "first_reply": True, "has_disclosure": True, "disclosure_phrase": p})
for name, rows in (("benign.jsonl", ben), ("disclosure.jsonl", dis)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for row in rows: f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ben), len(dis))
