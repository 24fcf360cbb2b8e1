#!/usr/bin/env python3
"""Validate the judgement-x blind labelled comment set. Exit 0 when valid."""
import os, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"]
FLAGS = {"draft", "optout", "hard", "sarcasm"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
MINIMA = {"comments": 700, "risk_each": 30, "injury_or_health": 45, "hard": 80, "optout": 45,
          "off_topic": 50, "ordinary": 250, "title_risk_threads": 8}

errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
for key, b in brands.items():
    if key != key.lower(): err(f"brand key not lowercase: {key}")
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b: err(f"{key}: missing {f}")
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}: err(f"{key}: bad objective")
    if len(b.get("competitors", [])) != 2: err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"{key}: {len(g)} guidance passages")
    if {p.get("language") for p in g} != LANGS: err(f"{key}: guidance must cover fi, sv, en")
    for i, p in enumerate(g, 1):
        if p.get("id") != f"{key}-g{i}": err(f"{key}: guidance id {p.get('id')}")
        if p.get("kind") not in {"fact", "faq"}: err(f"{p.get('id')}: bad kind")

ids = set(); texts = Counter(); rows = []
title_risk = []
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands: err(f"{path}: unknown brand file")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t.get("id", "?")
        if tid in ids: err(f"duplicate thread id {tid}")
        ids.add(tid)
        if not str(tid).startswith(key + "-j"): err(f"{tid}: id must be {key}-jN")
        if t.get("split") != "dev": err(f"{tid}: split")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: platform {t.get('platform')}")
        if not t.get("title"): err(f"{tid}: no title")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22: err(f"{tid}: {len(cs)} comments")
        common = None
        for n, c in enumerate(cs, 1):
            where = f"{tid}#{n}"
            if not isinstance(c, list) or len(c) != 5: err(f"{where}: need 5 fields"); continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS: err(f"{where}: language {lang}")
            if intent not in INTENTS: err(f"{where}: intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks): err(f"{where}: risks {risks}"); risks = []
            if len(set(risks)) != len(risks): err(f"{where}: repeated risk")
            if not isinstance(flags, str): err(f"{where}: flags must be a string"); flags = ""
            fl = flags.split()
            if any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl): err(f"{where}: flags {flags!r}")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk")
            if "draft" in fl and intent in {"off_topic", "spam_or_self_promotion", "toxic"}: err(f"{where}: draft on {intent}")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text"); continue
            texts[text.strip().lower()] += 1
            rows.append((tid, lang, intent, set(risks), set(fl), text))
            common = set(risks) if common is None else common & set(risks)
        if common:
            title_risk.append((tid, sorted(common)))

for t, n in texts.items():
    if n > 1: err(f"duplicate text: {t[:60]}")

def ordinary(r): return not r[3] and not ({"optout", "hard"} & r[4])
counts = {"comments": len(rows)}
for k in RISKS: counts[k] = sum(k in r[3] for r in rows)
counts["hard"] = sum("hard" in r[4] for r in rows)
counts["optout"] = sum("optout" in r[4] for r in rows)
counts["draft"] = sum("draft" in r[4] for r in rows)
counts["sarcasm"] = sum("sarcasm" in r[4] for r in rows)
counts["off_topic"] = sum(r[2] == "off_topic" for r in rows)
counts["ordinary"] = sum(ordinary(r) for r in rows)
counts["title_risk_threads"] = len(title_risk)

need = {"comments": MINIMA["comments"], "hard": MINIMA["hard"], "optout": MINIMA["optout"],
        "off_topic": MINIMA["off_topic"], "ordinary": MINIMA["ordinary"],
        "title_risk_threads": MINIMA["title_risk_threads"]}
for k in RISKS: need[k] = MINIMA["risk_each"]
need["injury_or_health"] = MINIMA["injury_or_health"]
for k, m in need.items():
    if counts[k] < m: err(f"count {k} = {counts[k]} < {m}")
if len(ids) != 42: err(f"{len(ids)} threads, expected 42")
if len(brands) != 3: err("expected 3 brands")

lang_tot = Counter(r[1] for r in rows)
for l in LANGS:
    share = lang_tot[l] / max(1, len(rows))
    if not 0.25 <= share <= 0.42: err(f"language {l} share {share:.2f} not roughly equal")

# report
print(f"threads: {len(ids)}  comments: {len(rows)}  brands: {', '.join(brands)}")
print("title-risk threads:", ", ".join(f"{t}({'/'.join(r)})" for t, r in title_risk))
classes = list(INTENTS) + RISKS + ["draft", "optout", "hard", "sarcasm", "ordinary"]
def has(r, c):
    if c in INTENTS: return r[2] == c
    if c in RISKS: return c in r[3]
    if c == "ordinary": return ordinary(r)
    return c in r[4]
print(f"{'class':28s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'total':>6s} {'min':>5s}")
order = sorted(INTENTS) + RISKS + ["draft", "optout", "hard", "sarcasm", "ordinary"]
for c in order:
    per = Counter(r[1] for r in rows if has(r, c))
    m = need.get(c, "")
    print(f"{c:28s} {per['fi']:5d} {per['sv']:5d} {per['en']:5d} {sum(per.values()):6d} {str(m):>5s}")
print(f"{'ALL':28s} {lang_tot['fi']:5d} {lang_tot['sv']:5d} {lang_tot['en']:5d} {len(rows):6d}")
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors: print(" -", e)
    sys.exit(1)
print("\nVALID")
