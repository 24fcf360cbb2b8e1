#!/usr/bin/env python3
"""Validate the judgement-o blind labelled comment set. Exit 0 when valid."""
import sys, os, collections, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"]
FLAGS = {"draft", "optout", "hard", "sarcasm"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
MIN = {"risk_each": 30, "injury_or_health": 45, "hard": 80, "optout": 45, "off_topic": 50,
       "ordinary": 250, "comments": 700, "title_risk_threads": 8}

errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml")))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must define exactly 3 brands")
for key, b in (brands or {}).items():
    if key != key.lower(): err(f"brand key {key} not lowercase")
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b: err(f"{key}: missing {f}")
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}: err(f"{key}: bad objective")
    if len(b.get("competitors", [])) != 2: err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"{key}: {len(g)} guidance passages, need 12-14")
    ids = [x.get("id") for x in g]
    if len(set(ids)) != len(ids): err(f"{key}: duplicate guidance ids")
    for x in g:
        if not str(x.get("id", "")).startswith(f"{key}-g"): err(f"{key}: bad guidance id {x.get('id')}")
        if x.get("kind") not in {"fact", "faq"}: err(f"{x.get('id')}: bad kind")
        if x.get("language") not in LANGS: err(f"{x.get('id')}: bad language")
        if not x.get("text"): err(f"{x.get('id')}: empty text")
    if {x.get("language") for x in g} != LANGS: err(f"{key}: guidance must cover fi, sv and en")

rows, thread_ids, texts = [], set(), {}
title_risk_threads = []
for key in brands:
    path = os.path.join(HERE, "threads", f"{key}.yaml")
    if not os.path.exists(path): err(f"missing {path}"); continue
    threads = yaml.safe_load(open(path))
    if len(threads) != 14: err(f"{key}: {len(threads)} threads, need 14")
    for t in threads:
        tid = t.get("id")
        if tid in thread_ids: err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if not str(tid).startswith(f"{key}-j"): err(f"bad thread id {tid}")
        if t.get("split") != "dev": err(f"{tid}: split must be dev")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform {t.get('platform')}")
        if not t.get("title"): err(f"{tid}: no title")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22: err(f"{tid}: {len(cs)} comments, need 14-22")
        common = None
        for i, c in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(c, list) or len(c) != 5: err(f"{where}: need 5 fields"); continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS: err(f"{where}: bad language {lang}")
            if intent not in INTENTS: err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks): err(f"{where}: bad risks {risks}"); risks = []
            if len(set(risks)) != len(risks): err(f"{where}: repeated risk")
            if not isinstance(flags, str): err(f"{where}: flags must be a string"); flags = ""
            fl = flags.split()
            if any(f not in FLAGS for f in fl): err(f"{where}: bad flags {flags}")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk or optout")
            if "hard" in fl and risks: err(f"{where}: hard with a risk flag")
            if "draft" in fl and intent in {"off_topic", "spam_or_self_promotion", "toxic"}: err(f"{where}: draft on {intent}")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text"); continue
            norm = " ".join(text.lower().split())
            if norm in texts: err(f"{where}: duplicate text of {texts[norm]}")
            texts[norm] = where
            common = set(risks) if common is None else common & set(risks)
            rows.append(dict(lang=lang, intent=intent, risks=risks, flags=fl, thread=tid))
        # competitor_thread / community_rule are thread-level: all or none
        for r in ("competitor_thread", "community_rule"):
            n = sum(1 for c in cs if isinstance(c, list) and len(c) == 5 and isinstance(c[2], list) and r in c[2])
            if 0 < n < len(cs): err(f"{tid}: {r} on {n}/{len(cs)} comments, must be all")
        if common:
            title_risk_threads.append((tid, sorted(common)))

# counts
classes = collections.OrderedDict()
def add(cls, r): classes.setdefault(cls, collections.Counter())[r["lang"]] += 1
for r in rows:
    add("ALL", r)
    for k in RISKS:
        if k in r["risks"]: add(k, r)
    for f in ("draft", "optout", "hard", "sarcasm"):
        if f in r["flags"]: add(f, r)
    add("intent:" + r["intent"], r)
    if r["intent"] == "off_topic" and "draft" not in r["flags"]: add("off_topic_no_draft", r)
    if not r["risks"] and "optout" not in r["flags"] and "hard" not in r["flags"]: add("ordinary", r)
    if r["risks"] and "optout" in r["flags"]: add("optout_in_risky", r)
    if "hard" in r["flags"] and "draft" in r["flags"]: add("hard_draft", r)
    if any(x in r["risks"] for x in ("injury_or_health",)) and r["intent"] == "question": add("injury_question", r)

def total(c): return sum(classes.get(c, {}).values())
print(f"{'class':34s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'total':>6s}")
order = ["ALL"] + RISKS + ["draft", "optout", "optout_in_risky", "hard", "hard_draft", "sarcasm",
         "ordinary", "off_topic_no_draft", "injury_question"] + sorted(k for k in classes if k.startswith("intent:"))
for k in order:
    c = classes.get(k, collections.Counter())
    print(f"{k:34s} {c['fi']:5d} {c['sv']:5d} {c['en']:5d} {sum(c.values()):6d}")
print(f"threads: {len(thread_ids)}; threads with risk in title (flag on every comment): {len(title_risk_threads)}")
for tid, rs in title_risk_threads: print(f"  {tid}: {', '.join(rs)}")

if len(thread_ids) != 42: err(f"{len(thread_ids)} threads, need 42")
if len(rows) < MIN["comments"]: err(f"{len(rows)} comments, need >= {MIN['comments']}")
for k in RISKS:
    need = MIN["injury_or_health"] if k == "injury_or_health" else MIN["risk_each"]
    if total(k) < need: err(f"{k}: {total(k)} < {need}")
for k, m in (("hard", "hard"), ("optout", "optout"), ("off_topic_no_draft", "off_topic"), ("ordinary", "ordinary")):
    if total(k) < MIN[m]: err(f"{k}: {total(k)} < {MIN[m]}")
if len(title_risk_threads) < MIN["title_risk_threads"]: err(f"only {len(title_risk_threads)} title-risk threads")
allc = classes.get("ALL", collections.Counter())
if allc and (max(allc.values()) - min(allc.values())) > 0.1 * sum(allc.values()):
    err(f"languages not roughly equal: {dict(allc)}")
for k in ("optout", "hard", "off_topic_no_draft"):
    c = classes.get(k, collections.Counter())
    for l in LANGS:
        if c[l] == 0: err(f"{k}: no {l} examples")

if errors:
    print(f"\nINVALID ({len(errors)} problems):")
    for e in errors: print("  -", e)
    sys.exit(1)
print("\nVALID")
