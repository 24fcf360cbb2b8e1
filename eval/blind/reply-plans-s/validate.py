#!/usr/bin/env python3
"""Validator for the reply-plans-s blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"fi", "sv", "en"}
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
# reason prefixes for plan 'none' -> kind
NONE_KINDS = ["already answered by", "self-answered", "guidance does not answer this", "agreement", "banter",
              "tip agrees with guidance", "user-to-user", "others' thread", "competitor praise", "influencer praise",
              "off-topic", "tag"]
MINIMUMS = {  # (description, value getter key, minimum)
    "answer": 100, "answer_pi_sales": 40, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130,
    "already+self": 15, "guidance does not answer this": 25, "agreement": 20, "banter": 15,
    "tip agrees with guidance": 10, "sarcasm": 6, "user-to-user": 10, "already contacted support": 3,
    "total": 300,
}
errors = []
def err(msg): errors.append(msg)

def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except Exception as e:
        err(f"{path}: YAML does not parse: {e}")
        return None

brands = load(os.path.join(HERE, "brands.yaml")) or {}
passages = {}  # id -> (brand, passage)
for bkey, b in brands.items():
    for field in ("name", "objective_default", "terms", "competitors", "guidance"):
        if field not in b: err(f"brand {bkey}: missing {field}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {bkey}: {len(g)} passages, want 14-20")
    if {p.get("language") for p in g} != LANGS: err(f"brand {bkey}: guidance must cover fi, sv and en")
    if not KINDS <= {p.get("kind") for p in g}: err(f"brand {bkey}: missing kinds {KINDS - {p.get('kind') for p in g}}")
    for p in g:
        pid = p.get("id", "")
        if not re.fullmatch(rf"{bkey}-g\d\d", pid): err(f"bad passage id {pid!r} in {bkey}")
        if pid in passages: err(f"duplicate passage id {pid}")
        if p.get("kind") not in KINDS: err(f"{pid}: bad kind {p.get('kind')}")
        if p.get("language") not in LANGS: err(f"{pid}: bad language")
        if not p.get("text"): err(f"{pid}: empty text")
        passages[pid] = (bkey, p)

counts = Counter()
by_plan_lang = defaultdict(Counter)
none_kinds = Counter()
threads_total = 0
thread_ids, comment_ids = set(), set()
sales_threads = author_threads = 0
for bkey in brands:
    path = os.path.join(HERE, "threads", f"{bkey}.yaml")
    threads = load(path) or []
    if len(threads) != 8: err(f"{path}: {len(threads)} threads, want 8")
    for t in threads:
        threads_total += 1
        tid = t.get("id", "")
        if not re.fullmatch(rf"{bkey}-\d\d", tid): err(f"bad thread id {tid!r}")
        if tid in thread_ids: err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform {t.get('platform')}")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        for f in ("title", "body"):
            if not t.get(f): err(f"{tid}: missing {f}")
        sales = t.get("objective") == "sales"
        others = bool(t.get("author"))
        sales_threads += sales; author_threads += others
        cs = t.get("comments", [])
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments, want 13-18")
        seen = []
        for c in cs:
            cid = c.get("id", "")
            if not re.fullmatch(rf"{tid}-c\d\d", cid): err(f"bad comment id {cid!r}")
            if cid in comment_ids: err(f"duplicate comment id {cid}")
            comment_ids.add(cid)
            for f in ("author", "text", "reason"):
                if not c.get(f): err(f"{cid}: missing {f}")
            par = c.get("parent")
            if par is not None and par not in seen: err(f"{cid}: parent {par} is not an earlier comment of {tid}")
            lang, plan, reason = c.get("language"), c.get("plan"), c.get("reason", "")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            pi = c.get("purchase_intent")
            if not isinstance(pi, bool): err(f"{cid}: purchase_intent must be true/false")
            ps, fact = c.get("passages"), c.get("fact")
            if not isinstance(ps, list): err(f"{cid}: passages must be a list"); ps = []
            for pid in ps:
                if pid not in passages: err(f"{cid}: unknown passage {pid}")
                elif passages[pid][0] != bkey: err(f"{cid}: passage {pid} belongs to another brand")
                elif passages[pid][1]["kind"] == "campaign" and not (plan == "answer" and pi and sales):
                    err(f"{cid}: campaign passage {pid} outside an answer with purchase intent in a sales thread")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} without passages")
                if not fact or not isinstance(fact, str): err(f"{cid}: {plan} without fact")
                elif not any(pid in passages and fact in passages[pid][1]["text"] for pid in ps):
                    err(f"{cid}: fact {fact!r} not verbatim in {ps}")
                elif len(fact) > 90: err(f"{cid}: fact too long")
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if fact is not None: err(f"{cid}: {plan} must have fact: null")
            if plan == "thank" and others: err(f"{cid}: thank on a thread the brand did not write (should be none: others' thread)")
            if plan == "none":
                kind = next((k for k in NONE_KINDS if reason.startswith(k)), None)
                if kind is None: err(f"{cid}: none reason must start with a known kind: {reason[:40]!r}")
                none_kinds[kind] += 1
                if kind == "already answered by":
                    m = re.match(r"already answered by ([a-z]{2}-\d\d-c\d\d)", reason)
                    if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment of {tid}")
                if kind == "others' thread" and not others: err(f"{cid}: others' thread on the brand's own post")
            if plan == "acknowledge":
                if reason.startswith("sarcasm"): counts["sarcasm"] += 1
                if reason.startswith("already contacted support"): counts["already contacted support"] += 1
            counts[plan] += 1
            counts["total"] += 1
            by_plan_lang[plan][lang] += 1
            if plan == "answer" and pi and sales: counts["answer_pi_sales"] += 1
            seen.append(cid)

for k in NONE_KINDS: counts[k] = none_kinds[k]
counts["already+self"] = none_kinds["already answered by"] + none_kinds["self-answered"]
for k, v in MINIMUMS.items():
    if counts[k] < v: err(f"minimum not met: {k} = {counts[k]} < {v}")
if not 8 <= sales_threads <= 12: err(f"{sales_threads} sales threads, want about 10")
if not 9 <= author_threads <= 15: err(f"{author_threads} threads with an author, want about half")

print(f"threads: {threads_total}  comments: {counts['total']}  sales threads: {sales_threads}  threads with author: {author_threads}")
print(f"{'plan':<12}{'fi':>6}{'sv':>6}{'en':>6}{'total':>7}")
tot = Counter()
for plan in ["answer", "correct", "acknowledge", "thank", "none"]:
    row = by_plan_lang[plan]; tot.update(row)
    print(f"{plan:<12}{row['fi']:>6}{row['sv']:>6}{row['en']:>6}{sum(row.values()):>7}")
print(f"{'total':<12}{tot['fi']:>6}{tot['sv']:>6}{tot['en']:>6}{sum(tot.values()):>7}")
print(f"answer with purchase intent in sales threads: {counts['answer_pi_sales']}")
print("none kinds: " + ", ".join(f"{k}={none_kinds[k]}" for k in NONE_KINDS))
print(f"acknowledge: sarcasm={counts['sarcasm']}, already contacted support={counts['already contacted support']}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
