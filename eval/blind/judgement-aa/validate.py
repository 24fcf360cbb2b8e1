#!/usr/bin/env python3
"""Validate the judgement-aa blind labelled comment set. Exit 0 when valid."""
import os, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
MIN_RISK = {r: 30 for r in RISKS}
MIN_RISK["injury_or_health"] = 45

errors = []
def err(msg):
    errors.append(msg)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must hold exactly 3 brands")
gids = set()
for key, b in (brands or {}).items():
    if key != key.lower():
        err(f"brand key {key} not lowercase")
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b:
            err(f"{key}: missing {f}")
    if b.get("objective") not in OBJECTIVES:
        err(f"{key}: bad objective {b.get('objective')}")
    if len(b.get("competitors", [])) != 2:
        err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4:
        err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14:
        err(f"{key}: {len(g)} guidance passages, need 12-14")
    glangs = set()
    for p in g:
        if not str(p.get("id", "")).startswith(f"{key}-g"):
            err(f"{key}: bad guidance id {p.get('id')}")
        if p.get("id") in gids:
            err(f"duplicate guidance id {p.get('id')}")
        gids.add(p.get("id"))
        if p.get("kind") not in ("fact", "faq"):
            err(f"{p.get('id')}: bad kind")
        if p.get("language") not in LANGS:
            err(f"{p.get('id')}: bad language")
        glangs.add(p.get("language"))
        if not p.get("text"):
            err(f"{p.get('id')}: empty text")
    if glangs != LANGS:
        err(f"{key}: guidance languages {sorted(glangs)} not all three")

tids, texts = set(), {}
rows = []
title_risk_threads = 0
threads_per_brand = collections.Counter()
for key in (brands or {}):
    path = os.path.join(HERE, "threads", f"{key}.yaml")
    if not os.path.exists(path):
        err(f"missing {path}")
        continue
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t.get("id")
        threads_per_brand[key] += 1
        if not str(tid).startswith(f"{key}-j"):
            err(f"bad thread id {tid}")
        if tid in tids:
            err(f"duplicate thread id {tid}")
        tids.add(tid)
        for f in ("split", "platform", "title", "comments"):
            if f not in t:
                err(f"{tid}: missing {f}")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22:
            err(f"{tid}: {len(cs)} comments, need 14-22")
        common = None
        for i, c in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(c, list) or len(c) != 5:
                err(f"{where}: row must have 5 fields")
                continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS:
                err(f"{where}: bad language {lang}")
            if intent not in INTENTS:
                err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks) or len(set(risks)) != len(risks):
                err(f"{where}: bad risk list {risks}")
                risks = [r for r in risks if r in RISKS] if isinstance(risks, list) else []
            fl = str(flags).split()
            if any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl):
                err(f"{where}: bad flags {flags!r}")
            if "draft" in fl and (risks or "optout" in fl):
                err(f"{where}: draft with a risk flag or optout")
            if "hard" in fl and risks:
                err(f"{where}: hard with a risk flag")
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
                continue
            norm = " ".join(text.lower().split())
            if norm in texts:
                err(f"{where}: duplicate text (also {texts[norm]})")
            texts[norm] = where
            common = set(risks) if common is None else common & set(risks)
            rows.append((key, tid, lang, intent, set(risks), set(fl), text))
        if common:
            title_risk_threads += 1

if len(tids) != 42:
    err(f"{len(tids)} threads, need 42")
for key, n in threads_per_brand.items():
    if n != 14:
        err(f"{key}: {n} threads, need 14")
if len(rows) < 700:
    err(f"{len(rows)} comments, need >= 700")
if title_risk_threads < 8:
    err(f"only {title_risk_threads} threads carry a risk in every comment, need >= 8")

risk_count = collections.Counter(r for row in rows for r in row[4])
for r, m in MIN_RISK.items():
    if risk_count[r] < m:
        err(f"risk {r}: {risk_count[r]} < {m}")
hard = sum(1 for row in rows if "hard" in row[5])
optout = sum(1 for row in rows if "optout" in row[5])
offq = sum(1 for row in rows if row[3] == "off_topic" and "draft" not in row[5])
ordinary = sum(1 for row in rows if not row[4] and not ({"optout", "hard"} & row[5]))
draft = sum(1 for row in rows if "draft" in row[5])
hard_draft = sum(1 for row in rows if {"hard", "draft"} <= row[5])
for name, val, m in (("hard", hard, 80), ("optout", optout, 45), ("off_topic", offq, 50), ("ordinary", ordinary, 250)):
    if val < m:
        err(f"{name}: {val} < {m}")
lang_count = collections.Counter(row[2] for row in rows)
if lang_count and min(lang_count.values()) < 0.25 * len(rows):
    err(f"languages unbalanced: {dict(lang_count)}")

# report
def table(title, keyfn, classes):
    print(f"\n{title:<28}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'all':>7}")
    for cls in classes:
        cnt = collections.Counter(row[2] for row in rows if keyfn(row, cls))
        print(f"{cls:<28}" + "".join(f"{cnt[l]:>6}" for l in ("fi", "sv", "en")) + f"{sum(cnt.values()):>7}")

print(f"brands: {len(brands or {})}, guidance passages: {len(gids)}, threads: {len(tids)}, comments: {len(rows)}")
print(f"threads with a risk on every comment (title risk): {title_risk_threads}")
table("intent x language", lambda row, c: row[3] == c, sorted(INTENTS))
table("risk x language", lambda row, c: c in row[4], sorted(RISKS))
table("flag x language", lambda row, c: c in row[5], ["draft", "optout", "hard", "sarcasm"])
table("derived x language", lambda row, c: {
    "ordinary": not row[4] and not ({"optout", "hard"} & row[5]),
    "any_risk": bool(row[4]),
    "off_topic_no_draft": row[3] == "off_topic" and "draft" not in row[5],
    "hard_with_draft": {"hard", "draft"} <= row[5],
    "all": True}[c], ["ordinary", "any_risk", "off_topic_no_draft", "hard_with_draft", "all"])

if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nVALID")
sys.exit(0)
