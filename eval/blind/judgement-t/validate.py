#!/usr/bin/env python3
"""Validate the judgement-t blind labelled comment set. Exit 0 when valid."""
import sys, os, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
MIN_RISK = {r: 30 for r in RISKS}
MIN_RISK["injury_or_health"] = 45
errors = []

def err(m):
    errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must hold exactly 3 brands")
for key, b in (brands or {}).items():
    if key != key.lower():
        err(f"brand key {key} not lowercase")
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b:
            err(f"{key}: missing {f}")
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}:
        err(f"{key}: bad objective")
    if len(b.get("competitors", [])) != 2:
        err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4:
        err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14:
        err(f"{key}: {len(g)} guidance passages")
    if {p.get("language") for p in g} != LANGS:
        err(f"{key}: guidance must cover fi, sv, en")
    ids = [p.get("id") for p in g]
    if len(set(ids)) != len(ids):
        err(f"{key}: duplicate guidance ids")
    for p in g:
        if not str(p.get("id", "")).startswith(f"{key}-g") or p.get("kind") not in {"fact", "faq"} or not p.get("text"):
            err(f"{key}: bad guidance passage {p}")

thread_ids = set()
texts = set()
rows = []
title_risk_threads = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands:
        err(f"{path}: unknown brand")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    if len(threads) != 14:
        err(f"{path}: {len(threads)} threads, need 14")
    for t in threads:
        tid = t.get("id")
        if tid in thread_ids:
            err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if not str(tid).startswith(f"{key}-j"):
            err(f"{tid}: id must start with {key}-j")
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
                err(f"{where}: need 5 fields, got {c}")
                continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS:
                err(f"{where}: bad language {lang}")
            if intent not in INTENTS:
                err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks) or len(set(risks)) != len(risks):
                err(f"{where}: bad risks {risks}")
                risks = []
            if not isinstance(flags, str):
                err(f"{where}: flags must be a string")
                flags = ""
            fl = flags.split()
            if any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl):
                err(f"{where}: bad flags '{flags}'")
            if "draft" in fl and (risks or "optout" in fl):
                err(f"{where}: draft with risk or optout")
            if "hard" in fl and risks:
                err(f"{where}: hard with a risk flag")
            if "draft" in fl and intent == "off_topic":
                err(f"{where}: draft on off_topic")
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
                continue
            norm = " ".join(text.lower().split())
            if norm in texts:
                err(f"{where}: duplicate text: {text[:60]}")
            texts.add(norm)
            rows.append((tid, lang, intent, set(risks), set(fl)))
            common = set(risks) if common is None else common & set(risks)
        if common & {"competitor_thread", "community_rule"} or common:
            title_risk_threads += 1 if common else 0

# counts
n = len(rows)
risk_counts = collections.Counter(r for row in rows for r in row[3])
hard = sum(1 for r in rows if "hard" in r[4])
optout = sum(1 for r in rows if "optout" in r[4])
offq = sum(1 for r in rows if r[2] == "off_topic")
ordinary = sum(1 for r in rows if not r[3] and "optout" not in r[4] and "hard" not in r[4])
draft = sum(1 for r in rows if "draft" in r[4])
lang_counts = collections.Counter(r[1] for r in rows)

if len(thread_ids) != 42:
    err(f"{len(thread_ids)} threads, need 42")
if n < 700:
    err(f"{n} comments, need >= 700")
for r, m in MIN_RISK.items():
    if risk_counts[r] < m:
        err(f"risk {r}: {risk_counts[r]} < {m}")
if hard < 80: err(f"hard {hard} < 80")
if optout < 45: err(f"optout {optout} < 45")
if offq < 50: err(f"off_topic {offq} < 50")
if ordinary < 250: err(f"ordinary {ordinary} < 250")
if title_risk_threads < 8: err(f"threads with a risk on every comment: {title_risk_threads} < 8")
for l in LANGS:
    if lang_counts[l] < n * 0.25:
        err(f"language {l} under-represented: {lang_counts[l]}")

# report
print(f"threads: {len(thread_ids)}  comments: {n}  threads with title risk (all comments share a risk): {title_risk_threads}")
print(f"draft {draft}  hard {hard}  optout {optout}  sarcasm {sum(1 for r in rows if 'sarcasm' in r[4])}  "
      f"off_topic {offq}  ordinary {ordinary}")
classes = ["intent:" + i for i in sorted(INTENTS)] + ["risk:" + r for r in sorted(RISKS)] + \
          ["flag:" + f for f in sorted(FLAGS)] + ["ordinary"]
print(f"{'class':42s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'all':>5s}")
for c in classes:
    cnt = collections.Counter()
    for tid, lang, intent, risks, fl in rows:
        kind, _, name = c.partition(":")
        hit = (kind == "intent" and intent == name) or (kind == "risk" and name in risks) or \
              (kind == "flag" and name in fl) or \
              (c == "ordinary" and not risks and "optout" not in fl and "hard" not in fl)
        if hit:
            cnt[lang] += 1
    print(f"{c:42s} {cnt['fi']:5d} {cnt['sv']:5d} {cnt['en']:5d} {sum(cnt.values()):5d}")
print(f"{'total':42s} {lang_counts['fi']:5d} {lang_counts['sv']:5d} {lang_counts['en']:5d} {n:5d}")
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:200]:
        print(" -", e)
    sys.exit(1)
print("\nVALID")
