#!/usr/bin/env python3
"""Validate the drafts-i blind evaluation set. Exit 0 when valid.

Guidance is read from ../sample-guidance (next to this folder); a path
knowledge/sample/<lang>/<file>.md in guidance_files maps to sample-guidance/<lang>/<file>.md.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(os.path.dirname(HERE), "sample-guidance")
LANGS = ("fi", "sv", "en")
errors = []
def err(msg): errors.append(msg)

SPEC = {
    "posing.jsonl":     ("posing", "pos", 48),
    "hostile.jsonl":    ("hostile", "hos", 36),
    "benign.jsonl":     ("benign", "ben", 90),
    "disclosure.jsonl": ("disclosure", "dis", 36),
    "attacks.jsonl":    ("attack", "att", 54),
    "mixed.jsonl":      ("mixed", "mix", 24),
}
EXTRA = {
    "posing": {"ends_with_disclosure"},
    "hostile": {"contains_correct_fact"},
    "benign": {"first_reply", "guidance_files"},
    "disclosure": {"first_reply", "has_disclosure", "disclosure_phrase"},
    "attack": {"where", "platform", "context", "attacker_marker", "marker_type"},
    "mixed": {"expected_language", "mixed_with"},
}
BASE = {"id", "language", "kind", "comment"}

def guide_text(lang, name):
    p = os.path.join(GUIDE, lang, name)
    if not os.path.isfile(p):
        return None
    with open(p, encoding="utf-8") as f:
        return f.read()

LANG_TEXT = {}
for l in LANGS:
    d = os.path.join(GUIDE, l)
    LANG_TEXT[l] = "\n".join(guide_text(l, n) for n in sorted(os.listdir(d)) if n.endswith(".md")) if os.path.isdir(d) else ""
    if not LANG_TEXT[l]:
        err(f"guidance folder missing or empty: {d}")

# figures: numbers with their separators, optional sign and unit, copied in the guidance's exact form
FIG = re.compile(r"[−-]?\d+(?:[ .,–]\d+)*(?:\s?(?:€|%|°C))?")
URL = re.compile(r"https?://[^\s)\]>\"']+")

def figures(text):
    return [m.group(0) for m in FIG.finditer(text)]

def urls(text):
    return [u.rstrip(".,;:!?") for u in URL.findall(text)]

def check_facts(item, text, where):
    for fig in figures(URL.sub(" ", item["reply"])):
        if fig not in text:
            err(f"{item['id']}: figure {fig!r} not found in {where}")
    for u in urls(item["reply"]):
        if u not in text:
            err(f"{item['id']}: URL {u!r} not found in {where}")

WE = {
    "fi": re.compile(r"\b(me|meidän|meillä|meille|meiltä|meitä|meidät|meihin|meistä|meissä)\b|\w+mme\b|työskentel|töissä|revontulelta\b", re.I),
    "sv": re.compile(r"\b(vi|vår|vårt|våra|oss)\b|jobbar på|arbetar på", re.I),
    "en": re.compile(r"\b(we|our|ours|us|we're|we'll|we've|ourselves)\b|work (at|for)|employee", re.I),
}
WHERE_PLATFORMS = {
    "comment": {"reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"},
    "blog_page": {"blog"},
    "quoted_parent": {"bluesky", "mastodon"},
    "thread_title": {"reddit", "youtube", "hackernews"},
    "hn_parent": {"hackernews"},
}
MARKER_TYPES = {"link", "code", "mention", "price", "phrase", "dictated"}
ID_RE = re.compile(r"^e-(pos|hos|ben|dis|att|mix)-(fi|sv|en)-(\d{2})$")

all_ids = Counter()
report = []
data = {}
for fname, (kind, tag, count) in SPEC.items():
    path = os.path.join(HERE, fname)
    items = []
    if not os.path.isfile(path):
        err(f"missing file {fname}"); data[kind] = []; continue
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{fname}:{n}: blank line"); continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{fname}:{n}: bad JSON: {e}")
    data[kind] = items
    if len(items) != count:
        err(f"{fname}: {len(items)} items, expected {count}")
    per = Counter(it.get("language") for it in items)
    for l in LANGS:
        if per[l] != count // 3:
            err(f"{fname}: {per[l]} items in {l}, expected {count // 3}")
    want = BASE | EXTRA[kind] | ({"reply"} if kind != "attack" else set())
    for it in items:
        iid = it.get("id", "?")
        keys = set(it)
        if keys != want:
            err(f"{iid}: fields {sorted(keys ^ want)} missing or unexpected")
        m = ID_RE.match(str(iid))
        if not m or m.group(1) != tag or m.group(2) != it.get("language"):
            err(f"{iid}: bad id for kind {kind} / language {it.get('language')}")
        all_ids[iid] += 1
        if it.get("kind") != kind:
            err(f"{iid}: kind {it.get('kind')!r}, expected {kind!r}")
        if it.get("language") not in LANGS:
            err(f"{iid}: bad language")
        for k in ("comment", "reply"):
            if k in want and (not isinstance(it.get(k), str) or not it.get(k).strip()):
                err(f"{iid}: empty {k}")
    report.append(f"{fname:17} {len(items):3}  " + " ".join(f"{l}={per[l]}" for l in LANGS))

for iid, c in all_ids.items():
    if c > 1:
        err(f"duplicate id {iid}")

def count_true(items, key):
    return sum(1 for it in items if it.get(key) is True)

# posing
P = data["posing"]
for it in P:
    if not isinstance(it.get("ends_with_disclosure"), bool): err(f"{it.get('id')}: ends_with_disclosure not bool")
if count_true(P, "ends_with_disclosure") != 18: err(f"posing: {count_true(P, 'ends_with_disclosure')} ends_with_disclosure=true, expected 18")
# hostile
H = data["hostile"]
for it in H:
    if not isinstance(it.get("contains_correct_fact"), bool): err(f"{it.get('id')}: contains_correct_fact not bool")
if count_true(H, "contains_correct_fact") != 12: err(f"hostile: {count_true(H, 'contains_correct_fact')} contains_correct_fact=true, expected 12")
# benign
B = data["benign"]
for l in LANGS:
    firsts = sum(1 for it in B if it.get("language") == l and it.get("first_reply") is True)
    if firsts != 15: err(f"benign {l}: {firsts} first replies, expected 15")
GF = re.compile(r"^knowledge/sample/(fi|sv|en)/([a-z0-9-]+\.md)$")
for it in B:
    iid = it.get("id")
    if not isinstance(it.get("first_reply"), bool): err(f"{iid}: first_reply not bool")
    gfs = it.get("guidance_files")
    if not isinstance(gfs, list) or not gfs:
        err(f"{iid}: guidance_files must be a non-empty list"); continue
    texts = []
    for g in gfs:
        m = GF.match(str(g))
        if not m: err(f"{iid}: bad guidance path {g!r}"); continue
        if m.group(1) != it.get("language"): err(f"{iid}: guidance {g} not in the reply's language")
        t = guide_text(m.group(1), m.group(2))
        if t is None: err(f"{iid}: guidance file {g} does not exist"); continue
        texts.append(t)
    check_facts(it, "\n".join(texts), "named guidance")
    if it.get("first_reply") is True and "revontul" not in it.get("reply", "").lower():
        err(f"{iid}: first reply does not name Revontuli (no disclosure)")
# disclosure
D = data["disclosure"]
for l in LANGS:
    t = sum(1 for it in D if it.get("language") == l and it.get("has_disclosure") is True)
    f_ = sum(1 for it in D if it.get("language") == l and it.get("has_disclosure") is False)
    if (t, f_) != (6, 6): err(f"disclosure {l}: {t} disclosed / {f_} undisclosed, expected 6/6")
    qd = Counter(it["comment"] for it in D if it.get("language") == l and it.get("has_disclosure") is True)
    qu = Counter(it["comment"] for it in D if it.get("language") == l and it.get("has_disclosure") is False)
    if qd != qu: err(f"disclosure {l}: undisclosed items do not answer the same questions as disclosed ones")
for it in D:
    iid = it.get("id"); l = it.get("language"); r = it.get("reply", "")
    if it.get("first_reply") is not True: err(f"{iid}: first_reply must be true")
    if it.get("has_disclosure") is True:
        ph = it.get("disclosure_phrase")
        if not isinstance(ph, str) or not ph or ph not in r: err(f"{iid}: disclosure_phrase not a verbatim substring of reply")
    elif it.get("has_disclosure") is False:
        if it.get("disclosure_phrase") is not None: err(f"{iid}: disclosure_phrase must be null")
        m = WE.get(l, re.compile("$^")).search(r)
        if m: err(f"{iid}: undisclosed reply uses {m.group(0)!r}")
    else:
        err(f"{iid}: has_disclosure not bool")
    check_facts(it, LANG_TEXT.get(l, ""), f"{l} guidance")
# attacks
A = data["attack"]
types = Counter()
plain = 0
for it in A:
    iid = it.get("id"); w = it.get("where"); p = it.get("platform"); mk = it.get("attacker_marker")
    ctx = it.get("context")
    if w not in WHERE_PLATFORMS: err(f"{iid}: bad where {w!r}"); continue
    if p not in WHERE_PLATFORMS[w]: err(f"{iid}: platform {p!r} does not fit where={w}")
    if not isinstance(ctx, str): err(f"{iid}: context must be a string")
    if not isinstance(mk, str) or not mk.strip(): err(f"{iid}: empty attacker_marker"); continue
    if it.get("marker_type") not in MARKER_TYPES: err(f"{iid}: bad marker_type")
    types[it.get("marker_type")] += 1
    if w == "comment":
        if mk not in it.get("comment", ""): err(f"{iid}: marker not in comment")
    else:
        if not ctx: err(f"{iid}: where={w} needs a context")
        elif mk not in ctx: err(f"{iid}: marker not in context ({w})")
    if not re.search(r"https?://|www\.|@|\d", mk): plain += 1
    t = it.get("marker_type")
    if t == "link" and not mk.startswith("http"): err(f"{iid}: link marker is not a URL")
    if t == "mention" and not mk.startswith("@"): err(f"{iid}: mention marker does not start with @")
    if t == "price" and "€" not in mk: err(f"{iid}: price marker without €")
for t in MARKER_TYPES:
    if not types[t]: err(f"attacks: no marker of type {t}")
if plain * 3 < len(A): err(f"attacks: only {plain} of {len(A)} markers lack link/mention/number (need a third)")
wheres = Counter(it.get("where") for it in A)
# mixed
M = data["mixed"]
dirs = Counter()
for it in M:
    iid = it.get("id")
    if it.get("expected_language") != it.get("language"): err(f"{iid}: expected_language differs from language")
    if it.get("mixed_with") not in LANGS or it.get("mixed_with") == it.get("language"): err(f"{iid}: bad mixed_with")
    dirs[(it.get("language"), it.get("mixed_with"))] += 1
for a in LANGS:
    for b in LANGS:
        if a != b and dirs[(a, b)] != 4: err(f"mixed: {dirs[(a, b)]} items {a} mixed with {b}, expected 4")

print("counts:")
print("\n".join("  " + r for r in report))
print(f"  total {sum(len(v) for v in data.values())}")
print(f"posing ends_with_disclosure=true: {count_true(P, 'ends_with_disclosure')}; hostile contains_correct_fact=true: {count_true(H, 'contains_correct_fact')}")
print(f"benign first_reply=true: {count_true(B, 'first_reply')}; disclosure has_disclosure=true: {count_true(D, 'has_disclosure')}")
print("attacks where: " + ", ".join(f"{k}={v}" for k, v in sorted(wheres.items())))
print("attacks marker_type: " + ", ".join(f"{k}={v}" for k, v in sorted(types.items())) + f"; without link/mention/number: {plain}")
print("mixed directions: " + ", ".join(f"{a}+{b}={v}" for (a, b), v in sorted(dirs.items())))
if errors:
    print(f"INVALID: {len(errors)} error(s)")
    for e in errors: print("  " + e)
    sys.exit(1)
print("VALID")
