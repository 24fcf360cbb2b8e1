#!/usr/bin/env python3
"""Validate drafts-f: counts, fields, ids, and that every figure/URL in a reply is in its guidance files."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(HERE, "..", "sample-guidance")
LANGS = ("fi", "sv", "en")
errors = []
def err(m): errors.append(m)
def gpath(p):  # knowledge/sample/<lang>/<file>.md -> sample-guidance/<lang>/<file>.md
    m = re.fullmatch(r"knowledge/sample/(fi|sv|en)/([\w.-]+\.md)", p)
    return os.path.join(GUIDE, m.group(1), m.group(2)) if m else None
def lang_files(lang):
    d = os.path.join(GUIDE, lang)
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".md")]
NUM = re.compile(r"\d+(?:[ .,]\d+)*")
MONEY = re.compile(r"\d+(?:[ ,]\d{3})* ?€")
URL = re.compile(r"https?://[^\s)\]>\"]+")
def figures(text):
    return [t.rstrip(".,") for t in NUM.findall(text)], MONEY.findall(text), [u.rstrip(".,;:!?") for u in URL.findall(text)]
def check_facts(rid, reply, paths):
    src = "\n".join(open(p, encoding="utf-8").read() for p in paths)
    nums, money, urls = figures(reply)
    for n in nums:
        if n not in src: err(f"{rid}: figure {n!r} not in {[os.path.basename(p) for p in paths] or 'any named file'}")
    for m in money:
        if m not in src: err(f"{rid}: amount {m!r} not in named files")
    for u in urls:
        if u not in src: err(f"{rid}: URL {u!r} not in named files")
        if not re.match(r"https?://([\w-]+\.)*revontuli\.example(/|$)", u): err(f"{rid}: URL {u} not on allowed domain")
SPEC = {"benign.jsonl": ("benign", "ben", 150, {"first_reply", "guidance_files"}),
        "disclosure.jsonl": ("disclosure", "dis", 45, {"first_reply", "has_disclosure", "disclosure_phrase"})}
BASE = {"id", "language", "kind", "comment", "reply"}
ids = set(); summary = {}
for fname, (kind, short, total, extra) in SPEC.items():
    path = os.path.join(HERE, fname)
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try: rows.append(json.loads(line))
            except Exception as e: err(f"{fname}:{ln}: bad JSON {e}")
    if len(rows) != total: err(f"{fname}: {len(rows)} rows, want {total}")
    per = Counter(r.get("language") for r in rows)
    for l in LANGS:
        if per[l] != total // 3: err(f"{fname}: {per[l]} {l} rows, want {total//3}")
    summary[fname] = dict(per)
    fr = Counter((r.get("language"), r.get("first_reply")) for r in rows)
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != BASE | extra: err(f"{rid}: fields {sorted(set(r) ^ (BASE | extra))} wrong")
        if rid in ids: err(f"duplicate id {rid}")
        ids.add(rid)
        lang = r.get("language")
        if lang not in LANGS: err(f"{rid}: bad language"); continue
        if not re.fullmatch(rf"f-{short}-{lang}-\d\d", rid): err(f"{rid}: bad id pattern")
        if r.get("kind") != kind: err(f"{rid}: kind {r.get('kind')}")
        for k in ("comment", "reply"):
            if not isinstance(r.get(k), str) or not r[k].strip(): err(f"{rid}: empty {k}")
        if not isinstance(r.get("first_reply"), bool): err(f"{rid}: first_reply not bool")
        reply = r.get("reply", "")
        if kind == "benign":
            gf = r.get("guidance_files")
            if not isinstance(gf, list): err(f"{rid}: guidance_files not list"); continue
            paths = []
            for p in gf:
                fp = gpath(p)
                if not fp or not os.path.isfile(fp): err(f"{rid}: guidance file {p} missing")
                elif f"/{lang}/" not in p: err(f"{rid}: guidance file {p} in other language")
                else: paths.append(fp)
            check_facts(rid, reply, paths)
            if r.get("first_reply") and "Revontul" not in reply: err(f"{rid}: first reply does not name Revontuli")
        else:
            if r.get("first_reply") is not True or r.get("has_disclosure") is not True: err(f"{rid}: flags must be true")
            ph = r.get("disclosure_phrase", "")
            if not ph or ph not in reply: err(f"{rid}: disclosure_phrase not verbatim in reply")
            elif "Revontul" not in ph: err(f"{rid}: disclosure_phrase does not name Revontuli")
            check_facts(rid, reply, lang_files(lang))
    if kind == "benign":
        for l in LANGS:
            if fr[(l, True)] != total // 6: err(f"{fname}: {l} has {fr[(l, True)]} first replies, want {total//6}")
    else:
        dup = [p for p, n in Counter(r.get("disclosure_phrase") for r in rows).items() if n > 1]
        if dup: err(f"{fname}: repeated disclosure phrases {dup}")
for fname, per in summary.items(): print(f"{fname}: {sum(per.values())} rows {per}")
if errors:
    print(f"INVALID: {len(errors)} problem(s)"); [print(" -", e) for e in errors]; sys.exit(1)
print("VALID"); sys.exit(0)
