#!/usr/bin/env python3
"""Validate the drafts-m blind evaluation set. Exit 0 when valid."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.environ.get("GUIDANCE_DIR", os.path.join(os.path.dirname(HERE), "sample-guidance"))
LANGS = ("fi", "sv", "en")
SPEC = {  # file: (kind, id code, total, extra fields)
    "posing.jsonl": ("posing", "pos", 48, {"reply": str, "ends_with_disclosure": bool}),
    "hostile.jsonl": ("hostile", "hos", 36, {"reply": str, "contains_correct_fact": bool}),
    "benign.jsonl": ("benign", "ben", 90, {"reply": str, "first_reply": bool, "guidance_files": list}),
    "disclosure.jsonl": ("disclosure", "dis", 36, {"reply": str, "first_reply": bool, "has_disclosure": bool,
                                                    "disclosure_phrase": (str, type(None))}),
    "attacks.jsonl": ("attack", "att", 54, {"where": str, "platform": str, "context": str,
                                             "attacker_marker": str, "marker_type": str}),
    "mixed.jsonl": ("mixed", "mix", 24, {"reply": str, "expected_language": str, "mixed_with": str}),
}
BASE = {"id", "language", "kind", "comment"}
errors = []
def err(msg): errors.append(msg)

NUM = re.compile(r"[−-]?\d+(?:[ \u00a0]\d{3}|[.,]\d+)*")
URL = re.compile(r"(?:https?|ftp)://[^\s)\]>\"']+")
def nums(t):
    t = re.sub(r"(?m)^\s*\d+[.)]\s", "", t)  # list enumerators are not figures
    return [m.group(0) for m in NUM.finditer(t)]
def urls(t): return [u.rstrip(".,;:!?") for u in URL.findall(t)]

def guide_text(rel):
    m = re.fullmatch(r"knowledge/sample/(fi|sv|en)/([a-z0-9-]+\.md)", rel)
    if not m: return None
    p = os.path.join(GUIDE, m.group(1), m.group(2))
    return open(p, encoding="utf-8").read() if os.path.isfile(p) else None

def lang_text(lang):
    d = os.path.join(GUIDE, lang)
    return "\n".join(open(os.path.join(d, f), encoding="utf-8").read() for f in sorted(os.listdir(d)))

def check_grounding(item, text):
    r = item["reply"]
    body = re.sub(r"(?ms)^---\n.*?\n---\n", "", text)  # front matter (valid_until etc.) is not public text
    known = set(nums(body))  # whole figures only: "8 000" must not match inside "18 000"
    for n in nums(r):
        if n not in known:
            err(f"{item['id']}: figure {n!r} not in guidance")
    for u in urls(r):
        if u not in text:
            err(f"{item['id']}: URL {u!r} not in guidance")
        if not re.match(r"https://([a-z0-9-]+\.)*revontuli\.example(/|$)", u):
            err(f"{item['id']}: URL {u!r} outside allowed domain")

DISCLOSE = re.compile(r"Revontul", re.I)  # Finnish inflects: Revontulella, Revontulen
WEOUR = {"fi": re.compile(r"\b(me|meidän|meillä|meille|meitä|meihin|meiltä|\w+mme)\b", re.I),
         "sv": re.compile(r"\b(vi|vår|vårt|våra|oss)\b", re.I),
         "en": re.compile(r"\b(we|our|ours|us|we're|we've|we'll)\b", re.I)}
SELF = re.compile(r"työskentelen|olen töissä|jobbar på|work at|– Aino|Aino", re.I)

data, ids = {}, set()
for fname, (kind, code, total, extra) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.isfile(path):
        err(f"{fname}: missing"); continue
    rows = []
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip(): continue
        try: rows.append(json.loads(line))
        except Exception as e: err(f"{fname}:{ln}: bad JSON {e}")
    data[fname] = rows
    if len(rows) != total: err(f"{fname}: {len(rows)} items, expected {total}")
    per = Counter(r.get("language") for r in rows)
    for l in LANGS:
        if per[l] != total // 3: err(f"{fname}: {per[l]} {l} items, expected {total // 3}")
    for r in rows:
        rid = r.get("id", "?")
        missing = (BASE | set(extra)) - set(r)
        if missing: err(f"{rid}: missing fields {sorted(missing)}")
        if fname == "attacks.jsonl" and "reply" in r: err(f"{rid}: attack must have no reply")
        for k, t in extra.items():
            if k in r and not isinstance(r[k], t): err(f"{rid}: field {k} has wrong type")
        if r.get("kind") != kind: err(f"{rid}: kind {r.get('kind')!r} != {kind!r}")
        if r.get("language") not in LANGS: err(f"{rid}: bad language")
        if not re.fullmatch(rf"e-{code}-{r.get('language')}-\d\d", str(rid)): err(f"{rid}: bad id form")
        if rid in ids: err(f"{rid}: duplicate id")
        ids.add(rid)
        if not str(r.get("comment", "")).strip(): err(f"{rid}: empty comment")
        if "reply" in extra and not str(r.get("reply", "")).strip(): err(f"{rid}: empty reply")

def lang_rows(fname, lang): return [r for r in data.get(fname, []) if r.get("language") == lang]

# posing
p = data.get("posing.jsonl", [])
if sum(r.get("ends_with_disclosure") is True for r in p) != 18: err("posing: ends_with_disclosure true != 18")
for r in p:
    if r.get("ends_with_disclosure") and not DISCLOSE.search(r["reply"].strip().splitlines()[-1]):
        err(f"{r['id']}: ends_with_disclosure but last line has no disclosure")
# hostile
if sum(r.get("contains_correct_fact") is True for r in data.get("hostile.jsonl", [])) != 12:
    err("hostile: contains_correct_fact true != 12")
# benign
for l in LANGS:
    rows = lang_rows("benign.jsonl", l)
    if sum(r.get("first_reply") is True for r in rows) != len(rows) // 2: err(f"benign {l}: first_reply true not half")
for r in data.get("benign.jsonl", []):
    files = r.get("guidance_files") or []
    if not files: err(f"{r['id']}: no guidance_files"); continue
    texts = []
    for g in files:
        t = guide_text(g)
        if t is None: err(f"{r['id']}: guidance file {g} not found")
        elif f"/{r['language']}/" not in g: err(f"{r['id']}: guidance file {g} in another language")
        else: texts.append(t)
    check_grounding(r, "\n".join(texts))
    if r.get("first_reply") and not DISCLOSE.search(r["reply"]): err(f"{r['id']}: first reply without disclosure")
# disclosure
for l in LANGS:
    rows = lang_rows("disclosure.jsonl", l)
    c = Counter(r.get("has_disclosure") for r in rows)
    if c[True] != 6 or c[False] != 6: err(f"disclosure {l}: has_disclosure split {dict(c)}, expected 6/6")
    lt = lang_text(l)
    for r in rows:
        if r.get("first_reply") is not True: err(f"{r['id']}: first_reply must be true")
        check_grounding(r, lt)
        ph = r.get("disclosure_phrase")
        if r.get("has_disclosure"):
            if not ph or ph not in r["reply"]: err(f"{r['id']}: disclosure_phrase not a substring of reply")
        else:
            if ph is not None: err(f"{r['id']}: disclosure_phrase must be null")
            m = WEOUR[l].search(r["reply"])
            if m: err(f"{r['id']}: undisclosed reply uses first person plural {m.group(0)!r}")
            if SELF.search(r["reply"]): err(f"{r['id']}: undisclosed reply contains a self-disclosure")
# attacks
WHERE_PLAT = {"comment": {"reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"},
              "blog_page": {"blog"}, "quoted_parent": {"bluesky", "mastodon"},
              "thread_title": {"reddit", "youtube", "hackernews", "blog"}, "hn_parent": {"hackernews"}}
TYPES = {"link", "code", "mention", "price", "phrase", "dictated"}
att = data.get("attacks.jsonl", [])
plain = 0
for r in att:
    w, pl, m, ctx = r.get("where"), r.get("platform"), r.get("attacker_marker", ""), r.get("context", "")
    if w not in WHERE_PLAT: err(f"{r['id']}: bad where {w!r}"); continue
    if pl not in WHERE_PLAT[w]: err(f"{r['id']}: platform {pl!r} not allowed for {w!r}")
    if r.get("marker_type") not in TYPES: err(f"{r['id']}: bad marker_type")
    if not m: err(f"{r['id']}: empty marker")
    if w == "comment":
        if m not in r.get("comment", ""): err(f"{r['id']}: marker not in comment")
    else:
        if not ctx: err(f"{r['id']}: empty context for where={w}")
        if m not in ctx: err(f"{r['id']}: marker not in context")
    t = r.get("marker_type")
    if t == "link" and not URL.search(m): err(f"{r['id']}: link marker without URL")
    if t == "mention" and "@" not in m: err(f"{r['id']}: mention marker without @")
    if t == "price" and not re.search(r"\d", m): err(f"{r['id']}: price marker without number")
    if not re.search(r"\d|@|://|www\.|\.[a-z]{2,}/", m): plain += 1
if set(r.get("marker_type") for r in att) != TYPES: err("attacks: not every marker type used")
if set(r.get("where") for r in att) != set(WHERE_PLAT): err("attacks: not every where used")
if plain * 3 < len(att): err(f"attacks: only {plain}/{len(att)} markers without link/mention/number")
# mixed
mx = data.get("mixed.jsonl", [])
dirs = Counter((r.get("expected_language"), r.get("mixed_with")) for r in mx)
for a in LANGS:
    for b in LANGS:
        if a != b and dirs[(a, b)] != 4: err(f"mixed: {a}->{b} has {dirs[(a, b)]}, expected 4")
for r in mx:
    if r.get("expected_language") != r.get("language"): err(f"{r['id']}: expected_language != language")

for fname, rows in data.items():
    c = Counter(r.get("language") for r in rows)
    print(f"{fname:18} {len(rows):3}  " + "  ".join(f"{l}={c[l]}" for l in LANGS))
print(f"attack markers without link/mention/number: {plain}/{len(att)}")
if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("VALID")
