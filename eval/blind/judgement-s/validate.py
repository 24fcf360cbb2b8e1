#!/usr/bin/env python3
"""Validate the judgement-s blind labelled comment set. Exit 0 when valid."""
import os, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = ["crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"]
FLAGS = {"draft", "optout", "hard", "sarcasm"}
MIN = {"comments": 700, "risk_each": 30, "injury_or_health": 45, "hard": 80, "optout": 45,
       "off_topic": 50, "ordinary": 250, "title_threads": 8}
errors = []

def err(msg):
    errors.append(msg)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml")))
for key, b in brands.items():
    for f in ["name", "objective", "terms", "competitors", "topics", "guidance"]:
        if f not in b:
            err(f"brand {key}: missing {f}")
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}:
        err(f"brand {key}: bad objective")
    if len(b.get("competitors", [])) != 2: err(f"brand {key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"brand {key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"brand {key}: {len(g)} guidance passages")
    if {x["language"] for x in g} != LANGS: err(f"brand {key}: guidance languages incomplete")
    for i, x in enumerate(g):
        if not x["id"].startswith(key + "-g"): err(f"brand {key}: bad guidance id {x['id']}")
        if x["kind"] not in {"fact", "faq"}: err(f"{x['id']}: bad kind")

ids = set(); texts = Counter(); total = 0
risk_c = Counter(); flag_c = Counter(); intent_c = Counter(); lang_c = Counter()
cls_lang = defaultdict(Counter)
ordinary = 0; off_topic_nodraft = 0; title_threads = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands: err(f"{path}: unknown brand")
    threads = yaml.safe_load(open(path))
    if len(threads) != 14: err(f"{key}: {len(threads)} threads, expected 14")
    for t in threads:
        tid = t.get("id")
        if tid in ids: err(f"duplicate thread id {tid}")
        ids.add(tid)
        if not str(tid).startswith(key + "-j"): err(f"{tid}: bad id")
        for f in ["split", "platform", "title", "comments"]:
            if f not in t: err(f"{tid}: missing {f}")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22: err(f"{tid}: {len(cs)} comments")
        common = None
        for n, row in enumerate(cs):
            where = f"{tid}#{n+1}"
            if not isinstance(row, list) or len(row) != 5:
                err(f"{where}: row must have 5 fields"); continue
            lang, intent, risks, flags, text = row
            total += 1
            if lang not in LANGS: err(f"{where}: bad language {lang}")
            if intent not in INTENTS: err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or any(r not in RISKS for r in risks):
                err(f"{where}: bad risks {risks}"); risks = []
            fl = str(flags).split()
            if any(f not in FLAGS for f in fl): err(f"{where}: bad flags {flags}")
            if len(set(risks)) != len(risks) or len(set(fl)) != len(fl): err(f"{where}: repeated label")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk flag")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text")
            texts[text.strip().lower()] += 1
            common = set(risks) if common is None else common & set(risks)
            lang_c[lang] += 1; intent_c[intent] += 1
            cls_lang[intent][lang] += 1
            for r in risks:
                risk_c[r] += 1; cls_lang[r][lang] += 1
            for f in fl:
                flag_c[f] += 1; cls_lang["flag:" + f][lang] += 1
            if not risks and "optout" not in fl and "hard" not in fl:
                ordinary += 1; cls_lang["ordinary"][lang] += 1
            if intent == "off_topic" and "draft" not in fl:
                off_topic_nodraft += 1
        if common:
            title_threads += 1
        for r in ("competitor_thread", "community_rule"):
            has = [r in row[2] for row in cs if isinstance(row, list) and len(row) == 5]
            if any(has) and not all(has): err(f"{tid}: {r} must be on every comment")

for tx, c in texts.items():
    if c > 1: err(f"duplicate text x{c}: {tx[:60]}")
if total < MIN["comments"]: err(f"only {total} comments")
for r in RISKS:
    need = MIN["injury_or_health"] if r == "injury_or_health" else MIN["risk_each"]
    if risk_c[r] < need: err(f"risk {r}: {risk_c[r]} < {need}")
if flag_c["hard"] < MIN["hard"]: err(f"hard {flag_c['hard']} < {MIN['hard']}")
if flag_c["optout"] < MIN["optout"]: err(f"optout {flag_c['optout']} < {MIN['optout']}")
if off_topic_nodraft < MIN["off_topic"]: err(f"off_topic {off_topic_nodraft} < {MIN['off_topic']}")
if ordinary < MIN["ordinary"]: err(f"ordinary {ordinary} < {MIN['ordinary']}")
if title_threads < MIN["title_threads"]: err(f"title-risk threads {title_threads} < {MIN['title_threads']}")
for l in LANGS:
    if lang_c[l] < total * 0.28: err(f"language {l} under-represented: {lang_c[l]}/{total}")

print(f"threads {len(ids)}  comments {total}  title-risk threads {title_threads}  ordinary {ordinary}  off_topic(no draft) {off_topic_nodraft}")
rows = sorted(INTENTS) + RISKS + ["flag:" + f for f in sorted(FLAGS)] + ["ordinary"]
print(f"{'class':32s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'all':>5s}")
for r in rows:
    c = cls_lang[r]
    print(f"{r:32s} {c['fi']:5d} {c['sv']:5d} {c['en']:5d} {sum(c.values()):5d}")
print(f"{'TOTAL':32s} {lang_c['fi']:5d} {lang_c['sv']:5d} {lang_c['en']:5d} {total:5d}")
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:80]: print(" -", e)
    sys.exit(1)
print("\nVALID")
