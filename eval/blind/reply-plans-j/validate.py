#!/usr/bin/env python3
"""Validator for the reply-plans-j blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
NONE_KINDS = [  # (label, reason prefix regex)
    ("already answered", r"^already answered by "),
    ("user answer", r"^(user answer|self-answered):"),
    ("guidance does not answer", r"^guidance does not answer this"),
    ("agreement/thanks to commenter", r"^(agreement with another commenter|thanks to another commenter)"),
    ("banter/joke", r"^banter"),
    ("tip agreeing with guidance", r"^tip agreeing with guidance"),
    ("user-to-user", r"^user-to-user:"),
    ("tag", r"^tag:"),
    ("competitor praise", r"^competitor praise"),
    ("influencer praise", r"^influencer praise"),
    ("off-topic", r"^off-topic"),
]
MINIMUMS = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
NONE_MIN = {"already answered": 15, "guidance does not answer": 25, "agreement/thanks to commenter": 20,
            "banter/joke": 15, "tip agreeing with guidance": 10, "user-to-user": 10}

errors = []
def err(msg): errors.append(msg)

def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)

brands = load(os.path.join(HERE, "brands.yaml"))
passages = {}   # id -> (brand, kind, text)
for key, b in brands.items():
    for fld in ("name", "objective_default", "terms", "competitors", "guidance"):
        if fld not in b: err(f"brand {key}: missing {fld}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {key}: {len(g)} guidance passages (want 14-20)")
    langs = {p["language"] for p in g}
    if langs != LANGS: err(f"brand {key}: guidance languages {langs}")
    kinds = {p["kind"] for p in g}
    if kinds != KINDS: err(f"brand {key}: guidance kinds {kinds}")
    for p in g:
        if not re.fullmatch(rf"{re.escape(key)}-g\d\d", p["id"]): err(f"bad passage id {p['id']}")
        if p["id"] in passages: err(f"duplicate passage id {p['id']}")
        if p["kind"] not in KINDS: err(f"{p['id']}: bad kind")
        if p["language"] not in LANGS: err(f"{p['id']}: bad language")
        passages[p["id"]] = (key, p["kind"], p["text"])

plan_lang = collections.Counter()
plan_count = collections.Counter()
none_kinds = collections.Counter()
ack_sarcasm = 0
ack_already_contacted = 0
pi_sales_answers = 0
all_ids = set()
n_threads = 0
threads_by_brand = collections.Counter()
with_author = 0
sales_threads = 0
lang_count = collections.Counter()

for key in brands:
    path = os.path.join(HERE, "threads", f"{key}.yaml")
    if not os.path.exists(path):
        err(f"missing {path}"); continue
    threads = load(path)
    for t in threads:
        n_threads += 1; threads_by_brand[key] += 1
        tid = t.get("id", "?")
        if not re.fullmatch(rf"{re.escape(key)}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in all_ids: err(f"duplicate id {tid}")
        all_ids.add(tid)
        for fld in ("platform", "objective", "title", "body", "comments"):
            if not t.get(fld): err(f"{tid}: missing {fld}")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        if t.get("author"): with_author += 1
        sales = t.get("objective") == "sales"
        sales_threads += sales
        cs = t.get("comments", [])
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (want 13-18)")
        seen = []
        for c in cs:
            cid = c.get("id", "?")
            if not re.fullmatch(rf"{re.escape(tid)}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in all_ids: err(f"duplicate id {cid}")
            all_ids.add(cid)
            for fld in ("author", "language", "text", "plan", "reason", "passages", "purchase_intent"):
                if fld not in c or c[fld] is None: err(f"{cid}: missing {fld}")
            if "parent" not in c or "fact" not in c: err(f"{cid}: missing parent/fact key")
            par = c.get("parent")
            if par is not None and par not in seen: err(f"{cid}: parent {par} is not an earlier comment in the thread")
            plan, lang = c.get("plan"), c.get("language")
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent not bool")
            plan_lang[(plan, lang)] += 1; plan_count[plan] += 1; lang_count[lang] += 1
            ps, fact, reason = c.get("passages") or [], c.get("fact"), c.get("reason", "")
            for p in ps:
                if p not in passages: err(f"{cid}: unknown passage {p}")
                elif passages[p][0] != key: err(f"{cid}: passage {p} belongs to another brand")
                elif passages[p][1] == "campaign" and not (plan == "answer" and c.get("purchase_intent") and sales):
                    err(f"{cid}: campaign passage {p} only allowed on purchase-intent answers in sales threads")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} without passages")
                if not fact: err(f"{cid}: {plan} without fact")
                elif not any(fact in passages[p][2] for p in ps if p in passages):
                    err(f"{cid}: fact {fact!r} not verbatim in {ps}")
                elif len(fact) > 90: err(f"{cid}: fact too long")
                if plan == "answer" and c.get("purchase_intent") and sales: pi_sales_answers += 1
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if fact is not None: err(f"{cid}: {plan} must have fact: null")
            if plan == "none":
                for label, rx in NONE_KINDS:
                    if re.match(rx, reason):
                        none_kinds[label] += 1; break
                else:
                    err(f"{cid}: none reason does not start with a known kind: {reason!r}")
            if plan == "acknowledge":
                if reason.startswith("sarcasm"): ack_sarcasm += 1
                if "already" in reason: ack_already_contacted += 1
            m = re.search(r"already answered by (\S+?):", reason)
            if reason.startswith("already answered by"):
                if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment in the thread")
            seen.append(cid)

if n_threads != 24: err(f"{n_threads} threads (want 24)")
for k, v in threads_by_brand.items():
    if v != 8: err(f"brand {k}: {v} threads (want 8)")
total = sum(plan_count.values())
if total < 300: err(f"{total} comments (want >= 300)")
for p, m in MINIMUMS.items():
    if plan_count[p] < m: err(f"plan {p}: {plan_count[p]} < {m}")
if pi_sales_answers < 40: err(f"purchase-intent answers in sales threads: {pi_sales_answers} < 40")
for k, m in NONE_MIN.items():
    if none_kinds[k] < m: err(f"none kind {k}: {none_kinds[k]} < {m}")
if none_kinds["user answer"] < 1: err("no user answers")
if ack_sarcasm < 6: err(f"sarcasm acknowledges: {ack_sarcasm} < 6")
if ack_already_contacted < 3: err(f"already-contacted acknowledges: {ack_already_contacted} < 3")
if not 8 <= sales_threads <= 12: err(f"{sales_threads} sales threads (want about 10)")
if not 9 <= with_author <= 15: err(f"{with_author} threads with author (want about half)")
if total and max(lang_count.values()) - min(lang_count.values()) > total * 0.12:
    err(f"languages unbalanced: {dict(lang_count)}")

# report
print(f"threads: {n_threads}  comments: {total}  sales threads: {sales_threads}  threads with author: {with_author}")
print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in sorted(LANGS)) + f"{'total':>7}")
for p in ["answer", "correct", "acknowledge", "thank", "none"]:
    print(f"{p:<12}" + "".join(f"{plan_lang[(p, l)]:>6}" for l in sorted(LANGS)) + f"{plan_count[p]:>7}")
print(f"{'total':<12}" + "".join(f"{lang_count[l]:>6}" for l in sorted(LANGS)) + f"{total:>7}")
print(f"answers with purchase intent in sales threads: {pi_sales_answers}")
print(f"acknowledge: sarcasm {ack_sarcasm}, already contacted support {ack_already_contacted}")
print("none kinds: " + ", ".join(f"{k} {none_kinds[k]}" for k, _ in NONE_KINDS))
if errors:
    print(f"\nFAILED: {len(errors)} error(s)")
    for e in errors: print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
