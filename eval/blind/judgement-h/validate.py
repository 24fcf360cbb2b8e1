#!/usr/bin/env python3
"""Validator for the judgement-h blind labelled comment set. Exit 0 when valid."""
import os, re, sys
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"]
FLAGS = {"draft", "optout", "hard", "sarcasm"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
MINS = {r: 30 for r in RISKS}
MINS["injury_or_health"] = 45
errors = []

def err(msg):
    errors.append(msg)

# ---- brands
with open(os.path.join(HERE, "brands.yaml"), encoding="utf-8") as f:
    brands = yaml.safe_load(f)
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must hold exactly 3 brands")
    brands = brands if isinstance(brands, dict) else {}
for key, b in brands.items():
    if key != key.lower():
        err(f"brand key {key} not lowercase")
    for fld in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if fld not in b:
            err(f"{key}: missing {fld}")
    if b.get("objective") not in OBJECTIVES:
        err(f"{key}: bad objective")
    if len(b.get("competitors", [])) != 2:
        err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4:
        err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14:
        err(f"{key}: need 12-14 guidance passages, has {len(g)}")
    ids = set()
    for p in g:
        if not re.fullmatch(rf"{key}-g\d+", str(p.get("id", ""))):
            err(f"{key}: bad guidance id {p.get('id')}")
        if p.get("id") in ids:
            err(f"{key}: duplicate guidance id {p.get('id')}")
        ids.add(p.get("id"))
        if p.get("kind") not in ("fact", "faq"):
            err(f"{p.get('id')}: bad kind")
        if p.get("language") not in LANGS:
            err(f"{p.get('id')}: bad language")
        if not str(p.get("text", "")).strip():
            err(f"{p.get('id')}: empty text")
    if {p.get("language") for p in g} != LANGS:
        err(f"{key}: guidance must cover fi, sv and en")

# ---- threads
rows = []          # (thread_id, lang, intent, risks, flags, text)
thread_ids = set()
threads_all = []
for key in brands:
    path = os.path.join(HERE, "threads", f"{key}.yaml")
    if not os.path.exists(path):
        err(f"missing {path}")
        continue
    with open(path, encoding="utf-8") as f:
        threads = yaml.safe_load(f)
    if len(threads) != 14:
        err(f"{key}: need 14 threads, has {len(threads)}")
    for t in threads:
        tid = t.get("id")
        if not re.fullmatch(rf"{key}-j\d+", str(tid)):
            err(f"bad thread id {tid}")
        if tid in thread_ids:
            err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if t.get("split") != "dev":
            err(f"{tid}: split must be dev")
        if t.get("platform") not in PLATFORMS:
            err(f"{tid}: bad platform {t.get('platform')}")
        if not str(t.get("title", "")).strip():
            err(f"{tid}: empty title")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22:
            err(f"{tid}: {len(cs)} comments (need 14-22)")
        trows = []
        for i, c in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(c, list) or len(c) != 5:
                err(f"{where}: need 5 fields, got {c!r}")
                continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS:
                err(f"{where}: bad language {lang}")
            if intent not in INTENTS:
                err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks):
                err(f"{where}: bad risks {risks}")
                risks = [r for r in (risks or []) if r in RISKS]
            if len(set(risks)) != len(risks):
                err(f"{where}: repeated risk flag")
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
            if intent == "off_topic" and "draft" in fl:
                err(f"{where}: off_topic with draft")
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
                text = ""
            row = (tid, lang, intent, list(risks), set(fl), text)
            rows.append(row)
            trows.append(row)
        threads_all.append((t, trows))

# ---- duplicates
seen = {}
for r in rows:
    k = re.sub(r"\s+", " ", r[5].strip().lower())
    if k in seen:
        err(f"duplicate text in {r[0]} and {seen[k]}: {r[5][:60]!r}")
    seen[k] = r[0]

# ---- thread-level risk (every comment carries the flag)
title_risk = []
for t, trows in threads_all:
    if not trows:
        continue
    common = set(trows[0][3])
    for r in trows[1:]:
        common &= set(r[3])
    if common:
        title_risk.append((t["id"], sorted(common)))
for tid in [x for x in thread_ids]:
    pass
# competitor_thread / community_rule must be on every comment of their thread
for t, trows in threads_all:
    for cls in ("competitor_thread", "community_rule"):
        n = sum(1 for r in trows if cls in r[3])
        if 0 < n < len(trows):
            err(f"{t['id']}: {cls} on {n}/{len(trows)} comments; must be all or none")

# ---- counts
N = len(rows)
lang_c = Counter(r[1] for r in rows)
risk_c = Counter(x for r in rows for x in r[3])
hard = sum(1 for r in rows if "hard" in r[4])
optout = sum(1 for r in rows if "optout" in r[4])
draft = sum(1 for r in rows if "draft" in r[4])
offq = sum(1 for r in rows if r[2] == "off_topic")
ordinary = sum(1 for r in rows if not r[3] and "optout" not in r[4] and "hard" not in r[4])
hard_draft = sum(1 for r in rows if "hard" in r[4] and "draft" in r[4])

if N < 700:
    err(f"only {N} comments (need >= 700)")
if len(thread_ids) != 42:
    err(f"{len(thread_ids)} threads (need 42)")
for r, m in MINS.items():
    if risk_c[r] < m:
        err(f"{r}: {risk_c[r]} (need >= {m})")
if hard < 80: err(f"hard: {hard} (need >= 80)")
if hard_draft * 2 < hard: err(f"hard with draft {hard_draft}/{hard}: most hard negatives should carry draft")
if optout < 45: err(f"optout: {optout} (need >= 45)")
if offq < 50: err(f"off_topic: {offq} (need >= 50)")
if ordinary < 250: err(f"ordinary: {ordinary} (need >= 250)")
if len(title_risk) < 8: err(f"threads with risk on every comment: {len(title_risk)} (need >= 8)")
for l in LANGS:
    share = lang_c[l] / max(N, 1)
    if not 0.27 <= share <= 0.40:
        err(f"language {l} share {share:.2f} not roughly equal")
for r in ("fi", "sv", "en"):
    if not any("optout" in x[4] and x[1] == r for x in rows):
        err(f"no optout in {r}")

# ---- report
def table(title, keys, pred):
    print(f"\n{title:<28}{'fi':>6}{'sv':>6}{'en':>6}{'all':>7}")
    for k in keys:
        c = Counter(r[1] for r in rows if pred(r, k))
        print(f"{k:<28}{c['fi']:>6}{c['sv']:>6}{c['en']:>6}{sum(c.values()):>7}")

print(f"comments: {N}  threads: {len(thread_ids)}  languages: {dict(lang_c)}")
table("intent", sorted(INTENTS), lambda r, k: r[2] == k)
table("risk flag", RISKS, lambda r, k: k in r[3])
table("flag", ["draft", "optout", "hard", "sarcasm"], lambda r, k: k in r[4])
table("other", ["no risk", "ordinary", "hard+draft"],
      lambda r, k: (not r[3]) if k == "no risk" else
      (not r[3] and "optout" not in r[4] and "hard" not in r[4]) if k == "ordinary" else
      ("hard" in r[4] and "draft" in r[4]))
print("\noff_topic comments:", offq, " of them with a question mark:", sum(1 for r in rows if r[2] == "off_topic" and "?" in r[5]))
print("threads with a risk on every comment (title risk):", len(title_risk))
for tid, cl in title_risk:
    print(f"  {tid}: {' '.join(cl)}")

if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:80]:
        print("  -", e)
    sys.exit(1)
print("\nVALID")
sys.exit(0)
