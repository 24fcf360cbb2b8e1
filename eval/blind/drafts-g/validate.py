#!/usr/bin/env python3
"""Validator for the drafts-g evaluation set. Exit 0 when valid, 1 otherwise."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(os.path.dirname(HERE), "sample-guidance")
LANGS = ("fi", "sv", "en")
errors = []

def err(msg):
    errors.append(msg)

SPEC = {  # file: (kind, id tag, total, extra fields)
    "posing.jsonl": ("posing", "pos", 48, {"ends_with_disclosure": bool}),
    "hostile.jsonl": ("hostile", "hos", 36, {"contains_correct_fact": bool}),
    "benign.jsonl": ("benign", "ben", 90, {"first_reply": bool, "guidance_files": list}),
    "disclosure.jsonl": ("disclosure", "dis", 36, {"first_reply": bool, "has_disclosure": bool,
                                                   "disclosure_phrase": (str, type(None))}),
    "attacks.jsonl": ("attack", "att", 54, {"where": str, "platform": str, "context": str,
                                            "attacker_marker": str, "marker_type": str}),
    "mixed.jsonl": ("mixed", "mix", 24, {"expected_language": str, "mixed_with": str}),
}

URL_RE = re.compile(r"https?://[^\s<>\"')]+")
NUM_RE = re.compile(r"\d+(?:[ ,.]\d+)*")

_gcache = {}
def guidance_text(path):
    m = re.fullmatch(r"knowledge/sample/(fi|sv|en)/([a-z0-9-]+)\.md", path)
    if not m:
        return None
    p = os.path.join(GUIDE, m.group(1), m.group(2) + ".md")
    if not os.path.isfile(p):
        return None
    if p not in _gcache:
        _gcache[p] = open(p, encoding="utf-8").read()
    return _gcache[p]

def urls_of(text):
    return [u.rstrip(".,;:!?") for u in URL_RE.findall(text)]

def figures_of(text):
    return NUM_RE.findall(URL_RE.sub(" ", text))

def number_in(tok, text):
    pat = r"(?<!\d)(?<!\d[ ,.])" + re.escape(tok) + r"(?!\d)(?![ ,.]\d)"
    return re.search(pat, text) is not None

def check_grounding(it):
    files = it.get("guidance_files")
    if not isinstance(files, list) or not files:
        err(f"{it['id']}: guidance_files must be a non-empty list")
        return
    texts = []
    for f in files:
        t = guidance_text(f)
        if t is None:
            err(f"{it['id']}: guidance file not found or badly named: {f}")
            continue
        if f"/sample/{it['language']}/" not in f:
            err(f"{it['id']}: guidance file {f} is not in the reply's language")
        texts.append(t)
    g = "\n".join(texts)
    for u in urls_of(it["reply"]):
        if u not in urls_of(g):
            err(f"{it['id']}: URL not in the named guidance: {u}")
    for n in figures_of(it["reply"]):
        if not number_in(n, g):
            err(f"{it['id']}: figure not in the named guidance: {n!r}")

data = {}
all_ids = set()
for fname, (kind, tag, total, extra) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.isfile(path):
        err(f"missing file {fname}")
        continue
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"{fname}:{ln}: blank line")
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{fname}:{ln}: bad JSON: {e}")
    data[fname] = items
    if len(items) != total:
        err(f"{fname}: {len(items)} items, expected {total}")
    per_lang = Counter(it.get("language") for it in items)
    for l in LANGS:
        if per_lang[l] != total // 3:
            err(f"{fname}: {per_lang[l]} items in {l}, expected {total // 3}")
    for it in items:
        iid = it.get("id", "?")
        m = re.fullmatch(r"e-(pos|hos|ben|dis|att|mix)-(fi|sv|en)-(\d\d)", str(iid))
        if not m or m.group(1) != tag or m.group(2) != it.get("language"):
            err(f"{fname}: bad id {iid!r} for language {it.get('language')!r}")
        if iid in all_ids:
            err(f"duplicate id {iid}")
        all_ids.add(iid)
        if it.get("kind") != kind:
            err(f"{iid}: kind {it.get('kind')!r}, expected {kind!r}")
        if not isinstance(it.get("comment"), str) or not it["comment"].strip():
            err(f"{iid}: empty comment")
        if kind == "attack":
            if "reply" in it:
                err(f"{iid}: attack items carry no reply")
        elif not isinstance(it.get("reply"), str) or not it["reply"].strip():
            err(f"{iid}: missing reply")
        for k, t in extra.items():
            if k not in it or not isinstance(it[k], t) or (t is bool and not isinstance(it[k], bool)):
                err(f"{iid}: field {k} missing or wrong type")

def by_lang(items, pred):
    return Counter(it["language"] for it in items if pred(it))

# posing
P = data.get("posing.jsonl", [])
c = by_lang(P, lambda i: i.get("ends_with_disclosure") is True)
if sum(c.values()) != 18 or any(c[l] != 6 for l in LANGS):
    err(f"posing: ends_with_disclosure true counts {dict(c)}, expected 6 per language (18)")
for it in P:
    if it.get("ends_with_disclosure") and "Revontul" not in it["reply"].strip().split("\n")[-1]:
        err(f"{it['id']}: ends_with_disclosure but the last line does not disclose")

# hostile
H = data.get("hostile.jsonl", [])
c = by_lang(H, lambda i: i.get("contains_correct_fact") is True)
if sum(c.values()) != 12 or any(c[l] != 4 for l in LANGS):
    err(f"hostile: contains_correct_fact true counts {dict(c)}, expected 4 per language (12)")

# benign
B = data.get("benign.jsonl", [])
c = by_lang(B, lambda i: i.get("first_reply") is True)
if any(c[l] != 15 for l in LANGS):
    err(f"benign: first_reply true counts {dict(c)}, expected 15 per language")
for it in B:
    check_grounding(it)
    if it.get("first_reply") and "Revontul" not in it["reply"]:
        err(f"{it['id']}: first reply without a disclosure")

# disclosure
D = data.get("disclosure.jsonl", [])
c = by_lang(D, lambda i: i.get("has_disclosure") is True)
if any(c[l] != 6 for l in LANGS):
    err(f"disclosure: has_disclosure true counts {dict(c)}, expected 6 per language")
WE = re.compile(r"\b(we|our|ours|us|vi|vår|vårt|våra|oss|me|meidän|meitä|meille|meillä|meiltä)\b", re.I)
for it in D:
    if it.get("first_reply") is not True:
        err(f"{it['id']}: disclosure items are first replies")
    if it.get("has_disclosure"):
        ph = it.get("disclosure_phrase")
        if not ph or ph not in it["reply"]:
            err(f"{it['id']}: disclosure_phrase not a verbatim substring of the reply")
    else:
        if it.get("disclosure_phrase") is not None:
            err(f"{it['id']}: disclosure_phrase must be null when has_disclosure is false")
        w = WE.search(it["reply"])
        if w:
            err(f"{it['id']}: undisclosed reply contains first-person plural {w.group(0)!r}")
    if "guidance_files" in it:
        check_grounding(it)
    else:
        err(f"{it['id']}: guidance_files missing (needed to check figures)")
for l in LANGS:
    rows = [i for i in D if i["language"] == l]
    qs_d = Counter(i["comment"] for i in rows if i.get("has_disclosure"))
    qs_u = Counter(i["comment"] for i in rows if not i.get("has_disclosure"))
    if qs_d != qs_u:
        err(f"disclosure/{l}: undisclosed items do not answer the same questions as the disclosed ones")

# attacks
A = data.get("attacks.jsonl", [])
WHERE = {"comment", "blog_page", "quoted_parent", "thread_title", "hn_parent"}
PLAT = {"reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"}
TYPES = {"link", "code", "mention", "price", "phrase", "dictated"}
plain = 0
for it in A:
    iid, w, p, m = it["id"], it.get("where"), it.get("platform"), it.get("attacker_marker", "")
    if w not in WHERE:
        err(f"{iid}: bad where {w!r}")
    if p not in PLAT:
        err(f"{iid}: bad platform {p!r}")
    if it.get("marker_type") not in TYPES:
        err(f"{iid}: bad marker_type")
    if w == "quoted_parent" and p not in ("bluesky", "mastodon"):
        err(f"{iid}: quoted_parent must be on bluesky or mastodon")
    if w == "hn_parent" and p != "hackernews":
        err(f"{iid}: hn_parent must be on hackernews")
    if w == "blog_page" and p != "blog":
        err(f"{iid}: blog_page must be on blog")
    if not m:
        err(f"{iid}: empty marker")
    elif w == "comment":
        if m not in it["comment"]:
            err(f"{iid}: marker not in comment")
    else:
        if not it.get("context"):
            err(f"{iid}: context empty although where={w}")
        elif m not in it["context"]:
            err(f"{iid}: marker not in context")
    t = it.get("marker_type")
    if t == "link" and not URL_RE.search(m):
        err(f"{iid}: link marker without URL")
    if t == "mention" and "@" not in m:
        err(f"{iid}: mention marker without @")
    if t == "price" and not (re.search(r"\d", m) and "€" in m):
        err(f"{iid}: price marker without amount")
    if not (URL_RE.search(m) or "@" in m or re.search(r"\d", m)):
        plain += 1
if A and plain * 3 < len(A):
    err(f"attacks: only {plain}/{len(A)} markers without link, mention or number (need at least a third)")
for l in LANGS:
    types = Counter(i["marker_type"] for i in A if i["language"] == l)
    if set(types) != TYPES:
        err(f"attacks/{l}: marker types missing: {TYPES - set(types)}")
    wh = Counter(i["where"] for i in A if i["language"] == l)
    if set(wh) != WHERE:
        err(f"attacks/{l}: where values missing: {WHERE - set(wh)}")

# mixed
M = data.get("mixed.jsonl", [])
dirs = Counter()
for it in M:
    if it.get("expected_language") != it.get("language"):
        err(f"{it['id']}: expected_language differs from language")
    if it.get("mixed_with") not in LANGS or it.get("mixed_with") == it.get("language"):
        err(f"{it['id']}: bad mixed_with")
    dirs[(it.get("language"), it.get("mixed_with"))] += 1
for a in LANGS:
    for b in LANGS:
        if a != b and dirs[(a, b)] != 4:
            err(f"mixed: {dirs[(a, b)]} items {a} mixed with {b}, expected 4")

print("files:", {f: len(v) for f, v in data.items()})
for f, v in data.items():
    print(f"  {f}: " + ", ".join(f"{l}={sum(1 for i in v if i.get('language') == l)}" for l in LANGS))
print(f"attack markers without link/mention/number: {plain}/{len(A)}")
if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("VALID: all checks passed")
