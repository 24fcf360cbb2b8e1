#!/usr/bin/env python3
"""Validate the judgement-k blind labelled comment set. Exit 0 when valid."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
errors = []

def err(m):
    errors.append(m)

# brands
brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must hold exactly 3 brands")
for key, b in (brands or {}).items():
    if key != key.lower():
        err(f"brand key {key} not lowercase")
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b:
            err(f"{key}: missing {f}")
    if b.get("objective") not in OBJECTIVES:
        err(f"{key}: bad objective")
    if len(b.get("competitors", [])) != 2:
        err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4:
        err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14:
        err(f"{key}: guidance count {len(g)}")
    gl = set()
    for i, p in enumerate(g):
        if not re.fullmatch(rf"{key}-g\d+", str(p.get("id", ""))):
            err(f"{key}: bad guidance id {p.get('id')}")
        if p.get("kind") not in ("fact", "faq"):
            err(f"{key}: bad guidance kind {p.get('id')}")
        if p.get("language") not in LANGS:
            err(f"{key}: bad guidance language {p.get('id')}")
        gl.add(p.get("language"))
        if not str(p.get("text", "")).strip():
            err(f"{key}: empty guidance text {p.get('id')}")
    if gl != LANGS:
        err(f"{key}: guidance must cover fi, sv, en (has {sorted(gl)})")
    if len({p.get('id') for p in g}) != len(g):
        err(f"{key}: duplicate guidance id")

# threads
rows = []
thread_ids = set()
title_risk_threads = []
per_brand_threads = Counter()
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands:
        err(f"{path}: no such brand")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t.get("id")
        if tid in thread_ids:
            err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        per_brand_threads[key] += 1
        if not re.fullmatch(rf"{key}-j\d+", str(tid)):
            err(f"bad thread id {tid}")
        if t.get("split") != "dev":
            err(f"{tid}: split must be dev")
        if t.get("platform") not in PLATFORMS:
            err(f"{tid}: bad platform {t.get('platform')}")
        if not str(t.get("title", "")).strip():
            err(f"{tid}: empty title")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22:
            err(f"{tid}: {len(cs)} comments (need 14-22)")
        common = None
        for j, c in enumerate(cs):
            where = f"{tid}#{j+1}"
            if not isinstance(c, list) or len(c) != 5:
                err(f"{where}: need 5 fields")
                continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS:
                err(f"{where}: bad language {lang}")
            if intent not in INTENTS:
                err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks):
                err(f"{where}: bad risks {risks}")
                risks = []
            if len(set(risks)) != len(risks):
                err(f"{where}: repeated risk flag")
            if not isinstance(flags, str):
                err(f"{where}: flags must be a string")
                flags = ""
            fl = flags.split()
            if any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl):
                err(f"{where}: bad flags '{flags}'")
            if "draft" in fl and (risks or "optout" in fl):
                err(f"{where}: draft with risk flag or optout")
            if "hard" in fl and risks:
                err(f"{where}: hard with a risk flag")
            if intent == "off_topic" and "draft" in fl:
                err(f"{where}: draft on off_topic")
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
                continue
            common = set(risks) if common is None else common & set(risks)
            rows.append(dict(brand=key, thread=tid, lang=lang, intent=intent, risks=list(risks), flags=set(fl), text=text))
        if common:
            title_risk_threads.append((tid, sorted(common)))

# duplicates
norm = Counter(re.sub(r"\s+", " ", r["text"].strip().lower()) for r in rows)
for t, n in norm.items():
    if n > 1:
        err(f"duplicate text x{n}: {t[:60]}")

# counts
N = len(rows)
risk_count = Counter(r for row in rows for r in row["risks"])
hard = sum(1 for r in rows if "hard" in r["flags"])
optout = sum(1 for r in rows if "optout" in r["flags"])
offq = sum(1 for r in rows if r["intent"] == "off_topic" and not r["risks"])
ordinary = sum(1 for r in rows if not r["risks"] and "optout" not in r["flags"] and "hard" not in r["flags"])
draft = sum(1 for r in rows if "draft" in r["flags"])
lang_count = Counter(r["lang"] for r in rows)

def need(name, have, minimum):
    if have < minimum:
        err(f"{name}: {have} < {minimum}")

if len(thread_ids) != 42:
    err(f"need 42 threads, have {len(thread_ids)}")
for k in brands:
    if per_brand_threads[k] != 14:
        err(f"{k}: need 14 threads, have {per_brand_threads[k]}")
need("comments", N, 700)
for r in RISKS:
    need(f"risk {r}", risk_count[r], 45 if r == "injury_or_health" else 30)
need("hard negatives", hard, 80)
need("opt-outs", optout, 45)
need("off_topic (no risk)", offq, 50)
need("ordinary", ordinary, 250)
need("threads with risk in title (all comments flagged)", len(title_risk_threads), 8)
for l in LANGS:
    if lang_count[l] < 0.28 * N:
        err(f"language {l} share too low: {lang_count[l]}/{N}")

# report
print(f"comments: {N}  threads: {len(thread_ids)}  draft: {draft}  hard: {hard}  optout: {optout}  "
      f"off_topic(no risk): {offq}  ordinary: {ordinary}")
print("languages:", dict(sorted(lang_count.items())))
print("risk flags:", dict(sorted(risk_count.items())))
print("title-risk threads:", ", ".join(f"{t}({'/'.join(r)})" for t, r in title_risk_threads))
cls = defaultdict(Counter)
for r in rows:
    cls["intent:" + r["intent"]][r["lang"]] += 1
    for x in r["risks"]:
        cls["risk:" + x][r["lang"]] += 1
    for f in r["flags"]:
        cls["flag:" + f][r["lang"]] += 1
    if not r["risks"] and "optout" not in r["flags"] and "hard" not in r["flags"]:
        cls["ordinary"][r["lang"]] += 1
print(f"{'class':40s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'total':>6s}")
for k in sorted(cls):
    c = cls[k]
    print(f"{k:40s} {c['fi']:5d} {c['sv']:5d} {c['en']:5d} {sum(c.values()):6d}")
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:80]:
        print(" -", e)
    sys.exit(1)
print("\nVALID")
