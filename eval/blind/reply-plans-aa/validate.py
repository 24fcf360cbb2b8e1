#!/usr/bin/env python3
"""Validator for the reply-plans-aa evaluation set. Run: python3 validate.py (exit 0 = ok)."""
import os, re, sys
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
NONE_KINDS = [  # (counter key, reason prefix)
    ("already_answered", "already answered by "),
    ("user_answer", "user answer"),
    ("guidance_silent", "guidance does not answer this"),
    ("agreement_thanks_other", "agreement with another commenter"),
    ("agreement_thanks_other", "thanks aimed at another commenter"),
    ("agreement_thanks_other", "thanks aimed at other commenters"),
    ("banter", "banter"),
    ("tip_agrees", "tip that agrees with guidance"),
    ("user_to_user", "user-to-user"),
    ("others_thread", "others' thread"),
    ("competitor_praise", "competitor praise"),
    ("influencer_praise", "influencer praise"),
    ("off_topic", "off-topic"),
]
MINIMUMS = {"total": 300, "answer": 100, "answer_pi_sales": 40, "correct": 20, "acknowledge": 35,
            "thank": 25, "none": 130, "already_answered": 15, "user_answer": 15, "guidance_silent": 25,
            "agreement_thanks_other": 20, "banter": 15, "tip_agrees": 10, "sarcasm": 6, "user_to_user": 10}
errors = []
def err(msg): errors.append(msg)

def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)

brands = load(os.path.join(HERE, "brands.yaml"))
passages = {}  # id -> (brand, passage)
for key, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {key}: missing {f}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {key}: {len(g)} guidance passages (need 14-20)")
    langs, kinds = set(), set()
    for p in g:
        pid = p.get("id", "")
        if not re.fullmatch(rf"{re.escape(key)}-g\d\d", pid): err(f"bad passage id {pid}")
        if pid in passages: err(f"duplicate passage id {pid}")
        if p.get("kind") not in KINDS: err(f"{pid}: bad kind {p.get('kind')}")
        if p.get("language") not in LANGS: err(f"{pid}: bad language")
        if not p.get("text"): err(f"{pid}: empty text")
        langs.add(p.get("language")); kinds.add(p.get("kind"))
        passages[pid] = (key, p)
    if langs != LANGS: err(f"brand {key}: guidance languages {langs}")
    if kinds != KINDS: err(f"brand {key}: guidance kinds missing {KINDS - kinds}")

cnt = Counter(); table = defaultdict(Counter); none_kinds = Counter()
comment_ids = set(); thread_ids = set(); n_sales = 0; n_author = 0; n_threads = 0
tdir = os.path.join(HERE, "threads")
for fn in sorted(os.listdir(tdir)):
    if not fn.endswith(".yaml"): continue
    brand = fn[:-5]
    if brand not in brands: err(f"{fn}: unknown brand"); continue
    threads = load(os.path.join(tdir, fn))
    if len(threads) != 8: err(f"{fn}: {len(threads)} threads (need 8)")
    for t in threads:
        n_threads += 1
        tid = t.get("id", "")
        if not re.fullmatch(rf"{brand}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in thread_ids: err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        for f in ("platform", "objective", "title", "body", "comments"):
            if not t.get(f): err(f"{tid}: missing {f}")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        sales = t.get("objective") == "sales"; n_sales += sales
        others = bool(t.get("author")); n_author += others
        cs = t.get("comments", [])
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        seen = []
        for c in cs:
            cid = c.get("id", "")
            if not re.fullmatch(rf"{re.escape(tid)}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in comment_ids: err(f"duplicate comment id {cid}")
            comment_ids.add(cid)
            for f in ("author", "text", "reason"):
                if not c.get(f): err(f"{cid}: missing {f}")
            par = c.get("parent")
            if par is not None and par not in seen: err(f"{cid}: parent {par} is not an earlier comment in the thread")
            lang, plan, pi = c.get("language"), c.get("plan"), c.get("purchase_intent")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if not isinstance(pi, bool): err(f"{cid}: purchase_intent must be bool")
            ps, fact, reason = c.get("passages"), c.get("fact"), c.get("reason", "")
            if not isinstance(ps, list): err(f"{cid}: passages must be a list"); ps = []
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} needs passages")
                if not fact: err(f"{cid}: {plan} needs a fact")
                for pid in ps:
                    if pid not in passages: err(f"{cid}: unknown passage {pid}")
                    elif passages[pid][0] != brand: err(f"{cid}: passage {pid} belongs to another brand")
                if fact and not any(pid in passages and fact in passages[pid][1]["text"] for pid in ps):
                    err(f"{cid}: fact {fact!r} not verbatim in listed passages")
            else:
                if ps: err(f"{cid}: {plan} must have no passages")
                if fact is not None: err(f"{cid}: {plan} must have fact null")
            for pid in ps:
                if pid in passages and passages[pid][1]["kind"] == "campaign":
                    if not (plan == "answer" and pi and sales):
                        err(f"{cid}: campaign passage {pid} outside an answer with purchase intent in a sales thread")
            if plan == "thank" and others: err(f"{cid}: thank in a thread the brand did not write")
            if plan == "none":
                kind = next((k for k, pre in NONE_KINDS if reason.startswith(pre)), None)
                if kind is None: err(f"{cid}: none reason has no known kind prefix: {reason!r}")
                else: none_kinds[kind] += 1
                if kind == "already_answered":
                    m = re.match(r"already answered by (\S+?):", reason)
                    if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment in the thread")
            if plan == "acknowledge" and reason.startswith("sarcastic"): cnt["sarcasm"] += 1
            if plan == "answer" and pi and sales: cnt["answer_pi_sales"] += 1
            cnt[plan] += 1; cnt["total"] += 1; table[plan][lang] += 1
            seen.append(cid)

cnt.update(none_kinds)
print(f"threads: {n_threads}  sales: {n_sales}  with author (others' threads): {n_author}")
print(f"{'plan':<12}{'fi':>6}{'sv':>6}{'en':>6}{'total':>8}")
tot = Counter()
for plan in ["answer", "correct", "acknowledge", "thank", "none"]:
    row = table[plan]; tot.update(row)
    print(f"{plan:<12}{row['fi']:>6}{row['sv']:>6}{row['en']:>6}{sum(row.values()):>8}")
print(f"{'total':<12}{tot['fi']:>6}{tot['sv']:>6}{tot['en']:>6}{sum(tot.values()):>8}")
print("none kinds:", ", ".join(f"{k}={v}" for k, v in sorted(none_kinds.items())))
print("answer with purchase intent in sales threads:", cnt["answer_pi_sales"], " sarcasm (acknowledge):", cnt["sarcasm"])
for k, v in MINIMUMS.items():
    if cnt[k] < v: err(f"minimum not met: {k} = {cnt[k]} < {v}")
if not 8 <= n_sales <= 12: err(f"sales threads {n_sales}, expected about 10")
if errors:
    print(f"\n{len(errors)} ERROR(S):"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed")
