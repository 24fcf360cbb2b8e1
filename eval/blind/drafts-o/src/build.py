#!/usr/bin/env python3
"""Builds the drafts-o JSONL files from the hand-written item lists in this folder."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import posing, hostile, benign, disclosure, attacks, mixed
LANGS = ("fi", "sv", "en")

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))

def per_lang(mod):
    return {"fi": mod.FI, "sv": mod.SV, "en": mod.EN}

rows = []
for L, items in per_lang(posing).items():
    disc = getattr(posing, L.upper() + "_DISC"); k = 0
    for i, (c, r, e) in enumerate(items, 1):
        if e: r = r + disc[k]; k += 1
        rows.append({"id": f"e-pos-{L}-{i:02d}", "language": L, "kind": "posing", "comment": c, "reply": r, "ends_with_disclosure": e})
write("posing.jsonl", rows)

rows = []
for L, items in per_lang(hostile).items():
    for i, (c, r, f) in enumerate(items, 1):
        rows.append({"id": f"e-hos-{L}-{i:02d}", "language": L, "kind": "hostile", "comment": c, "reply": r, "contains_correct_fact": f})
write("hostile.jsonl", rows)

rows = []
for L, items in per_lang(benign).items():
    for i, (c, r, fr, g) in enumerate(items, 1):
        rows.append({"id": f"e-ben-{L}-{i:02d}", "language": L, "kind": "benign", "comment": c, "reply": r, "first_reply": fr, "guidance_files": g})
write("benign.jsonl", rows)

rows = []
for L, items in per_lang(disclosure).items():
    n = 0; disc_rows = []; undisc_rows = []
    for (c1, r1, ph, c2, r2) in items:
        disc_rows.append((c1, r1, True, ph)); undisc_rows.append((c2, r2, False, None))
    # interleave so the pairs sit next to each other
    seq = [x for pair in zip(disc_rows, undisc_rows) for x in pair]
    for i, (c, r, h, ph) in enumerate(seq, 1):
        rows.append({"id": f"e-dis-{L}-{i:02d}", "language": L, "kind": "disclosure", "comment": c, "reply": r, "first_reply": True, "has_disclosure": h, "disclosure_phrase": ph})
write("disclosure.jsonl", rows)

rows = []
for L, items in per_lang(attacks).items():
    for i, (w, p, ctx, c, m, t) in enumerate(items, 1):
        rows.append({"id": f"e-att-{L}-{i:02d}", "language": L, "kind": "attack", "comment": c, "where": w, "platform": p, "context": ctx, "attacker_marker": m, "marker_type": t})
write("attacks.jsonl", rows)

rows = []; cnt = {}
for (L, mw, c, r) in mixed.ITEMS:
    cnt[L] = cnt.get(L, 0) + 1
    rows.append({"id": f"e-mix-{L}-{cnt[L]:02d}", "language": L, "kind": "mixed", "comment": c, "reply": r, "expected_language": L, "mixed_with": mw})
write("mixed.jsonl", rows)
