#!/usr/bin/env python3
"""Validator for the reply-plans-g evaluation set. Run: python3 validate.py (exit 0 = ok)."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
NONE_KINDS = [  # (label, reason prefix)
    ("already answered", "already answered by "),
    ("user answer", "user answer:"),
    ("guidance does not answer", "guidance does not answer this"),
    ("agreement/thanks to commenter", "agreement:"),
    ("banter/jokes", "banter"),
    ("tip agrees with guidance", "tip agrees with guidance:"),
    ("user-to-user", "user-to-user:"),
    ("tag", "tag:"),
    ("off-topic", "off-topic:"),
    ("competitor praise", "competitor praise"),
    ("influencer praise", "influencer praise:"),
    ("user tip (not in guidance)", "user tip:"),
    ("resolved", "resolved:"),
]
MIN_PLAN = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
MIN_NONE = {"already answered": 15, "user answer": 15, "guidance does not answer": 25,
            "agreement/thanks to commenter": 20, "banter/jokes": 15, "tip agrees with guidance": 10,
            "user-to-user": 10}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must map exactly 3 brand keys")
passages = {}  # id -> (brand, kind, text)
for bk, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {bk}: missing {f}")
    g = b.get("guidance") or []
    if not 14 <= len(g) <= 20: err(f"brand {bk}: {len(g)} passages, need 14-20")
    langs = set(); kinds = set()
    for p in g:
        pid = p.get("id", "")
        if not re.fullmatch(rf"{re.escape(bk)}-g\d\d", pid): err(f"bad passage id {pid}")
        if pid in passages: err(f"duplicate passage id {pid}")
        if p.get("kind") not in KINDS: err(f"{pid}: bad kind {p.get('kind')}")
        if p.get("language") not in LANGS: err(f"{pid}: bad language")
        if not p.get("text"): err(f"{pid}: empty text")
        langs.add(p.get("language")); kinds.add(p.get("kind"))
        passages[pid] = (bk, p.get("kind"), p.get("text", ""))
    if langs != LANGS: err(f"brand {bk}: guidance languages {langs}")
    if kinds != KINDS: err(f"brand {bk}: guidance kinds {kinds}")

plan_lang = collections.Counter(); plan_tot = collections.Counter(); lang_tot = collections.Counter()
none_kinds = collections.Counter(); sarcasm = 0; already_contacted = 0; pi_sales_answers = 0
threads_n = 0; authored = 0; sales_threads = 0; unknown_none = []
seen_ids = set(); thread_ids = set(); per_brand = collections.Counter()
for bk in brands:
    path = os.path.join(HERE, "threads", f"{bk}.yaml")
    if not os.path.exists(path): err(f"missing {path}"); continue
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        threads_n += 1; per_brand[bk] += 1
        tid = t.get("id", "")
        if not re.fullmatch(rf"{re.escape(bk)}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in thread_ids: err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        for f in ("platform", "objective", "title", "body", "comments"):
            if not t.get(f): err(f"{tid}: missing {f}")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        if "author" in t:
            authored += 1
            if not t["author"]: err(f"{tid}: empty author")
        sales = t.get("objective") == "sales"; sales_threads += sales
        cs = t.get("comments") or []
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments, need 13-18")
        earlier = []
        for i, c in enumerate(cs, 1):
            cid = c.get("id", "")
            if cid != f"{tid}-c{i:02d}": err(f"{cid}: expected id {tid}-c{i:02d}")
            if cid in seen_ids: err(f"duplicate comment id {cid}")
            seen_ids.add(cid)
            for f in ("author", "language", "text", "plan", "reason"):
                if not c.get(f): err(f"{cid}: missing {f}")
            for f in ("parent", "passages", "fact", "purchase_intent"):
                if f not in c: err(f"{cid}: missing key {f}")
            par = c.get("parent")
            if par is not None and par not in earlier: err(f"{cid}: parent {par} is not an earlier comment in {tid}")
            plan = c.get("plan"); lang = c.get("language"); reason = c.get("reason") or ""
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent not bool")
            pas = c.get("passages") or []; fact = c.get("fact")
            if plan in ("answer", "correct"):
                if not pas: err(f"{cid}: {plan} without passages")
                if not fact: err(f"{cid}: {plan} without fact")
                for p in pas:
                    if p not in passages: err(f"{cid}: unknown passage {p}")
                    elif passages[p][0] != bk: err(f"{cid}: passage {p} not of brand {bk}")
                if fact and not any(p in passages and fact in passages[p][2] for p in pas):
                    err(f"{cid}: fact {fact!r} not verbatim in {pas}")
                if fact and len(fact) > 80: err(f"{cid}: fact too long")
                for p in pas:
                    if p in passages and passages[p][1] == "campaign" and not (plan == "answer" and c.get("purchase_intent") and sales):
                        err(f"{cid}: campaign passage {p} outside a purchase-intent answer in a sales thread")
                if plan == "answer" and c.get("purchase_intent") and sales: pi_sales_answers += 1
            else:
                if pas: err(f"{cid}: {plan} must have passages []")
                if fact is not None: err(f"{cid}: {plan} must have fact null")
            if plan == "none":
                for label, pre in NONE_KINDS:
                    if reason.startswith(pre):
                        none_kinds[label] += 1; break
                else:
                    unknown_none.append(cid)
                m = re.match(r"already answered by (\S+?):", reason)
                if reason.startswith("already answered by"):
                    if not m or m.group(1) not in earlier: err(f"{cid}: 'already answered by' must name an earlier comment of {tid}")
            if plan == "acknowledge":
                if reason.startswith("sarcasm:"): sarcasm += 1
                if "already contacted support" in reason: already_contacted += 1
            plan_lang[(plan, lang)] += 1; plan_tot[plan] += 1; lang_tot[lang] += 1
            earlier.append(cid)

total = sum(plan_tot.values())
if threads_n != 24: err(f"{threads_n} threads, need 24")
for bk in brands:
    if per_brand[bk] != 8: err(f"brand {bk}: {per_brand[bk]} threads, need 8")
if total < 300: err(f"{total} comments, need >= 300")
for p, n in MIN_PLAN.items():
    if plan_tot[p] < n: err(f"plan {p}: {plan_tot[p]} < {n}")
if pi_sales_answers < 40: err(f"purchase-intent answers in sales threads: {pi_sales_answers} < 40")
for k, n in MIN_NONE.items():
    if none_kinds[k] < n: err(f"none kind {k}: {none_kinds[k]} < {n}")
if sarcasm < 6: err(f"sarcasm {sarcasm} < 6")
if unknown_none: err(f"none comments with unknown reason kind: {unknown_none}")
for l in LANGS:
    if lang_tot[l] < total * 0.25: err(f"language {l} under 25% ({lang_tot[l]}/{total})")
if not 8 <= sales_threads <= 12: err(f"{sales_threads} sales threads, want about 10")
if not 9 <= authored <= 15: err(f"{authored} threads with author, want about half")

print(f"threads: {threads_n}  comments: {total}  sales threads: {sales_threads}  threads with author: {authored}")
print(f"passages: {len(passages)}  purchase-intent answers in sales threads: {pi_sales_answers}  sarcasm: {sarcasm}  acknowledge after prior contact: {already_contacted}")
print()
print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'total':>7}")
for p in ("answer", "correct", "acknowledge", "thank", "none"):
    print(f"{p:<12}" + "".join(f"{plan_lang[(p, l)]:>6}" for l in ("fi", "sv", "en")) + f"{plan_tot[p]:>7}")
print(f"{'total':<12}" + "".join(f"{lang_tot[l]:>6}" for l in ("fi", "sv", "en")) + f"{total:>7}")
print()
print("none kinds:")
for label, _ in NONE_KINDS:
    print(f"  {label:<32}{none_kinds[label]:>4}")
print()
if errors:
    print(f"FAILED: {len(errors)} error(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("OK")
