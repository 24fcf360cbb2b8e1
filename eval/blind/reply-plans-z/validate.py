#!/usr/bin/env python3
"""Validator for the reply-plans-z evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
errors = []
def err(m): errors.append(m)

# none kinds by reason prefix
NONE_KINDS = [
    ("already answered by ", "already_answered"),
    ("user answers themselves", "self_answered"),
    ("guidance does not answer this", "guidance_not"),
    ("agreement:", "agreement"),
    ("banter:", "banter"),
    ("tip agrees with guidance", "tip"),
    ("user-to-user:", "user_to_user"),
    ("others' thread:", "others_thread"),
    ("competitor praise:", "competitor_praise"),
    ("influencer praise:", "influencer_praise"),
    ("off-topic:", "off_topic"),
]
def none_kind(reason):
    for pre, k in NONE_KINDS:
        if reason.startswith(pre):
            return k
    return None

brands = yaml.safe_load(open(os.path.join(ROOT, "brands.yaml"), encoding="utf-8"))
passages = {}
for bk, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {bk}: missing {f}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {bk}: {len(g)} passages (need 14-20)")
    langs = Counter(); kinds = Counter()
    for p in g:
        pid = p.get("id")
        if pid in passages: err(f"duplicate passage id {pid}")
        if not str(pid).startswith(bk + "-g"): err(f"passage {pid} not prefixed by {bk}-g")
        if p.get("kind") not in KINDS: err(f"{pid}: bad kind {p.get('kind')}")
        if p.get("language") not in LANGS: err(f"{pid}: bad language")
        if not p.get("text"): err(f"{pid}: empty text")
        passages[pid] = dict(p, brand=bk)
        langs[p.get("language")] += 1; kinds[p.get("kind")] += 1
    for l in LANGS:
        if not langs[l]: err(f"brand {bk}: no passage in {l}")
    for k in KINDS:
        if not kinds[k]: err(f"brand {bk}: no passage of kind {k}")

plan_lang = defaultdict(Counter)
nonek = Counter(); other = Counter()
all_ids = set(); nthreads = 0; ncomments = 0
thread_files = sorted(glob.glob(os.path.join(ROOT, "threads", "*.yaml")))
for tf in thread_files:
    bk = os.path.splitext(os.path.basename(tf))[0]
    if bk not in brands: err(f"{tf}: unknown brand"); continue
    threads = yaml.safe_load(open(tf, encoding="utf-8"))
    if len(threads) != 8: err(f"{bk}: {len(threads)} threads (need 8)")
    for t in threads:
        nthreads += 1
        tid = t.get("id", "")
        if not re.fullmatch(rf"{bk}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in all_ids: err(f"duplicate id {tid}")
        all_ids.add(tid)
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        for f in ("title", "body"):
            if not t.get(f): err(f"{tid}: missing {f}")
        has_author = bool(t.get("author"))
        other["threads_with_author"] += has_author
        other["sales_threads"] += t.get("objective") == "sales"
        cs = t.get("comments", [])
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        seen = []
        for c in cs:
            ncomments += 1
            cid = c.get("id", "")
            if not re.fullmatch(rf"{re.escape(tid)}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in all_ids: err(f"duplicate id {cid}")
            all_ids.add(cid)
            for f in ("author", "language", "text", "plan", "reason", "passages", "purchase_intent"):
                if f not in c: err(f"{cid}: missing {f}")
            if "fact" not in c or "parent" not in c: err(f"{cid}: missing fact/parent key")
            par = c.get("parent")
            if par is not None and par not in seen: err(f"{cid}: parent {par} is not an earlier comment in the thread")
            plan = c.get("plan"); lang = c.get("language")
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent not bool")
            reason = c.get("reason") or ""
            if not reason.strip(): err(f"{cid}: empty reason")
            ps = c.get("passages") or []
            fact = c.get("fact")
            for pid in ps:
                if pid not in passages: err(f"{cid}: unknown passage {pid}")
                elif passages[pid]["brand"] != bk: err(f"{cid}: passage {pid} of another brand")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} without passages")
                if not fact: err(f"{cid}: {plan} without fact")
                elif not any(fact in passages.get(pid, {}).get("text", "") for pid in ps):
                    err(f"{cid}: fact {fact!r} not verbatim in {ps}")
                elif len(fact) > 70: err(f"{cid}: fact too long")
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if fact is not None: err(f"{cid}: {plan} must have fact: null")
            for pid in ps:
                if passages.get(pid, {}).get("kind") == "campaign":
                    if not (plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales"):
                        err(f"{cid}: campaign passage outside an answer with purchase intent in a sales thread")
            if plan == "thank" and has_author:
                err(f"{cid}: thank in a thread the brand did not write (should be none: others' thread)")
            if plan == "none":
                k = none_kind(reason)
                if k is None: err(f"{cid}: none reason has no known kind prefix: {reason[:40]!r}")
                else: nonek[k] += 1
                m = re.match(r"already answered by (\S+?):", reason)
                if k == "already_answered":
                    if not m: err(f"{cid}: 'already answered by' without id")
                    elif m.group(1) not in seen: err(f"{cid}: already answered by {m.group(1)}, not an earlier comment")
            if plan == "acknowledge":
                if reason.startswith("sarcasm:"): other["sarcasm"] += 1
                if "already contacted" in reason: other["ack_already_contacted_support"] += 1
                if "price" in reason: other["ack_complaint_with_price"] += 1
            if plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales":
                other["answer_pi_sales"] += 1
            if "honest answer is no" in reason: other["pi_honest_no"] += 1
            if "several questions" in reason: other["several_questions"] += 1
            if "as a joke" in reason: other["wrong_claim_as_joke"] += 1
            if "competitor" in reason: other["competitor_mentions"] += 1
            plan_lang[plan][lang] += 1
            seen.append(cid)

# ---- table
tot = Counter()
print(f"{'plan':<12}{'fi':>6}{'sv':>6}{'en':>6}{'total':>8}")
for p in ["answer", "correct", "acknowledge", "thank", "none"]:
    r = plan_lang[p]; s = sum(r.values())
    for l in LANGS: tot[l] += r[l]
    print(f"{p:<12}{r['fi']:>6}{r['sv']:>6}{r['en']:>6}{s:>8}")
print(f"{'total':<12}{tot['fi']:>6}{tot['sv']:>6}{tot['en']:>6}{sum(tot.values()):>8}")
print(f"threads: {nthreads}, comments: {ncomments}, passages: {len(passages)}")
print("none kinds:", dict(sorted(nonek.items())))
print("other:", dict(sorted(other.items())))

# ---- minimums
P = {p: sum(plan_lang[p].values()) for p in PLANS}
mins = [("comments", ncomments, 300), ("threads", nthreads, 24),
        ("answer", P["answer"], 100), ("answer with purchase intent in sales threads", other["answer_pi_sales"], 40),
        ("correct", P["correct"], 20), ("acknowledge", P["acknowledge"], 35), ("thank", P["thank"], 25),
        ("none", P["none"], 130), ("none: already answered", nonek["already_answered"], 15),
        ("none: user answers themselves", nonek["self_answered"], 1),
        ("none: guidance does not answer", nonek["guidance_not"], 25), ("none: agreement", nonek["agreement"], 20),
        ("none: banter", nonek["banter"], 15), ("none: tip", nonek["tip"], 10),
        ("none: user-to-user", nonek["user_to_user"], 10), ("acknowledge: sarcasm", other["sarcasm"], 6),
        ("acknowledge: already contacted support", other["ack_already_contacted_support"], 1),
        ("acknowledge: complaint asking price", other["ack_complaint_with_price"], 1)]
for name, v, m in mins:
    if v < m: err(f"minimum not met: {name} = {v} < {m}")
if not 8 <= other["sales_threads"] <= 12: err(f"sales threads {other['sales_threads']} (about 10 wanted)")
lt = [tot[l] for l in LANGS]
if min(lt) < 0.8 * max(lt): err(f"languages not roughly equal: {dict(tot)}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")
