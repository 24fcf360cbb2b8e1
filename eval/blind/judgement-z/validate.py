#!/usr/bin/env python3
"""Validator for the judgement-z blind labelled comment set. Exit 0 when valid."""
import os
import sys
from collections import Counter, defaultdict

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
MIN = {"comments": 700, "risk_each": 30, "injury_or_health": 45, "hard": 80, "optout": 45,
       "off_topic": 50, "ordinary": 250, "title_risk_threads": 8}

errors = []


def err(msg):
    errors.append(msg)


with open(os.path.join(HERE, "brands.yaml"), encoding="utf-8") as f:
    brands = yaml.safe_load(f)
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must hold exactly 3 brands")
    brands = brands or {}
gids = set()
for key, b in brands.items():
    if key != key.lower():
        err(f"brand key not lowercase: {key}")
    for fld in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if fld not in b:
            err(f"{key}: missing {fld}")
    if b.get("objective") not in OBJECTIVES:
        err(f"{key}: bad objective {b.get('objective')}")
    if len(b.get("competitors", [])) != 2:
        err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4:
        err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14:
        err(f"{key}: guidance count {len(g)} not in 12..14")
    glangs = set()
    for p in g:
        if not str(p.get("id", "")).startswith(f"{key}-g"):
            err(f"{key}: bad guidance id {p.get('id')}")
        if p.get("id") in gids:
            err(f"duplicate guidance id {p.get('id')}")
        gids.add(p.get("id"))
        if p.get("kind") not in {"fact", "faq"}:
            err(f"{p.get('id')}: bad kind")
        if p.get("language") not in LANGS:
            err(f"{p.get('id')}: bad language")
        glangs.add(p.get("language"))
        if not str(p.get("text", "")).strip():
            err(f"{p.get('id')}: empty text")
    if glangs != LANGS:
        err(f"{key}: guidance must cover fi, sv, en (has {sorted(glangs)})")

tdir = os.path.join(HERE, "threads")
thread_ids = set()
texts = Counter()
total = 0
risk_count = Counter()
flag_count = Counter()
intent_lang = defaultdict(Counter)
lang_count = Counter()
ordinary = 0
title_risk_threads = 0
threads_per_brand = Counter()
for key in brands:
    path = os.path.join(tdir, f"{key}.yaml")
    if not os.path.exists(path):
        err(f"missing {path}")
        continue
    with open(path, encoding="utf-8") as f:
        threads = yaml.safe_load(f)
    for t in threads:
        tid = t.get("id")
        threads_per_brand[key] += 1
        if not str(tid).startswith(f"{key}-j"):
            err(f"bad thread id {tid}")
        if tid in thread_ids:
            err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        for fld in ("split", "platform", "title", "comments"):
            if fld not in t:
                err(f"{tid}: missing {fld}")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22:
            err(f"{tid}: {len(cs)} comments, need 14..22")
        common = None
        for i, row in enumerate(cs):
            where = f"{tid}#{i + 1}"
            if not isinstance(row, list) or len(row) != 5:
                err(f"{where}: need 5 fields, got {row!r}")
                continue
            lang, intent, risks, flags, text = row
            total += 1
            if lang not in LANGS:
                err(f"{where}: bad language {lang}")
            if intent not in INTENTS:
                err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks) or len(set(risks)) != len(risks):
                err(f"{where}: bad risk list {risks}")
                risks = []
            if not isinstance(flags, str):
                err(f"{where}: flags must be a string")
                flags = ""
            fl = flags.split()
            if any(x not in FLAGS for x in fl) or len(set(fl)) != len(fl):
                err(f"{where}: bad flags {flags!r}")
            if "draft" in fl and (risks or "optout" in fl):
                err(f"{where}: draft with a risk flag or optout")
            if "hard" in fl and risks:
                err(f"{where}: hard with a risk flag")
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
                continue
            norm = " ".join(text.lower().split())
            if texts[norm]:
                err(f"{where}: duplicate text {text[:60]!r}")
            texts[norm] += 1
            common = set(risks) if common is None else common & set(risks)
            for r in risks:
                risk_count[r] += 1
            for x in fl:
                flag_count[x] += 1
            intent_lang[intent][lang] += 1
            lang_count[lang] += 1
            if not risks and "optout" not in fl and "hard" not in fl:
                ordinary += 1
        if common:
            title_risk_threads += 1

for key in brands:
    if threads_per_brand[key] != 14:
        err(f"{key}: {threads_per_brand[key]} threads, need 14")
if total < MIN["comments"]:
    err(f"only {total} comments")
for r in RISKS:
    need = MIN["injury_or_health"] if r == "injury_or_health" else MIN["risk_each"]
    if risk_count[r] < need:
        err(f"risk {r}: {risk_count[r]} < {need}")
for x, need in (("hard", MIN["hard"]), ("optout", MIN["optout"])):
    if flag_count[x] < need:
        err(f"{x}: {flag_count[x]} < {need}")
ot = sum(intent_lang["off_topic"].values())
if ot < MIN["off_topic"]:
    err(f"off_topic: {ot} < {MIN['off_topic']}")
if ordinary < MIN["ordinary"]:
    err(f"ordinary: {ordinary} < {MIN['ordinary']}")
if title_risk_threads < MIN["title_risk_threads"]:
    err(f"threads with a risk on every comment: {title_risk_threads} < {MIN['title_risk_threads']}")

print(f"threads: {len(thread_ids)}  comments: {total}  ordinary: {ordinary}  title-risk threads: {title_risk_threads}")
print("languages: " + "  ".join(f"{k}={lang_count[k]}" for k in ("fi", "sv", "en")))
print(f"{'intent':<26}{'fi':>5}{'sv':>5}{'en':>5}{'all':>6}")
for i in sorted(INTENTS):
    c = intent_lang[i]
    print(f"{i:<26}{c['fi']:>5}{c['sv']:>5}{c['en']:>5}{sum(c.values()):>6}")
print("risk flags: " + "  ".join(f"{r}={risk_count[r]}" for r in sorted(RISKS)))
print("flags: " + "  ".join(f"{x}={flag_count[x]}" for x in sorted(FLAGS)))
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:80]:
        print("  - " + e)
    sys.exit(1)
print("\nVALID")
