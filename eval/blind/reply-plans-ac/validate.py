#!/usr/bin/env python3
"""Validator for the reply-plans-ac evaluation set. Exit 0 when everything holds."""
import os, re, sys, glob
from collections import Counter
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
NONE_KINDS = [  # reason prefix -> label
    ("already answered by", "already_answered"),
    ("self-answered", "self_answered"),
    ("guidance does not answer this", "guidance_does_not_answer"),
    ("agreement with another commenter", "agreement_or_thanks_to_commenter"),
    ("thanks to another commenter", "agreement_or_thanks_to_commenter"),
    ("banter", "banter_joke"),
    ("tip agreeing with guidance", "tip_agrees_with_guidance"),
    ("user-to-user", "user_to_user"),
    ("correct answer by commenter", "correct_answer_by_commenter"),
    ("others' thread", "others_thread_praise"),
    ("competitor praise", "competitor_praise"),
    ("praise of author", "praise_of_author"),
    ("tag of friend", "tag_of_friend"),
    ("off-topic", "off_topic"),
]
MINIMUMS = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
NONE_MIN = {"already_answered": 15, "self_answered": 1, "guidance_does_not_answer": 25,
            "agreement_or_thanks_to_commenter": 20, "banter_joke": 15, "tip_agrees_with_guidance": 10,
            "user_to_user": 10}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must map exactly 3 brands")
passages, pbrand = {}, {}
for bk, b in brands.items():
    for k in ("name", "objective_default", "terms", "competitors", "guidance"):
        if k not in b: err(f"{bk}: missing {k}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"{bk}: {len(g)} passages, need 14-20")
    langs, kinds = set(), set()
    for p in g:
        pid = p["id"]
        if pid in passages: err(f"duplicate passage id {pid}")
        if not re.fullmatch(rf"{re.escape(bk)}-g\d\d", pid): err(f"bad passage id {pid}")
        if p["kind"] not in KINDS: err(f"{pid}: bad kind {p['kind']}")
        if p["language"] not in LANGS: err(f"{pid}: bad language")
        passages[pid] = p; pbrand[pid] = bk
        langs.add(p["language"]); kinds.add(p["kind"])
    if langs != LANGS: err(f"{bk}: guidance languages {langs}")
    if kinds != KINDS: err(f"{bk}: guidance kinds missing {KINDS - kinds}")

plan_lang = Counter(); plans = Counter(); langs_all = Counter(); none_kinds = Counter()
sarcasm = 0; pi_answer_sales = 0; thread_count = Counter(); objectives = Counter(); authored = 0
comment_ids = set(); thread_ids = set()
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    bk = os.path.basename(path)[:-5]
    if bk not in brands: err(f"{path}: unknown brand"); continue
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t["id"]; thread_count[bk] += 1; objectives[t["objective"]] += 1
        if tid in thread_ids: err(f"duplicate thread {tid}")
        thread_ids.add(tid)
        if not re.fullmatch(rf"{re.escape(bk)}-\d\d", tid): err(f"bad thread id {tid}")
        if t["platform"] not in PLATFORMS: err(f"{tid}: bad platform")
        if t["objective"] not in OBJECTIVES: err(f"{tid}: bad objective")
        for k in ("title", "body"):
            if not t.get(k): err(f"{tid}: missing {k}")
        has_author = bool(t.get("author")); authored += has_author
        cs = t["comments"]
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments, need 13-18")
        seen = []
        for c in cs:
            cid = c["id"]
            if cid in comment_ids: err(f"duplicate comment id {cid}")
            comment_ids.add(cid)
            if not re.fullmatch(rf"{re.escape(tid)}-c\d\d", cid): err(f"bad comment id {cid}")
            if c["parent"] is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} not earlier in thread")
            plan, lang = c["plan"], c["language"]
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if not c.get("text") or not c.get("author"): err(f"{cid}: missing text/author")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent not bool")
            reason = c.get("reason") or ""
            if not reason: err(f"{cid}: empty reason")
            ps, fact = c.get("passages"), c.get("fact")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} needs passages")
                if not fact: err(f"{cid}: {plan} needs fact")
                for pid in ps or []:
                    if pid not in passages: err(f"{cid}: unknown passage {pid}")
                    elif pbrand[pid] != bk: err(f"{cid}: passage {pid} is not brand {bk}")
                    elif passages[pid]["kind"] == "campaign" and not (plan == "answer" and c["purchase_intent"] and t["objective"] == "sales"):
                        err(f"{cid}: campaign passage outside answer+purchase intent in a sales thread")
                if fact and not any(fact in passages[p]["text"] for p in ps or [] if p in passages):
                    err(f"{cid}: fact {fact!r} not verbatim in listed passages")
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if fact is not None: err(f"{cid}: {plan} must have fact: null")
            if plan == "thank" and has_author:
                err(f"{cid}: thank in a thread the brand did not write")
            if plan == "none":
                kind = next((lab for pre, lab in NONE_KINDS if reason.startswith(pre)), None)
                if kind is None: err(f"{cid}: none reason has no known kind: {reason[:50]}")
                else: none_kinds[kind] += 1
                if kind == "already_answered":
                    m = re.match(r"already answered by (\S+?):", reason)
                    if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment")
            if plan == "acknowledge" and reason.startswith("sarcasm"): sarcasm += 1
            if plan == "answer" and c["purchase_intent"] and t["objective"] == "sales": pi_answer_sales += 1
            seen.append(cid)
            plan_lang[(plan, lang)] += 1; plans[plan] += 1; langs_all[lang] += 1

for bk in brands:
    if thread_count[bk] != 8: err(f"{bk}: {thread_count[bk]} threads, need 8")
total = sum(plans.values())
if total < 300: err(f"only {total} comments, need 300")
for p, n in MINIMUMS.items():
    if plans[p] < n: err(f"plan {p}: {plans[p]} < {n}")
for k, n in NONE_MIN.items():
    if none_kinds[k] < n: err(f"none kind {k}: {none_kinds[k]} < {n}")
if sarcasm < 6: err(f"sarcasm {sarcasm} < 6")
if pi_answer_sales < 40: err(f"answer with purchase intent in sales threads {pi_answer_sales} < 40")
if max(langs_all.values()) > 1.25 * min(langs_all.values()): err(f"languages not roughly equal: {dict(langs_all)}")

print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in sorted(LANGS)) + f"{'total':>7}")
for p in ["answer", "correct", "acknowledge", "thank", "none"]:
    print(f"{p:<12}" + "".join(f"{plan_lang[(p, l)]:>6}" for l in sorted(LANGS)) + f"{plans[p]:>7}")
print(f"{'total':<12}" + "".join(f"{langs_all[l]:>6}" for l in sorted(LANGS)) + f"{total:>7}")
print(f"threads: {sum(thread_count.values())} ({dict(thread_count)}), objectives: {dict(objectives)}, with author: {authored}")
print(f"answer+purchase intent in sales threads: {pi_answer_sales}; sarcasm (acknowledge): {sarcasm}")
print("none kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(none_kinds.items())))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  -", e)
    sys.exit(1)
print("OK")
