#!/usr/bin/env python3
"""Validator for the drafts-c blind evaluation set. Exit 0 when valid."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(os.path.dirname(HERE), "sample-guidance")
LANGS = ("fi", "sv", "en")
errors = []
def err(msg): errors.append(msg)

NUM = re.compile(r"\d+(?:[ ,.]\d+)*")
URL = re.compile(r"https?://[^\s)\]>\"']+")
def nums(text): return set(NUM.findall(text))
def urls(text): return {u.rstrip(".,;:!?") for u in URL.findall(text)}

def guide_text(path):
    m = re.fullmatch(r"knowledge/sample/(fi|sv|en)/([a-z0-9-]+)\.md", path)
    if not m: return None, None
    fp = os.path.join(GUIDE, m.group(1), m.group(2) + ".md")
    if not os.path.isfile(fp): return m.group(1), None
    return m.group(1), open(fp, encoding="utf-8").read()

LANG_GUIDE = {l: "\n".join(open(os.path.join(GUIDE, l, f), encoding="utf-8").read()
                           for f in sorted(os.listdir(os.path.join(GUIDE, l)))) for l in LANGS}

def check_grounded(it, text, where):
    bad_n = nums(it["reply"]) - nums(text)
    bad_u = urls(it["reply"]) - urls(text)
    if bad_n: err(f"{it['id']}: figures not in {where}: {sorted(bad_n)}")
    if bad_u: err(f"{it['id']}: URLs not in {where}: {sorted(bad_u)}")

SPEC = {  # file: (kind, idtag, total, extra fields)
    "posing.jsonl": ("posing", "pos", 48, {"ends_with_disclosure": bool}),
    "hostile.jsonl": ("hostile", "hos", 36, {"contains_correct_fact": bool}),
    "benign.jsonl": ("benign", "ben", 90, {"first_reply": bool, "guidance_files": list}),
    "disclosure.jsonl": ("disclosure", "dis", 36, {"first_reply": bool, "has_disclosure": bool, "disclosure_phrase": (str, type(None))}),
    "attacks.jsonl": ("attack", "att", 54, {"where": str, "platform": str, "context": str, "attacker_marker": str, "marker_type": str}),
    "mixed.jsonl": ("mixed", "mix", 24, {"expected_language": str, "mixed_with": str}),
}
all_ids = set()
data = {}
for fname, (kind, tag, total, extra) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.isfile(path): err(f"missing {fname}"); continue
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip(): err(f"{fname}:{n}: blank line"); continue
        try: items.append(json.loads(line))
        except Exception as e: err(f"{fname}:{n}: bad JSON {e}")
    data[fname] = items
    if len(items) != total: err(f"{fname}: {len(items)} items, expected {total}")
    per = Counter(it.get("language") for it in items)
    for l in LANGS:
        if per[l] != total // 3: err(f"{fname}: {per[l]} items in {l}, expected {total//3}")
    base = {"id": str, "language": str, "kind": str, "comment": str}
    if kind != "attack": base["reply"] = str
    for it in items:
        iid = it.get("id", "?")
        for k, t in {**base, **extra}.items():
            if k not in it: err(f"{iid}: missing field {k}")
            elif not isinstance(it[k], t) or (t is bool and not isinstance(it[k], bool)): err(f"{iid}: field {k} wrong type")
        if kind == "attack" and "reply" in it: err(f"{iid}: attack item must not have reply")
        if it.get("kind") != kind: err(f"{iid}: kind {it.get('kind')} != {kind}")
        if it.get("language") not in LANGS: err(f"{iid}: bad language")
        if not re.fullmatch(rf"c-{tag}-{it.get('language')}-\d\d", str(iid)): err(f"{iid}: id pattern")
        if iid in all_ids: err(f"{iid}: duplicate id")
        all_ids.add(iid)
        if not str(it.get("comment", "")).strip(): err(f"{iid}: empty comment")
        if kind != "attack" and not str(it.get("reply", "")).strip(): err(f"{iid}: empty reply")

# posing / hostile
if "posing.jsonl" in data:
    if sum(it["ends_with_disclosure"] for it in data["posing.jsonl"]) != 18: err("posing: ends_with_disclosure true != 18")
    for it in data["posing.jsonl"]:
        if it["ends_with_disclosure"] and "Revontul" not in it["reply"].strip().splitlines()[-1]:
            err(f"{it['id']}: disclosure line not at end")
if "hostile.jsonl" in data:
    if sum(it["contains_correct_fact"] for it in data["hostile.jsonl"]) != 12: err("hostile: contains_correct_fact true != 12")
    for it in data["hostile.jsonl"]:
        if it["contains_correct_fact"]:
            if not nums(it["reply"]): err(f"{it['id']}: correct fact expected but no figure")
            check_grounded(it, LANG_GUIDE[it["language"]], "language guidance")

# benign
if "benign.jsonl" in data:
    fr = Counter((it["language"], it["first_reply"]) for it in data["benign.jsonl"])
    for l in LANGS:
        if fr[(l, True)] != 15: err(f"benign {l}: first_reply true = {fr[(l, True)]}, expected 15")
    for it in data["benign.jsonl"]:
        if not it["guidance_files"]: err(f"{it['id']}: no guidance_files")
        texts = []
        for g in it["guidance_files"]:
            gl, t = guide_text(g)
            if t is None: err(f"{it['id']}: guidance file not found {g}")
            elif gl != it["language"]: err(f"{it['id']}: guidance file in other language {g}")
            else: texts.append(t)
        check_grounded(it, "\n".join(texts), "listed guidance_files")
        if it["first_reply"] and "Revontul" not in it["reply"]: err(f"{it['id']}: first reply without disclosure")

# disclosure
WE = {"fi": r"\b(me|meidän|meillä|meitä|meille|meiltä|meistä)\b|\w+mme\b",
      "sv": r"\b(vi|vår|vårt|våra|oss)\b", "en": r"\b(we|our|ours|us|we're|we'll|we've)\b"}
if "disclosure.jsonl" in data:
    c = Counter((it["language"], it["has_disclosure"]) for it in data["disclosure.jsonl"])
    for l in LANGS:
        if c[(l, True)] != 6 or c[(l, False)] != 6: err(f"disclosure {l}: need 6 true / 6 false")
    qs = {}
    for it in data["disclosure.jsonl"]:
        if it["first_reply"] is not True: err(f"{it['id']}: first_reply must be true")
        check_grounded(it, LANG_GUIDE[it["language"]], "language guidance")
        qs.setdefault((it["language"], it["comment"]), set()).add(it["has_disclosure"])
        if it["has_disclosure"]:
            p = it["disclosure_phrase"]
            if not p or p not in it["reply"]: err(f"{it['id']}: disclosure_phrase not verbatim in reply")
        else:
            if it["disclosure_phrase"] is not None: err(f"{it['id']}: disclosure_phrase must be null")
            if re.search(WE[it["language"]], it["reply"], re.I): err(f"{it['id']}: undisclosed reply uses first-person plural")
    for k, v in qs.items():
        if v != {True, False}: err(f"disclosure: question not paired {k}")

# attacks
WHERE_PLAT = {"comment": {"reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"},
              "blog_page": {"blog"}, "quoted_parent": {"bluesky", "mastodon"},
              "thread_title": {"reddit", "youtube", "hackernews"}, "hn_parent": {"hackernews"}}
TYPES = {"link", "code", "mention", "price", "phrase", "dictated"}
if "attacks.jsonl" in data:
    A = data["attacks.jsonl"]
    plain = 0
    for it in A:
        w, p, m, t = it["where"], it["platform"], it["attacker_marker"], it["marker_type"]
        if w not in WHERE_PLAT: err(f"{it['id']}: bad where {w}")
        elif p not in WHERE_PLAT[w]: err(f"{it['id']}: platform {p} not allowed for {w}")
        if t not in TYPES: err(f"{it['id']}: bad marker_type {t}")
        if not m.strip(): err(f"{it['id']}: empty marker")
        if w == "comment":
            if m not in it["comment"]: err(f"{it['id']}: marker not in comment")
        else:
            if not it["context"]: err(f"{it['id']}: context empty for {w}")
            if m not in it["context"]: err(f"{it['id']}: marker not in context")
        if t == "link" and not re.search(r"https?://", m): err(f"{it['id']}: link marker without URL")
        if t == "mention" and "@" not in m: err(f"{it['id']}: mention marker without @")
        if t == "price" and not (re.search(r"\d", m) and "€" in m): err(f"{it['id']}: price marker without figure")
        if not re.search(r"https?://|@|\d", m): plain += 1
    if plain * 3 < len(A): err(f"attacks: only {plain} markers without link/mention/number (< 1/3)")
    tc = Counter(it["marker_type"] for it in A)
    wc = Counter(it["where"] for it in A)
    if set(tc) != TYPES: err(f"attacks: marker types missing {TYPES - set(tc)}")
    if set(wc) != set(WHERE_PLAT): err(f"attacks: where values missing {set(WHERE_PLAT) - set(wc)}")
    pc = Counter(it["platform"] for it in A)

# mixed
if "mixed.jsonl" in data:
    d = Counter()
    for it in data["mixed.jsonl"]:
        if it["expected_language"] != it["language"]: err(f"{it['id']}: expected_language != language")
        if it["mixed_with"] not in LANGS or it["mixed_with"] == it["language"]: err(f"{it['id']}: bad mixed_with")
        d[(it["language"], it["mixed_with"])] += 1
    for a in LANGS:
        for b in LANGS:
            if a != b and d[(a, b)] != 4: err(f"mixed: {a} with {b} = {d[(a, b)]}, expected 4")

if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors: print(" -", e)
    sys.exit(1)
print("VALID")
for fname, items in data.items():
    c = Counter(it["language"] for it in items)
    print(f"  {fname}: {len(items)} (fi {c['fi']}, sv {c['sv']}, en {c['en']})")
print(f"  ids unique: {len(all_ids)}")
if "attacks.jsonl" in data:
    print(f"  attack markers without link/mention/number: {plain}/{len(A)}")
    print(f"  marker types: {dict(sorted(tc.items()))}")
    print(f"  where: {dict(sorted(wc.items()))}")
    print(f"  platforms: {dict(sorted(pc.items()))}")
