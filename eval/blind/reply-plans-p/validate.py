#!/usr/bin/env python3
"""Validator for the reply-plans-p blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
passages = {}      # id -> (brand, kind, lang, text)
ids = set()
for bkey, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {bkey}: missing {f}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {bkey}: {len(g)} guidance passages (need 14-20)")
    langs = set(); kinds = set()
    for p in g:
        pid = p.get("id", "")
        if pid in ids: err(f"duplicate id {pid}")
        ids.add(pid)
        if not re.fullmatch(rf"{re.escape(bkey)}-g\d\d", pid): err(f"bad passage id {pid}")
        if p.get("kind") not in KINDS: err(f"{pid}: bad kind {p.get('kind')}")
        if p.get("language") not in LANGS: err(f"{pid}: bad language {p.get('language')}")
        langs.add(p.get("language")); kinds.add(p.get("kind"))
        passages[pid] = (bkey, p.get("kind"), p.get("language"), p.get("text", ""))
    if langs != LANGS: err(f"brand {bkey}: guidance languages {langs}")
    if kinds != KINDS: err(f"brand {bkey}: guidance kinds missing {KINDS - kinds}")

plan_lang = defaultdict(Counter)
none_kinds = Counter(); ack_kinds = Counter(); hard = Counter()
n_comments = 0; n_threads = 0; obj = Counter(); with_author = 0
pi_sales_answers = 0
NONE_PREFIX = [
    ("already answered by", "already answered by another commenter"),
    ("user answer", "user's own (correct) answer"),
    ("guidance does not answer this", "guidance does not answer this"),
    ("agreement with another commenter", "agreement/thanks to another commenter"),
    ("thanks to another commenter", "agreement/thanks to another commenter"),
    ("banter", "banter/jokes"),
    ("joke", "banter/jokes"),
    ("tip agreeing with guidance", "tips agreeing with guidance"),
    ("user-to-user", "user-to-user exchanges"),
    ("others' thread", "others' thread (praise of brand)"),
    ("praise of competitor", "praise of competitor"),
    ("praise of author", "praise of author"),
    ("competitor", "competitor remark"),
    ("off-topic", "off-topic"),
    ("tag", "tags of friends"),
    ("tip (general)", "general tip (not in guidance)"),
]
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    bkey = os.path.splitext(os.path.basename(path))[0]
    if bkey not in brands: err(f"{path}: unknown brand {bkey}"); continue
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        n_threads += 1
        tid = t.get("id", "")
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        if not re.fullmatch(rf"{re.escape(bkey)}-\d\d", tid): err(f"bad thread id {tid}")
        for f in ("platform", "objective", "title", "body", "comments"):
            if f not in t: err(f"{tid}: missing {f}")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        obj[t.get("objective")] += 1
        if t.get("author"): with_author += 1
        cs = t.get("comments", [])
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        seen = []
        for c in cs:
            n_comments += 1
            cid = c.get("id", "")
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            if not re.fullmatch(rf"{re.escape(tid)}-c\d\d", cid): err(f"bad comment id {cid}")
            for f in ("author", "parent", "language", "text", "plan", "reason", "passages", "fact", "purchase_intent"):
                if f not in c: err(f"{cid}: missing {f}")
            if c.get("parent") is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} not an earlier comment of {tid}")
            seen.append(cid)
            plan, lang = c.get("plan"), c.get("language")
            if plan not in PLANS: err(f"{cid}: bad plan {plan}"); continue
            if lang not in LANGS: err(f"{cid}: bad language {lang}"); continue
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent not bool")
            reason = (c.get("reason") or "").strip()
            if not reason or "\n" in reason: err(f"{cid}: reason must be one line")
            plan_lang[plan][lang] += 1
            ps = c.get("passages") or []
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} without passages")
                fact = c.get("fact")
                if not fact or not isinstance(fact, str): err(f"{cid}: {plan} without fact")
                elif not any(fact in passages.get(p, ("", "", "", ""))[3] for p in ps):
                    err(f"{cid}: fact {fact!r} not verbatim in {ps}")
                elif len(fact) > 90: err(f"{cid}: fact too long")
                for p in ps:
                    if p not in passages: err(f"{cid}: unknown passage {p}")
                    elif passages[p][0] != bkey: err(f"{cid}: passage {p} of another brand")
                    elif passages[p][1] == "campaign":
                        if not (plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales"):
                            err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
                    elif passages[p][1] in ("voice", "disclosure"):
                        err(f"{cid}: cites {passages[p][1]} passage")
                if plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales":
                    pi_sales_answers += 1
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if c.get("fact") is not None: err(f"{cid}: {plan} must have fact: null")
            low = reason.lower()
            if plan == "none":
                for pre, kind in NONE_PREFIX:
                    if low.startswith(pre):
                        none_kinds[kind] += 1; break
                else:
                    err(f"{cid}: none reason has no known kind prefix: {reason[:40]}")
                if low.startswith("already answered by"):
                    m = re.match(r"already answered by ([\w.-]+-c\d\d)", reason)
                    if not m or m.group(1) not in seen[:-1]: err(f"{cid}: 'already answered by' must name an earlier comment of {tid}")
                if t.get("author") is None and low.startswith("others' thread"): err(f"{cid}: others' thread reason on the brand's own post")
            if plan == "thank" and t.get("author"): err(f"{cid}: thank in a thread the brand did not write")
            if plan == "acknowledge":
                if low.startswith("sarcasm"): ack_kinds["sarcasm"] += 1
                if "already contacted support" in low: ack_kinds["already contacted support"] += 1
                if "complaint asking a price" in low: ack_kinds["complaint asking a price"] += 1
            for key in ("honest answer is no", "several questions", "partly answered", "wrong claim stated as a joke",
                        "competitor's product", "question phrased", "joke mentioning a problem", "fact only in"):
                if key in low: hard[key] += 1

total_by_plan = {p: sum(plan_lang[p].values()) for p in PLANS}
lang_tot = Counter()
for p in PLANS: lang_tot.update(plan_lang[p])
MIN = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
for p, m in MIN.items():
    if total_by_plan[p] < m: err(f"plan {p}: {total_by_plan[p]} < {m}")
if pi_sales_answers < 40: err(f"purchase-intent answers in sales threads: {pi_sales_answers} < 40")
if n_threads != 24: err(f"{n_threads} threads (need 24)")
if n_comments < 300: err(f"{n_comments} comments (< 300)")
NMIN = {"already answered by another commenter": 15, "guidance does not answer this": 25,
        "agreement/thanks to another commenter": 20, "banter/jokes": 15, "tips agreeing with guidance": 10,
        "user-to-user exchanges": 10}
for k, m in NMIN.items():
    if none_kinds[k] < m: err(f"none kind {k}: {none_kinds[k]} < {m}")
if none_kinds["user's own (correct) answer"] < 15: err("user answers < 15")
if ack_kinds["sarcasm"] < 6: err(f"sarcasm {ack_kinds['sarcasm']} < 6")
if lang_tot and max(lang_tot.values()) > 1.35 * min(lang_tot.values()): err(f"languages unbalanced: {dict(lang_tot)}")

print(f"threads {n_threads} (objectives {dict(obj)}; with author {with_author}), comments {n_comments}")
print(f"{'plan':<12}{'fi':>6}{'sv':>6}{'en':>6}{'total':>8}")
for p in ["answer", "correct", "acknowledge", "thank", "none"]:
    print(f"{p:<12}{plan_lang[p]['fi']:>6}{plan_lang[p]['sv']:>6}{plan_lang[p]['en']:>6}{total_by_plan[p]:>8}")
print(f"{'total':<12}{lang_tot['fi']:>6}{lang_tot['sv']:>6}{lang_tot['en']:>6}{sum(lang_tot.values()):>8}")
print(f"purchase-intent answers in sales threads: {pi_sales_answers}")
print("none kinds: " + ", ".join(f"{k} {v}" for k, v in none_kinds.most_common()))
print("acknowledge kinds: " + ", ".join(f"{k} {v}" for k, v in ack_kinds.most_common()))
print("hard-case tags: " + ", ".join(f"{k} {v}" for k, v in hard.most_common()))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK")
