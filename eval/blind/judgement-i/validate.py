#!/usr/bin/env python3
"""Validate the judgement-i blind labelled comment set. Exit 0 when valid."""
import os, re, sys, collections
import yaml

D = os.path.dirname(os.path.abspath(__file__))
LANGS = ["fi", "sv", "en"]
INTENTS = ["question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"]
RISKS = ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"]
FLAGS = ["draft", "optout", "hard", "sarcasm"]
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
MINS = {"comments": 700, "risk_each": 30, "injury_or_health": 45, "hard": 80, "optout": 45,
        "off_topic": 50, "ordinary": 250, "title_risk_threads": 8}
errs = []

def err(m):
    errs.append(m)

brands = yaml.safe_load(open(os.path.join(D, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must hold exactly 3 brands")
    brands = brands if isinstance(brands, dict) else {}
for key, b in brands.items():
    if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
        err(f"brand key not lowercase: {key}")
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
        err(f"{key}: need 12-14 guidance passages, got {len(g)}")
    gl = set()
    for p in g:
        if not re.fullmatch(rf"{key}-g\d+", str(p.get("id", ""))):
            err(f"{key}: bad guidance id {p.get('id')}")
        if p.get("kind") not in ("fact", "faq"):
            err(f"{p.get('id')}: bad kind")
        if p.get("language") not in LANGS:
            err(f"{p.get('id')}: bad language")
        gl.add(p.get("language"))
        if not str(p.get("text", "")).strip():
            err(f"{p.get('id')}: empty text")
    if gl != set(LANGS):
        err(f"{key}: guidance must cover fi, sv and en")
    if len({p.get("id") for p in g}) != len(g):
        err(f"{key}: duplicate guidance ids")

rows = []
tids = set()
texts = collections.Counter()
title_risk = collections.Counter()
for key in brands:
    path = os.path.join(D, "threads", f"{key}.yaml")
    if not os.path.exists(path):
        err(f"missing {path}")
        continue
    threads = yaml.safe_load(open(path, encoding="utf-8")) or []
    if len(threads) != 14:
        err(f"{key}: expected 14 threads, got {len(threads)}")
    for t in threads:
        tid = t.get("id")
        if not re.fullmatch(rf"{key}-j\d+", str(tid)):
            err(f"bad thread id {tid}")
        if tid in tids:
            err(f"duplicate thread id {tid}")
        tids.add(tid)
        for f in ("split", "platform", "title", "comments"):
            if f not in t:
                err(f"{tid}: missing {f}")
        cs = t.get("comments") or []
        if not 14 <= len(cs) <= 22:
            err(f"{tid}: {len(cs)} comments (need 14-22)")
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
                err(f"{where}: bad risk flags {risks}")
                risks = []
            if not isinstance(flags, str):
                err(f"{where}: flags must be a string")
                flags = ""
            fl = flags.split()
            if any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl):
                err(f"{where}: bad flags {flags!r}")
            if "draft" in fl and (risks or "optout" in fl):
                err(f"{where}: draft with a risk flag or optout")
            if "hard" in fl and risks:
                err(f"{where}: hard with a risk flag")
            if intent == "off_topic" and "draft" in fl:
                err(f"{where}: off_topic with draft")
            if not isinstance(text, str) or not text.strip():
                err(f"{where}: empty text")
                continue
            norm = " ".join(text.lower().split())
            texts[norm] += 1
            if texts[norm] == 2:
                err(f"{where}: duplicate text: {text[:60]}")
            s = set(risks)
            common = s if common is None else common & s
            rows.append((key, tid, lang, intent, risks, fl, text))
        if common:
            for r in common:
                title_risk[r] += 1
        # every comment of a competitor / community-rule thread must carry the flag
        has = {r for c in cs if isinstance(c, list) and len(c) == 5 and isinstance(c[2], list) for r in c[2]}
        for r in ("competitor_thread", "community_rule"):
            if r in has and not (common and r in common):
                err(f"{tid}: {r} must be on every comment of the thread")

# counts
N = len(rows)
rc = collections.Counter(r for row in rows for r in row[4])
fc = collections.Counter(f for row in rows for f in row[5])
off = sum(1 for row in rows if row[3] == "off_topic")
ordinary = sum(1 for row in rows if not row[4] and "optout" not in row[5] and "hard" not in row[5])
ntr = sum(title_risk.values())
checks = [("comments", N, MINS["comments"]), ("hard", fc["hard"], MINS["hard"]),
          ("optout", fc["optout"], MINS["optout"]), ("off_topic", off, MINS["off_topic"]),
          ("ordinary", ordinary, MINS["ordinary"]), ("title_risk_threads", ntr, MINS["title_risk_threads"])]
for r in RISKS:
    checks.append((r, rc[r], MINS["injury_or_health"] if r == "injury_or_health" else MINS["risk_each"]))
for name, got, need in checks:
    if got < need:
        err(f"count {name} = {got} < {need}")
lc = collections.Counter(row[2] for row in rows)
if lc and min(lc.values()) < 0.25 * N:
    err(f"languages not roughly equal: {dict(lc)}")

def table(title, labels, getter):
    print(f"\n{title:<28}" + "".join(f"{l:>6}" for l in LANGS) + f"{'all':>6}")
    for lab in labels:
        cnt = [sum(1 for row in rows if row[2] == l and getter(row, lab)) for l in LANGS]
        print(f"{lab:<28}" + "".join(f"{c:>6}" for c in cnt) + f"{sum(cnt):>6}")

print(f"threads={len(tids)} comments={N} languages={dict(lc)}")
table("intent", INTENTS, lambda row, lab: row[3] == lab)
table("risk flag", RISKS, lambda row, lab: lab in row[4])
table("flag", FLAGS, lambda row, lab: lab in row[5])
table("derived", ["ordinary", "any_risk", "off_topic_question"],
      lambda row, lab: (lab == "ordinary" and not row[4] and "optout" not in row[5] and "hard" not in row[5])
      or (lab == "any_risk" and bool(row[4])) or (lab == "off_topic_question" and row[3] == "off_topic"))
print("\ntitle-risk threads:", dict(title_risk), "total", ntr)
for k in brands:
    print(f"brand {k}: {sum(1 for row in rows if row[0] == k)} comments")
if errs:
    print(f"\nINVALID: {len(errs)} problem(s)")
    for e in errs[:80]:
        print(" -", e)
    sys.exit(1)
print("\nVALID")
sys.exit(0)
