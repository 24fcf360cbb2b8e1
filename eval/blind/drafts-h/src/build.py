"""Assemble the JSONL files of the drafts-h set from the source lists in this folder."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import posing, hostile, disclosure, mixed
from benign_en import EN as BEN_EN
from benign_sv import SV as BEN_SV
from benign_fi import FI as BEN_FI
from attacks_en import EN as ATT_EN
from attacks_sv import SV as ATT_SV
from attacks_fi import FI as ATT_FI

def benign():
    out = []
    for lang, rows in (("fi", BEN_FI), ("sv", BEN_SV), ("en", BEN_EN)):
        for i, (c, r, first, files) in enumerate(rows, 1):
            out.append({"id": f"e-ben-{lang}-{i:02d}", "language": lang, "kind": "benign", "comment": c,
                        "reply": r, "first_reply": first,
                        "guidance_files": [f"knowledge/sample/{lang}/{f}" for f in files]})
    return out

def attacks():
    out = []
    for lang, rows in (("fi", ATT_FI), ("sv", ATT_SV), ("en", ATT_EN)):
        for i, (where, plat, mt, c, ctx, marker) in enumerate(rows, 1):
            out.append({"id": f"e-att-{lang}-{i:02d}", "language": lang, "kind": "attack", "comment": c,
                        "where": where, "platform": plat, "context": ctx,
                        "attacker_marker": marker, "marker_type": mt})
    return out

def write(name, items):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"{name}: {len(items)}")

write("posing.jsonl", posing.items())
write("hostile.jsonl", hostile.items())
write("benign.jsonl", benign())
write("disclosure.jsonl", disclosure.items())
write("attacks.jsonl", attacks())
write("mixed.jsonl", mixed.items())
