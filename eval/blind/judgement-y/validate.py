#!/usr/bin/env python3
"""Validate the judgement-y blind labelled comment set. Exit 0 when valid."""
import os, sys, glob, re
from collections import Counter, defaultdict
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = ["question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"]
RISKS = ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"]
FLAGS = {"draft", "optout", "hard", "sarcasm"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
MIN = {"comments": 700, "risk_each": 30, "injury_or_health": 45, "hard": 80, "optout": 45,
       "off_topic": 50, "ordinary": 250, "title_risk_threads": 8}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(ROOT, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3: err("brands.yaml must hold exactly 3 brands")
for key, b in (brands or {}).items():
    if key != key.lower(): err(f"brand key {key} not lowercase")
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b: err(f"{key}: missing {f}")
    if b.get("objective") not in OBJECTIVES: err(f"{key}: bad objective")
    if len(b.get("competitors", [])) != 2: err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"{key}: {len(g)} guidance passages")
    if {x.get("language") for x in g} != LANGS: err(f"{key}: guidance must cover fi, sv, en")
    for x in g:
        if not re.fullmatch(rf"{key}-g\d+", str(x.get("id"))): err(f"{key}: bad guidance id {x.get('id')}")
        if x.get("kind") not in ("fact", "faq"): err(f"{x.get('id')}: bad kind")
        if not x.get("text"): err(f"{x.get('id')}: empty text")

rows, tids, texts = [], set(), Counter()
title_risk_threads = 0
per_brand_threads = Counter()
for path in sorted(glob.glob(os.path.join(ROOT, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands: err(f"{path}: unknown brand")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t.get("id")
        if tid in tids: err(f"duplicate thread id {tid}")
        tids.add(tid); per_brand_threads[key] += 1
        if not re.fullmatch(rf"{key}-j\d+", str(tid)): err(f"bad thread id {tid}")
        if t.get("split") not in ("dev", "test"): err(f"{tid}: bad split")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform {t.get('platform')}")
        if not t.get("title"): err(f"{tid}: no title")
        cs = t.get("comments") or []
        if not 14 <= len(cs) <= 22: err(f"{tid}: {len(cs)} comments")
        common = set(RISKS)
        for i, c in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(c, list) or len(c) != 5: err(f"{where}: needs 5 fields"); continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS: err(f"{where}: bad language {lang}")
            if intent not in INTENTS: err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks): err(f"{where}: bad risks {risks}"); risks = []
            if len(set(risks)) != len(risks): err(f"{where}: repeated risk")
            if not isinstance(flags, str): err(f"{where}: flags must be a string"); flags = ""
            fl = flags.split()
            if any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl): err(f"{where}: bad flags '{flags}'")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk or optout")
            if "hard" in fl and risks: err(f"{where}: hard with a risk flag")
            if "draft" in fl and intent in ("off_topic", "spam_or_self_promotion", "toxic"): err(f"{where}: draft on {intent}")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text")
            texts[text.strip().lower()] += 1
            common &= set(risks)
            rows.append(dict(brand=key, tid=tid, lang=lang, intent=intent, risks=risks, flags=set(fl), text=text))
        if common & {"competitor_thread", "community_rule"} or (common and cs):
            title_risk_threads += 1
        for r in ("competitor_thread", "community_rule"):
            has = [r in c[2] for c in cs if isinstance(c, list) and len(c) == 5]
            if any(has) and not all(has): err(f"{tid}: {r} must be on every comment of the thread")

for t, n in texts.items():
    if n > 1: err(f"duplicate text: {t[:60]}")
for k in brands or {}:
    if per_brand_threads[k] != 14: err(f"{k}: {per_brand_threads[k]} threads, need 14")

N = len(rows)
cnt = Counter()
for r in rows:
    for x in r["risks"]: cnt[x] += 1
    for f in r["flags"]: cnt[f] += 1
    cnt["intent:" + r["intent"]] += 1
    if not r["risks"] and "optout" not in r["flags"] and "hard" not in r["flags"]: cnt["ordinary"] += 1
if N < MIN["comments"]: err(f"{N} comments < {MIN['comments']}")
for r in RISKS:
    need = MIN["injury_or_health"] if r == "injury_or_health" else MIN["risk_each"]
    if cnt[r] < need: err(f"{r}: {cnt[r]} < {need}")
if cnt["hard"] < MIN["hard"]: err(f"hard: {cnt['hard']} < {MIN['hard']}")
if cnt["optout"] < MIN["optout"]: err(f"optout: {cnt['optout']} < {MIN['optout']}")
if cnt["intent:off_topic"] < MIN["off_topic"]: err(f"off_topic: {cnt['intent:off_topic']} < {MIN['off_topic']}")
if cnt["ordinary"] < MIN["ordinary"]: err(f"ordinary: {cnt['ordinary']} < {MIN['ordinary']}")
if title_risk_threads < MIN["title_risk_threads"]: err(f"title-risk threads: {title_risk_threads} < {MIN['title_risk_threads']}")
langs = Counter(r["lang"] for r in rows)
if min(langs.values()) < 0.25 * N: err(f"languages unbalanced: {dict(langs)}")
optlangs = Counter(r["lang"] for r in rows if "optout" in r["flags"])
if len(optlangs) < 3: err("opt-outs must appear in all three languages")

# report
classes = RISKS + ["draft", "optout", "hard", "sarcasm", "ordinary"] + ["intent:" + i for i in INTENTS]
def cls_count(r, c):
    if c in RISKS: return c in r["risks"]
    if c == "ordinary": return not r["risks"] and "optout" not in r["flags"] and "hard" not in r["flags"]
    if c.startswith("intent:"): return r["intent"] == c[7:]
    return c in r["flags"]
print(f"threads: {len(tids)}  comments: {N}  title-risk threads: {title_risk_threads}")
print(f"{'class':40} {'fi':>5} {'sv':>5} {'en':>5} {'total':>6}")
for c in classes:
    per = Counter(r["lang"] for r in rows if cls_count(r, c))
    print(f"{c:40} {per['fi']:>5} {per['sv']:>5} {per['en']:>5} {sum(per.values()):>6}")
print(f"{'ALL':40} {langs['fi']:>5} {langs['sv']:>5} {langs['en']:>5} {N:>6}")
if errors:
    print(f"\nINVALID: {len(errors)} error(s)")
    for e in errors[:200]: print(" -", e)
    sys.exit(1)
print("\nVALID")
