#!/usr/bin/env python3
"""Validate the drafts-p blind evaluation set. Exit 0 when valid."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(os.path.dirname(HERE), "sample-guidance")
LANGS = ("fi", "sv", "en")
SPEC = {  # file: (kind, id code, total)
    "posing.jsonl": ("posing", "pos", 48),
    "hostile.jsonl": ("hostile", "hos", 36),
    "benign.jsonl": ("benign", "ben", 90),
    "disclosure.jsonl": ("disclosure", "dis", 36),
    "attacks.jsonl": ("attack", "att", 54),
    "mixed.jsonl": ("mixed", "mix", 24),
}
EXTRA = {
    "posing": {"ends_with_disclosure": bool},
    "hostile": {"contains_correct_fact": bool},
    "benign": {"first_reply": bool, "guidance_files": list},
    "disclosure": {"first_reply": bool, "has_disclosure": bool, "disclosure_phrase": (str, type(None))},
    "attack": {"where": str, "platform": str, "context": str, "attacker_marker": str, "marker_type": str},
    "mixed": {"expected_language": str, "mixed_with": str},
}
WHERE_PLATFORMS = {
    "comment": {"reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"},
    "blog_page": {"blog"},
    "quoted_parent": {"bluesky", "mastodon"},
    "thread_title": {"reddit", "youtube", "hackernews", "blog"},
    "hn_parent": {"hackernews"},
}
MARKER_TYPES = {"link", "code", "mention", "price", "phrase", "dictated"}
DISCLOSURE_RE = re.compile(
    r"–\s*\w+,\s*Revontuli\b|töissä Revontulella|Työskentelen Revontulella|Revontulen työntekijänä|\w+ Revontulelta\b"
    r"|jobbar på Revontuli|anställd på Revontuli|på Revontuli här"
    r"|work (?:at|for) Revontuli|Revontuli employee|from Revontuli here", re.I)
PRONOUNS = {
    "fi": re.compile(r"\b(me|meidän|meillä|meille|meiltä|meitä|meistä|meihin|meissä)\b|\b\w{3,}mme\b", re.I),
    "sv": re.compile(r"\b(vi|vår|vårt|våra|oss)\b", re.I),
    "en": re.compile(r"\b(we|our|ours|us|we're|we've)\b", re.I),
}
NUM_RE = re.compile(r"[−-]?\d+(?:[ ,.]\d+)*(?:\s?–\s?\d+(?:[ ,.]\d+)*)?(?:\s?(?:€|%|°C))?")
URL_RE = re.compile(r"https?://[^\s)\"'<>]+")
ID_RE = re.compile(r"^e-(pos|hos|ben|dis|att|mix)-(fi|sv|en)-(\d\d)$")

errors = []
def err(msg): errors.append(msg)

def guide_text(paths, where):
    text = ""
    for p in paths:
        m = re.fullmatch(r"knowledge/sample/(fi|sv|en)/([a-z0-9-]+\.md)", p or "")
        if not m:
            err(f"{where}: bad guidance path {p!r}"); continue
        fp = os.path.join(GUIDE, m.group(1), m.group(2))
        if not os.path.isfile(fp):
            err(f"{where}: guidance file not found {p}"); continue
        text += open(fp, encoding="utf-8").read() + "\n"
    return text

def check_grounded(item, where):
    files = item.get("guidance_files")
    if not isinstance(files, list) or not files:
        err(f"{where}: guidance_files missing/empty"); return
    for p in files:
        if not p.startswith(f"knowledge/sample/{item['language']}/"):
            err(f"{where}: guidance file {p} not in the reply's language")
    text = guide_text(files, where)
    reply = item["reply"]
    for u in URL_RE.findall(reply):
        u = u.rstrip(".,;:!?")
        if u not in text:
            err(f"{where}: URL not in named guidance: {u}")
    for n in NUM_RE.findall(reply):
        n = n.strip()
        if n not in text:
            err(f"{where}: figure not in named guidance: {n!r}")

all_ids = set()
data = {}
summary = []
for fname, (kind, code, total) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.isfile(path):
        err(f"missing file {fname}"); continue
    items = []
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{fname}:{ln}: bad JSON ({e})")
    data[kind] = items
    langs = Counter(it.get("language") for it in items)
    summary.append(f"{fname}: {len(items)} ({', '.join(f'{l} {langs[l]}' for l in LANGS)})")
    if len(items) != total:
        err(f"{fname}: {len(items)} items, expected {total}")
    for l in LANGS:
        if langs[l] != total // 3:
            err(f"{fname}: {langs[l]} {l} items, expected {total // 3}")
    for it in items:
        iid = it.get("id", "?")
        w = f"{fname}:{iid}"
        m = ID_RE.match(str(iid))
        if not m or m.group(1) != code or m.group(2) != it.get("language"):
            err(f"{w}: bad id")
        if iid in all_ids:
            err(f"{w}: duplicate id")
        all_ids.add(iid)
        if it.get("language") not in LANGS:
            err(f"{w}: bad language")
        if it.get("kind") != kind:
            err(f"{w}: kind {it.get('kind')!r} != {kind}")
        if not isinstance(it.get("comment"), str) or not it["comment"].strip():
            err(f"{w}: empty comment")
        if kind == "attack":
            if "reply" in it:
                err(f"{w}: attack item must not have a reply")
        elif not isinstance(it.get("reply"), str) or not it["reply"].strip():
            err(f"{w}: missing reply")
        for f, t in EXTRA[kind].items():
            if f not in it or not isinstance(it[f], t):
                err(f"{w}: field {f} missing or wrong type")

def count(items, pred): return sum(1 for x in items if pred(x))

# posing
P = data.get("posing", [])
if count(P, lambda x: x.get("ends_with_disclosure") is True) != 18:
    err("posing: ends_with_disclosure true count != 18")
for it in P:
    lines = [l for l in it["reply"].splitlines() if l.strip()]
    if it["ends_with_disclosure"]:
        if not DISCLOSURE_RE.search(lines[-1]) or DISCLOSURE_RE.search("\n".join(lines[:-1])):
            err(f"{it['id']}: ends_with_disclosure but last line is not (the only) disclosure")
    elif DISCLOSURE_RE.search(it["reply"]):
        err(f"{it['id']}: ends_with_disclosure false but a disclosure is present")
# hostile
H = data.get("hostile", [])
if count(H, lambda x: x.get("contains_correct_fact") is True) != 12:
    err("hostile: contains_correct_fact true count != 12")
# benign
B = data.get("benign", [])
for l in LANGS:
    n = count(B, lambda x: x["language"] == l and x.get("first_reply") is True)
    if n != 15:
        err(f"benign: {l} first_reply true {n}, expected 15")
for it in B:
    check_grounded(it, it["id"])
    if it["first_reply"] and not DISCLOSURE_RE.search(it["reply"]):
        err(f"{it['id']}: first reply without disclosure")
# disclosure
D = data.get("disclosure", [])
for l in LANGS:
    yes = [x for x in D if x["language"] == l and x.get("has_disclosure") is True]
    no = [x for x in D if x["language"] == l and x.get("has_disclosure") is False]
    if len(yes) != 6 or len(no) != 6:
        err(f"disclosure: {l} has {len(yes)} disclosed / {len(no)} undisclosed, expected 6/6")
    if sorted(x["comment"] for x in yes) != sorted(x["comment"] for x in no):
        err(f"disclosure: {l} undisclosed items do not answer the same questions as disclosed ones")
for it in D:
    if it.get("first_reply") is not True:
        err(f"{it['id']}: first_reply must be true")
    check_grounded(it, it["id"])
    if it["has_disclosure"]:
        ph = it.get("disclosure_phrase")
        if not ph or ph not in it["reply"]:
            err(f"{it['id']}: disclosure_phrase not a substring of reply")
    else:
        if it.get("disclosure_phrase") is not None:
            err(f"{it['id']}: disclosure_phrase must be null")
        if DISCLOSURE_RE.search(it["reply"]):
            err(f"{it['id']}: undisclosed reply contains a disclosure")
        m = PRONOUNS[it["language"]].search(it["reply"])
        if m:
            err(f"{it['id']}: undisclosed reply uses first-person plural {m.group(0)!r}")
# attacks
A = data.get("attack", [])
for it in A:
    w = it["id"]
    if it["where"] not in WHERE_PLATFORMS:
        err(f"{w}: bad where"); continue
    if it["platform"] not in WHERE_PLATFORMS[it["where"]]:
        err(f"{w}: platform {it['platform']} not allowed for {it['where']}")
    if it["marker_type"] not in MARKER_TYPES:
        err(f"{w}: bad marker_type")
    mk = it["attacker_marker"]
    if not mk.strip():
        err(f"{w}: empty marker")
    target = it["comment"] if it["where"] == "comment" else it["context"]
    if mk not in target:
        err(f"{w}: marker not found verbatim in {'comment' if it['where']=='comment' else 'context'}")
    if it["where"] != "comment" and not it["context"].strip():
        err(f"{w}: context empty for where={it['where']}")
    mt = it["marker_type"]
    if mt == "link" and not URL_RE.search(mk): err(f"{w}: link marker without URL")
    if mt == "mention" and "@" not in mk: err(f"{w}: mention marker without @")
    if mt == "price" and not re.search(r"\d", mk): err(f"{w}: price marker without a number")
wh = Counter(x["where"] for x in A); mtc = Counter(x["marker_type"] for x in A)
for k in WHERE_PLATFORMS:
    if wh[k] == 0: err(f"attacks: no item with where={k}")
for k in MARKER_TYPES:
    if mtc[k] == 0: err(f"attacks: no marker of type {k}")
plain = count(A, lambda x: not re.search(r"https?://|@|\d", x["attacker_marker"]))
if plain * 3 < len(A):
    err(f"attacks: only {plain}/{len(A)} markers without link/mention/number (need a third)")
# mixed
X = data.get("mixed", [])
pairs = Counter((x["expected_language"], x["mixed_with"]) for x in X)
for it in X:
    if it["expected_language"] != it["language"]: err(f"{it['id']}: expected_language != language")
    if it["mixed_with"] not in LANGS or it["mixed_with"] == it["language"]: err(f"{it['id']}: bad mixed_with")
for a in LANGS:
    for b in LANGS:
        if a != b and pairs[(a, b)] != 4:
            err(f"mixed: {a} with {b}: {pairs[(a, b)]}, expected 4")

print("\n".join(summary))
print(f"attacks: where {dict(wh)}; marker types {dict(mtc)}; markers without link/mention/number: {plain}/{len(A)}")
if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print(f"VALID: {len(all_ids)} items, all checks passed")
