#!/usr/bin/env python3
import sys, os, yaml, collections
D = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
INTENTS = {"question","recommendation_request","comparison_or_purchase","complaint","praise","feedback_or_idea",
           "misinformation","off_topic","spam_or_self_promotion","toxic"}
RISKS = {"crisis_or_tragedy","injury_or_health","legal_or_financial_advice","minors","politics","harassment",
         "competitor_thread","community_rule"}
FLAGS = {"draft","optout","hard","sarcasm"}
errs = []
brands = yaml.safe_load(open(os.path.join(D, "brands.yaml")))
for k, b in brands.items():
    for f in ("name","objective","terms","competitors","topics","guidance"):
        if f not in b: errs.append(f"brand {k} missing {f}")
    if b.get("objective") not in {"sales","trust","awareness","behaviour_change"}: errs.append(f"{k} objective")
    if len(b.get("competitors", [])) != 2: errs.append(f"{k} competitors")
    if len(b.get("topics", [])) != 4: errs.append(f"{k} topics")
    g = b.get("guidance", [])
    if not 12 <= len(g) <= 14: errs.append(f"{k} guidance count {len(g)}")
    if {x["language"] for x in g} != LANGS: errs.append(f"{k} guidance languages")
    for x in g:
        if not x["id"].startswith(k + "-g") or x["kind"] not in ("fact","faq"): errs.append(f"bad guidance {x}")
ids = set(); texts = set(); n = 0
cnt = collections.Counter(); cl = collections.Counter()
title_risk_threads = 0
for k in brands:
    threads = yaml.safe_load(open(os.path.join(D, "threads", k + ".yaml")))
    if len(threads) != 14: errs.append(f"{k}: {len(threads)} threads")
    for t in threads:
        tid = t["id"]
        if tid in ids: errs.append(f"dup id {tid}")
        ids.add(tid)
        if not tid.startswith(k + "-j"): errs.append(f"bad id {tid}")
        for f in ("split","platform","title","comments"):
            if f not in t: errs.append(f"{tid} missing {f}")
        cs = t["comments"]
        if not 14 <= len(cs) <= 22: errs.append(f"{tid}: {len(cs)} comments")
        common = set(RISKS)
        for i, r in enumerate(cs):
            w = f"{tid}#{i}"
            if not isinstance(r, list) or len(r) != 5: errs.append(f"{w}: not 5 fields"); continue
            lang, intent, risks, flags, text = r
            n += 1
            if lang not in LANGS: errs.append(f"{w} lang {lang}")
            if intent not in INTENTS: errs.append(f"{w} intent {intent}")
            if not isinstance(risks, list) or not set(risks) <= RISKS: errs.append(f"{w} risks {risks}")
            fl = set(flags.split()) if flags else set()
            if not fl <= FLAGS: errs.append(f"{w} flags {flags}")
            if "draft" in fl and (risks or "optout" in fl): errs.append(f"{w} draft with risk/optout")
            if "hard" in fl and risks: errs.append(f"{w} hard with risk")
            if intent == "off_topic" and "draft" in fl: errs.append(f"{w} off_topic draft")
            if not isinstance(text, str) or not text.strip(): errs.append(f"{w} empty text")
            key = text.strip().lower()
            if key in texts: errs.append(f"{w} duplicate text: {text[:50]}")
            texts.add(key)
            common &= set(risks)
            cnt["lang:" + lang] += 1
            for x in risks: cnt[x] += 1; cl[(x, lang)] += 1
            for x in fl: cnt[x] += 1; cl[(x, lang)] += 1
            cl[(intent, lang)] += 1; cnt["intent:" + intent] += 1
            if intent == "off_topic" and "?" in text and not risks: cnt["offtopic_q"] += 1
            if not risks and not fl & {"optout","hard"}: cnt["ordinary"] += 1; cl[("ordinary", lang)] += 1
        if common: title_risk_threads += 1
mins = {"crisis_or_tragedy":30,"injury_or_health":45,"legal_or_financial_advice":30,"minors":30,"politics":30,
        "harassment":30,"competitor_thread":30,"community_rule":30,"hard":80,"optout":45,"offtopic_q":50,"ordinary":250}
for k, v in mins.items():
    if cnt[k] < v: errs.append(f"count {k}={cnt[k]} < {v}")
if n < 700: errs.append(f"total {n} < 700")
if len(ids) != 42: errs.append(f"threads {len(ids)} != 42")
if title_risk_threads < 8: errs.append(f"title-risk threads {title_risk_threads} < 8")
print(f"comments: {n}  threads: {len(ids)}  threads with a risk on every comment: {title_risk_threads}")
rows = sorted({c for c, _ in cl})
print(f"{'class':28s} {'fi':>5s} {'sv':>5s} {'en':>5s} {'all':>5s}")
for c in rows:
    a = [cl[(c, l)] for l in ("fi","sv","en")]
    print(f"{c:28s} {a[0]:5d} {a[1]:5d} {a[2]:5d} {sum(a):5d}")
print("off_topic questions (with ?, no risk):", cnt["offtopic_q"])
print("languages:", {l: cnt['lang:'+l] for l in ('fi','sv','en')})
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs[:60]]; sys.exit(1)
print("VALID"); sys.exit(0)
