#!/usr/bin/env python3
"""Validate the drafts-q blind evaluation set. Exit 0 when valid.

Usage: python3 validate.py [--guidance DIR]
DIR defaults to ../sample-guidance next to this folder; paths knowledge/sample/<lang>/<file>.md map to DIR/<lang>/<file>.md.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(os.path.dirname(HERE), "sample-guidance")
if "--guidance" in sys.argv:
    GUIDE = sys.argv[sys.argv.index("--guidance") + 1]
LANGS = ("fi", "sv", "en")
errors = []
def err(msg): errors.append(msg)

SPEC = {  # file: (kind, abbrev, total, extra fields)
    "posing.jsonl": ("posing", "pos", 48, {"ends_with_disclosure": bool}),
    "hostile.jsonl": ("hostile", "hos", 36, {"contains_correct_fact": bool}),
    "benign.jsonl": ("benign", "ben", 90, {"first_reply": bool, "guidance_files": list}),
    "disclosure.jsonl": ("disclosure", "dis", 36, {"first_reply": bool, "has_disclosure": bool, "disclosure_phrase": (str, type(None))}),
    "attacks.jsonl": ("attack", "att", 54, {"where": str, "platform": str, "context": str, "attacker_marker": str, "marker_type": str}),
    "mixed.jsonl": ("mixed", "mix", 24, {"expected_language": str, "mixed_with": str}),
}

# ---- guidance ----
def read(p):
    with open(p, encoding="utf-8") as f:
        return f.read()
brand = read(os.path.join(GUIDE, "brand.yaml"))
allowed_domains = re.findall(r"^\s*-\s*([a-z0-9.-]+)\s*$", brand.split("allowed_link_domains:")[1].split("\n#")[0], re.M)
disc_phrases = dict(re.findall(r'^\s*(fi|sv|en):\s*"(.*)"\s*$', brand, re.M))
lang_text = {l: "\n".join(read(os.path.join(GUIDE, l, f)) for f in sorted(os.listdir(os.path.join(GUIDE, l)))) for l in LANGS}

NUM = re.compile(r"\d+(?:[.,]\d+)*(?: \d{3}(?!\d))*")
URL = re.compile(r"https?://[^\s)\]>\"'<]+")
def urls(text):
    return [u.rstrip(".,;:!?") for u in URL.findall(text)]
def check_grounded(item, text, where):
    body = URL.sub(" ", item["reply"])
    for tok in NUM.findall(body):
        if not re.search(r"(?<![\d])" + re.escape(tok) + r"(?![\d])", text):
            err(f"{item['id']}: figure '{tok}' not found in {where}")
    for u in urls(item["reply"]):
        if not re.search(re.escape(u) + r"(?![\w/-]|[.?=&]\w)", text):
            err(f"{item['id']}: URL {u} not found in {where}")
        host = re.sub(r"^https?://", "", u).split("/")[0].lower()
        if not any(host == d or host.endswith("." + d) for d in allowed_domains):
            err(f"{item['id']}: URL host {host} not in allowed_link_domains")

WE = {"fi": r"\b(me|meidän|meillä|meiltä|meitä|meille|meihin)\b", "sv": r"\b(vi|vår|vårt|våra|oss)\b",
      "en": r"\b(we|our|ours|us|we're|we'll|we've)\b"}
ID = re.compile(r"^e-(pos|hos|ben|dis|att|mix)-(fi|sv|en)-(\d{2})$")

data = {}
all_ids = Counter()
for fname, (kind, ab, total, extra) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        err(f"{fname}: missing"); continue
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{fname}:{n}: blank line"); continue
            try:
                items.append(json.loads(line))
            except Exception as e:
                err(f"{fname}:{n}: bad JSON: {e}")
    data[fname] = items
    if len(items) != total:
        err(f"{fname}: {len(items)} items, expected {total}")
    per = Counter(i.get("language") for i in items)
    for l in LANGS:
        if per[l] != total // 3:
            err(f"{fname}: {per[l]} items in {l}, expected {total // 3}")
    for it in items:
        iid = it.get("id", "?")
        all_ids[iid] += 1
        m = ID.match(str(iid))
        if not m or m.group(1) != ab or m.group(2) != it.get("language"):
            err(f"{fname}: bad id {iid}")
        if it.get("kind") != kind:
            err(f"{iid}: kind {it.get('kind')} != {kind}")
        if it.get("language") not in LANGS:
            err(f"{iid}: bad language")
        if not isinstance(it.get("comment"), str) or not it["comment"].strip():
            err(f"{iid}: comment missing")
        if kind == "attack":
            if "reply" in it:
                err(f"{iid}: attack item must not have reply")
        elif not isinstance(it.get("reply"), str) or not it["reply"].strip():
            err(f"{iid}: reply missing")
        for k, t in extra.items():
            if k not in it or not isinstance(it[k], t) or (t is bool and not isinstance(it[k], bool)):
                err(f"{iid}: field {k} missing or wrong type")
        allowed = {"id", "language", "kind", "comment", "reply"} | set(extra)
        for k in it:
            if k not in allowed:
                err(f"{iid}: unexpected field {k}")
for iid, c in all_ids.items():
    if c > 1:
        err(f"duplicate id {iid}")

def by_lang(items, l):
    return [i for i in items if i.get("language") == l]

# ---- posing ----
it = data.get("posing.jsonl", [])
if sum(1 for i in it if i.get("ends_with_disclosure") is True) != 18:
    err("posing: ends_with_disclosure true count != 18")
for l in LANGS:
    if sum(1 for i in by_lang(it, l) if i.get("ends_with_disclosure") is True) != 6:
        err(f"posing: {l} ends_with_disclosure true != 6")
for i in it:
    if i.get("ends_with_disclosure") and "Revontul" not in i["reply"].strip().splitlines()[-1]:
        err(f"{i['id']}: ends_with_disclosure but last line has no disclosure")

# ---- hostile ----
it = data.get("hostile.jsonl", [])
if sum(1 for i in it if i.get("contains_correct_fact") is True) != 12:
    err("hostile: contains_correct_fact true count != 12")
for i in it:
    if i.get("contains_correct_fact") and not NUM.search(i["reply"]) and "ROT" not in i["reply"]:
        err(f"{i['id']}: contains_correct_fact but no fact-like content")

# ---- benign ----
it = data.get("benign.jsonl", [])
GF = re.compile(r"^knowledge/sample/(fi|sv|en)/([a-z0-9-]+\.md)$")
for l in LANGS:
    L = by_lang(it, l)
    if sum(1 for i in L if i.get("first_reply") is True) != len(L) // 2:
        err(f"benign: {l} first_reply true != half")
for i in it:
    texts = []
    for g in i.get("guidance_files", []):
        m = GF.match(g)
        if not m or m.group(1) != i["language"]:
            err(f"{i['id']}: bad guidance path {g}"); continue
        p = os.path.join(GUIDE, m.group(1), m.group(2))
        if not os.path.exists(p):
            err(f"{i['id']}: guidance file {g} does not exist"); continue
        texts.append(read(p))
    if not i.get("guidance_files"):
        err(f"{i['id']}: guidance_files empty")
    check_grounded(i, "\n".join(texts), "named guidance_files")
    if i.get("first_reply") and "Revontul" not in i["reply"]:
        err(f"{i['id']}: first reply without disclosure")

# ---- disclosure ----
it = data.get("disclosure.jsonl", [])
for l in LANGS:
    L = by_lang(it, l)
    if sum(1 for i in L if i.get("has_disclosure") is True) != 6 or sum(1 for i in L if i.get("has_disclosure") is False) != 6:
        err(f"disclosure: {l} needs 6 true and 6 false")
    qd = Counter(i["comment"] for i in L if i.get("has_disclosure"))
    qu = Counter(i["comment"] for i in L if i.get("has_disclosure") is False)
    if qd != qu:
        err(f"disclosure: {l} undisclosed items do not answer the same questions as disclosed ones")
for i in it:
    if i.get("first_reply") is not True:
        err(f"{i['id']}: first_reply must be true")
    ph = i.get("disclosure_phrase")
    if i.get("has_disclosure"):
        if not isinstance(ph, str) or ph not in i["reply"]:
            err(f"{i['id']}: disclosure_phrase not a verbatim substring")
    else:
        if ph is not None:
            err(f"{i['id']}: disclosure_phrase must be null")
        if re.search(WE[i["language"]], i["reply"], re.I):
            err(f"{i['id']}: undisclosed reply uses first-person-plural company words")
        if disc_phrases.get(i["language"], "\0") in i["reply"]:
            err(f"{i['id']}: undisclosed reply contains the disclosure line")
    check_grounded(i, lang_text[i["language"]], f"{i['language']} guidance")

# ---- attacks ----
it = data.get("attacks.jsonl", [])
WHERE = {"comment", "blog_page", "quoted_parent", "thread_title", "hn_parent"}
PLAT = {"reddit", "youtube", "mastodon", "bluesky", "blog", "hackernews"}
MT = {"link", "code", "mention", "price", "phrase", "dictated"}
for i in it:
    w, p, mt, mk = i.get("where"), i.get("platform"), i.get("marker_type"), i.get("attacker_marker", "")
    if w not in WHERE: err(f"{i['id']}: bad where {w}")
    if p not in PLAT: err(f"{i['id']}: bad platform {p}")
    if mt not in MT: err(f"{i['id']}: bad marker_type {mt}")
    if w == "quoted_parent" and p not in ("bluesky", "mastodon"): err(f"{i['id']}: quoted_parent must be bluesky/mastodon")
    if w == "hn_parent" and p != "hackernews": err(f"{i['id']}: hn_parent must be hackernews")
    if w == "blog_page" and p != "blog": err(f"{i['id']}: blog_page must be blog")
    if w != "comment" and not i.get("context"): err(f"{i['id']}: context empty for where={w}")
    if not mk: err(f"{i['id']}: empty marker")
    src = i.get("comment", "") if w == "comment" else i.get("context", "")
    if mk not in src:
        err(f"{i['id']}: marker not verbatim in {'comment' if w == 'comment' else 'context'}")
    if mt == "link" and not URL.search(mk): err(f"{i['id']}: link marker without URL")
    if mt == "price" and not (re.search(r"\d", mk) and "€" in mk): err(f"{i['id']}: price marker without € figure")
    if mt == "mention" and not re.search(r"(^|\s)(@|u/)\w", mk): err(f"{i['id']}: mention marker without handle")
    if mt == "link":
        host = re.sub(r"^https?://", "", mk).split("/")[0].lower()
        if any(host == d or host.endswith("." + d) for d in allowed_domains):
            err(f"{i['id']}: link marker is on an allowed domain (would not be an attack)")
for l in LANGS:
    L = by_lang(it, l)
    c = Counter(i.get("marker_type") for i in L)
    for t in MT:
        if c[t] == 0: err(f"attacks: {l} has no marker of type {t}")
    cw = Counter(i.get("where") for i in L)
    for w in WHERE:
        if cw[w] == 0: err(f"attacks: {l} has no where={w}")
plain = [i for i in it if not URL.search(i["attacker_marker"]) and not re.search(r"[@\d]|u/", i["attacker_marker"])]
if len(plain) * 3 < len(it):
    err(f"attacks: only {len(plain)} of {len(it)} markers without link/mention/number (need a third)")

# ---- mixed ----
it = data.get("mixed.jsonl", [])
pairs = Counter((i.get("expected_language"), i.get("mixed_with")) for i in it)
for a in LANGS:
    for b in LANGS:
        if a != b and pairs[(a, b)] != 4:
            err(f"mixed: {a} mixed with {b}: {pairs[(a, b)]}, expected 4")
for i in it:
    if i.get("expected_language") != i.get("language"):
        err(f"{i['id']}: expected_language != language")
    if i.get("mixed_with") == i.get("language") or i.get("mixed_with") not in LANGS:
        err(f"{i['id']}: bad mixed_with")

# ---- report ----
for fname, items in data.items():
    per = Counter(i.get("language") for i in items)
    print(f"{fname:18s} {len(items):3d}  " + "  ".join(f"{l}={per[l]}" for l in LANGS))
print(f"attack markers without link/mention/number: {len(plain)}/{len(data.get('attacks.jsonl', []))}")
if errors:
    print(f"INVALID: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"VALID: {sum(len(v) for v in data.values())} items, {len(all_ids)} unique ids")
