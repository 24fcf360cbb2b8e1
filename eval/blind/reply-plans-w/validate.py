#!/usr/bin/env python3
"""Validator for the reply-plans-w blind evaluation set. Exit 0 when everything holds."""
import os, re, sys, collections, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer","correct","acknowledge","thank","none"}
LANGS = {"fi","sv","en"}
KINDS = {"fact","faq","support","campaign","voice","disclosure"}
OBJ = {"sales","trust","awareness","behaviour_change"}
PLATFORMS = {"instagram","facebook","tiktok","x","linkedin","youtube","reddit"}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE,"brands.yaml"),encoding="utf-8"))
passages = {}
if len(brands) != 3: err(f"expected 3 brands, got {len(brands)}")
for key, b in brands.items():
    for f in ("name","objective_default","terms","competitors","guidance"):
        if f not in b: err(f"brand {key} missing {f}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {key}: {len(g)} passages (need 14-20)")
    kinds = collections.Counter(p["kind"] for p in g)
    langs = collections.Counter(p["language"] for p in g)
    for k in KINDS:
        if kinds[k] == 0: err(f"brand {key}: no {k} passage")
    for l in LANGS:
        if langs[l] == 0: err(f"brand {key}: no passage in {l}")
    for p in g:
        if p["id"] in passages: err(f"duplicate passage id {p['id']}")
        if not p["id"].startswith(key+"-g"): err(f"passage id {p['id']} not of brand {key}")
        if p["kind"] not in KINDS: err(f"{p['id']}: bad kind {p['kind']}")
        if p["language"] not in LANGS: err(f"{p['id']}: bad language")
        passages[p["id"]] = dict(p, brand=key)

NONE_KINDS = [("already answered by","already_answered"),("user answers themselves","self_answer"),("user answer","user_answer"),
  ("guidance does not answer this","guidance_does_not_answer"),("agreement with commenter","agreement_thanks_commenter"),
  ("thanks to commenter","agreement_thanks_commenter"),("banter","banter_joke"),("tip agreeing with guidance","tip_agrees"),
  ("user-to-user","user_to_user"),("others' thread","others_thread_praise"),("competitor praise","competitor_praise"),
  ("influencer praise","influencer_praise"),("off-topic","off_topic"),("tag","tag")]
ids = set(); counts = collections.Counter(); table = collections.Counter(); none_kinds = collections.Counter()
ack_kinds = collections.Counter(); threads_n = 0; sales_threads = 0; authored = 0; total = 0
pi_answer_sales = 0; by_lang = collections.Counter()
for key in brands:
    path = os.path.join(HERE,"threads",f"{key}.yaml")
    threads = yaml.safe_load(open(path,encoding="utf-8"))
    if len(threads) != 8: err(f"{key}: {len(threads)} threads (need 8)")
    for t in threads:
        threads_n += 1
        tid = t["id"]
        if not re.fullmatch(rf"{key}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        for f in ("platform","objective","title","body","comments"):
            if f not in t: err(f"{tid}: missing {f}")
        if t["platform"] not in PLATFORMS: err(f"{tid}: bad platform")
        if t["objective"] not in OBJ: err(f"{tid}: bad objective")
        sales = t["objective"] == "sales"; sales_threads += sales
        has_author = bool(t.get("author")); authored += has_author
        cs = t["comments"]
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        seen = []
        for c in cs:
            cid = c["id"]; total += 1
            if not cid.startswith(tid+"-c"): err(f"{cid}: id not in thread {tid}")
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            for f in ("author","parent","language","text","plan","reason","passages","fact","purchase_intent"):
                if f not in c: err(f"{cid}: missing {f}")
            if c["parent"] is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} is not an earlier comment of {tid}")
            if c["language"] not in LANGS: err(f"{cid}: bad language")
            plan = c["plan"]
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if not isinstance(c["purchase_intent"], bool): err(f"{cid}: purchase_intent not bool")
            if not c.get("reason"): err(f"{cid}: empty reason")
            counts[plan] += 1; table[(plan, c["language"])] += 1; by_lang[c["language"]] += 1
            ps = c["passages"] or []
            if plan in ("answer","correct"):
                if not ps: err(f"{cid}: {plan} without passages")
                if not c["fact"]: err(f"{cid}: {plan} without fact")
                for p in ps:
                    if p not in passages: err(f"{cid}: unknown passage {p}")
                    elif passages[p]["brand"] != key: err(f"{cid}: passage {p} of another brand")
                    elif passages[p]["kind"] == "campaign" and not (plan == "answer" and c["purchase_intent"] and sales):
                        err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
                if c["fact"] and not any(p in passages and c["fact"] in passages[p]["text"] for p in ps):
                    err(f"{cid}: fact {c['fact']!r} not verbatim in {ps}")
                if c["fact"] and len(c["fact"]) > 80: err(f"{cid}: fact too long")
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if c["fact"] is not None: err(f"{cid}: {plan} must have fact: null")
            if plan == "answer" and c["purchase_intent"] and sales: pi_answer_sales += 1
            r = c["reason"]
            if plan == "none":
                for pre, kind in NONE_KINDS:
                    if r.startswith(pre):
                        none_kinds[kind] += 1; break
                else:
                    err(f"{cid}: none reason has no known kind prefix: {r[:40]!r}")
                if has_author is False and r.startswith("others' thread"): err(f"{cid}: others' thread on the brand's own post")
            if plan == "thank" and has_author: err(f"{cid}: thank in a thread the brand did not write")
            if plan == "acknowledge":
                if r.startswith("sarcasm"): ack_kinds["sarcasm"] += 1
                elif r.startswith("already contacted support"): ack_kinds["already_contacted_support"] += 1
                elif r.startswith("complaint that also asks a price"): ack_kinds["complaint_asking_price"] += 1
                else: ack_kinds["complaint"] += 1
            m = re.search(r"already answered by (\S+?):", r)
            if m:
                if m.group(1) not in seen: err(f"{cid}: 'already answered by {m.group(1)}' is not an earlier comment")
            elif r.startswith("already answered by"): err(f"{cid}: malformed already-answered reason")
            seen.append(cid)

MIN = dict(answer=100, correct=20, acknowledge=35, thank=25, none=130)
for p, n in MIN.items():
    if counts[p] < n: err(f"count {p}={counts[p]} < {n}")
if total < 300: err(f"total comments {total} < 300")
if pi_answer_sales < 40: err(f"purchase-intent answers in sales threads {pi_answer_sales} < 40")
NMIN = dict(already_answered=15, guidance_does_not_answer=25, agreement_thanks_commenter=20, banter_joke=15, tip_agrees=10, user_to_user=10)
for k, n in NMIN.items():
    if none_kinds[k] < n: err(f"none kind {k}={none_kinds[k]} < {n}")
if ack_kinds["sarcasm"] < 6: err(f"sarcasm {ack_kinds['sarcasm']} < 6")
if threads_n != 24: err(f"{threads_n} threads (need 24)")
lo, hi = min(by_lang.values()), max(by_lang.values())
if hi > 1.25 * lo: err(f"languages unbalanced: {dict(by_lang)}")

plans = ["answer","correct","acknowledge","thank","none"]
print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in ["fi","sv","en"]) + f"{'total':>7}")
for p in plans:
    print(f"{p:<12}" + "".join(f"{table[(p,l)]:>6}" for l in ["fi","sv","en"]) + f"{counts[p]:>7}")
print(f"{'total':<12}" + "".join(f"{by_lang[l]:>6}" for l in ["fi","sv","en"]) + f"{total:>7}")
print(f"threads {threads_n} (sales {sales_threads}, with author {authored}); purchase-intent answers in sales threads: {pi_answer_sales}")
print("none kinds:", dict(sorted(none_kinds.items())))
print("acknowledge kinds:", dict(sorted(ack_kinds.items())))
if errors:
    print(f"\n{len(errors)} ERROR(S):"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
