#!/usr/bin/env python3
"""Validator for the judgement-v blind labelled comment set."""
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
MIN_RISK = {r: 30 for r in RISKS}
MIN_RISK["injury_or_health"] = 45
MIN = {"comments": 700, "hard": 80, "optout": 45, "off_topic": 50, "ordinary": 250, "title_risk_threads": 8}

errors = []
def err(msg):
    errors.append(msg)

# brands
brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must hold exactly 3 brands")
    brands = brands or {}
gids = set()
for key, b in brands.items():
    if key != key.lower():
        err(f"brand key {key} not lowercase")
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
        err(f"{key}: {len(g)} guidance passages, need 12-14")
    glangs = set()
    for p in g:
        if not str(p.get("id", "")).startswith(f"{key}-g") or p["id"] in gids:
            err(f"{key}: bad or duplicate guidance id {p.get('id')}")
        gids.add(p.get("id"))
        if p.get("kind") not in ("fact", "faq"):
            err(f"{p.get('id')}: bad kind")
        if p.get("language") not in LANGS:
            err(f"{p.get('id')}: bad language")
        glangs.add(p.get("language"))
        if not str(p.get("text", "")).strip():
            err(f"{p.get('id')}: empty text")
    if glangs != LANGS:
        err(f"{key}: guidance must cover fi, sv and en")

# threads
tids = set()
texts = {}
rows = []
title_risk_threads = 0
per_brand_threads = collections.Counter()
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands:
        err(f"{path}: no brand {key}")
    data = yaml.safe_load(open(path, encoding="utf-8"))
    if not isinstance(data, list):
        err(f"{path}: must be a list")
        continue
    for t in data:
        tid = t.get("id")
        if not str(tid).startswith(f"{key}-j") or tid in tids:
            err(f"{path}: bad or duplicate thread id {tid}")
        tids.add(tid)
        per_brand_threads[key] += 1
        if t.get("split") != "dev":
            err(f"{tid}: split must be dev")
        if t.get("platform") not in PLATFORMS:
            err(f"{tid}: bad platform {t.get('platform')}")
        if not str(t.get("title", "")).strip():
            err(f"{tid}: empty title")
        cs = t.get("comments") or []
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
                err(f"{where}: bad risks {risks}")
                risks = [r for r in (risks or []) if r in RISKS]
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
        # competitor / community threads must be flagged on every comment
        for r in ("competitor_thread", "community_rule"):
            if any(r in c[2] for c in cs if isinstance(c, list) and len(c) == 5) and not (common and r in common):
                err(f"{tid}: {r} must be on every comment of the thread")
for key in brands:
    if per_brand_threads[key] != 14:
        err(f"{key}: {per_brand_threads[key]} threads, need 14")

# counts
n = len(rows)
risk_c = collections.Counter(r for row in rows for r in row[4])
flag_c = collections.Counter(f for row in rows for f in row[5])
off_topic = sum(1 for row in rows if row[3] == "off_topic")
ordinary = sum(1 for row in rows if not row[4] and not ({"optout", "hard"} & row[5]))
lang_c = collections.Counter(row[2] for row in rows)
bad_off = sum(1 for row in rows if row[3] == "off_topic" and "draft" in row[5])
if bad_off:
    err(f"{bad_off} off_topic comments carry draft")

if n < MIN["comments"]:
    err(f"{n} comments, need {MIN['comments']}")
for r, m in MIN_RISK.items():
    if risk_c[r] < m:
        err(f"{r}: {risk_c[r]} < {m}")
for f in ("hard", "optout"):
    if flag_c[f] < MIN[f]:
        err(f"{f}: {flag_c[f]} < {MIN[f]}")
if off_topic < MIN["off_topic"]:
    err(f"off_topic: {off_topic} < {MIN['off_topic']}")
if ordinary < MIN["ordinary"]:
    err(f"ordinary: {ordinary} < {MIN['ordinary']}")
if title_risk_threads < MIN["title_risk_threads"]:
    err(f"title-risk threads: {title_risk_threads} < {MIN['title_risk_threads']}")
if lang_c and max(lang_c.values()) > 1.5 * min(lang_c[l] for l in LANGS):
    err(f"languages not roughly equal: {dict(lang_c)}")

# report
langs = ["fi", "sv", "en"]
def line(name, pred):
    vals = [sum(1 for row in rows if row[2] == l and pred(row)) for l in langs]
    print(f"{name:28s}" + "".join(f"{v:6d}" for v in vals) + f"{sum(vals):7d}")
print(f"threads: {len(tids)}  comments: {n}  title-risk threads: {title_risk_threads}")
print(f"{'class':28s}" + "".join(f"{l:>6s}" for l in langs) + f"{'total':>7s}")
line("ALL", lambda r: True)
for i in sorted(INTENTS):
    line("intent:" + i, lambda r, i=i: r[3] == i)
for rk in sorted(RISKS):
    line("risk:" + rk, lambda r, rk=rk: rk in r[4])
for f in sorted(FLAGS):
    line("flag:" + f, lambda r, f=f: f in r[5])
line("ordinary", lambda r: not r[4] and not ({"optout", "hard"} & r[5]))
line("off_topic (no draft)", lambda r: r[3] == "off_topic")
line("any risk", lambda r: bool(r[4]))
if errors:
    print(f"\nINVALID: {len(errors)} error(s)")
    for e in errors[:200]:
        print(" -", e)
    sys.exit(1)
print("\nVALID")
sys.exit(0)
