#!/usr/bin/env python3
"""Validate the judgement-g blind labelled comment set. Exit 0 when valid."""
import sys, os, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
MINIMA = {"comments": 700, "crisis_or_tragedy": 30, "injury_or_health": 45, "legal_or_financial_advice": 30,
          "minors": 30, "politics": 30, "harassment": 30, "competitor_thread": 30, "community_rule": 30,
          "hard": 80, "optout": 45, "off_topic": 50, "ordinary": 250, "title_risk_threads": 8, "threads": 42}

errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml")))
for key, b in brands.items():
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b: err(f"brand {key}: missing {f}")
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}: err(f"brand {key}: objective")
    if len(b.get("competitors", [])) != 2: err(f"brand {key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"brand {key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"brand {key}: {len(g)} guidance passages")
    if {x.get("language") for x in g} != LANGS: err(f"brand {key}: guidance languages")
    for x in g:
        if not str(x.get("id", "")).startswith(key + "-g"): err(f"brand {key}: guidance id {x.get('id')}")
        if x.get("kind") not in {"fact", "faq"}: err(f"{x.get('id')}: kind")

count = collections.Counter()
cross = collections.Counter()
ids, texts = set(), set()
nthreads = 0
title_risk = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands: err(f"{path}: unknown brand")
    threads = yaml.safe_load(open(path))
    if len(threads) != 14: err(f"{key}: {len(threads)} threads, want 14")
    for t in threads:
        nthreads += 1
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
        for i, row in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(row, list) or len(row) != 5: err(f"{where}: not 5 fields"); continue
            lang, intent, risks, flags, text = row
            if lang not in LANGS: err(f"{where}: language {lang}")
            if intent not in INTENTS: err(f"{where}: intent {intent}")
            if not isinstance(risks, list) or not set(risks) <= RISKS: err(f"{where}: risks {risks}"); risks = []
            if len(set(risks)) != len(risks): err(f"{where}: repeated risk")
            fl = str(flags).split()
            if not set(fl) <= FLAGS: err(f"{where}: flags {flags}")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk")
            if intent == "off_topic" and "draft" in fl: err(f"{where}: off_topic drafted")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text")
            norm = " ".join(str(text).lower().split())
            if norm in texts: err(f"{where}: duplicate text")
            texts.add(norm)
            common = set(risks) if common is None else common & set(risks)
            count["comments"] += 1
            count["lang:" + lang] += 1
            for r in risks: count[r] += 1; cross[(r, lang)] += 1
            for f in fl: count[f] += 1; cross[(f, lang)] += 1
            count["intent:" + intent] += 1; cross[("intent:" + intent, lang)] += 1
            if intent == "off_topic": count["off_topic"] += 1
            if not risks and "optout" not in fl and "hard" not in fl:
                count["ordinary"] += 1; cross[("ordinary", lang)] += 1
        if common: title_risk += 1
count["threads"] = nthreads
count["title_risk_threads"] = title_risk

langs = ["fi", "sv", "en"]
rows = sorted(RISKS) + sorted(FLAGS) + ["ordinary"] + sorted("intent:" + i for i in INTENTS)
print(f"{'class':34s}" + "".join(f"{l:>6s}" for l in langs) + f"{'total':>7s}")
for r in rows:
    print(f"{r:34s}" + "".join(f"{cross[(r, l)]:6d}" for l in langs) + f"{sum(cross[(r, l)] for l in langs):7d}")
print(f"{'comments':34s}" + "".join(f"{count['lang:' + l]:6d}" for l in langs) + f"{count['comments']:7d}")
print(f"threads: {nthreads}, threads whose every comment shares a risk flag: {title_risk}")
for k, v in MINIMA.items():
    if count[k] < v: err(f"minimum: {k} = {count[k]} < {v}")
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors: print("  " + e)
    sys.exit(1)
print("\nVALID")
