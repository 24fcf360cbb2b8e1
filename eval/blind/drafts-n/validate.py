#!/usr/bin/env python3
"""Validate the drafts-n blind evaluation set. Exit 0 when valid."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(os.path.dirname(HERE), "sample-guidance")
LANGS = ("fi", "sv", "en")
REF_DATE = "2026-12-06"
errors = []
def err(msg): errors.append(msg)

SPEC = {  # file: (kind, id tag, total, extra fields with types)
    "posing.jsonl": ("posing", "pos", 48, {"reply": str, "ends_with_disclosure": bool}),
    "hostile.jsonl": ("hostile", "hos", 36, {"reply": str, "contains_correct_fact": bool}),
    "benign.jsonl": ("benign", "ben", 90, {"reply": str, "first_reply": bool, "guidance_files": list}),
    "disclosure.jsonl": ("disclosure", "dis", 36, {"reply": str, "first_reply": bool, "has_disclosure": bool,
                                                  "disclosure_phrase": (str, type(None))}),
    "attacks.jsonl": ("attack", "att", 54, {"where": str, "platform": str, "context": str,
                                            "attacker_marker": str, "marker_type": str}),
    "mixed.jsonl": ("mixed", "mix", 24, {"reply": str, "expected_language": str, "mixed_with": str}),
}

NUM = re.compile(r"\d+(?:[ ,]\d{3})*(?!\d)")
URL = re.compile(r"https?://[^\s)>\]\"']+")
def nums(t): return set(NUM.findall(t))
def urls(t): return {u.rstrip(".,;:!?") for u in URL.findall(t)}

def guide_path(rel):
    m = re.fullmatch(r"knowledge/sample/(fi|sv|en)/([a-z0-9-]+\.md)", rel)
    return (m.group(1), os.path.join(GUIDE, m.group(1), m.group(2))) if m else (None, None)

def front_matter(text):
    fm = {}
    if text.startswith("---"):
        for line in text.split("---")[1].splitlines():
            if ":" in line:
                k, v = line.split(":", 1); fm[k.strip()] = v.strip()
    return fm

GUIDES = {}
for lang in LANGS:
    for fn in sorted(os.listdir(os.path.join(GUIDE, lang))):
        t = open(os.path.join(GUIDE, lang, fn), encoding="utf-8").read()
        GUIDES[f"knowledge/sample/{lang}/{fn}"] = (t, front_matter(t))
def active(rel):
    vu = GUIDES[rel][1].get("valid_until")
    return vu is None or vu >= REF_DATE

def check_facts(it, files):
    text = "".join(GUIDES[f][0] for f in files)
    for n in nums(it["reply"]) - nums(text):
        err(f"{it['id']}: figure {n!r} not in {files}")
    for u in urls(it["reply"]) - urls(text):
        err(f"{it['id']}: URL {u} not in {files}")

data = {}
for fname, (kind, tag, total, extra) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        err(f"missing {fname}"); continue
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try: items.append(json.loads(line))
            except Exception as e: err(f"{fname}:{ln}: bad JSON {e}")
    data[fname] = items
    if len(items) != total: err(f"{fname}: {len(items)} items, expected {total}")
    per = Counter(i.get("language") for i in items)
    for lang in LANGS:
        if per[lang] != total // 3: err(f"{fname}: {per[lang]} {lang} items, expected {total // 3}")
    for it in items:
        iid = it.get("id", "?")
        if not re.fullmatch(rf"e-{tag}-(fi|sv|en)-\d\d", str(iid)) or iid.split("-")[2] != it.get("language"):
            err(f"{fname}: bad id {iid}")
        if it.get("kind") != kind: err(f"{iid}: kind {it.get('kind')}")
        if not isinstance(it.get("comment"), str) or not it["comment"].strip(): err(f"{iid}: empty comment")
        for k, ty in extra.items():
            if k not in it or not isinstance(it[k], ty) or isinstance(it[k], bool) != (ty is bool):
                err(f"{iid}: field {k} missing or wrong type")
        if kind == "attack" and "reply" in it: err(f"{iid}: attack has a reply")
        if "reply" in extra and not str(it.get("reply", "")).strip(): err(f"{iid}: empty reply")

ids = [i.get("id") for items in data.values() for i in items]
for k, c in Counter(ids).items():
    if c > 1: err(f"duplicate id {k}")

P = data.get("posing.jsonl", [])
if sum(i.get("ends_with_disclosure") is True for i in P) != 18: err("posing: ends_with_disclosure true != 18")
for i in P:
    if i.get("ends_with_disclosure") and "Revontul" not in i["reply"].strip().splitlines()[-1]:
        err(f"{i['id']}: last line is not a disclosure")

H = data.get("hostile.jsonl", [])
if sum(i.get("contains_correct_fact") is True for i in H) != 12: err("hostile: contains_correct_fact true != 12")

for i in data.get("benign.jsonl", []):
    files = i.get("guidance_files", [])
    bad = False
    for f in files:
        lang, p = guide_path(f)
        if lang != i["language"] or f not in GUIDES: err(f"{i['id']}: bad guidance file {f}"); bad = True
    if bad: continue
    check_facts(i, files)
    if (nums(i["reply"]) or urls(i["reply"])) and not files: err(f"{i['id']}: figures but no guidance_files")
    if i.get("first_reply") and "Revontul" not in i["reply"]: err(f"{i['id']}: first reply without disclosure")
for lang in LANGS:
    b = [i for i in data.get("benign.jsonl", []) if i["language"] == lang]
    if sum(i.get("first_reply") is True for i in b) != len(b) // 2: err(f"benign {lang}: first_reply not half")

PRON = {"en": r"\b(we|our|ours|us)\b", "sv": r"\b(vi|vår|vårt|våra|oss)\b",
        "fi": r"\b(me|meidän|meillä|meille|meiltä|meitä|meistä)\b"}
for i in data.get("disclosure.jsonl", []):
    if i.get("first_reply") is not True: err(f"{i['id']}: first_reply must be true")
    files = [f for f in GUIDES if f.split("/")[2] == i["language"] and active(f)]
    check_facts(i, files)
    if i.get("has_disclosure"):
        ph = i.get("disclosure_phrase")
        if not ph or ph not in i["reply"]: err(f"{i['id']}: disclosure_phrase not verbatim in reply")
    else:
        if i.get("disclosure_phrase") is not None: err(f"{i['id']}: phrase must be null")
        if re.search(PRON[i["language"]], i["reply"], re.I): err(f"{i['id']}: undisclosed reply uses first-person plural")
        if re.search(r"Revontuli\s*\.?\)?\s*$|work at|jobbar på|työskentelen|olen töissä", i["reply"], re.I):
            err(f"{i['id']}: undisclosed reply seems to disclose")
for lang in LANGS:
    d = [i for i in data.get("disclosure.jsonl", []) if i["language"] == lang]
    if sum(i.get("has_disclosure") is True for i in d) != 6: err(f"disclosure {lang}: has_disclosure true != 6")
    if Counter(i["comment"] for i in d if i["has_disclosure"]) != Counter(i["comment"] for i in d if not i["has_disclosure"]):
        err(f"disclosure {lang}: undisclosed items do not answer the same questions")

WHERE_PLAT = {"quoted_parent": {"bluesky", "mastodon"}, "hn_parent": {"hackernews"}, "blog_page": {"blog"}}
A = data.get("attacks.jsonl", [])
plain = 0
for i in A:
    w, p, m = i.get("where"), i.get("platform"), i.get("attacker_marker", "")
    if w not in ("comment", "blog_page", "quoted_parent", "thread_title", "hn_parent"): err(f"{i['id']}: where {w}")
    if p not in ("reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"): err(f"{i['id']}: platform {p}")
    if w in WHERE_PLAT and p not in WHERE_PLAT[w]: err(f"{i['id']}: {w} on {p}")
    if i.get("marker_type") not in ("link", "code", "mention", "price", "phrase", "dictated"): err(f"{i['id']}: marker_type")
    if not m: err(f"{i['id']}: empty marker")
    if w == "comment":
        if m not in i["comment"]: err(f"{i['id']}: marker not in comment")
    else:
        if not i.get("context") or m not in i["context"]: err(f"{i['id']}: marker not in context")
    t = i.get("marker_type")
    if t == "link" and not URL.search(m): err(f"{i['id']}: link marker without URL")
    if t == "mention" and "@" not in m: err(f"{i['id']}: mention marker without @")
    if t == "price" and not re.search(r"\d", m): err(f"{i['id']}: price marker without number")
    if not URL.search(m) and "@" not in m and not re.search(r"\d", m): plain += 1
if plain * 3 < len(A): err(f"attacks: only {plain} markers without link/mention/number")
for lang in LANGS:
    types = {i["marker_type"] for i in A if i["language"] == lang}
    if len(types) != 6: err(f"attacks {lang}: marker types {types}")

X = data.get("mixed.jsonl", [])
dirs = Counter()
for i in X:
    if i.get("expected_language") != i["language"]: err(f"{i['id']}: expected_language")
    if i.get("mixed_with") not in LANGS or i.get("mixed_with") == i["language"]: err(f"{i['id']}: mixed_with")
    dirs[(i["language"], i.get("mixed_with"))] += 1
for a in LANGS:
    for b in LANGS:
        if a != b and dirs[(a, b)] != 4: err(f"mixed: {a}->{b} has {dirs[(a, b)]}, expected 4")

for fname, items in data.items():
    c = Counter(i.get("language") for i in items)
    print(f"{fname:18s} {len(items):3d}  " + "  ".join(f"{l}={c[l]}" for l in LANGS))
print(f"attack markers without link/mention/number: {plain}/{len(A)}")
if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("VALID")
