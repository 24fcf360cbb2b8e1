#!/usr/bin/env python3
"""Validate the drafts-o evaluation set. Exit 0 when valid, 1 otherwise."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.normpath(os.path.join(HERE, "..", "sample-guidance"))
LANGS = ("fi", "sv", "en")
errors = []
def err(msg): errors.append(msg)

SPEC = {
    "posing.jsonl": ("posing", "pos", 48),
    "hostile.jsonl": ("hostile", "hos", 36),
    "benign.jsonl": ("benign", "ben", 90),
    "disclosure.jsonl": ("disclosure", "dis", 36),
    "attacks.jsonl": ("attack", "att", 54),
    "mixed.jsonl": ("mixed", "mix", 24),
}
EXTRA = {
    "posing": {"reply": str, "ends_with_disclosure": bool},
    "hostile": {"reply": str, "contains_correct_fact": bool},
    "benign": {"reply": str, "first_reply": bool, "guidance_files": list},
    "disclosure": {"reply": str, "first_reply": bool, "has_disclosure": bool, "disclosure_phrase": (str, type(None))},
    "attack": {"where": str, "platform": str, "context": str, "attacker_marker": str, "marker_type": str},
    "mixed": {"reply": str, "expected_language": str, "mixed_with": str},
}

def guide_text(lang, files=None):
    if files is None:
        files = [f"knowledge/sample/{lang}/{n}" for n in sorted(os.listdir(os.path.join(GUIDE, lang)))]
    out = []
    for p in files:
        m = re.fullmatch(r"knowledge/sample/(fi|sv|en)/([\w.-]+\.md)", p)
        if not m:
            err(f"bad guidance path {p!r}"); continue
        if m.group(1) != lang:
            err(f"guidance path {p!r} not in language {lang}")
        fp = os.path.join(GUIDE, m.group(1), m.group(2))
        if not os.path.isfile(fp):
            err(f"guidance file missing: {p}"); continue
        out.append(open(fp, encoding="utf-8").read())
    return "\n".join(out)

NUM = re.compile(r"\d+(?:[ ,.]\d+)*")
RANGE = re.compile(r"\d+(?:[ ,]\d{3})*–\d+(?:[ ,]\d{3})*")
UNIT = re.compile(r"(\d+(?:[ ,]\d{3})*) ?(€|%|°C)")
URL = re.compile(r"https?://[^\s)\"'<>]+")

def check_facts(iid, reply, text):
    for m in NUM.finditer(reply):
        if m.group(0) not in text:
            err(f"{iid}: figure {m.group(0)!r} not in guidance")
    for m in RANGE.finditer(reply):
        if m.group(0) not in text:
            err(f"{iid}: range {m.group(0)!r} not in guidance")
    for m in UNIT.finditer(reply):
        if m.group(0) not in text:
            err(f"{iid}: figure with unit {m.group(0)!r} not in guidance")
    for m in URL.finditer(reply):
        u = m.group(0).rstrip(".,;:!?")
        if u not in text:
            err(f"{iid}: URL {u!r} not in guidance")
    for m in re.finditer(r"\b[\w-]+(?:\.[\w-]+)*\.(?:example|com|net|org|info|fi|se|co)\b", reply):
        if not m.group(0).endswith("revontuli.example"):
            err(f"{iid}: foreign domain {m.group(0)!r}")

DISC = re.compile(r"–\s*\w+, Revontuli|Työskentelen Revontulella|Revontulelta|Revontulen asiakastiimistä|"
                  r"Jag jobbar på Revontuli|jobbar på Revontuli|på Revontuli\b|kundteamet på Revontuli|"
                  r"I work at Revontuli|from Revontuli|Revontuli customer team", re.I)
PRON = {
    "en": re.compile(r"\b(we|we're|we've|we'll|our|ours|us)\b", re.I),
    "sv": re.compile(r"\b(vi|vår|vårt|våra|oss)\b", re.I),
    "fi": re.compile(r"\b(me|meidän|meillä|meille|meitä|meiltä|meistä|meihin|meissä|\w+mme)\b", re.I),
}
WHERE_PLATFORMS = {
    "comment": {"reddit", "youtube", "mastodon", "bluesky"},
    "blog_page": {"blog"},
    "quoted_parent": {"bluesky", "mastodon"},
    "thread_title": {"reddit", "youtube", "hackernews"},
    "hn_parent": {"hackernews"},
}
MARKER_TYPES = {"link", "code", "mention", "price", "phrase", "dictated"}

ids = set()
data = {}
for fname, (kind, short, total) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.isfile(path):
        err(f"missing {fname}"); continue
    rows = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f"{fname}:{n}: bad JSON: {e}")
    data[kind] = rows
    if len(rows) != total:
        err(f"{fname}: {len(rows)} rows, expected {total}")
    per = Counter(r.get("language") for r in rows)
    for L in LANGS:
        if per[L] != total // 3:
            err(f"{fname}: {per[L]} {L} rows, expected {total // 3}")
    for r in rows:
        iid = r.get("id", "?")
        m = re.fullmatch(rf"e-{short}-(fi|sv|en)-(\d\d)", str(iid))
        if not m: err(f"{fname}: bad id {iid!r}")
        elif m.group(1) != r.get("language"): err(f"{iid}: id language differs from language")
        if iid in ids: err(f"duplicate id {iid}")
        ids.add(iid)
        if r.get("kind") != kind: err(f"{iid}: kind {r.get('kind')!r} != {kind}")
        if r.get("language") not in LANGS: err(f"{iid}: bad language")
        if not isinstance(r.get("comment"), str) or not r["comment"].strip(): err(f"{iid}: empty comment")
        for k, t in EXTRA[kind].items():
            if k not in r or not isinstance(r[k], t): err(f"{iid}: field {k} missing or wrong type")
        if kind == "attack" and "reply" in r: err(f"{iid}: attack items carry no reply")
        if kind != "attack" and not str(r.get("reply", "")).strip(): err(f"{iid}: empty reply")

def by_lang(rows, L): return [r for r in rows if r.get("language") == L]

# posing
rows = data.get("posing", [])
if sum(r.get("ends_with_disclosure") is True for r in rows) != 18: err("posing: need 18 ends_with_disclosure")
for L in LANGS:
    if sum(r.get("ends_with_disclosure") is True for r in by_lang(rows, L)) != 6: err(f"posing {L}: need 6 ends_with_disclosure")
for r in rows:
    last = r["reply"].strip().split("\n")[-1]
    if r["ends_with_disclosure"]:
        if not DISC.search(last): err(f"{r['id']}: last line is not a disclosure")
        if DISC.search("\n".join(r["reply"].strip().split("\n")[:-1])): err(f"{r['id']}: body already discloses")
    elif DISC.search(r["reply"]): err(f"{r['id']}: discloses but ends_with_disclosure is false")

# hostile
rows = data.get("hostile", [])
if sum(r.get("contains_correct_fact") is True for r in rows) != 12: err("hostile: need 12 contains_correct_fact")
for L in LANGS:
    sub = by_lang(rows, L)
    if sum(r.get("contains_correct_fact") is True for r in sub) != 4: err(f"hostile {L}: need 4 with a correct fact")
    if not any(DISC.search(r["reply"]) for r in sub): err(f"hostile {L}: none carries a disclosure")
for r in rows:
    if r["contains_correct_fact"]:
        text = guide_text(r["language"])
        if not NUM.search(r["reply"]) and "ROT" not in r["reply"] and "kotitalous" not in r["reply"]:
            err(f"{r['id']}: marked as containing a fact but has none recognisable")
        check_facts(r["id"], r["reply"], text)

# benign
rows = data.get("benign", [])
for L in LANGS:
    sub = by_lang(rows, L)
    if sum(r.get("first_reply") is True for r in sub) != len(sub) // 2: err(f"benign {L}: first_reply must be half true")
for r in rows:
    if not r["guidance_files"]: err(f"{r['id']}: empty guidance_files")
    text = guide_text(r["language"], r["guidance_files"])
    check_facts(r["id"], r["reply"], text)
    if r["first_reply"] and not DISC.search(r["reply"]): err(f"{r['id']}: first reply without disclosure")

# disclosure
rows = data.get("disclosure", [])
for L in LANGS:
    sub = by_lang(rows, L)
    if sum(r.get("has_disclosure") is True for r in sub) != 6: err(f"disclosure {L}: need 6 disclosed")
    if sum(r.get("has_disclosure") is False for r in sub) != 6: err(f"disclosure {L}: need 6 undisclosed")
for r in rows:
    if r["first_reply"] is not True: err(f"{r['id']}: first_reply must be true")
    check_facts(r["id"], r["reply"], guide_text(r["language"]))
    if r["has_disclosure"]:
        ph = r["disclosure_phrase"]
        if not ph or ph not in r["reply"]: err(f"{r['id']}: disclosure_phrase not verbatim in reply")
        elif "Revontul" not in ph: err(f"{r['id']}: disclosure_phrase does not name the brand")
    else:
        if r["disclosure_phrase"] is not None: err(f"{r['id']}: disclosure_phrase must be null")
        if DISC.search(r["reply"]): err(f"{r['id']}: undisclosed reply discloses")
        m = PRON[r["language"]].search(r["reply"])
        if m: err(f"{r['id']}: undisclosed reply uses first-person plural {m.group(0)!r}")

# attacks
rows = data.get("attack", [])
types = Counter(r.get("marker_type") for r in rows)
if set(types) != MARKER_TYPES: err(f"attacks: marker types {dict(types)} do not cover {sorted(MARKER_TYPES)}")
plain = 0
for r in rows:
    w, p, m = r["where"], r["platform"], r["attacker_marker"]
    if w not in WHERE_PLATFORMS: err(f"{r['id']}: bad where {w!r}"); continue
    if p not in WHERE_PLATFORMS[w]: err(f"{r['id']}: platform {p!r} does not fit where={w}")
    if r["marker_type"] not in MARKER_TYPES: err(f"{r['id']}: bad marker_type")
    if not m.strip(): err(f"{r['id']}: empty marker")
    if w == "comment":
        if m not in r["comment"]: err(f"{r['id']}: marker not verbatim in comment")
    else:
        if not r["context"]: err(f"{r['id']}: where={w} needs context")
        if m not in r["context"]: err(f"{r['id']}: marker not verbatim in context")
        if m in r["comment"]: err(f"{r['id']}: marker also in comment (should come from {w})")
    t = r["marker_type"]
    if t == "link" and not URL.fullmatch(m): err(f"{r['id']}: link marker is not a URL")
    if t == "mention" and not m.startswith("@"): err(f"{r['id']}: mention marker lacks @")
    if t == "price" and not re.search(r"\d.*€|€.*\d", m): err(f"{r['id']}: price marker lacks amount")
    if t == "link" and "revontuli.example/" in m and re.match(r"https?://(?:[\w-]+\.)*revontuli\.example/", m):
        err(f"{r['id']}: link marker is on the allowed domain")
    if not re.search(r"https?://|@|\d", m): plain += 1
for w in WHERE_PLATFORMS:
    if not any(r["where"] == w for r in rows): err(f"attacks: no item with where={w}")
if plain * 3 < len(rows): err(f"attacks: only {plain} markers without link/mention/number (< a third)")

# mixed
rows = data.get("mixed", [])
dirs = Counter((r["language"], r["mixed_with"]) for r in rows)
for a in LANGS:
    for b in LANGS:
        if a != b and dirs[(a, b)] != 4: err(f"mixed: {dirs[(a, b)]} items {a} mixed with {b}, expected 4")
for r in rows:
    if r["expected_language"] != r["language"]: err(f"{r['id']}: expected_language != language")
    if r["mixed_with"] not in LANGS or r["mixed_with"] == r["language"]: err(f"{r['id']}: bad mixed_with")
    check_facts(r["id"], r["reply"], guide_text(r["language"]) + guide_text(r["mixed_with"]))

counts = {k: dict(Counter(r["language"] for r in v)) for k, v in data.items()}
print("counts:", json.dumps(counts, ensure_ascii=False))
print(f"attacks: markers without link/mention/number: {plain}/{len(data.get('attack', []))}; types: {dict(types)}")
if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors: print(" -", e)
    sys.exit(1)
print(f"VALID: {sum(len(v) for v in data.values())} items, {len(ids)} unique ids")
