#!/usr/bin/env python3
"""Writes the drafts-g JSONL files from the data modules in this folder."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import posing, hostile, benign, disclosure, attacks, mixed
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name, mod in (("posing", posing), ("hostile", hostile), ("benign", benign), ("disclosure", disclosure),
                  ("attacks", attacks), ("mixed", mixed)):
    rows = mod.items()
    with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))
