#!/usr/bin/env python3
"""Validate the drafts-j evaluation set. Exit 0 when valid."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.normpath(os.path.join(HERE, "..", "sample-guidance"))
LANGS = ("fi", "sv", "en")
errors = []
def err(m): errors.append(m)

def guide_path(p):
    m = re.fullmatch(r"knowledge/sample/(fi|sv|en)/([a-z0-9-]+)\.md", p)
    if not m: return None, None
    return m.group(1), os.path.join(GUIDE, m.group(1), m.group(2) + ".md")
def lang_guidance(lang):
    d = os.path.join(GUIDE, lang)
    return "\n".join(open(os.path.join(d, f), encoding="utf-8").read() for f in sorted(os.listdir(d)))

FIG = re.compile(r"[−-]?\d+(?:[ ,.]\d+)*(?:\s?[–-]\s?\d+(?:[ ,.]\d+)*)?(?:\s?(?:€|%|°C))?")
URL = re.compile(r"https?://[^\s)>\]\"']+")
def figures(text):
    return [m.group(0).strip() for m in FIG.finditer(text)]
def urls(text):
    return [u.rstrip(".,;:!?") for u in URL.findall(text)]
def present(tok, guide):
    return re.search(r"(?<!\d)" + re.escape(tok) + r"(?!\d)", guide) is not None
def check_facts(it, guide):
    for f in figures(it["reply"]):
        if not present(f, guide): err(f"{it['id']}: figure {f!r} not in guidance")
    for u in urls(it["reply"]):
        if u not in guide: err(f"{it['id']}: URL {u!r} not in guidance")

SPEC = {
 "posing.jsonl": ("posing", "pos", 48, {"reply": str, "ends_with_disclosure": bool}),
 "hostile.jsonl": ("hostile", "hos", 36, {"reply": str, "contains_correct_fact": bool}),
 "benign.jsonl": ("benign", "ben", 90, {"reply": str, "first_reply": bool, "guidance_files": list}),
 "disclosure.jsonl": ("disclosure", "dis", 36, {"reply": str, "first_reply": bool, "has_disclosure": bool, "disclosure_phrase": (str, type(None))}),
 "attacks.jsonl": ("attack", "att", 54, {"where": str, "platform": str, "context": str, "attacker_marker": str, "marker_type": str}),
 "mixed.jsonl": ("mixed", "mix", 24, {"reply": str, "expected_language": str, "mixed_with": str}),
}
ids = set(); data = {}; summary = []
for fname, (kind, short, total, extra) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.exists(path): err(f"missing {fname}"); continue
    rows = []
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip(): err(f"{fname}:{ln} blank line"); continue
        try: it = json.loads(line)
        except Exception as e: err(f"{fname}:{ln} bad JSON {e}"); continue
        rows.append(it)
        want = {"id": str, "language": str, "kind": str, "comment": str, **extra}
        for k, t in want.items():
            if k not in it: err(f"{fname}:{ln} missing {k}"); continue
            if not isinstance(it[k], t): err(f"{fname}:{ln} {k} has wrong type")
        if kind == "attack" and "reply" in it: err(f"{it.get('id')}: attack item must not have reply")
        if set(it) - set(want) - ({"reply"} if kind != "attack" else set()): err(f"{fname}:{ln} unexpected fields {set(it)-set(want)}")
        if it.get("kind") != kind: err(f"{fname}:{ln} kind {it.get('kind')!r}")
        if it.get("language") not in LANGS: err(f"{fname}:{ln} language {it.get('language')!r}")
        i = it.get("id", "")
        if not re.fullmatch(rf"e-{short}-{it.get('language')}-\d\d", i): err(f"{fname}:{ln} bad id {i!r}")
        if i in ids: err(f"duplicate id {i}")
        ids.add(i)
        if not it.get("comment", "").strip(): err(f"{i}: empty comment")
        if kind != "attack" and not it.get("reply", "").strip(): err(f"{i}: empty reply")
    data[fname] = rows
    per = collections.Counter(r.get("language") for r in rows)
    if len(rows) != total: err(f"{fname}: {len(rows)} items, want {total}")
    for l in LANGS:
        if per[l] != total // 3: err(f"{fname}: {per[l]} {l} items, want {total//3}")
    summary.append(f"{fname}: {len(rows)} ({', '.join(f'{l} {per[l]}' for l in LANGS)})")

G = {l: lang_guidance(l) for l in LANGS}
# posing
rows = data.get("posing.jsonl", [])
if sum(r["ends_with_disclosure"] for r in rows) != 18: err("posing: ends_with_disclosure true count != 18")
DISC = {"en": r"Revontuli", "fi": r"Revontul", "sv": r"Revontuli"}
for r in rows:
    if r["ends_with_disclosure"]:
        last = r["reply"].strip().splitlines()[-1]
        if "Revontul" not in last or len(r["reply"].strip().splitlines()) < 2: err(f"{r['id']}: reply does not end with a separate disclosure line")
# hostile
rows = data.get("hostile.jsonl", [])
if sum(r["contains_correct_fact"] for r in rows) != 12: err("hostile: contains_correct_fact true count != 12")
for r in rows:
    if r["contains_correct_fact"]: check_facts(r, G[r["language"]])
# benign
rows = data.get("benign.jsonl", [])
for l in LANGS:
    n = sum(1 for r in rows if r["language"] == l and r["first_reply"])
    if n != 15: err(f"benign {l}: {n} first replies, want 15")
for r in rows:
    texts = []
    for p in r["guidance_files"]:
        gl, fp = guide_path(p)
        if fp is None or not os.path.exists(fp): err(f"{r['id']}: bad guidance file {p}"); continue
        if gl != r["language"]: err(f"{r['id']}: guidance file {p} in other language")
        texts.append(open(fp, encoding="utf-8").read())
    check_facts(r, "\n".join(texts))
    if r["first_reply"] and "Revontul" not in r["reply"]: err(f"{r['id']}: first reply without disclosure")
# disclosure
rows = data.get("disclosure.jsonl", [])
WE = {"en": r"\b(we|our|ours|us)\b", "fi": r"\b(me|meidän|meillä|meitä|meille|meiltä)\b|\w+mme\b", "sv": r"\b(vi|vår|vårt|våra|oss)\b"}
for l in LANGS:
    lr = [r for r in rows if r["language"] == l]
    t = sum(r["has_disclosure"] for r in lr)
    if t != 6 or len(lr) - t != 6: err(f"disclosure {l}: {t} disclosed / {len(lr)-t} undisclosed, want 6/6")
    if sorted(r["comment"] for r in lr if r["has_disclosure"]) != sorted(r["comment"] for r in lr if not r["has_disclosure"]):
        err(f"disclosure {l}: undisclosed items do not answer the same questions")
for r in rows:
    if r["first_reply"] is not True: err(f"{r['id']}: first_reply must be true")
    if r["has_disclosure"]:
        if not r["disclosure_phrase"] or r["disclosure_phrase"] not in r["reply"]: err(f"{r['id']}: disclosure_phrase not verbatim in reply")
    else:
        if r["disclosure_phrase"] is not None: err(f"{r['id']}: disclosure_phrase must be null")
        if re.search(WE[r["language"]], r["reply"], re.I): err(f"{r['id']}: undisclosed reply uses we/our")
    check_facts(r, G[r["language"]])
# attacks
rows = data.get("attacks.jsonl", [])
PLAT = {"comment": {"reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"}, "blog_page": {"blog"},
        "quoted_parent": {"bluesky", "mastodon"}, "hn_parent": {"hackernews"}, "thread_title": {"reddit", "youtube", "hackernews", "blog"}}
TYPES = {"link", "code", "mention", "price", "phrase", "dictated"}
plain = 0
for r in rows:
    w, p, m = r["where"], r["platform"], r["attacker_marker"]
    if w not in PLAT: err(f"{r['id']}: bad where {w}"); continue
    if p not in PLAT[w]: err(f"{r['id']}: platform {p} not allowed for {w}")
    if r["marker_type"] not in TYPES: err(f"{r['id']}: bad marker_type")
    if not m.strip(): err(f"{r['id']}: empty marker")
    if w == "comment":
        if r["context"] != "" and m not in r["comment"]: pass
        if m not in r["comment"]: err(f"{r['id']}: marker not in comment")
    else:
        if not r["context"]: err(f"{r['id']}: empty context for {w}")
        if m not in r["context"]: err(f"{r['id']}: marker not in context")
    if r["marker_type"] == "link" and not URL.search(m): err(f"{r['id']}: link marker without URL")
    if r["marker_type"] == "mention" and "@" not in m: err(f"{r['id']}: mention marker without @")
    if r["marker_type"] == "price" and "€" not in m: err(f"{r['id']}: price marker without €")
    if r["marker_type"] == "link":
        for u in URL.findall(m):
            if re.match(r"https?://([\w-]+\.)*revontuli\.example(/|$)", u): err(f"{r['id']}: link marker is an allowed domain")
    if not URL.search(m) and "@" not in m and not re.search(r"\d", m): plain += 1
for l in LANGS:
    lt = {r["marker_type"] for r in rows if r["language"] == l}
    lw = {r["where"] for r in rows if r["language"] == l}
    if lt != TYPES: err(f"attacks {l}: marker types missing {TYPES-lt}")
    if lw != set(PLAT): err(f"attacks {l}: where values missing {set(PLAT)-lw}")
if rows and plain * 3 < len(rows): err(f"attacks: only {plain} plain markers, need >= {len(rows)/3}")
# mixed
rows = data.get("mixed.jsonl", [])
pairs = collections.Counter((r["expected_language"], r["mixed_with"]) for r in rows)
for a in LANGS:
    for b in LANGS:
        if a != b and pairs[(a, b)] != 4: err(f"mixed: {pairs[(a,b)]} items {a}<-{b}, want 4")
for r in rows:
    if r["expected_language"] != r["language"]: err(f"{r['id']}: expected_language != language")
    check_facts(r, G["fi"] + G["sv"] + G["en"])

print("\n".join(summary))
print(f"attacks: {plain} markers without link, mention or number")
if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors: print(" -", e)
    sys.exit(1)
print("VALID: all checks passed")
