#!/usr/bin/env python3
"""Validate the judgement-ab blind labelled comment set. Exit 0 when valid."""
import sys, os, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
MIN = {"comments": 700, "injury_or_health": 45, "hard": 80, "optout": 45, "off_topic": 50, "ordinary": 250,
       "title_risk_threads": 8}
for r in RISKS:
    MIN.setdefault(r, 30)

errors = []
def err(m):
    errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
for key, b in brands.items():
    if key != key.lower():
        err(f"brand key not lowercase: {key}")
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
        err(f"{key}: guidance count {len(g)}")
    if {x.get("language") for x in g} != LANGS:
        err(f"{key}: guidance must cover fi sv en")
    for x in g:
        if not str(x.get("id", "")).startswith(key + "-g") or x.get("kind") not in {"fact", "faq"} or not x.get("text"):
            err(f"{key}: bad guidance {x}")

ids = set(); texts = set()
count = collections.Counter(); lang_count = collections.Counter()
cls_lang = collections.defaultdict(collections.Counter)
title_threads = 0
n_threads = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands:
        err(f"{path}: unknown brand")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    if len(threads) != 14:
        err(f"{key}: {len(threads)} threads, want 14")
    for t in threads:
        n_threads += 1
        tid = t.get("id")
        if tid in ids:
            err(f"duplicate thread id {tid}")
        ids.add(tid)
        if not str(tid).startswith(key + "-j"):
            err(f"bad thread id {tid}")
        for f in ("split", "platform", "title", "comments"):
            if f not in t:
                err(f"{tid}: missing {f}")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22:
            err(f"{tid}: {len(cs)} comments")
        common = None
        for i, row in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(row, list) or len(row) != 5:
                err(f"{where}: need 5 fields: {row}"); continue
            lang, intent, risks, flags, text = row
            if lang not in LANGS: err(f"{where}: bad language {lang}")
            if intent not in INTENTS: err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks) or len(set(risks)) != len(risks):
                err(f"{where}: bad risks {risks}"); risks = []
            fl = str(flags).split()
            if any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl):
                err(f"{where}: bad flags {flags!r}")
            if "draft" in fl and (risks or "optout" in fl):
                err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks:
                err(f"{where}: hard with risk")
            if intent == "off_topic" and "draft" in fl:
                err(f"{where}: off_topic with draft")
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
            norm = " ".join(str(text).lower().split())
            if norm in texts:
                err(f"{where}: duplicate text: {text[:60]}")
            texts.add(norm)
            common = set(risks) if common is None else common & set(risks)
            count["comments"] += 1; lang_count[lang] += 1
            classes = []
            for r in risks: classes.append(r)
            for f in fl: classes.append(f)
            if intent == "off_topic": classes.append("off_topic")
            if not risks and "optout" not in fl and "hard" not in fl:
                classes.append("ordinary")
            classes.append("intent:" + intent)
            for c in classes:
                count[c] += 1; cls_lang[c][lang] += 1
        if common and len(cs) >= 14:
            title_threads += 1
        for r in ("competitor_thread", "community_rule"):
            has = [r in row[2] for row in cs if isinstance(row, list) and len(row) == 5 and isinstance(row[2], list)]
            if any(has) and not all(has):
                err(f"{tid}: {r} must be on every comment of the thread")
count["title_risk_threads"] = title_threads
if n_threads != 42:
    err(f"{n_threads} threads, want 42")
for k, v in MIN.items():
    if count[k] < v:
        err(f"count {k} = {count[k]} < {v}")
tot = sum(lang_count.values()) or 1
for l in LANGS:
    if not 0.25 <= lang_count[l] / tot <= 0.42:
        err(f"language {l} share {lang_count[l]/tot:.2f} not roughly equal")

print(f"threads {n_threads}, comments {count['comments']}, title-risk threads {title_threads}")
print(f"{'class':32s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'total':>6s}")
order = sorted(RISKS) + ["hard", "optout", "draft", "sarcasm", "off_topic", "ordinary"] + sorted(c for c in cls_lang if c.startswith("intent:"))
for c in order:
    cl = cls_lang[c]
    print(f"{c:32s} {cl['fi']:5d} {cl['sv']:5d} {cl['en']:5d} {sum(cl.values()):6d}")
print(f"{'ALL':32s} {lang_count['fi']:5d} {lang_count['sv']:5d} {lang_count['en']:5d} {tot:6d}")
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:80]:
        print(" -", e)
    sys.exit(1)
print("\nVALID")
