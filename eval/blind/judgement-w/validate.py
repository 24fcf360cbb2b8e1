#!/usr/bin/env python3
"""Validate the judgement-w blind labelled comment set. Exit 0 when valid.

Near-miss rows are marked with a trailing YAML comment `# nm` on the row's line
(YAML ignores it; this script reads the raw lines to count them).
"""
import os
import re
import sys
from collections import Counter, defaultdict

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
TITLE_RISKS = {"competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
ROW_RE = re.compile(r"^\s*-\s*\[(fi|sv|en)\s*,")
NM_RE = re.compile(r"\]\s*#\s*nm\s*$")

errors = []


def err(msg):
    errors.append(msg)


# ---- brands
brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must hold exactly 3 brands")
gids = set()
for key, b in (brands or {}).items():
    if key != key.lower():
        err(f"brand key {key} not lowercase")
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b:
            err(f"brand {key} lacks {f}")
    if b.get("objective") not in OBJECTIVES:
        err(f"brand {key} objective {b.get('objective')}")
    if len(b.get("competitors", [])) != 2:
        err(f"brand {key} needs 2 competitors")
    if len(b.get("topics", [])) != 4:
        err(f"brand {key} needs 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14:
        err(f"brand {key} has {len(g)} guidance passages")
    if {p.get("language") for p in g} != LANGS:
        err(f"brand {key} guidance must cover fi, sv and en")
    for p in g:
        if not re.fullmatch(rf"{key}-g\d+", str(p.get("id"))):
            err(f"bad guidance id {p.get('id')}")
        if p.get("id") in gids:
            err(f"duplicate guidance id {p.get('id')}")
        gids.add(p.get("id"))
        if p.get("kind") not in {"fact", "faq"} or p.get("language") not in LANGS or not p.get("text"):
            err(f"bad guidance passage {p.get('id')}")

# ---- threads
rows = []  # dicts
thread_ids = set()
threads_per_brand = Counter()
title_risk_threads = []
tdir = os.path.join(HERE, "threads")
for fn in sorted(os.listdir(tdir)):
    if not fn.endswith(".yaml"):
        continue
    key = fn[:-5]
    if key not in brands:
        err(f"{fn}: unknown brand")
    path = os.path.join(tdir, fn)
    raw_lines = [l for l in open(path, encoding="utf-8").read().splitlines() if ROW_RE.match(l)]
    nm_marks = [bool(NM_RE.search(l)) for l in raw_lines]
    data = yaml.safe_load(open(path, encoding="utf-8"))
    i = 0
    for t in data:
        tid = t.get("id")
        if tid in thread_ids:
            err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if not re.fullmatch(rf"{key}-j\d+", str(tid)):
            err(f"bad thread id {tid}")
        threads_per_brand[key] += 1
        for f in ("split", "platform", "title", "comments"):
            if f not in t:
                err(f"{tid} lacks {f}")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22:
            err(f"{tid} has {len(cs)} comments")
        common = None
        for c in cs:
            if not isinstance(c, list) or len(c) != 5:
                err(f"{tid}: row without 5 fields: {c}")
                i += 1
                continue
            lang, intent, risks, flags, text = c
            flags_l = str(flags).split()
            r = dict(tid=tid, lang=lang, intent=intent, risks=list(risks or []), flags=set(flags_l),
                     text=text, nm=nm_marks[i] if i < len(nm_marks) else False)
            i += 1
            if lang not in LANGS:
                err(f"{tid}: language {lang}")
            if intent not in INTENTS:
                err(f"{tid}: intent {intent}")
            if not isinstance(risks, list) or any(x not in RISKS for x in risks):
                err(f"{tid}: risks {risks}")
            if any(x not in FLAGS for x in flags_l) or len(set(flags_l)) != len(flags_l):
                err(f"{tid}: flags {flags}")
            if not isinstance(text, str) or not text.strip():
                err(f"{tid}: empty text")
            if "draft" in r["flags"] and (r["risks"] or "optout" in r["flags"]):
                err(f"{tid}: draft with risk or optout: {text}")
            if "hard" in r["flags"] and r["risks"]:
                err(f"{tid}: hard with risk flag: {text}")
            if intent == "off_topic" and "draft" in r["flags"]:
                err(f"{tid}: off_topic with draft: {text}")
            if r["nm"] and "optout" in r["flags"]:
                err(f"{tid}: near-miss marked optout: {text}")
            s = set(r["risks"])
            common = s if common is None else common & s
            rows.append(r)
        for rk in TITLE_RISKS:
            present = [rk in r["risks"] for r in rows if r["tid"] == tid]
            if any(present) and not all(present):
                err(f"{tid}: {rk} must be on every comment of the thread")
        if common:
            title_risk_threads.append((tid, sorted(common)))
    if i != len(raw_lines):
        err(f"{fn}: raw row count {len(raw_lines)} != parsed {i} (one row per line expected)")

for k in brands:
    if threads_per_brand[k] != 12:
        err(f"brand {k} has {threads_per_brand[k]} threads, need 12")

texts = Counter(r["text"].strip().lower() for r in rows)
for t, n in texts.items():
    if n > 1:
        err(f"duplicate text: {t}")

# ---- counts
N = len(rows)
lang_n = Counter(r["lang"] for r in rows)
optout = [r for r in rows if "optout" in r["flags"]]
optout_lang = Counter(r["lang"] for r in optout)
optout_q = [r for r in optout if r["intent"] == "question"]
optout_risk = [r for r in optout if r["risks"]]
hard = [r for r in rows if "hard" in r["flags"]]
nm = [r for r in rows if r["nm"]]
offq = [r for r in rows if r["intent"] == "off_topic"]
ordinary = [r for r in rows if not r["risks"] and "optout" not in r["flags"] and "hard" not in r["flags"]]
risk_n = Counter(x for r in rows for x in r["risks"])
draft = [r for r in rows if "draft" in r["flags"]]
hard_draft = [r for r in hard if "draft" in r["flags"]]

checks = [
    ("threads == 36", len(thread_ids), len(thread_ids) == 36),
    ("comments >= 600", N, N >= 600),
    ("optout >= 200", len(optout), len(optout) >= 200),
    ("optout fi >= 60", optout_lang["fi"], optout_lang["fi"] >= 60),
    ("optout sv >= 60", optout_lang["sv"], optout_lang["sv"] >= 60),
    ("optout en >= 60", optout_lang["en"], optout_lang["en"] >= 60),
    ("optout + answerable question (intent question) >= 60", len(optout_q), len(optout_q) >= 60),
    ("optout inside risky threads (row has a risk flag) >= 30", len(optout_risk), len(optout_risk) >= 30),
    ("near-misses (# nm) >= 120", len(nm), len(nm) >= 120),
    ("hard negatives >= 30", len(hard), len(hard) >= 30),
    ("hard negatives with draft > half", len(hard_draft), len(hard_draft) * 2 > len(hard)),
    ("off_topic >= 20", len(offq), len(offq) >= 20),
    ("ordinary >= 250", len(ordinary), len(ordinary) >= 250),
    ("threads with risk in title >= 4", len(title_risk_threads), len(title_risk_threads) >= 4),
]
for rk in sorted(RISKS):
    checks.append((f"risk {rk} >= 12", risk_n[rk], risk_n[rk] >= 12))
for l in sorted(LANGS):
    checks.append((f"language {l} share 25-42%", lang_n[l], 0.25 * N <= lang_n[l] <= 0.42 * N))

print(f"comments: {N}  threads: {len(thread_ids)}  draft: {len(draft)}")
print("title-risk threads:", ", ".join(f"{t}({'+'.join(r)})" for t, r in title_risk_threads))
for name, val, ok in checks:
    print(f"  [{'OK' if ok else 'FAIL'}] {name}: {val}")
    if not ok:
        errors.append(f"count check failed: {name} ({val})")

# class x language table
classes = defaultdict(Counter)
for r in rows:
    classes["intent:" + r["intent"]][r["lang"]] += 1
    for x in r["risks"]:
        classes["risk:" + x][r["lang"]] += 1
    for f in r["flags"]:
        classes["flag:" + f][r["lang"]] += 1
    if r["nm"]:
        classes["near_miss"][r["lang"]] += 1
    if r in ordinary:
        classes["ordinary"][r["lang"]] += 1
classes["ALL"] = lang_n
print(f"\n{'class':40s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'total':>6s}")
for c in sorted(classes):
    v = classes[c]
    print(f"{c:40s} {v['fi']:5d} {v['sv']:5d} {v['en']:5d} {sum(v.values()):6d}")

if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors[:200]:
        print("  -", e)
    sys.exit(1)
print("\nVALID")
sys.exit(0)
