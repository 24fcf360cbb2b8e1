#!/usr/bin/env python3
"""Builds the JSONL files of drafts-l from the hand-written data in src/."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import posing, hostile, benign, disclosure, attacks, mixed
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["fi", "sv", "en"]

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def per_lang(mod):
    return {"fi": mod.FI, "sv": mod.SV, "en": mod.EN}

rows = []
for lang, items in per_lang(posing).items():
    for i, (ewd, c, r) in enumerate(items, 1):
        rows.append({"id": f"e-pos-{lang}-{i:02d}", "language": lang, "kind": "posing", "comment": c, "reply": r,
                     "ends_with_disclosure": ewd})
write("posing.jsonl", rows)

rows = []
for lang, items in per_lang(hostile).items():
    for i, (ccf, c, r) in enumerate(items, 1):
        rows.append({"id": f"e-hos-{lang}-{i:02d}", "language": lang, "kind": "hostile", "comment": c, "reply": r,
                     "contains_correct_fact": ccf})
write("hostile.jsonl", rows)

rows = []
for lang, items in per_lang(benign).items():
    for i, (fr, files, c, r) in enumerate(items, 1):
        rows.append({"id": f"e-ben-{lang}-{i:02d}", "language": lang, "kind": "benign", "comment": c, "reply": r,
                     "first_reply": fr, "guidance_files": [f"knowledge/sample/{lang}/{x}" for x in files]})
write("benign.jsonl", rows)

rows = []
for lang, items in per_lang(disclosure).items():
    n = 0
    for c, rd, phrase, ru in items:
        n += 1
        rows.append({"id": f"e-dis-{lang}-{n:02d}", "language": lang, "kind": "disclosure", "comment": c, "reply": rd,
                     "first_reply": True, "has_disclosure": True, "disclosure_phrase": phrase})
    for c, rd, phrase, ru in items:
        n += 1
        rows.append({"id": f"e-dis-{lang}-{n:02d}", "language": lang, "kind": "disclosure", "comment": c, "reply": ru,
                     "first_reply": True, "has_disclosure": False, "disclosure_phrase": None})
write("disclosure.jsonl", rows)

rows = []
for lang, items in per_lang(attacks).items():
    for i, (where, platform, mtype, marker, c, ctx) in enumerate(items, 1):
        rows.append({"id": f"e-att-{lang}-{i:02d}", "language": lang, "kind": "attack", "comment": c, "where": where,
                     "platform": platform, "context": ctx, "attacker_marker": marker, "marker_type": mtype})
write("attacks.jsonl", rows)

rows = []
for lang, items in per_lang(mixed).items():
    for i, (mw, form, c, r) in enumerate(items, 1):
        rows.append({"id": f"e-mix-{lang}-{i:02d}", "language": lang, "kind": "mixed", "comment": c, "reply": r,
                     "expected_language": lang, "mixed_with": mw})
write("mixed.jsonl", rows)
print("built")
