#!/usr/bin/env python3
"""Validate the judgement-c blind labelled comment set. Exit 0 when valid."""
import sys, os, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
errors = []

def err(m):
    errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml")))
if len(brands) != 3:
    err("expected 3 brands, got %d" % len(brands))
for key, b in brands.items():
    if key != key.lower():
        err("brand key not lowercase: " + key)
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b:
            err("%s missing %s" % (key, f))
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}:
        err("%s bad objective" % key)
    if len(b.get("competitors", [])) != 2:
        err("%s needs 2 competitors" % key)
    if len(b.get("topics", [])) != 4:
        err("%s needs 4 topics" % key)
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14:
        err("%s guidance count %d" % (key, len(g)))
    glangs = set()
    for i, p in enumerate(g):
        if p.get("id") != "%s-g%d" % (key, i + 1):
            err("%s guidance id %r" % (key, p.get("id")))
        if p.get("kind") not in {"fact", "faq"}:
            err("%s bad kind" % p.get("id"))
        if p.get("language") not in LANGS:
            err("%s bad language" % p.get("id"))
        glangs.add(p.get("language"))
        if not p.get("text"):
            err("%s empty text" % p.get("id"))
    if glangs != LANGS:
        err("%s guidance lacks a language: %s" % (key, glangs))

ids = set()
texts = collections.Counter()
rows = []
nthreads = collections.Counter()
title_risk_threads = 0
for key in brands:
    path = os.path.join(HERE, "threads", key + ".yaml")
    threads = yaml.safe_load(open(path))
    nthreads[key] = len(threads)
    for t in threads:
        tid = t.get("id", "")
        if tid in ids:
            err("duplicate thread id " + tid)
        ids.add(tid)
        if not tid.startswith(key + "-j"):
            err("bad thread id " + tid)
        if t.get("split") != "dev":
            err(tid + " split")
        if t.get("platform") not in PLATFORMS:
            err(tid + " platform %r" % t.get("platform"))
        if not t.get("title"):
            err(tid + " no title")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22:
            err("%s has %d comments" % (tid, len(cs)))
        common = None
        for i, c in enumerate(cs):
            where = "%s#%d" % (tid, i + 1)
            if not isinstance(c, list) or len(c) != 5:
                err(where + " not 5 fields")
                continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS:
                err(where + " lang %r" % lang)
            if intent not in INTENTS:
                err(where + " intent %r" % intent)
            if not isinstance(risks, list) or any(r not in RISKS for r in risks) or len(set(risks)) != len(risks):
                err(where + " risks %r" % (risks,))
                risks = []
            if not isinstance(flags, str):
                err(where + " flags not str")
                flags = ""
            fl = flags.split()
            if any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl):
                err(where + " flags %r" % flags)
            if "draft" in fl and (risks or "optout" in fl):
                err(where + " draft with risk or optout")
            if "hard" in fl and risks:
                err(where + " hard with risk")
            if "draft" in fl and intent in {"off_topic", "spam_or_self_promotion", "toxic"}:
                err(where + " draft on %s" % intent)
            if not isinstance(text, str) or not text.strip():
                err(where + " empty text")
                continue
            if "?" in text:
                err(where + " has a question mark")
            texts[text.strip().lower()] += 1
            common = set(risks) if common is None else common & set(risks)
            rows.append((key, tid, lang, intent, set(risks), set(fl), text))
        if common & {"competitor_thread", "community_rule", "crisis_or_tragedy", "politics", "minors", "harassment", "injury_or_health", "legal_or_financial_advice"}:
            title_risk_threads += 1
        for r in ("competitor_thread", "community_rule"):
            has = [r in set(c[2]) for c in cs if isinstance(c, list) and len(c) == 5]
            if any(has) and not all(has):
                err("%s: %s must be on every comment or none" % (tid, r))

for k, n in nthreads.items():
    if n != 14:
        err("%s has %d threads, need 14" % (k, n))
for t, n in texts.items():
    if n > 1:
        err("duplicate text: " + t[:60])

N = len(rows)
riskc = collections.Counter(r for row in rows for r in row[4])
hard = sum(1 for r in rows if "hard" in r[5])
optout = sum(1 for r in rows if "optout" in r[5])
offt = sum(1 for r in rows if r[3] == "off_topic")
ordinary = sum(1 for r in rows if not r[4] and "optout" not in r[5] and "hard" not in r[5])
draft = sum(1 for r in rows if "draft" in r[5])
hard_draft = sum(1 for r in rows if "hard" in r[5] and "draft" in r[5])
langc = collections.Counter(r[2] for r in rows)

mins = [("comments", N, 680), ("hard", hard, 70), ("optout", optout, 45), ("off_topic", offt, 40),
        ("ordinary", ordinary, 250), ("title-risk threads", title_risk_threads, 8)]
for r in RISKS:
    mins.append((r, riskc[r], 50 if r == "injury_or_health" else 30))
for name, have, need in mins:
    if have < need:
        err("%s: %d < %d" % (name, have, need))
if hard_draft * 2 < hard:
    err("most hard negatives should carry draft (%d of %d)" % (hard_draft, hard))
for l in LANGS:
    if langc[l] < N * 0.27:
        err("language %s under-represented: %d of %d" % (l, langc[l], N))

# report
def row_classes(r):
    cl = list(r[4])
    for f in ("optout", "hard", "draft", "sarcasm"):
        if f in r[5]:
            cl.append(f)
    if r[3] == "off_topic":
        cl.append("off_topic")
    if not r[4] and "optout" not in r[5] and "hard" not in r[5]:
        cl.append("ordinary")
    cl.append("ALL")
    return cl

tab = collections.defaultdict(collections.Counter)
for r in rows:
    for cl in row_classes(r):
        tab[cl][r[2]] += 1
order = sorted(RISKS) + ["optout", "hard", "draft", "sarcasm", "off_topic", "ordinary", "ALL"]
print("%-28s %5s %5s %5s %6s" % ("class", "fi", "sv", "en", "total"))
for cl in order:
    c = tab[cl]
    print("%-28s %5d %5d %5d %6d" % (cl, c["fi"], c["sv"], c["en"], sum(c.values())))
print("threads: %d  comments: %d  title-risk threads: %d  hard with draft: %d" % (len(ids), N, title_risk_threads, hard_draft))
print("intents:", dict(collections.Counter(r[3] for r in rows)))
if errors:
    print("\nINVALID (%d problems):" % len(errors))
    for e in errors[:80]:
        print(" -", e)
    sys.exit(1)
print("VALID")
sys.exit(0)
