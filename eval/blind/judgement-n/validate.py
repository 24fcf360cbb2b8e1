#!/usr/bin/env python3
"""Validator for the judgement-n blind labelled comment set."""
import sys, os, glob, collections, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"reddit", "facebook", "youtube", "bluesky", "mastodon", "hackernews", "blog"}
errors = []

def err(m):
    errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must hold 3 brands")
gids = set()
for key, b in (brands or {}).items():
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b:
            err(f"brand {key}: missing {f}")
    if b.get("objective") not in OBJECTIVES:
        err(f"brand {key}: bad objective")
    if len(b.get("competitors", [])) != 2:
        err(f"brand {key}: need 2 competitors")
    if len(b.get("topics", [])) != 4:
        err(f"brand {key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14:
        err(f"brand {key}: {len(g)} guidance passages")
    if {p.get("language") for p in g} != LANGS:
        err(f"brand {key}: guidance must cover fi, sv, en")
    for p in g:
        if not str(p.get("id", "")).startswith(key + "-g") or p["id"] in gids:
            err(f"brand {key}: bad/duplicate guidance id {p.get('id')}")
        gids.add(p.get("id"))
        if p.get("kind") not in ("fact", "faq") or p.get("language") not in LANGS or not p.get("text"):
            err(f"brand {key}: bad guidance {p.get('id')}")

tids, texts = set(), set()
rows = []
title_risk_threads = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands:
        err(f"{path}: unknown brand")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t.get("id")
        if not str(tid).startswith(key + "-j") or tid in tids:
            err(f"bad/duplicate thread id {tid}")
        tids.add(tid)
        if t.get("platform") not in PLATFORMS or not t.get("title") or t.get("split") != "dev":
            err(f"{tid}: bad platform/title/split")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22:
            err(f"{tid}: {len(cs)} comments")
        common = None
        for i, c in enumerate(cs):
            where = f"{tid}#{i}"
            if not isinstance(c, list) or len(c) != 5:
                err(f"{where}: need 5 fields"); continue
            lang, intent, risks, flags, text = c
            if lang not in LANGS: err(f"{where}: language {lang}")
            if intent not in INTENTS: err(f"{where}: intent {intent}")
            if not isinstance(risks, list) or not set(risks) <= RISKS or len(set(risks)) != len(risks):
                err(f"{where}: risks {risks}"); risks = []
            fl = str(flags).split()
            if not set(fl) <= FLAGS or len(set(fl)) != len(fl): err(f"{where}: flags {flags}")
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk")
            if "draft" in fl and intent in ("off_topic", "spam_or_self_promotion", "toxic"):
                err(f"{where}: draft on {intent}")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text")
            elif text.strip().lower() in texts: err(f"{where}: duplicate text")
            else: texts.add(text.strip().lower())
            common = set(risks) if common is None else common & set(risks)
            rows.append((lang, intent, set(risks), set(fl)))
        if common:
            title_risk_threads += 1

n = len(rows)
lang_n = collections.Counter(r[0] for r in rows)
risk_n = collections.Counter(x for r in rows for x in r[2])
flag_n = collections.Counter(x for r in rows for x in r[3])
offq = sum(1 for r in rows if r[1] == "off_topic")
ordinary = sum(1 for r in rows if not r[2] and not ({"optout", "hard"} & r[3]))
mins = [("threads", len(tids), 42), ("comments", n, 700), ("hard", flag_n["hard"], 80),
        ("optout", flag_n["optout"], 45), ("off_topic", offq, 50), ("ordinary", ordinary, 250),
        ("title_risk_threads", title_risk_threads, 8)]
mins += [(r, risk_n[r], 45 if r == "injury_or_health" else 30) for r in sorted(RISKS)]
for name, got, need in mins:
    if got < need:
        err(f"count {name}: {got} < {need}")
if len(tids) != 42:
    err(f"need exactly 42 threads, got {len(tids)}")
if n and max(lang_n.values()) > 1.25 * min(lang_n.values()):
    err(f"languages unbalanced: {dict(lang_n)}")

print(f"comments {n}  threads {len(tids)}  title-risk threads {title_risk_threads}")
print("languages", dict(lang_n))
classes = sorted(INTENTS) + sorted(RISKS) + sorted(FLAGS) + ["ordinary"]
print(f"{'class':28}{'fi':>6}{'sv':>6}{'en':>6}{'all':>7}")
for cl in classes:
    def hit(r):
        if cl in INTENTS: return r[1] == cl
        if cl in RISKS: return cl in r[2]
        if cl in FLAGS: return cl in r[3]
        return not r[2] and not ({"optout", "hard"} & r[3])
    cnt = collections.Counter(r[0] for r in rows if hit(r))
    print(f"{cl:28}{cnt['fi']:>6}{cnt['sv']:>6}{cnt['en']:>6}{sum(cnt.values()):>7}")
if errors:
    print(f"\nINVALID: {len(errors)} problem(s)")
    for e in errors[:60]:
        print(" -", e)
    sys.exit(1)
print("\nVALID")
