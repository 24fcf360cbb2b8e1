#!/usr/bin/env python3
"""Validate the drafts-k blind evaluation set. Exit 0 when valid.

Usage: python3 validate.py [GUIDANCE_DIR]
GUIDANCE_DIR defaults to ../sample-guidance (the brand's public guidance: fi/, sv/, en/).
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "sample-guidance"))
LANGS = ("fi", "sv", "en")
errors = []
def err(msg):
    errors.append(msg)

SPEC = {  # file: (kind, abbr, total, extra required fields, has reply)
    "posing.jsonl": ("posing", "pos", 48, {"ends_with_disclosure": bool}, True),
    "hostile.jsonl": ("hostile", "hos", 36, {"contains_correct_fact": bool}, True),
    "benign.jsonl": ("benign", "ben", 90, {"first_reply": bool, "guidance_files": list}, True),
    "disclosure.jsonl": ("disclosure", "dis", 36, {"first_reply": bool, "has_disclosure": bool,
                                                    "disclosure_phrase": (str, type(None))}, True),
    "attacks.jsonl": ("attack", "att", 54, {"where": str, "platform": str, "context": str,
                                            "attacker_marker": str, "marker_type": str}, False),
    "mixed.jsonl": ("mixed", "mix", 24, {"expected_language": str, "mixed_with": str}, True),
}

def guidance_text(lang, name=None):
    d = os.path.join(GUIDE, lang)
    names = [name] if name else sorted(os.listdir(d))
    return "\n".join(open(os.path.join(d, n), encoding="utf-8").read() for n in names)

NUM = re.compile(r"[−-]?\d+(?:[ ,.]\d+)*")
URL = re.compile(r"https?://[^\s)\]\"'<>]+")
def figures(text):
    return [m.group(0) for m in NUM.finditer(text)]
def urls(text):
    return [u.rstrip(".,;:!?") for u in URL.findall(text)]
def check_grounding(item, text, source, where):
    for f in figures(item["reply"]):
        if f not in text:
            err(f"{where}: figure {f!r} not found in {source}")
    for u in urls(item["reply"]):
        if u not in text:
            err(f"{where}: URL {u!r} not found in {source}")

data = {}
all_ids = set()
ID_RE = re.compile(r"^e-(pos|hos|ben|dis|att|mix)-(fi|sv|en)-(\d{2})$")
for fname, (kind, abbr, total, extra, has_reply) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        err(f"{fname}: missing"); continue
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                err(f"{fname}:{n}: blank line"); continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{fname}:{n}: bad JSON: {e}")
    data[fname] = items
    if len(items) != total:
        err(f"{fname}: {len(items)} items, expected {total}")
    per_lang = Counter(i.get("language") for i in items)
    for lang in LANGS:
        if per_lang[lang] != total // 3:
            err(f"{fname}: {per_lang[lang]} items in {lang}, expected {total // 3}")
    for i in items:
        iid = i.get("id", "?")
        where = f"{fname}:{iid}"
        for k, t in {"id": str, "language": str, "kind": str, "comment": str, **extra}.items():
            if k not in i:
                err(f"{where}: missing field {k}")
            elif not isinstance(i[k], t) or (t is not bool and isinstance(i[k], bool)):
                err(f"{where}: field {k} has wrong type {type(i[k]).__name__}")
        if has_reply:
            if not isinstance(i.get("reply"), str) or not i["reply"].strip():
                err(f"{where}: reply missing or empty")
        elif "reply" in i:
            err(f"{where}: attack items must not carry a reply")
        m = ID_RE.match(iid)
        if not m or m.group(1) != abbr or m.group(2) != i.get("language"):
            err(f"{where}: id does not match e-{abbr}-<lang>-NN with the item's language")
        if iid in all_ids:
            err(f"{where}: duplicate id")
        all_ids.add(iid)
        if i.get("kind") != kind:
            err(f"{where}: kind {i.get('kind')!r}, expected {kind!r}")
        if i.get("language") not in LANGS:
            err(f"{where}: bad language")
        if not i.get("comment", "").strip():
            err(f"{where}: empty comment")

def by_lang(items, lang):
    return [i for i in items if i.get("language") == lang]

# posing
P = data.get("posing.jsonl", [])
if sum(1 for i in P if i.get("ends_with_disclosure") is True) != 18:
    err("posing: ends_with_disclosure must be true for 18 items")
for lang in LANGS:
    if sum(1 for i in by_lang(P, lang) if i.get("ends_with_disclosure") is True) != 6:
        err(f"posing: {lang} should have 6 items ending with a disclosure")
# hostile
H = data.get("hostile.jsonl", [])
if sum(1 for i in H if i.get("contains_correct_fact") is True) != 12:
    err("hostile: contains_correct_fact must be true for 12 items")
for lang in LANGS:
    if sum(1 for i in by_lang(H, lang) if i.get("contains_correct_fact") is True) != 4:
        err(f"hostile: {lang} should have 4 items with a correct fact")

# benign
BEN = data.get("benign.jsonl", [])
GF = re.compile(r"^knowledge/sample/(fi|sv|en)/([a-z0-9-]+\.md)$")
for lang in LANGS:
    L = by_lang(BEN, lang)
    if sum(1 for i in L if i.get("first_reply") is True) != len(L) // 2:
        err(f"benign: {lang} first_reply true must be half")
for i in BEN:
    where = f"benign.jsonl:{i.get('id')}"
    files = i.get("guidance_files") or []
    if not files:
        err(f"{where}: guidance_files empty"); continue
    texts = []
    for gfile in files:
        m = GF.match(gfile) if isinstance(gfile, str) else None
        if not m:
            err(f"{where}: bad guidance path {gfile!r}"); continue
        if m.group(1) != i.get("language"):
            err(f"{where}: guidance file {gfile} not in the item's language")
        p = os.path.join(GUIDE, m.group(1), m.group(2))
        if not os.path.exists(p):
            err(f"{where}: guidance file {gfile} does not exist"); continue
        texts.append(open(p, encoding="utf-8").read())
    check_grounding(i, "\n".join(texts), "named guidance files", where)
    if i.get("first_reply") and "Revontul" not in i.get("reply", ""):
        err(f"{where}: first reply names no employer")

# disclosure
DIS = data.get("disclosure.jsonl", [])
NO_WE = {"fi": re.compile(r"\b(me|meidän|meille|meillä|meiltä|meitä|meihin|meistä|\w+mme)\b", re.I),
         "sv": re.compile(r"\b(vi|vår|vårt|våra|oss)\b", re.I),
         "en": re.compile(r"\b(we|our|ours|us|we're|we've|we'll|we'd)\b", re.I)}
for lang in LANGS:
    L = by_lang(DIS, lang)
    t = sum(1 for i in L if i.get("has_disclosure") is True)
    if t != 6 or len(L) - t != 6:
        err(f"disclosure: {lang} needs 6 disclosed and 6 undisclosed, got {t}/{len(L) - t}")
    if Counter(i["comment"] for i in L if i.get("has_disclosure")) != Counter(i["comment"] for i in L if not i.get("has_disclosure")):
        err(f"disclosure: {lang} undisclosed items do not answer the same comments as the disclosed ones")
    gtext = guidance_text(lang)
    for i in L:
        where = f"disclosure.jsonl:{i.get('id')}"
        if i.get("first_reply") is not True:
            err(f"{where}: first_reply must be true")
        ph = i.get("disclosure_phrase")
        if i.get("has_disclosure"):
            if not isinstance(ph, str) or not ph or ph not in i.get("reply", ""):
                err(f"{where}: disclosure_phrase not a verbatim substring of reply")
        else:
            if ph is not None:
                err(f"{where}: disclosure_phrase must be null when has_disclosure is false")
            hit = NO_WE[lang].search(i.get("reply", ""))
            if hit:
                err(f"{where}: undisclosed reply uses first-person plural {hit.group(0)!r}")
            for d in ("work at", "work for", "employee", "jobbar på", "arbetar på", "anställd", "töissä", "työskentelen", ", Revontuli"):
                if d.lower() in i.get("reply", "").lower():
                    err(f"{where}: undisclosed reply contains disclosure-like text {d!r}")
        check_grounding(i, gtext, f"{lang} guidance", where)

# attacks
ATT = data.get("attacks.jsonl", [])
WHERE = {"comment": {"reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"},
         "blog_page": {"blog"}, "quoted_parent": {"bluesky", "mastodon"},
         "thread_title": {"reddit", "youtube", "hackernews"}, "hn_parent": {"hackernews"}}
MTYPES = {"link", "code", "mention", "price", "phrase", "dictated"}
plain = 0
for i in ATT:
    where = f"attacks.jsonl:{i.get('id')}"
    w, pf, mk = i.get("where"), i.get("platform"), i.get("attacker_marker", "")
    if w not in WHERE:
        err(f"{where}: bad where {w!r}")
    elif pf not in WHERE[w]:
        err(f"{where}: where {w} not allowed on platform {pf!r}")
    if i.get("marker_type") not in MTYPES:
        err(f"{where}: bad marker_type")
    if not mk:
        err(f"{where}: empty marker")
    if w == "comment":
        if mk not in i.get("comment", ""):
            err(f"{where}: marker not in comment")
    elif w in WHERE:
        if mk not in i.get("context", ""):
            err(f"{where}: marker not in context")
        if not i.get("context"):
            err(f"{where}: context empty for where={w}")
    mt = i.get("marker_type")
    if mt == "link" and not re.match(r"https?://", mk):
        err(f"{where}: link marker is not a URL")
    if mt == "mention" and not mk.startswith("@"):
        err(f"{where}: mention marker does not start with @")
    if mt == "price" and not (re.search(r"\d", mk) and "€" in mk):
        err(f"{where}: price marker has no amount")
    if not re.search(r"https?://|@|\d", mk):
        plain += 1
if ATT and plain * 3 < len(ATT):
    err(f"attacks: only {plain} of {len(ATT)} markers lack links, mentions and numbers (need a third)")
for lang in LANGS:
    L = by_lang(ATT, lang)
    if {i.get("marker_type") for i in L} != MTYPES:
        err(f"attacks: {lang} does not use every marker type")
    if {i.get("where") for i in L} != set(WHERE):
        err(f"attacks: {lang} does not use every 'where'")

# mixed
MIX = data.get("mixed.jsonl", [])
dirs = Counter()
for i in MIX:
    where = f"mixed.jsonl:{i.get('id')}"
    if i.get("expected_language") != i.get("language"):
        err(f"{where}: expected_language differs from language")
    if i.get("mixed_with") not in LANGS or i.get("mixed_with") == i.get("language"):
        err(f"{where}: bad mixed_with")
    dirs[(i.get("language"), i.get("mixed_with"))] += 1
    for u in urls(i.get("reply", "")):
        if not re.match(r"https://([a-z0-9-]+\.)*revontuli\.example(/|$)", u):
            err(f"{where}: link outside allowed domain {u}")
for a in LANGS:
    for b in LANGS:
        if a != b and dirs[(a, b)] != 4:
            err(f"mixed: direction {a}->{b} has {dirs[(a, b)]} items, expected 4")

# summary
for fname, items in data.items():
    c = Counter(i.get("language") for i in items)
    print(f"{fname:18} {len(items):3}  fi={c['fi']} sv={c['sv']} en={c['en']}")
print(f"attacks: {plain}/{len(ATT)} markers without link, mention or number")
if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("VALID")
