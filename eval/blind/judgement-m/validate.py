#!/usr/bin/env python3
"""Validate the judgement-m blind labelled comment set. Exit 0 when valid."""
import sys, os, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"]
FLAGS = {"draft", "optout", "hard", "sarcasm"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
errors = []

def err(m):
    errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if len(brands) != 3:
    err("need 3 brands")
for key, b in brands.items():
    if key != key.lower():
        err(f"brand key not lowercase: {key}")
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
    if {x.get("language") for x in g} != LANGS:
        err(f"{key}: guidance must cover fi, sv, en")
    ids = [x.get("id") for x in g]
    if len(set(ids)) != len(ids):
        err(f"{key}: duplicate guidance ids")
    for x in g:
        if not str(x.get("id", "")).startswith(key + "-g"):
            err(f"{key}: bad guidance id {x.get('id')}")
        if x.get("kind") not in ("fact", "faq"):
            err(f"{x.get('id')}: bad kind")
        if x.get("language") not in LANGS or not x.get("text"):
            err(f"{x.get('id')}: bad language/text")

rows = []
thread_ids = set()
title_risk_threads = []
texts = collections.Counter()
for key in brands:
    path = os.path.join(HERE, "threads", f"{key}.yaml")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    if len(threads) != 14:
        err(f"{key}: {len(threads)} threads, need 14")
    for t in threads:
        tid = t.get("id")
        if tid in thread_ids:
            err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if not str(tid).startswith(key + "-j"):
            err(f"bad thread id {tid}")
        for f in ("split", "platform", "title", "comments"):
            if f not in t:
                err(f"{tid}: missing {f}")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22:
            err(f"{tid}: {len(cs)} comments")
        common = None
        for i, c in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(c, list) or len(c) != 5:
                err(f"{where}: need 5 fields"); continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS: err(f"{where}: bad language {lang}")
            if intent not in INTENTS: err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks): err(f"{where}: bad risks {risks}")
            if len(set(risks)) != len(risks): err(f"{where}: repeated risk")
            fl = flags.split() if isinstance(flags, str) else None
            if fl is None or any(f not in FLAGS for f in fl): err(f"{where}: bad flags {flags!r}"); fl = []
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk")
            if "draft" in fl and intent in ("off_topic", "spam_or_self_promotion", "toxic"): err(f"{where}: draft on {intent}")
            texts[text.strip().lower()] += 1
            s = set(risks)
            common = s if common is None else common & s
            rows.append((key, tid, lang, intent, set(risks), set(fl), text))
        if common:
            title_risk_threads.append((tid, sorted(common)))

for t, n in texts.items():
    if n > 1: err(f"duplicate text: {t[:60]}")

def count(pred):
    return sum(1 for r in rows if pred(r))

N = len(rows)
mins = {"comments": (N, 700)}
for r in RISKS:
    mins[r] = (count(lambda x, r=r: r in x[4]), 45 if r == "injury_or_health" else 30)
mins["hard"] = (count(lambda x: "hard" in x[5]), 80)
mins["optout"] = (count(lambda x: "optout" in x[5]), 45)
mins["off_topic"] = (count(lambda x: x[3] == "off_topic" and "draft" not in x[5]), 50)
mins["ordinary"] = (count(lambda x: not x[4] and "optout" not in x[5] and "hard" not in x[5]), 250)
mins["title_risk_threads"] = (len(title_risk_threads), 8)
for k, (v, m) in mins.items():
    if v < m: err(f"{k}: {v} < {m}")
lang_counts = collections.Counter(r[2] for r in rows)
for l in LANGS:
    if lang_counts[l] < N * 0.27:
        err(f"language {l} underrepresented: {lang_counts[l]}/{N}")

# class x language table
classes = (sorted(INTENTS) + RISKS + ["draft", "optout", "hard", "sarcasm", "ordinary"])
def member(r, c):
    if c in INTENTS: return r[3] == c
    if c in RISKS: return c in r[4]
    if c == "ordinary": return not r[4] and "optout" not in r[5] and "hard" not in r[5]
    return c in r[5]
print(f"{'class':28s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'all':>5s}")
for c in classes:
    v = [count(lambda x, l=l: x[2] == l and member(x, c)) for l in ("fi", "sv", "en")]
    print(f"{c:28s} {v[0]:5d} {v[1]:5d} {v[2]:5d} {sum(v):5d}")
print(f"{'TOTAL':28s} {lang_counts['fi']:5d} {lang_counts['sv']:5d} {lang_counts['en']:5d} {N:5d}")
print("threads:", len(thread_ids), "title-risk threads:", ", ".join(f"{t}={'/'.join(c)}" for t, c in title_risk_threads))
if errors:
    print(f"\nINVALID: {len(errors)} error(s)")
    for e in errors[:80]: print(" -", e)
    sys.exit(1)
print("\nVALID")
