#!/usr/bin/env python3
"""Validate the judgement-f blind labelled comment set. Exit 0 when valid."""
import os, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"]
FLAGS = {"draft", "optout", "hard", "sarcasm"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
SPLITS = {"dev", "test"}
MINS = {"comments": 700, "risk_each": 30, "injury_or_health": 45, "hard": 80, "optout": 45,
        "off_topic": 50, "ordinary": 250, "title_risk_threads": 8}

errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml")))
for key, b in brands.items():
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b: err(f"brand {key}: missing {f}")
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}:
        err(f"brand {key}: bad objective")
    if len(b.get("competitors", [])) != 2: err(f"brand {key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"brand {key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"brand {key}: {len(g)} guidance passages")
    gl = set()
    for i, p in enumerate(g, 1):
        if p.get("kind") not in {"fact", "faq"}: err(f"{key} guidance {i}: bad kind")
        if p.get("language") not in LANGS: err(f"{key} guidance {i}: bad language")
        if not str(p.get("id", "")).startswith(f"{key}-g"): err(f"{key} guidance {i}: bad id")
        gl.add(p.get("language"))
    if gl != LANGS: err(f"brand {key}: guidance languages {gl}")
if len(brands) != 3: err("need 3 brands")

ids, texts = set(), {}
n = 0
risk_c = collections.Counter(); flag_c = collections.Counter()
cls_lang = collections.defaultdict(collections.Counter)
intent_c = collections.Counter()
ordinary = off_topic_q = 0
off_topic_plain = 0
title_risk_threads = 0
for key in brands:
    path = os.path.join(HERE, "threads", f"{key}.yaml")
    threads = yaml.safe_load(open(path))
    if len(threads) != 14: err(f"{key}: {len(threads)} threads, need 14")
    for t in threads:
        tid = t.get("id")
        if tid in ids: err(f"duplicate thread id {tid}")
        ids.add(tid)
        if not str(tid).startswith(f"{key}-j"): err(f"{tid}: bad id prefix")
        if t.get("split") not in SPLITS: err(f"{tid}: bad split")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform {t.get('platform')}")
        if not t.get("title"): err(f"{tid}: no title")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22: err(f"{tid}: {len(cs)} comments")
        common = None
        for j, row in enumerate(cs, 1):
            where = f"{tid}#{j}"
            if not isinstance(row, list) or len(row) != 5:
                err(f"{where}: need 5 fields"); continue
            lang, intent, risks, flags, text = row
            n += 1
            if lang not in LANGS: err(f"{where}: bad language {lang}")
            if intent not in INTENTS: err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks):
                err(f"{where}: bad risks {risks}"); risks = []
            if len(set(risks)) != len(risks): err(f"{where}: repeated risk")
            fl = str(flags).split()
            if any(f not in FLAGS for f in fl): err(f"{where}: bad flags {flags}")
            if len(set(fl)) != len(fl): err(f"{where}: repeated flag")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text")
            norm = " ".join(str(text).lower().split())
            if norm in texts: err(f"{where}: duplicate text of {texts[norm]}")
            texts[norm] = where
            common = set(risks) if common is None else common & set(risks)
            intent_c[intent] += 1
            for r in risks:
                risk_c[r] += 1; cls_lang[r][lang] += 1
            for f in fl:
                flag_c[f] += 1; cls_lang["flag:" + f][lang] += 1
            cls_lang["intent:" + intent][lang] += 1
            cls_lang["ALL"][lang] += 1
            if not risks and "optout" not in fl and "hard" not in fl:
                ordinary += 1; cls_lang["ordinary"][lang] += 1
            if intent == "off_topic" and "draft" in fl: err(f"{where}: off_topic with draft")
            if intent == "off_topic" and not risks:
                off_topic_plain += 1
                if "?" in str(text): off_topic_q += 1
        if common and (common & {"competitor_thread", "community_rule", "crisis_or_tragedy", "politics",
                                 "injury_or_health", "legal_or_financial_advice", "minors", "harassment"}):
            title_risk_threads += 1

def need(name, have, want):
    if have < want: err(f"count {name}: {have} < {want}")
need("comments", n, MINS["comments"])
for r in RISKS:
    need(r, risk_c[r], MINS["injury_or_health"] if r == "injury_or_health" else MINS["risk_each"])
need("hard", flag_c["hard"], MINS["hard"])
need("optout", flag_c["optout"], MINS["optout"])
need("off_topic", intent_c["off_topic"], MINS["off_topic"])
need("ordinary", ordinary, MINS["ordinary"])
need("off_topic questions (no risk, with ?)", off_topic_q, MINS["off_topic"])
need("title_risk_threads", title_risk_threads, MINS["title_risk_threads"])

print(f"comments: {n}  threads: {len(ids)}  title-risk threads: {title_risk_threads}  ordinary: {ordinary}  off_topic questions (no risk, with ?): {off_topic_q}")
print(f"{'class':34s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'total':>6s}")
order = ["ALL", "ordinary"] + RISKS + ["flag:" + f for f in sorted(FLAGS)] + ["intent:" + i for i in sorted(INTENTS)]
for c in order:
    d = cls_lang.get(c, collections.Counter())
    print(f"{c:34s} {d['fi']:5d} {d['sv']:5d} {d['en']:5d} {sum(d.values()):6d}")
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("\nVALID")
