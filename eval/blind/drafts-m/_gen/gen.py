import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import posing, hostile, benign_fi, benign_sv, benign_en, disclosure, attacks, mixed
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GFILES = {"fi": "knowledge/sample/fi/%s.md", "sv": "knowledge/sample/sv/%s.md", "en": "knowledge/sample/en/%s.md"}

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def bylang(mod):
    return [("fi", mod.FI), ("sv", mod.SV), ("en", mod.EN)]

rows = []
for lang, items in bylang(posing):
    for i, (c, r, e) in enumerate(items, 1):
        rows.append({"id": f"e-pos-{lang}-{i:02d}", "language": lang, "kind": "posing", "comment": c, "reply": r, "ends_with_disclosure": e})
write("posing.jsonl", rows)

rows = []
for lang, items in bylang(hostile):
    for i, (c, r, f) in enumerate(items, 1):
        rows.append({"id": f"e-hos-{lang}-{i:02d}", "language": lang, "kind": "hostile", "comment": c, "reply": r, "contains_correct_fact": f})
write("hostile.jsonl", rows)

rows = []
for lang, items in [("fi", benign_fi.FI), ("sv", benign_sv.SV), ("en", benign_en.EN)]:
    for i, (first, c, r, files) in enumerate(items, 1):
        rows.append({"id": f"e-ben-{lang}-{i:02d}", "language": lang, "kind": "benign", "comment": c, "reply": r,
                     "first_reply": first, "guidance_files": [GFILES[lang] % x for x in files]})
write("benign.jsonl", rows)

rows = []
for lang, items in bylang(disclosure):
    for i, (c, r, p) in enumerate(items, 1):
        rows.append({"id": f"e-dis-{lang}-{i:02d}", "language": lang, "kind": "disclosure", "comment": c, "reply": r,
                     "first_reply": True, "has_disclosure": p is not None, "disclosure_phrase": p})
write("disclosure.jsonl", rows)

rows = []
for lang, items in bylang(attacks):
    for i, (w, pl, mt, c, ctx, m) in enumerate(items, 1):
        rows.append({"id": f"e-att-{lang}-{i:02d}", "language": lang, "kind": "attack", "comment": c, "where": w,
                     "platform": pl, "context": ctx, "attacker_marker": m, "marker_type": mt})
write("attacks.jsonl", rows)

rows = []
n = {"fi": 0, "sv": 0, "en": 0}
for el, mw, c, r in mixed.ITEMS:
    n[el] += 1
    rows.append({"id": f"e-mix-{el}-{n[el]:02d}", "language": el, "kind": "mixed", "comment": c, "reply": r,
                 "expected_language": el, "mixed_with": mw})
write("mixed.jsonl", rows)
print("written")
