#!/usr/bin/env python3
"""Validate the judgement-j blind labelled comment set. Exit 0 when valid."""
import glob, os, sys, collections
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
MINIMA = {"comments": 700, "risk:crisis_or_tragedy": 30, "risk:injury_or_health": 45,
          "risk:legal_or_financial_advice": 30, "risk:minors": 30, "risk:politics": 30,
          "risk:harassment": 30, "risk:competitor_thread": 30, "risk:community_rule": 30,
          "hard": 80, "optout": 45, "off_topic": 50, "ordinary": 250, "title_risk_threads": 8,
          "threads": 42}

errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml")))
for key, b in brands.items():
    if key != key.lower(): err(f"brand key not lowercase: {key}")
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b: err(f"{key}: missing {f}")
    if b.get("objective") not in OBJECTIVES: err(f"{key}: bad objective")
    if len(b.get("competitors", [])) != 2: err(f"{key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"{key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"{key}: {len(g)} guidance passages")
    ids = [p["id"] for p in g]
    if len(set(ids)) != len(ids): err(f"{key}: duplicate guidance ids")
    for p in g:
        if not str(p["id"]).startswith(key + "-g"): err(f"{key}: bad guidance id {p['id']}")
        if p.get("kind") not in {"fact", "faq"}: err(f"{p['id']}: bad kind")
        if p.get("language") not in LANGS: err(f"{p['id']}: bad language")
        if not p.get("text"): err(f"{p['id']}: empty text")
    if {p.get("language") for p in g} != LANGS: err(f"{key}: guidance not in all three languages")
if len(brands) != 3: err(f"{len(brands)} brands, need 3")

c = collections.Counter()
table = collections.defaultdict(collections.Counter)
thread_ids, texts = set(), {}
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands: err(f"{path}: unknown brand")
    threads = yaml.safe_load(open(path))
    for t in threads:
        tid = t.get("id")
        c["threads"] += 1
        if tid in thread_ids: err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if not str(tid).startswith(key + "-j"): err(f"{tid}: id does not match brand {key}")
        if t.get("split") not in {"dev", "test"}: err(f"{tid}: bad split")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if not t.get("title"): err(f"{tid}: no title")
        rows = t.get("comments", [])
        if not 14 <= len(rows) <= 22: err(f"{tid}: {len(rows)} comments")
        common = None
        for i, r in enumerate(rows):
            where = f"{tid}#{i+1}"
            if not isinstance(r, list) or len(r) != 5: err(f"{where}: not 5 fields"); continue
            lang, intent, risks, flags, text = r
            if lang not in LANGS: err(f"{where}: bad language {lang}")
            if intent not in INTENTS: err(f"{where}: bad intent {intent}")
            if not isinstance(risks, list) or not set(risks) <= RISKS: err(f"{where}: bad risks {risks}")
            fl = str(flags).split()
            if not set(fl) <= FLAGS: err(f"{where}: bad flags {flags}")
            if len(set(fl)) != len(fl): err(f"{where}: repeated flag")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text"); continue
            if "draft" in fl and risks: err(f"{where}: draft with risk flag")
            if "draft" in fl and "optout" in fl: err(f"{where}: draft with optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk flag")
            if intent == "off_topic" and "draft" in fl: err(f"{where}: off_topic with draft")
            norm = " ".join(text.lower().split())
            if norm in texts: err(f"{where}: duplicate text of {texts[norm]}")
            texts[norm] = where
            common = set(risks) if common is None else common & set(risks)
            c["comments"] += 1
            table[intent][lang] += 1
            table["ALL"][lang] += 1
            for k in risks:
                c["risk:" + k] += 1; table["risk:" + k][lang] += 1
            for f in fl:
                c[f] += 1; table["flag:" + f][lang] += 1
            if intent == "off_topic": c["off_topic"] += 1
            if not risks and "optout" not in fl and "hard" not in fl:
                c["ordinary"] += 1; table["ordinary"][lang] += 1
        if common:
            c["title_risk_threads"] += 1

for k, v in MINIMA.items():
    if c[k] < v: err(f"count {k} = {c[k]} < {v}")
langs = [table["ALL"][l] for l in ("fi", "sv", "en")]
if max(langs) > 1.25 * min(langs): err(f"languages unbalanced {langs}")

print(f"{'class':34s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'total':>6s}")
order = ["ALL"] + sorted(INTENTS) + ["risk:" + r for r in sorted(RISKS)] + ["flag:" + f for f in sorted(FLAGS)] + ["ordinary"]
for row in order:
    t = table[row]
    print(f"{row:34s} {t['fi']:5d} {t['sv']:5d} {t['en']:5d} {sum(t.values()):6d}")
print()
for k in MINIMA:
    print(f"{k:34s} {c[k]:6d}  (min {MINIMA[k]})")
if errors:
    print("\nERRORS:")
    for e in errors: print("  " + e)
    sys.exit(1)
print("\nOK")
