#!/usr/bin/env python3
"""Validator for the reply-plans-ad evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
# reason prefix -> none kind
NONE_KINDS = [
    ("already answered by", "already_answered"),
    ("user answers themselves", "user_answers_themselves"),
    ("user answer", "user_answer"),
    ("guidance does not answer this", "guidance_does_not_answer"),
    ("agreement", "agreement_or_thanks_to_commenter"),
    ("thanks to commenter", "agreement_or_thanks_to_commenter"),
    ("banter", "banter"),
    ("tip agrees with guidance", "tip_agrees"),
    ("user-to-user", "user_to_user"),
    ("others' thread", "others_thread_praise"),
    ("influencer praise", "influencer_praise"),
    ("competitor", "competitor"),
    ("tag", "tag"),
    ("off-topic", "off_topic"),
    ("answered in the post", "answered_in_post"),
]
MINIMA_PLAN = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
MINIMA_NONE = {"already_answered": 15, "guidance_does_not_answer": 25, "agreement_or_thanks_to_commenter": 20,
               "banter": 15, "tip_agrees": 10, "user_to_user": 10}

errors = []
def err(msg):
    errors.append(msg)

def none_kind(reason):
    r = reason.strip().lower()
    for prefix, kind in NONE_KINDS:
        if r.startswith(prefix):
            return kind
    return None

def main():
    try:
        with open(os.path.join(HERE, "brands.yaml"), encoding="utf-8") as f:
            brands = yaml.safe_load(f)
    except Exception as e:
        print("brands.yaml does not parse:", e); return 1
    passages = {}  # id -> (brand, kind, text)
    for key, b in brands.items():
        for fld in ("name", "objective_default", "terms", "competitors", "guidance"):
            if fld not in b:
                err(f"brand {key}: missing {fld}")
        g = b.get("guidance", [])
        if not 14 <= len(g) <= 20:
            err(f"brand {key}: {len(g)} guidance passages (need 14-20)")
        langs, kinds = set(), set()
        for p in g:
            pid = p.get("id", "")
            if not re.fullmatch(rf"{key}-g\d\d", pid):
                err(f"bad passage id {pid}")
            if pid in passages:
                err(f"duplicate passage id {pid}")
            if p.get("kind") not in KINDS:
                err(f"{pid}: bad kind {p.get('kind')}")
            if p.get("language") not in LANGS:
                err(f"{pid}: bad language {p.get('language')}")
            langs.add(p.get("language")); kinds.add(p.get("kind"))
            passages[pid] = (key, p.get("kind"), p.get("text", ""))
        if langs != LANGS:
            err(f"brand {key}: guidance languages {sorted(langs)} do not cover fi/sv/en")
        if kinds != KINDS:
            err(f"brand {key}: guidance kinds missing {sorted(KINDS - kinds)}")

    plan_lang = defaultdict(Counter)
    none_kinds = Counter()
    sarcasm = already_contacted = answer_pi_sales = 0
    total = 0
    seen_ids = set()
    n_threads, n_author = 0, 0
    objectives = Counter()
    for key in brands:
        path = os.path.join(HERE, "threads", f"{key}.yaml")
        try:
            with open(path, encoding="utf-8") as f:
                threads = yaml.safe_load(f)
        except Exception as e:
            err(f"{path} does not parse: {e}"); continue
        if len(threads) != 8:
            err(f"{key}: {len(threads)} threads (need 8)")
        for t in threads:
            n_threads += 1
            tid = t.get("id", "")
            if not re.fullmatch(rf"{key}-\d\d", tid):
                err(f"bad thread id {tid}")
            if tid in seen_ids:
                err(f"duplicate id {tid}")
            seen_ids.add(tid)
            for fld in ("platform", "objective", "title", "body", "comments"):
                if fld not in t:
                    err(f"{tid}: missing {fld}")
            if t.get("platform") not in PLATFORMS:
                err(f"{tid}: bad platform {t.get('platform')}")
            if t.get("objective") not in OBJECTIVES:
                err(f"{tid}: bad objective {t.get('objective')}")
            objectives[t.get("objective")] += 1
            authored = bool(t.get("author"))
            n_author += authored
            sales = t.get("objective") == "sales"
            cs = t.get("comments", [])
            if not 13 <= len(cs) <= 18:
                err(f"{tid}: {len(cs)} comments (need 13-18)")
            earlier = []
            for c in cs:
                total += 1
                cid = c.get("id", "")
                if not re.fullmatch(rf"{tid}-c\d\d", cid):
                    err(f"bad comment id {cid}")
                if cid in seen_ids:
                    err(f"duplicate id {cid}")
                seen_ids.add(cid)
                for fld in ("author", "parent", "language", "text", "plan", "reason", "passages", "fact", "purchase_intent"):
                    if fld not in c:
                        err(f"{cid}: missing {fld}")
                par = c.get("parent")
                if par is not None and par not in earlier:
                    err(f"{cid}: parent {par} is not an earlier comment of {tid}")
                plan, lang = c.get("plan"), c.get("language")
                if plan not in PLANS:
                    err(f"{cid}: bad plan {plan}")
                if lang not in LANGS:
                    err(f"{cid}: bad language {lang}")
                if not isinstance(c.get("purchase_intent"), bool):
                    err(f"{cid}: purchase_intent must be true/false")
                reason = c.get("reason") or ""
                if not reason.strip():
                    err(f"{cid}: empty reason")
                ps, fact = c.get("passages") or [], c.get("fact")
                if plan in ("answer", "correct"):
                    if not ps:
                        err(f"{cid}: {plan} without passages")
                    if not fact:
                        err(f"{cid}: {plan} without fact")
                    for p in ps:
                        if p not in passages:
                            err(f"{cid}: unknown passage {p}")
                        elif passages[p][0] != key:
                            err(f"{cid}: passage {p} belongs to another brand")
                        elif passages[p][1] == "campaign" and not (plan == "answer" and c.get("purchase_intent") and sales):
                            err(f"{cid}: campaign passage {p} outside an answer with purchase intent in a sales thread")
                    if fact and not any(p in passages and fact in passages[p][2] for p in ps):
                        err(f"{cid}: fact {fact!r} not verbatim in {ps}")
                    if plan == "answer" and c.get("purchase_intent") and sales:
                        answer_pi_sales += 1
                else:
                    if ps or fact is not None:
                        err(f"{cid}: {plan} must have passages [] and fact null")
                if plan == "none":
                    k = none_kind(reason)
                    if k is None:
                        err(f"{cid}: none reason does not start with a known kind: {reason!r}")
                    else:
                        none_kinds[k] += 1
                    if k == "already_answered":
                        m = re.match(r"already answered by (\S+?):", reason)
                        if not m or m.group(1) not in earlier:
                            err(f"{cid}: 'already answered by' must name an earlier comment of {tid}")
                    if k == "others_thread_praise" and not authored:
                        err(f"{cid}: others' thread reason on the brand's own post")
                if plan == "thank" and authored:
                    err(f"{cid}: thank in a thread the brand did not write (should be none: others' thread)")
                if plan == "acknowledge":
                    if reason.lower().startswith("sarcasm"):
                        sarcasm += 1
                    if "already" in reason.lower() and ("contact" in reason.lower() or "email" in reason.lower() or "support" in reason.lower() or "claim" in reason.lower() or "phone" in reason.lower()):
                        already_contacted += 1
                plan_lang[plan][lang] += 1
                earlier.append(cid)

    # minimum counts
    if total < 300:
        err(f"only {total} comments (need 300)")
    for p, n in MINIMA_PLAN.items():
        if sum(plan_lang[p].values()) < n:
            err(f"plan {p}: {sum(plan_lang[p].values())} < {n}")
    for k, n in MINIMA_NONE.items():
        if none_kinds[k] < n:
            err(f"none kind {k}: {none_kinds[k]} < {n}")
    if answer_pi_sales < 40:
        err(f"answers with purchase intent in sales threads: {answer_pi_sales} < 40")
    if sarcasm < 6:
        err(f"sarcasm (acknowledge): {sarcasm} < 6")

    # report
    print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'total':>7}")
    for p in ("answer", "correct", "acknowledge", "thank", "none"):
        row = plan_lang[p]
        print(f"{p:<12}" + "".join(f"{row[l]:>6}" for l in ("fi", "sv", "en")) + f"{sum(row.values()):>7}")
    tot = Counter()
    for p in plan_lang:
        tot.update(plan_lang[p])
    print(f"{'total':<12}" + "".join(f"{tot[l]:>6}" for l in ("fi", "sv", "en")) + f"{total:>7}")
    print(f"\nthreads: {n_threads} (with author: {n_author}); objectives: {dict(objectives)}")
    print(f"answers with purchase intent in sales threads: {answer_pi_sales}")
    print(f"acknowledge: sarcasm {sarcasm}, already contacted support {already_contacted}")
    print("none kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(none_kinds.items(), key=lambda x: -x[1])))
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
