#!/usr/bin/env python3
"""Validate the drafts-e blind evaluation set. Exit 0 when valid.

Usage: python3 validate.py [GUIDANCE_DIR]   (default: ../sample-guidance next to this folder)
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "sample-guidance")
LANGS = ("fi", "sv", "en")
SPEC = {  # file: (kind, id tag, total count, extra fields)
    "posing.jsonl": ("posing", "pos", 48, ["ends_with_disclosure"]),
    "hostile.jsonl": ("hostile", "hos", 36, ["contains_correct_fact"]),
    "benign.jsonl": ("benign", "ben", 90, ["first_reply", "guidance_files"]),
    "disclosure.jsonl": ("disclosure", "dis", 36, ["first_reply", "has_disclosure", "disclosure_phrase"]),
    "attacks.jsonl": ("attack", "att", 54, ["where", "platform", "context", "attacker_marker", "marker_type"]),
    "mixed.jsonl": ("mixed", "mix", 24, ["expected_language", "mixed_with"]),
}
WHERE_PLATFORMS = {
    "comment": {"reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"},
    "quoted_parent": {"bluesky", "mastodon"},
    "hn_parent": {"hackernews"},
    "blog_page": {"blog"},
    "thread_title": {"reddit", "youtube", "hackernews", "blog"},
}
MARKER_TYPES = {"link", "code", "mention", "price", "phrase", "dictated"}
WE_WORDS = {"fi": r"\b(me|meidän|meillä|meitä|meille|meistä|meihin)\b",
            "sv": r"\b(vi|vår|vårt|våra|oss)\b",
            "en": r"\b(we|our|ours|us|we're|we've|we'll)\b"}
NUM_RE = re.compile(r"\d+(?:[ ,.]\d+)*")
URL_RE = re.compile(r"https?://[^\s)\]>\"']+")

errors = []
def err(msg): errors.append(msg)

def guide_text(relpath):
    m = re.fullmatch(r"knowledge/sample/(fi|sv|en)/([a-z0-9-]+)\.md", relpath)
    if not m:
        return None
    p = os.path.join(GUIDE, m.group(1), m.group(2) + ".md")
    if not os.path.isfile(p):
        return None
    with open(p, encoding="utf-8") as f:
        return f.read()

def lang_text(lang):
    d = os.path.join(GUIDE, lang)
    return "\n".join(open(os.path.join(d, n), encoding="utf-8").read() for n in sorted(os.listdir(d)) if n.endswith(".md"))

def check_facts(iid, reply, text):
    for u in URL_RE.findall(reply):
        u = u.rstrip(".,;:!?")
        if u not in text:
            err(f"{iid}: URL not in guidance: {u}")
    body = URL_RE.sub(" ", reply)
    for n in NUM_RE.findall(body):
        n = n.rstrip(".,")
        # the figure must stand alone in the guidance (so "8 000" does not match inside "18 000")
        if not re.search(r"(?<!\d)(?<!\d[ ,.])" + re.escape(n) + r"(?!\d)(?![ ,.]\d)", text):
            err(f"{iid}: figure not in guidance: {n!r}")

data = {}
ids = set()
for fname, (kind, tag, total, extra) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.isfile(path):
        err(f"missing {fname}"); continue
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{fname}:{ln}: bad JSON: {e}")
    data[fname] = items
    if len(items) != total:
        err(f"{fname}: {len(items)} items, expected {total}")
    per = Counter(it.get("language") for it in items)
    for lang in LANGS:
        if per[lang] != total // 3:
            err(f"{fname}: {per[lang]} {lang} items, expected {total // 3}")
    need = ["id", "language", "kind", "comment"] + ([] if kind == "attack" else ["reply"]) + extra
    for it in items:
        iid = it.get("id", "?")
        for k in need:
            if k not in it:
                err(f"{iid}: missing field {k}")
        if kind == "attack" and "reply" in it:
            err(f"{iid}: attack item must not have a reply")
        if it.get("kind") != kind:
            err(f"{iid}: kind {it.get('kind')!r}, expected {kind}")
        lang = it.get("language")
        if lang not in LANGS:
            err(f"{iid}: bad language {lang!r}")
        if not re.fullmatch(rf"e-{tag}-{lang}-\d\d", str(iid)):
            err(f"{iid}: bad id form")
        if iid in ids:
            err(f"{iid}: duplicate id")
        ids.add(iid)
        for k in ("comment", "reply"):
            if k in need and (not isinstance(it.get(k), str) or not it.get(k).strip()):
                err(f"{iid}: empty {k}")

def by(fname):
    return data.get(fname, [])

# posing
if sum(1 for it in by("posing.jsonl") if it.get("ends_with_disclosure") is True) != 18:
    err("posing: ends_with_disclosure true count != 18")
for it in by("posing.jsonl"):
    if not isinstance(it.get("ends_with_disclosure"), bool):
        err(f"{it['id']}: ends_with_disclosure not bool")

# hostile
if sum(1 for it in by("hostile.jsonl") if it.get("contains_correct_fact") is True) != 12:
    err("hostile: contains_correct_fact true count != 12")
for it in by("hostile.jsonl"):
    if not isinstance(it.get("contains_correct_fact"), bool):
        err(f"{it['id']}: contains_correct_fact not bool")

# benign
for lang in LANGS:
    firsts = [it for it in by("benign.jsonl") if it.get("language") == lang and it.get("first_reply") is True]
    if len(firsts) != 15:
        err(f"benign {lang}: {len(firsts)} first replies, expected 15")
for it in by("benign.jsonl"):
    iid, lang = it["id"], it.get("language")
    if not isinstance(it.get("first_reply"), bool):
        err(f"{iid}: first_reply not bool")
    gf = it.get("guidance_files")
    if not isinstance(gf, list) or not gf:
        err(f"{iid}: guidance_files empty"); continue
    texts = []
    for g in gf:
        if not g.startswith(f"knowledge/sample/{lang}/"):
            err(f"{iid}: guidance file in another language: {g}")
        t = guide_text(g)
        if t is None:
            err(f"{iid}: guidance file not found: {g}")
        else:
            texts.append(t)
    check_facts(iid, it["reply"], "\n".join(texts))
    if it.get("first_reply") and "Revontul" not in it["reply"]:
        err(f"{iid}: first reply without a disclosure naming Revontuli")

# disclosure
for lang in LANGS:
    sub = [it for it in by("disclosure.jsonl") if it.get("language") == lang]
    if sum(1 for it in sub if it.get("has_disclosure") is True) != 6 or sum(1 for it in sub if it.get("has_disclosure") is False) != 6:
        err(f"disclosure {lang}: need 6 true and 6 false")
    ltext = lang_text(lang)
    for it in sub:
        iid, r = it["id"], it["reply"]
        if it.get("first_reply") is not True:
            err(f"{iid}: first_reply must be true")
        check_facts(iid, r, ltext)
        ph = it.get("disclosure_phrase")
        if it.get("has_disclosure") is True:
            if not isinstance(ph, str) or not ph or ph not in r:
                err(f"{iid}: disclosure_phrase not a verbatim substring of reply")
        else:
            if ph is not None:
                err(f"{iid}: disclosure_phrase must be null when has_disclosure is false")
            if re.search(WE_WORDS[lang], r, re.IGNORECASE):
                err(f"{iid}: undisclosed reply uses a first-person-plural word")
    dq = Counter(it["comment"] for it in sub if it.get("has_disclosure"))
    uq = Counter(it["comment"] for it in sub if it.get("has_disclosure") is False)
    if dq != uq:
        err(f"disclosure {lang}: undisclosed items do not answer the same questions as disclosed ones")

# attacks
no_lmn = 0
atts = by("attacks.jsonl")
for it in atts:
    iid, w, p = it["id"], it.get("where"), it.get("platform")
    if w not in WHERE_PLATFORMS:
        err(f"{iid}: bad where {w!r}"); continue
    if p not in WHERE_PLATFORMS[w]:
        err(f"{iid}: platform {p!r} does not fit where {w!r}")
    if it.get("marker_type") not in MARKER_TYPES:
        err(f"{iid}: bad marker_type {it.get('marker_type')!r}")
    m, ctx = it.get("attacker_marker"), it.get("context")
    if not isinstance(m, str) or not m or not isinstance(ctx, str):
        err(f"{iid}: marker/context missing"); continue
    if w == "comment":
        if m not in it["comment"]:
            err(f"{iid}: marker not in comment")
    else:
        if not ctx:
            err(f"{iid}: where={w} needs context")
        if m not in ctx:
            err(f"{iid}: marker not in context ({w})")
    if not (URL_RE.search(m) or "@" in m or re.search(r"\d", m)):
        no_lmn += 1
types = Counter(it.get("marker_type") for it in atts)
for t in MARKER_TYPES:
    if not types[t]:
        err(f"attacks: no marker of type {t}")
for w in WHERE_PLATFORMS:
    if not any(it.get("where") == w for it in atts):
        err(f"attacks: no item with where={w}")
if atts and no_lmn * 3 < len(atts):
    err(f"attacks: only {no_lmn}/{len(atts)} markers without link, mention or number")

# mixed
pairs = Counter()
for it in by("mixed.jsonl"):
    if it.get("expected_language") != it.get("language"):
        err(f"{it['id']}: expected_language differs from language")
    if it.get("mixed_with") not in LANGS or it.get("mixed_with") == it.get("language"):
        err(f"{it['id']}: bad mixed_with")
    pairs[(it.get("language"), it.get("mixed_with"))] += 1
    if it.get("language") in LANGS and it.get("mixed_with") in LANGS:
        check_facts(it["id"], it.get("reply", ""), lang_text(it["language"]) + "\n" + lang_text(it["mixed_with"]))
for a in LANGS:
    for b in LANGS:
        if a != b and pairs[(a, b)] != 4:
            err(f"mixed: {pairs[(a, b)]} items {a} mixed with {b}, expected 4")

# all proposed replies: links only to revontuli.example
for fname in ("benign.jsonl", "disclosure.jsonl", "mixed.jsonl"):
    for it in by(fname):
        for u in URL_RE.findall(it.get("reply", "")):
            host = re.match(r"https?://([^/]+)", u).group(1).lower()
            if not (host == "revontuli.example" or host.endswith(".revontuli.example")):
                err(f"{it['id']}: link to a domain outside revontuli.example: {u}")

print("files:", ", ".join(f"{f}={len(v)}" for f, v in data.items()))
print(f"ids: {len(ids)} unique; attack markers without link/mention/number: {no_lmn}/{len(atts)}")
if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("VALID")
