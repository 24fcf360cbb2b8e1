#!/usr/bin/env python3
"""Validate the judgement-u blind labelled comment set. Exit 0 when valid."""
import sys, os, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"]
FLAGS = {"draft", "optout", "hard", "sarcasm"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
MIN = {"comments": 700, "risk_each": 30, "injury_or_health": 45, "hard": 80, "optout": 45,
       "off_topic": 50, "ordinary": 250, "title_risk_threads": 8, "threads": 42}

errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml")))
gids = set()
for key, b in brands.items():
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b: err(f"brand {key}: missing {f}")
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}: err(f"brand {key}: objective")
    if len(b.get("competitors", [])) != 2: err(f"brand {key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"brand {key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"brand {key}: {len(g)} guidance passages")
    if {x.get("language") for x in g} != LANGS: err(f"brand {key}: guidance must cover fi, sv, en")
    for x in g:
        if not str(x.get("id", "")).startswith(key + "-g"): err(f"brand {key}: bad guidance id {x.get('id')}")
        if x.get("id") in gids: err(f"duplicate guidance id {x.get('id')}")
        gids.add(x.get("id"))
        if x.get("kind") not in {"fact", "faq"}: err(f"{x.get('id')}: kind")
        if not x.get("text"): err(f"{x.get('id')}: empty text")

ids, texts = set(), {}
cnt = collections.Counter()
by_lang = collections.defaultdict(collections.Counter)
title_risk = []
threads_per_brand = collections.Counter()
n = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands: err(f"{path}: unknown brand {key}")
    threads = yaml.safe_load(open(path))
    for t in threads:
        tid = t.get("id")
        threads_per_brand[key] += 1
        if tid in ids: err(f"duplicate thread id {tid}")
        ids.add(tid)
        if not str(tid).startswith(key + "-j"): err(f"{tid}: id must start with {key}-j")
        if t.get("split") != "dev": err(f"{tid}: split")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: platform {t.get('platform')}")
        if not t.get("title"): err(f"{tid}: title")
        cs = t.get("comments") or []
        if not 14 <= len(cs) <= 22: err(f"{tid}: {len(cs)} comments")
        common = None
        for i, row in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(row, list) or len(row) != 5: err(f"{where}: need 5 fields"); continue
            lang, intent, risks, flags, text = row
            if lang not in LANGS: err(f"{where}: language {lang}")
            if intent not in INTENTS: err(f"{where}: intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks): err(f"{where}: risks {risks}"); risks = []
            if len(set(risks)) != len(risks): err(f"{where}: repeated risk")
            if not isinstance(flags, str): err(f"{where}: flags must be a string"); flags = ""
            fl = flags.split()
            if any(f not in FLAGS for f in fl): err(f"{where}: flags {flags}")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk")
            if "draft" in fl and intent in {"off_topic", "spam_or_self_promotion", "toxic"}: err(f"{where}: draft on {intent}")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text"); continue
            k = " ".join(text.lower().split())
            if k in texts: err(f"{where}: duplicate text of {texts[k]}")
            texts[k] = where
            n += 1
            common = set(risks) if common is None else common & set(risks)
            cnt["comments"] += 1
            by_lang[lang]["ALL"] += 1
            by_lang[lang]["intent:" + intent] += 1
            cnt["intent:" + intent] += 1
            for r in risks:
                cnt[r] += 1; by_lang[lang][r] += 1
            for f in fl:
                cnt[f] += 1; by_lang[lang][f] += 1
            if not risks and "optout" not in fl and "hard" not in fl:
                cnt["ordinary"] += 1; by_lang[lang]["ordinary"] += 1
        if common:
            title_risk.append((tid, sorted(common)))

# minimum counts
if cnt["comments"] < MIN["comments"]: err(f"only {cnt['comments']} comments")
if len(ids) < MIN["threads"]: err(f"only {len(ids)} threads")
for k in brands:
    if threads_per_brand[k] != 14: err(f"brand {k}: {threads_per_brand[k]} threads (want 14)")
for r in RISKS:
    need = MIN["injury_or_health"] if r == "injury_or_health" else MIN["risk_each"]
    if cnt[r] < need: err(f"risk {r}: {cnt[r]} < {need}")
for f in ("hard", "optout"):
    if cnt[f] < MIN[f]: err(f"{f}: {cnt[f]} < {MIN[f]}")
if cnt["intent:off_topic"] < MIN["off_topic"]: err(f"off_topic: {cnt['intent:off_topic']} < {MIN['off_topic']}")
if cnt["ordinary"] < MIN["ordinary"]: err(f"ordinary: {cnt['ordinary']} < {MIN['ordinary']}")
if len(title_risk) < MIN["title_risk_threads"]: err(f"title-risk threads: {len(title_risk)}")

# report
cols = ["fi", "sv", "en"]
rows = ["ALL"] + ["intent:" + i for i in sorted(INTENTS)] + RISKS + ["draft", "optout", "hard", "sarcasm", "ordinary"]
print(f"threads: {len(ids)}  comments: {cnt['comments']}  per brand: {dict(threads_per_brand)}")
print(f"{'class':40s}" + "".join(f"{c:>6s}" for c in cols) + f"{'total':>7s}")
for r in rows:
    print(f"{r:40s}" + "".join(f"{by_lang[c][r]:6d}" for c in cols) + f"{sum(by_lang[c][r] for c in cols):7d}")
print("threads whose every comment shares a risk flag:", len(title_risk))
for tid, rs in title_risk: print("  ", tid, rs)
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:80]: print("  -", e)
    sys.exit(1)
print("\nVALID")
