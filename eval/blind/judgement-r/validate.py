#!/usr/bin/env python3
"""Validate the judgement-r blind labelled comment set. Exit 0 when valid."""
import sys, os, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question", "recommendation_request", "comparison_or_purchase", "complaint", "praise",
           "feedback_or_idea", "misinformation", "off_topic", "spam_or_self_promotion", "toxic"}
RISKS = {"crisis_or_tragedy", "injury_or_health", "legal_or_financial_advice", "minors", "politics",
         "harassment", "competitor_thread", "community_rule"}
FLAGS = {"draft", "optout", "hard", "sarcasm"}
MINS = {"comments": 700, "hard": 80, "optout": 45, "off_topic": 50, "ordinary": 250,
        "titled_risk_threads": 8}
RISK_MIN = {r: 30 for r in RISKS}
RISK_MIN["injury_or_health"] = 45

errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml")))
for key, b in brands.items():
    for f in ("name", "objective", "terms", "competitors", "topics", "guidance"):
        if f not in b: err(f"brand {key}: missing {f}")
    if b.get("objective") not in {"sales", "trust", "awareness", "behaviour_change"}: err(f"brand {key}: objective")
    if len(b.get("competitors", [])) != 2: err(f"brand {key}: need 2 competitors")
    if len(b.get("topics", [])) != 4: err(f"brand {key}: need 4 topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: err(f"brand {key}: {len(g)} guidance passages")
    if {x["language"] for x in g} != LANGS: err(f"brand {key}: guidance languages")
    for x in g:
        if not x["id"].startswith(key + "-g"): err(f"brand {key}: bad id {x['id']}")
        if x["kind"] not in {"fact", "faq"}: err(f"{x['id']}: kind")

ids, texts = set(), set()
n = 0
risk_c = collections.Counter(); flag_c = collections.Counter()
intent_lang = collections.Counter(); lang_c = collections.Counter()
ordinary = 0; titled = 0; threads = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands: err(f"{path}: unknown brand")
    data = yaml.safe_load(open(path, encoding="utf-8"))
    for t in data:
        threads += 1
        tid = t.get("id", "?")
        if tid in ids: err(f"duplicate thread id {tid}")
        ids.add(tid)
        if not str(tid).startswith(key + "-j"): err(f"{tid}: id prefix")
        for f in ("split", "platform", "title", "comments"):
            if f not in t: err(f"{tid}: missing {f}")
        cs = t.get("comments", [])
        if not 14 <= len(cs) <= 22: err(f"{tid}: {len(cs)} comments")
        common = None
        for i, c in enumerate(cs):
            where = f"{tid}#{i+1}"
            if not isinstance(c, list) or len(c) != 5: err(f"{where}: need 5 fields"); continue
            lang, intent, risks, flags, text = c
            n += 1
            if lang not in LANGS: err(f"{where}: lang {lang}")
            if intent not in INTENTS: err(f"{where}: intent {intent}")
            if not isinstance(risks, list) or not set(risks) <= RISKS: err(f"{where}: risks {risks}"); risks = []
            fl = str(flags).split()
            if not set(fl) <= FLAGS: err(f"{where}: flags {flags}")
            if len(set(fl)) != len(fl): err(f"{where}: repeated flag")
            if not isinstance(text, str) or not text.strip(): err(f"{where}: empty text"); continue
            if text in texts: err(f"{where}: duplicate text")
            texts.add(text)
            if "draft" in fl and (risks or "optout" in fl): err(f"{where}: draft with risk/optout")
            if "hard" in fl and risks: err(f"{where}: hard with risk")
            if intent == "off_topic" and "draft" in fl: err(f"{where}: off_topic with draft")
            for r in risks: risk_c[r] += 1
            for f in fl: flag_c[f] += 1
            intent_lang[(intent, lang)] += 1; lang_c[lang] += 1
            if not risks and "optout" not in fl and "hard" not in fl: ordinary += 1
            common = set(risks) if common is None else common & set(risks)
        if common:
            titled += 1

counts = {"comments": n, "hard": flag_c["hard"], "optout": flag_c["optout"],
          "off_topic": sum(v for (i, l), v in intent_lang.items() if i == "off_topic"),
          "ordinary": ordinary, "titled_risk_threads": titled}
for k, m in MINS.items():
    if counts[k] < m: err(f"count {k}={counts[k]} < {m}")
for r, m in RISK_MIN.items():
    if risk_c[r] < m: err(f"risk {r}={risk_c[r]} < {m}")
if threads != 42: err(f"{threads} threads, expected 42")

print(f"threads={threads} comments={n} languages={dict(lang_c)}")
print("counts:", counts)
print("risk flags:", dict(risk_c))
print("flags:", dict(flag_c))
print(f"\n{'intent':26}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'total':>7}")
for it in sorted(INTENTS):
    row = [intent_lang[(it, l)] for l in ("fi", "sv", "en")]
    print(f"{it:26}" + "".join(f"{x:>6}" for x in row) + f"{sum(row):>7}")
if errors:
    print(f"\nINVALID: {len(errors)} error(s)")
    for e in errors[:60]: print("  -", e)
    sys.exit(1)
print("\nVALID")
