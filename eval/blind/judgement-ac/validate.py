#!/usr/bin/env python3
"""Validate the judgement-ac blind labelled comment set. Exit 0 when valid."""
import sys, os, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
MINS = {"crisis_or_tragedy": 30, "injury_or_health": 45, "legal_or_financial_advice": 30, "minors": 30,
        "politics": 30, "harassment": 30, "competitor_thread": 30, "community_rule": 30}

errors = []
def err(m): errors.append(m)

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
        err(f"{key}: bad objective")
    if len(b.get("competitors", [])) != 2: err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"{key}: {len(g)} guidance passages")
    glangs = set()
    for p in g:
        if not str(p.get("id", "")).startswith(key + "-g"): err(f"{key}: bad guidance id {p.get('id')}")
        if p.get("id") in gids: err(f"duplicate guidance id {p.get('id')}")
        gids.add(p.get("id"))
        if p.get("kind") not in {"fact", "faq"}: err(f"{p.get('id')}: bad kind")
        if p.get("language") not in LANGS: err(f"{p.get('id')}: bad language")
        glangs.add(p.get("language"))
        if not str(p.get("text", "")).strip(): err(f"{p.get('id')}: empty text")
    if glangs != LANGS: err(f"{key}: guidance languages {glangs}")

thread_ids = set()
texts = set()
rows = []
title_risk_threads = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in (brands or {}): err(f"{path}: unknown brand {key}")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    if len(threads) != 14: err(f"{key}: {len(threads)} threads, want 14")
    for t in threads:
        tid = t.get("id")
        if not str(tid).startswith(key + "-j"): err(f"bad thread id {tid}")
        if tid in thread_ids: err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if t.get("split") != "dev": err(f"{tid}: split")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: platform {t.get('platform')}")
        if not t.get("title"): err(f"{tid}: no title")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22: err(f"{tid}: {len(cs)} comments")
        common = None
        for i, c in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(c, list) or len(c) != 5:
                err(f"{where}: not 5 fields"); continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS: err(f"{where}: lang {lang}")
            if intent not in INTENTS: err(f"{where}: intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks): err(f"{where}: risks {risks}")
            if not isinstance(flags, str): err(f"{where}: flags not a string"); flags = ""
            fl = flags.split()
            if any(f not in FLAGS for f in fl): err(f"{where}: flags {flags}")
            if len(set(fl)) != len(fl): err(f"{where}: repeated flag")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk")
            if intent == "off_topic" and "draft" in fl: err(f"{where}: off_topic with draft")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text"); continue
            norm = " ".join(text.lower().split())
            if norm in texts: err(f"{where}: duplicate text")
            texts.add(norm)
            rs = set(risks) if isinstance(risks, list) else set()
            common = rs if common is None else common & rs
            rows.append((lang, intent, rs, set(fl)))
        if common:
            title_risk_threads += 1

n = len(rows)
lang_n = collections.Counter(r[0] for r in rows)
risk_n = collections.Counter(x for r in rows for x in r[2])
flag_n = collections.Counter(x for r in rows for x in r[3])
hard = sum(1 for r in rows if "hard" in r[3])
optout = sum(1 for r in rows if "optout" in r[3])
offq = sum(1 for r in rows if r[1] == "off_topic")
ordinary = sum(1 for r in rows if not r[2] and "optout" not in r[3] and "hard" not in r[3])

if n < 700: err(f"only {n} comments")
if len(thread_ids) != 42: err(f"{len(thread_ids)} threads, want 42")
for r, m in MINS.items():
    if risk_n[r] < m: err(f"{r}: {risk_n[r]} < {m}")
if hard < 80: err(f"hard {hard} < 80")
if optout < 45: err(f"optout {optout} < 45")
if offq < 50: err(f"off_topic {offq} < 50")
if ordinary < 250: err(f"ordinary {ordinary} < 250")
if title_risk_threads < 8: err(f"title-risk threads {title_risk_threads} < 8")
for l in LANGS:
    if lang_n[l] < n * 0.25: err(f"language {l} only {lang_n[l]} of {n}")
for l in LANGS:
    if sum(1 for r in rows if r[0] == l and "optout" in r[3]) < 5: err(f"few opt-outs in {l}")

def table(title, keyf, classes):
    print(f"\n{title}")
    print(f"{'class':28s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'all':>6s}")
    for cl in classes:
        cnt = [sum(1 for r in rows if r[0] == l and keyf(r, cl)) for l in ("fi", "sv", "en")]
        print(f"{cl:28s} {cnt[0]:5d} {cnt[1]:5d} {cnt[2]:5d} {sum(cnt):6d}")

print(f"threads={len(thread_ids)} comments={n} title_risk_threads={title_risk_threads}")
print(f"languages: " + ", ".join(f"{l}={lang_n[l]}" for l in ("fi", "sv", "en")))
table("intent x language", lambda r, c: r[1] == c, sorted(INTENTS))
table("risk x language", lambda r, c: c in r[2], sorted(RISKS))
table("flag x language", lambda r, c: c in r[3], sorted(FLAGS))
table("groups x language", lambda r, c: {
    "ordinary": not r[2] and "optout" not in r[3] and "hard" not in r[3],
    "any_risk": bool(r[2]),
    "off_topic_no_draft": r[1] == "off_topic" and "draft" not in r[3],
}[c], ["ordinary", "any_risk", "off_topic_no_draft"])

if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:200]: print("  -", e)
    sys.exit(1)
print("\nVALID")
sys.exit(0)
