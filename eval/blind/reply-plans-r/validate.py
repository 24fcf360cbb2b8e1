#!/usr/bin/env python3
"""Validator for the reply-plans-r blind evaluation set. Exit 0 when all checks pass."""
import os, re, sys
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
errors = []
def err(msg): errors.append(msg)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if len(brands) != 3: err(f"expected 3 brands, got {len(brands)}")
passages = {}      # id -> (brand, kind, lang, text)
for bkey, b in brands.items():
    for k in ("name", "objective_default", "terms", "competitors", "guidance"):
        if k not in b: err(f"{bkey}: missing {k}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"{bkey}: {len(g)} guidance passages (want 14-20)")
    kinds, langs = Counter(), Counter()
    for p in g:
        pid = p["id"]
        if pid in passages: err(f"duplicate passage id {pid}")
        if not re.fullmatch(rf"{bkey}-g\d\d", pid): err(f"bad passage id {pid}")
        if p["kind"] not in KINDS: err(f"{pid}: bad kind {p['kind']}")
        if p["language"] not in LANGS: err(f"{pid}: bad language")
        kinds[p["kind"]] += 1; langs[p["language"]] += 1
        passages[pid] = (bkey, p["kind"], p["language"], p["text"])
    for k in KINDS:
        if not kinds[k]: err(f"{bkey}: no {k} passage")
    for l in LANGS:
        if not langs[l]: err(f"{bkey}: no {l} passage")

ids = set()
by_plan_lang = defaultdict(Counter)
none_kinds = Counter()
ack_kinds = Counter()
answer_pi_sales = 0
n_threads = Counter(); n_author = 0; n_sales = 0
total = 0
for bkey in brands:
    threads = yaml.safe_load(open(os.path.join(HERE, "threads", bkey + ".yaml"), encoding="utf-8"))
    n_threads[bkey] = len(threads)
    for t in threads:
        tid = t["id"]
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        if not re.fullmatch(rf"{bkey}-\d\d", tid): err(f"bad thread id {tid}")
        for k in ("platform", "objective", "title", "body", "comments"):
            if k not in t: err(f"{tid}: missing {k}")
        if t["platform"] not in PLATFORMS: err(f"{tid}: bad platform")
        if t["objective"] not in OBJECTIVES: err(f"{tid}: bad objective")
        sales = t["objective"] == "sales"; n_sales += sales
        if "author" in t: n_author += 1
        cs = t["comments"]
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (want 13-18)")
        seen = []
        for c in cs:
            cid = c["id"]; total += 1
            for k in ("author", "parent", "language", "text", "plan", "reason", "passages", "fact", "purchase_intent"):
                if k not in c: err(f"{cid}: missing {k}")
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            if not cid.startswith(tid + "-c"): err(f"{cid}: id not under thread")
            if c["parent"] is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} not an earlier comment")
            if c["plan"] not in PLANS: err(f"{cid}: bad plan {c['plan']}")
            if c["language"] not in LANGS: err(f"{cid}: bad language")
            if not isinstance(c["purchase_intent"], bool): err(f"{cid}: purchase_intent not bool")
            if not c["reason"] or not c["text"]: err(f"{cid}: empty reason/text")
            plan = c["plan"]
            by_plan_lang[plan][c["language"]] += 1
            if plan in ("answer", "correct"):
                if not c["passages"]: err(f"{cid}: {plan} without passages")
                if not c["fact"]: err(f"{cid}: {plan} without fact")
                for p in c["passages"]:
                    if p not in passages: err(f"{cid}: unknown passage {p}")
                    elif passages[p][0] != bkey: err(f"{cid}: passage {p} from another brand")
                    elif passages[p][1] == "campaign" and not (plan == "answer" and c["purchase_intent"] and sales):
                        err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
                if c["fact"] and not any(c["fact"] in passages[p][3] for p in c["passages"] if p in passages):
                    err(f"{cid}: fact {c['fact']!r} not verbatim in listed passages")
                if plan == "answer" and c["purchase_intent"] and sales: answer_pi_sales += 1
            else:
                if c["passages"] != []: err(f"{cid}: {plan} must have passages: []")
                if c["fact"] is not None: err(f"{cid}: {plan} must have fact: null")
            r = c["reason"]
            m = re.match(r"already answered by (\S+?):", r)
            if r.startswith("already answered by") and (not m or m.group(1) not in seen):
                err(f"{cid}: 'already answered by' must name an earlier comment in the thread")
            if plan == "none":
                kind = r.split(":")[0].strip()
                if kind.startswith("already answered by"): kind = "already answered"
                none_kinds[kind] += 1
            if plan == "acknowledge":
                ack_kinds["sarcasm" if r.startswith("sarcasm") else "complaint"] += 1
            seen.append(cid)

plan_tot = {p: sum(by_plan_lang[p].values()) for p in PLANS}
lang_tot = Counter()
for p in PLANS: lang_tot.update(by_plan_lang[p])
nk = none_kinds
mins = [
    ("comments", total, 300), ("answer", plan_tot["answer"], 100), ("answer with purchase intent in sales threads", answer_pi_sales, 40),
    ("correct", plan_tot["correct"], 20), ("acknowledge", plan_tot["acknowledge"], 35), ("thank", plan_tot["thank"], 25),
    ("none", plan_tot["none"], 130), ("none: already answered", nk["already answered"], 15),
    ("none: guidance does not answer this", nk["guidance does not answer this"], 25),
    ("none: agreement/thanks to another commenter", nk["agreement"] + nk["thanks to another commenter"], 20),
    ("none: banter/jokes", nk["banter"], 15), ("none: tips agreeing with guidance", nk["tip"], 10),
    ("acknowledge: sarcasm", ack_kinds["sarcasm"], 6), ("none: user-to-user", nk["user-to-user"], 10),
    ("threads", sum(n_threads.values()), 24),
]
for name, got, want in mins:
    if got < want: err(f"minimum not met: {name} {got} < {want}")
for b, n in n_threads.items():
    if n != 8: err(f"{b}: {n} threads (want 8)")
for l in LANGS:
    if not 0.25 <= lang_tot[l] / max(total, 1) <= 0.42: err(f"language {l} share {lang_tot[l]}/{total} not roughly equal")

print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'total':>7}")
for p in ("answer", "correct", "acknowledge", "thank", "none"):
    print(f"{p:<12}" + "".join(f"{by_plan_lang[p][l]:>6}" for l in ("fi", "sv", "en")) + f"{plan_tot[p]:>7}")
print(f"{'total':<12}" + "".join(f"{lang_tot[l]:>6}" for l in ("fi", "sv", "en")) + f"{total:>7}")
print(f"threads: {sum(n_threads.values())}, with author: {n_author}, sales: {n_sales}; answer+purchase intent in sales threads: {answer_pi_sales}")
print("none kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(none_kinds.items(), key=lambda x: -x[1])))
print("acknowledge kinds: " + ", ".join(f"{k}={v}" for k, v in ack_kinds.items()))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print(" -", e)
    sys.exit(1)
print("OK")
