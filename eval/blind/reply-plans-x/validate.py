#!/usr/bin/env python3
"""Validator for the reply-plans-x evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = ["answer", "correct", "acknowledge", "thank", "none"]
LANGS = ["fi", "sv", "en"]
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
# none kinds, recognised by how the reason starts
NONE_KINDS = [
    ("already_answered", r"already answered by "),
    ("user_answer", r"user answers"),
    ("not_in_guidance", r"guidance does not answer this"),
    ("agreement_or_thanks_to_commenter", r"(agreement with another commenter|thanks aimed at another commenter)"),
    ("banter", r"banter"),
    ("tip_agrees", r"tip that agrees with the guidance"),
    ("user_to_user", r"user-to-user"),
    ("others_thread_praise", r"others' thread"),
    ("influencer_praise", r"praise of the (influencer|post's author)"),
    ("competitor_praise", r"praise of a competitor"),
    ("tag", r"tag of a friend"),
    ("off_topic", r"off-topic"),
]
MINIMUMS = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
NONE_MIN = {"already_answered": 15, "not_in_guidance": 25, "agreement_or_thanks_to_commenter": 20,
            "banter": 15, "tip_agrees": 10, "user_to_user": 10}

errors = []
def err(msg): errors.append(msg)

def load(p):
    with open(p, encoding="utf-8") as f:
        return yaml.safe_load(f)

brands = load(os.path.join(HERE, "brands.yaml"))
passages = {}
for key, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {key}: missing {f}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {key}: {len(g)} passages (want 14-20)")
    langs = {p["language"] for p in g}
    if langs != set(LANGS): err(f"brand {key}: passage languages {langs}")
    kinds = {p["kind"] for p in g}
    if not {"support", "campaign", "voice", "disclosure", "fact", "faq"} <= kinds: err(f"brand {key}: kinds {kinds}")
    for p in g:
        if p["id"] in passages: err(f"duplicate passage id {p['id']}")
        if not p["id"].startswith(key + "-g"): err(f"passage {p['id']} not named after brand {key}")
        if p["kind"] not in KINDS: err(f"passage {p['id']}: bad kind {p['kind']}")
        if p["language"] not in LANGS: err(f"passage {p['id']}: bad language")
        passages[p["id"]] = dict(p, brand=key)

count = collections.Counter()            # (plan, lang)
none_kinds = collections.Counter()
sarcasm = 0
pi_sales_answers = 0
n_threads = sales_threads = authored = 0
all_ids = set()
for key in brands:
    threads = load(os.path.join(HERE, "threads", f"{key}.yaml"))
    if len(threads) != 8: err(f"{key}: {len(threads)} threads (want 8)")
    for t in threads:
        n_threads += 1
        tid = t["id"]
        if not re.fullmatch(rf"{key}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in all_ids: err(f"duplicate id {tid}")
        all_ids.add(tid)
        for f in ("platform", "objective", "title", "body", "comments"):
            if not t.get(f): err(f"{tid}: missing {f}")
        if t["platform"] not in PLATFORMS: err(f"{tid}: bad platform")
        if t["objective"] not in OBJECTIVES: err(f"{tid}: bad objective")
        sales = t["objective"] == "sales"
        sales_threads += sales
        others = bool(t.get("author"))
        authored += others
        cs = t["comments"]
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (want 13-18)")
        seen = []
        for c in cs:
            cid = c["id"]
            if not re.fullmatch(rf"{tid}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in all_ids: err(f"duplicate id {cid}")
            all_ids.add(cid)
            for f in ("author", "language", "text", "plan", "reason", "passages", "purchase_intent"):
                if f not in c: err(f"{cid}: missing {f}")
            if "parent" not in c or "fact" not in c: err(f"{cid}: missing parent/fact")
            if c["parent"] is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} is not an earlier comment in {tid}")
            plan, lang = c["plan"], c["language"]
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if not isinstance(c["purchase_intent"], bool): err(f"{cid}: purchase_intent not bool")
            if not c["reason"] or "\n" in c["reason"]: err(f"{cid}: reason must be one line")
            count[(plan, lang)] += 1
            ps = c["passages"] or []
            for p in ps:
                if p not in passages: err(f"{cid}: unknown passage {p}")
                elif passages[p]["brand"] != key: err(f"{cid}: passage {p} belongs to another brand")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} without passages")
                fact = c["fact"]
                if not fact: err(f"{cid}: {plan} without fact")
                elif not any(fact in passages[p]["text"] for p in ps if p in passages):
                    err(f"{cid}: fact {fact!r} not verbatim in {ps}")
                elif len(fact) > 80: err(f"{cid}: fact too long")
            else:
                if ps or c["fact"] is not None: err(f"{cid}: {plan} must have passages [] and fact null")
            for p in ps:
                if p in passages and passages[p]["kind"] == "campaign":
                    if not (plan == "answer" and c["purchase_intent"] and sales):
                        err(f"{cid}: campaign passage outside an answer with purchase intent in a sales thread")
            if plan == "thank" and others:
                err(f"{cid}: thank in someone else's thread (should be none: others' thread)")
            if plan == "answer" and c["purchase_intent"] and sales: pi_sales_answers += 1
            if plan == "acknowledge" and c["reason"].startswith("sarcasm"): sarcasm += 1
            if plan == "none":
                for name, rx in NONE_KINDS:
                    if re.match(rx, c["reason"]):
                        none_kinds[name] += 1
                        break
                else:
                    err(f"{cid}: none reason does not start with a known kind: {c['reason']!r}")
                m = re.match(r"already answered by (\S+?):", c["reason"])
                if c["reason"].startswith("already answered by"):
                    if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment in {tid}")
            seen.append(cid)

# ---- table
tot_lang = collections.Counter(); tot_plan = collections.Counter()
for (p, l), n in count.items(): tot_lang[l] += n; tot_plan[p] += n
total = sum(tot_plan.values())
print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in LANGS) + f"{'total':>7}")
for p in PLANS:
    print(f"{p:<12}" + "".join(f"{count[(p, l)]:>6}" for l in LANGS) + f"{tot_plan[p]:>7}")
print(f"{'total':<12}" + "".join(f"{tot_lang[l]:>6}" for l in LANGS) + f"{total:>7}")
print()
print(f"threads {n_threads}, sales threads {sales_threads}, threads with author {authored}, passages {len(passages)}")
print(f"answer with purchase intent in sales threads: {pi_sales_answers}; sarcasm (acknowledge): {sarcasm}")
print("none kinds: " + ", ".join(f"{k}={none_kinds[k]}" for k, _ in NONE_KINDS))

# ---- minimums
if n_threads != 24: err(f"{n_threads} threads (want 24)")
if total < 300: err(f"{total} comments (want >= 300)")
for p, m in MINIMUMS.items():
    if tot_plan[p] < m: err(f"{p}: {tot_plan[p]} < {m}")
for k, m in NONE_MIN.items():
    if none_kinds[k] < m: err(f"none/{k}: {none_kinds[k]} < {m}")
if pi_sales_answers < 40: err(f"answer+purchase intent in sales threads: {pi_sales_answers} < 40")
if sarcasm < 6: err(f"sarcasm: {sarcasm} < 6")
if not 8 <= sales_threads <= 12: err(f"sales threads {sales_threads} (want about 10)")
if not 9 <= authored <= 15: err(f"threads with author {authored} (want about half)")
for l in LANGS:
    if tot_lang[l] < total * 0.25: err(f"language {l}: {tot_lang[l]} of {total} (not roughly equal)")

if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors: print(" -", e)
    sys.exit(1)
print("\nOK")
