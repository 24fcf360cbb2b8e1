#!/usr/bin/env python3
"""Validate the judgement-q blind labelled comment set. Exit 0 when valid."""
import os, sys, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
MINS = {"comments": 700, "crisis_or_tragedy": 30, "injury_or_health": 45, "legal_or_financial_advice": 30,
        "minors": 30, "politics": 30, "harassment": 30, "competitor_thread": 30, "community_rule": 30,
        "hard": 80, "optout": 45, "off_topic": 50, "ordinary": 250, "title_risk_threads": 8}

errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
for key, b in brands.items():
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b: err(f"brand {key}: missing {f}")
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}: err(f"brand {key}: objective")
    if len(b.get("competitors", [])) != 2: err(f"brand {key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"brand {key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"brand {key}: {len(g)} guidance passages")
    if {p.get("language") for p in g} != LANGS: err(f"brand {key}: guidance languages")
    for i, p in enumerate(g, 1):
        if not str(p.get("id", "")).startswith(key + "-g"): err(f"brand {key}: bad guidance id {p.get('id')}")
        if p.get("kind") not in {"fact", "faq"}: err(f"brand {key}: bad kind {p.get('id')}")
        if not p.get("text"): err(f"brand {key}: empty text {p.get('id')}")

ids, texts = set(), set()
total = 0
cnt = collections.Counter()
bylang = collections.defaultdict(collections.Counter)
title_risk_threads = 0
files = sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml")))
for fn in files:
    key = os.path.basename(fn)[:-5]
    if key not in brands: err(f"{fn}: unknown brand")
    threads = yaml.safe_load(open(fn, encoding="utf-8"))
    for t in threads:
        tid = t.get("id")
        if tid in ids: err(f"duplicate thread id {tid}")
        ids.add(tid)
        if not str(tid).startswith(key + "-j"): err(f"{tid}: id prefix")
        if t.get("split") != "dev": err(f"{tid}: split")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: platform {t.get('platform')}")
        if not t.get("title"): err(f"{tid}: title")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22: err(f"{tid}: {len(cs)} comments")
        common = None
        for j, row in enumerate(cs):
            where = f"{tid}#{j+1}"
            if not isinstance(row, list) or len(row) != 5: err(f"{where}: need 5 fields"); continue
            lang, intent, risks, flags, text = row
            if lang not in LANGS: err(f"{where}: lang {lang}")
            if intent not in INTENTS: err(f"{where}: intent {intent}")
            if not isinstance(risks, list) or not set(risks) <= RISKS: err(f"{where}: risks {risks}"); risks = []
            fl = str(flags).split()
            if not set(fl) <= FLAGS: err(f"{where}: flags {flags}")
            if len(fl) != len(set(fl)): err(f"{where}: repeated flag")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk")
            if intent == "off_topic" and "draft" in fl: err(f"{where}: off_topic with draft")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text"); continue
            norm = " ".join(text.lower().split())
            if norm in texts: err(f"{where}: duplicate text: {text[:60]}")
            texts.add(norm)
            common = set(risks) if common is None else common & set(risks)
            total += 1
            keys = ["comments", "lang:" + lang, "intent:" + intent] + list(risks) + fl
            if not risks and "optout" not in fl and "hard" not in fl: keys.append("ordinary")
            if intent == "off_topic": keys.append("off_topic")
            for k in set(keys):
                cnt[k] += 1
                bylang[k][lang] += 1
        if common and len(cs) > 0:
            title_risk_threads += 1
cnt["title_risk_threads"] = title_risk_threads
if len(files) != 3: err(f"expected 3 thread files, found {len(files)}")
if len(ids) != 42: err(f"expected 42 threads, found {len(ids)}")
for k, m in MINS.items():
    if cnt[k] < m: err(f"count {k} = {cnt[k]} < {m}")
for lg in LANGS:
    share = cnt["lang:" + lg] / max(total, 1)
    if not 0.25 <= share <= 0.42: err(f"language {lg} share {share:.2f} not roughly equal")

rows = ["comments", "ordinary", "off_topic", "hard", "optout", "draft", "sarcasm"] + sorted(RISKS) + \
       ["intent:" + i for i in sorted(INTENTS)]
print(f"{'class':34s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'total':>6s}")
for k in rows:
    print(f"{k:34s} {bylang[k]['fi']:5d} {bylang[k]['sv']:5d} {bylang[k]['en']:5d} {cnt[k]:6d}")
print(f"threads: {len(ids)}  threads with a title-level risk on every comment: {title_risk_threads}")
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:80]: print(" -", e)
    sys.exit(1)
print("\nVALID")
