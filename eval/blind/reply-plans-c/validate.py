#!/usr/bin/env python3
"""Validator for the reply-plans-c blind evaluation set. Run: python3 validate.py (exit 0 = valid)."""
import os, re, sys
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = ["answer", "correct", "acknowledge", "thank", "none"]
LANGS = ["fi", "sv", "en"]
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
# none reasons must start with one of these kinds (text before the first ':')
NONE_KINDS = {
    "already answered by": "already_answered",
    "user answer": "user_answer",
    "guidance does not answer this": "not_in_guidance",
    "agreement": "agreement_thanks",
    "thanks to another commenter": "agreement_thanks",
    "banter": "banter",
    "tip": "tip",
    "user-to-user": "user_to_user",
    "competitor praise": "competitor_praise",
    "off-topic": "off_topic",
    "tag": "tag",
}
MINIMUMS = {"comments": 300, "answer": 100, "answer_pi_sales": 40, "correct": 20, "acknowledge": 35,
            "thank": 25, "none": 130}
NONE_MIN = {"already_answered": 15, "not_in_guidance": 25, "agreement_thanks": 20, "banter": 15,
            "tip": 10, "user_to_user": 10}
SARCASM_MIN = 6

errors = []
def err(msg):
    errors.append(msg)

def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)

brands = load(os.path.join(HERE, "brands.yaml"))
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must map exactly 3 brand keys")
passage = {}   # id -> (brand, kind, language, text)
for bkey, b in brands.items():
    for field in ("name", "objective_default", "terms", "competitors", "guidance"):
        if field not in b:
            err(f"brand {bkey}: missing {field}")
    g = b.get("guidance") or []
    if not 14 <= len(g) <= 20:
        err(f"brand {bkey}: {len(g)} guidance passages (need 14-20)")
    langs, kinds = set(), set()
    for p in g:
        pid = p.get("id", "")
        if not re.fullmatch(rf"{re.escape(bkey)}-g\d\d", pid):
            err(f"bad passage id {pid!r} in {bkey}")
        if pid in passage:
            err(f"duplicate passage id {pid}")
        if p.get("kind") not in KINDS:
            err(f"{pid}: bad kind {p.get('kind')}")
        if p.get("language") not in LANGS:
            err(f"{pid}: bad language {p.get('language')}")
        if not isinstance(p.get("text"), str) or len(p["text"]) < 20:
            err(f"{pid}: missing text")
        langs.add(p.get("language")); kinds.add(p.get("kind"))
        passage[pid] = (bkey, p.get("kind"), p.get("language"), p.get("text", ""))
    if langs != set(LANGS):
        err(f"brand {bkey}: guidance languages {sorted(langs)} do not cover fi, sv, en")
    if kinds != KINDS:
        err(f"brand {bkey}: guidance kinds missing {sorted(KINDS - kinds)}")

table = defaultdict(Counter)        # plan -> language -> n
none_kinds = Counter()
stats = Counter()
thread_ids, comment_ids = set(), set()
objectives = Counter()
cross_language = 0
for bkey in brands:
    path = os.path.join(HERE, "threads", f"{bkey}.yaml")
    if not os.path.exists(path):
        err(f"missing {path}"); continue
    threads = load(path)
    if not isinstance(threads, list) or len(threads) != 8:
        err(f"{bkey}: need a list of 8 threads")
        threads = threads or []
    for t in threads:
        tid = t.get("id", "")
        if not re.fullmatch(rf"{re.escape(bkey)}-\d\d", tid):
            err(f"bad thread id {tid!r}")
        if tid in thread_ids:
            err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if t.get("platform") not in PLATFORMS:
            err(f"{tid}: bad platform {t.get('platform')}")
        if t.get("objective") not in OBJECTIVES:
            err(f"{tid}: bad objective {t.get('objective')}")
        objectives[t.get("objective")] += 1
        for f in ("title", "body"):
            if not t.get(f):
                err(f"{tid}: missing {f}")
        comments = t.get("comments") or []
        if not 13 <= len(comments) <= 18:
            err(f"{tid}: {len(comments)} comments (need 13-18)")
        seen = {}   # id -> index
        sales = t.get("objective") == "sales"
        for i, c in enumerate(comments):
            cid = c.get("id", "")
            if not re.fullmatch(rf"{re.escape(tid)}-c\d\d", cid):
                err(f"bad comment id {cid!r} in {tid}")
            if cid in comment_ids:
                err(f"duplicate comment id {cid}")
            comment_ids.add(cid)
            for f in ("author", "text", "reason"):
                if not isinstance(c.get(f), str) or not c.get(f).strip():
                    err(f"{cid}: missing {f}")
            par = c.get("parent", "MISSING")
            if par == "MISSING":
                err(f"{cid}: parent key missing")
            elif par is not None and par not in seen:
                err(f"{cid}: parent {par} is not an earlier comment in {tid}")
            lang, plan = c.get("language"), c.get("plan")
            if lang not in LANGS:
                err(f"{cid}: bad language {lang}")
            if plan not in PLANS:
                err(f"{cid}: bad plan {plan}")
            pi = c.get("purchase_intent")
            if not isinstance(pi, bool):
                err(f"{cid}: purchase_intent must be true/false")
            pas, fact, reason = c.get("passages"), c.get("fact"), c.get("reason", "")
            if not isinstance(pas, list):
                err(f"{cid}: passages must be a list"); pas = []
            if plan in ("answer", "correct"):
                if not pas:
                    err(f"{cid}: {plan} needs passages")
                if not isinstance(fact, str) or not fact.strip():
                    err(f"{cid}: {plan} needs a fact")
                elif len(fact) > 60:
                    err(f"{cid}: fact too long ({len(fact)} chars)")
                for pid in pas:
                    if pid not in passage:
                        err(f"{cid}: unknown passage {pid}")
                    elif passage[pid][0] != bkey:
                        err(f"{cid}: passage {pid} belongs to another brand")
                    elif passage[pid][1] == "campaign" and not (plan == "answer" and pi is True and sales):
                        err(f"{cid}: campaign passage {pid} outside a purchase-intent answer in a sales thread")
                if isinstance(fact, str) and not any(fact in passage[p][3] for p in pas if p in passage):
                    err(f"{cid}: fact {fact!r} not verbatim in {pas}")
                if all(p in passage and passage[p][2] != lang for p in pas) and pas:
                    cross_language += 1
            else:
                if pas:
                    err(f"{cid}: {plan} must have passages: []")
                if fact is not None:
                    err(f"{cid}: {plan} must have fact: null")
            if plan == "none":
                head = reason.split(":", 1)[0].strip()
                kind = None
                m = re.match(r"already answered by ([\w-]+)", reason)
                if m:
                    kind = "already_answered"
                    ref = m.group(1)
                    if ref not in seen:
                        err(f"{cid}: 'already answered by {ref}' does not name an earlier comment in {tid}")
                else:
                    kind = NONE_KINDS.get(head)
                if kind is None:
                    err(f"{cid}: none reason must start with a known kind, got {head!r}")
                else:
                    none_kinds[kind] += 1
                    if kind == "agreement_thanks" and par is None:
                        err(f"{cid}: agreement/thanks to another commenter must have a parent")
            elif "already answered by" in reason:
                err(f"{cid}: 'already answered' reason on a non-none plan")
            if plan != "none" and reason.startswith("guidance does not answer this"):
                err(f"{cid}: 'guidance does not answer this' must be plan none")
            if plan == "acknowledge":
                if reason.startswith("sarcasm:"):
                    stats["sarcasm"] += 1
                if "already contacted" in reason or "already reported" in reason or "already used" in reason or "already dealt" in reason:
                    stats["ack_after_support_contact"] += 1
                if "asks a price" in reason or "asks about a price" in reason or "asks about money" in reason:
                    stats["ack_complaint_asks_price"] += 1
            if plan == "answer" and pi and sales:
                stats["answer_pi_sales"] += 1
            if plan == "answer" and "honest answer is no" in reason:
                stats["answer_honest_no"] += 1
            if plan == "correct" and "joke" in reason:
                stats["correct_as_joke"] += 1
            if plan == "answer" and "phrased as a complaint" in reason:
                stats["question_phrased_as_complaint"] += 1
            table[plan][lang] += 1
            seen[cid] = i

# counts
tot = Counter()
for plan in PLANS:
    for lang in LANGS:
        tot[plan] += table[plan][lang]
lang_tot = Counter({l: sum(table[p][l] for p in PLANS) for l in LANGS})
n = sum(tot.values())
got = dict(tot); got["comments"] = n; got["answer_pi_sales"] = stats["answer_pi_sales"]
for k, v in MINIMUMS.items():
    if got.get(k, 0) < v:
        err(f"minimum not met: {k} = {got.get(k, 0)} < {v}")
for k, v in NONE_MIN.items():
    if none_kinds[k] < v:
        err(f"minimum not met: none/{k} = {none_kinds[k]} < {v}")
if stats["sarcasm"] < SARCASM_MIN:
    err(f"minimum not met: sarcasm = {stats['sarcasm']} < {SARCASM_MIN}")
if len(thread_ids) != 24:
    err(f"need 24 threads, got {len(thread_ids)}")
if not 8 <= objectives["sales"] <= 12:
    err(f"about 10 sales threads expected, got {objectives['sales']}")
for l in LANGS:
    share = lang_tot[l] / n if n else 0
    if not 0.25 <= share <= 0.42:
        err(f"language {l} share {share:.0%} not roughly equal")

# report
print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in LANGS) + f"{'total':>7}")
for plan in PLANS:
    print(f"{plan:<12}" + "".join(f"{table[plan][l]:>6}" for l in LANGS) + f"{tot[plan]:>7}")
print(f"{'total':<12}" + "".join(f"{lang_tot[l]:>6}" for l in LANGS) + f"{n:>7}")
print()
print("threads:", len(thread_ids), "| objectives:", dict(objectives))
print("guidance passages:", len(passage), "| per brand:", {b: sum(1 for p in passage.values() if p[0] == b) for b in brands})
print("none kinds:", dict(sorted(none_kinds.items())))
print("answer with purchase intent in sales threads:", stats["answer_pi_sales"])
print("answer/correct whose fact is in another language than the comment:", cross_language)
print("hard cases:", {k: v for k, v in sorted(stats.items()) if k != "answer_pi_sales"})
if errors:
    print(f"\nFAILED: {len(errors)} error(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")
