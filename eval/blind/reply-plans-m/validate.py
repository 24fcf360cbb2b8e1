#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validator for the reply-plans-m evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, collections, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)
PLANS = ["answer", "correct", "acknowledge", "thank", "none"]
LANGS = ["fi", "sv", "en"]
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
NONE_KINDS = ["already answered by", "user answer", "guidance does not answer this", "agreement", "banter",
              "tip agrees with guidance", "user-to-user", "tag", "off-topic", "competitor praise", "influencer praise"]
MAX_FACT = 70

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3: err("brands.yaml must map exactly 3 brands")
gtext, gkind, gbrand = {}, {}, {}
for bk, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"{bk}: missing {f}")
    if b.get("objective_default") not in OBJECTIVES: err(f"{bk}: bad objective_default")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"{bk}: {len(g)} guidance passages (need 14-20)")
    if {p["language"] for p in g} != set(LANGS): err(f"{bk}: guidance must cover fi, sv and en")
    need = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
    if not need <= {p["kind"] for p in g}: err(f"{bk}: missing guidance kinds {need - {p['kind'] for p in g}}")
    for p in g:
        if not re.fullmatch(rf"{re.escape(bk)}-g\d\d", p["id"]): err(f"bad guidance id {p['id']}")
        if p["id"] in gtext: err(f"duplicate guidance id {p['id']}")
        if p["kind"] not in KINDS: err(f"{p['id']}: bad kind")
        if p["language"] not in LANGS: err(f"{p['id']}: bad language")
        gtext[p["id"]], gkind[p["id"]], gbrand[p["id"]] = p["text"], p["kind"], bk

ids = set(); comments = []; threads = []
for bk in brands:
    path = os.path.join(HERE, "threads", f"{bk}.yaml")
    ts = yaml.safe_load(open(path, encoding="utf-8"))
    if len(ts) != 8: err(f"{bk}: {len(ts)} threads (need 8)")
    for t in ts:
        tid = t.get("id", "")
        threads.append((bk, t))
        if not re.fullmatch(rf"{re.escape(bk)}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        for f in ("platform", "objective", "title", "body", "comments"):
            if not t.get(f): err(f"{tid}: missing {f}")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        if "author" in t and not t["author"]: err(f"{tid}: empty author")
        cs = t.get("comments", [])
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        seen = []; byid = {}
        for c in cs:
            cid = c.get("id", "")
            if not re.fullmatch(rf"{re.escape(tid)}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            for f in ("author", "language", "text", "plan", "reason"):
                if not c.get(f): err(f"{cid}: missing {f}")
            for f in ("parent", "passages", "fact", "purchase_intent"):
                if f not in c: err(f"{cid}: missing key {f}")
            if c.get("parent") is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} is not an earlier comment of {tid}")
            if c.get("language") not in LANGS: err(f"{cid}: bad language")
            plan = c.get("plan")
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent must be bool")
            ps, fact = c.get("passages") or [], c.get("fact")
            for p in ps:
                if p not in gtext: err(f"{cid}: unknown passage {p}")
                elif gbrand[p] != bk: err(f"{cid}: passage {p} belongs to another brand")
                elif gkind[p] == "campaign" and not (plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales"):
                    err(f"{cid}: campaign passage {p} outside a purchase-intent answer in a sales thread")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} needs passages")
                if not isinstance(fact, str) or not fact.strip(): err(f"{cid}: {plan} needs a fact")
                elif not any(fact in gtext.get(p, "") for p in ps): err(f"{cid}: fact {fact!r} not verbatim in {ps}")
                elif len(fact) > MAX_FACT: err(f"{cid}: fact longer than {MAX_FACT} chars")
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if fact is not None: err(f"{cid}: {plan} must have fact: null")
            r = c.get("reason", "")
            if plan == "none" and not any(r.startswith(k) for k in NONE_KINDS): err(f"{cid}: none reason must start with a kind: {r!r}")
            seen.append(cid); byid[cid] = c
        for c in cs:
            m = re.match(r"already answered by (\S+?):", c.get("reason", ""))
            if c.get("reason", "").startswith("already answered by"):
                if not m: err(f"{c['id']}: 'already answered by' must name a comment id followed by ':'")
                else:
                    x = m.group(1)
                    if x not in byid or x == c["id"]: err(f"{c['id']}: names {x}, not another comment of {tid}")
                    elif not byid[x]["reason"].startswith("user answer"): err(f"{c['id']}: {x} is not labelled 'user answer'")
        comments.extend((bk, t, c) for c in cs)

# ---- counts
n = len(comments)
byplan = collections.Counter(c["plan"] for _, _, c in comments)
bylang = collections.Counter(c["language"] for _, _, c in comments)
table = collections.Counter((c["plan"], c["language"]) for _, _, c in comments)
nonek = collections.Counter()
for _, _, c in comments:
    if c["plan"] == "none":
        nonek[next(k for k in NONE_KINDS if c["reason"].startswith(k))] += 1
sarcasm = sum(1 for _, _, c in comments if c["plan"] == "acknowledge" and c["reason"].startswith("sarcasm"))
already_contacted = sum(1 for _, _, c in comments if c["plan"] == "acknowledge" and "ALREADY" in c["reason"])
pi_sales_answers = sum(1 for _, t, c in comments if c["plan"] == "answer" and c["purchase_intent"] and t["objective"] == "sales")
sales_threads = sum(1 for _, t in threads if t["objective"] == "sales")
with_author = sum(1 for _, t in threads if t.get("author"))
MIN = {"total": (n, 300), "answer": (byplan["answer"], 100), "answer+purchase_intent in sales threads": (pi_sales_answers, 40),
       "correct": (byplan["correct"], 20), "acknowledge": (byplan["acknowledge"], 35), "thank": (byplan["thank"], 25),
       "none": (byplan["none"], 130), "none: already answered by": (nonek["already answered by"], 15),
       "none: user answer": (nonek["user answer"], 15),
       "none: guidance does not answer this": (nonek["guidance does not answer this"], 25), "none: agreement": (nonek["agreement"], 20),
       "none: banter": (nonek["banter"], 15), "none: tip agrees with guidance": (nonek["tip agrees with guidance"], 10),
       "none: user-to-user": (nonek["user-to-user"], 10), "acknowledge: sarcasm": (sarcasm, 6),
       "acknowledge: already contacted support": (already_contacted, 5)}
for k, (v, m) in MIN.items():
    if v < m: err(f"count {k} = {v} < {m}")
if len(threads) != 24: err(f"{len(threads)} threads (need 24)")
if not 8 <= sales_threads <= 12: err(f"{sales_threads} sales threads (about 10 wanted)")
if not 9 <= with_author <= 15: err(f"{with_author} threads with author (about half wanted)")
for l in LANGS:
    if not 0.27 <= bylang[l] / n <= 0.40: err(f"language {l} share {bylang[l]/n:.2f} not roughly a third")

print(f"comments: {n}   threads: {len(threads)} (sales {sales_threads}, with author {with_author})   guidance passages: {len(gtext)}")
print(f"{'plan':<13}" + "".join(f"{l:>6}" for l in LANGS) + f"{'total':>7}")
for p in PLANS:
    print(f"{p:<13}" + "".join(f"{table[(p, l)]:>6}" for l in LANGS) + f"{byplan[p]:>7}")
print(f"{'total':<13}" + "".join(f"{bylang[l]:>6}" for l in LANGS) + f"{n:>7}")
print("\nminimums:")
for k, (v, m) in MIN.items(): print(f"  {k:<42}{v:>4}  (min {m})  {'ok' if v >= m else 'FAIL'}")
print("\nnone kinds:", ", ".join(f"{k}={v}" for k, v in nonek.most_common()))
if errors:
    print(f"\n{len(errors)} ERROR(S):"); [print("  -", e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed"); sys.exit(0)
