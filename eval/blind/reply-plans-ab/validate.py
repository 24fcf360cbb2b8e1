#!/usr/bin/env python3
"""Validator for the reply-plans-ab blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
NONE_KINDS = ["already answered by", "user answer", "guidance does not answer this", "agreement with another commenter",
              "thanks to another commenter", "banter", "joke", "tip agreeing with guidance", "user-to-user",
              "others' thread", "tag", "off-topic", "competitor praise", "influencer praise"]
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
passage = {}
for bk, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {bk}: missing {f}")
    g = b["guidance"]
    if not 14 <= len(g) <= 20: err(f"brand {bk}: {len(g)} passages (need 14-20)")
    if {p["language"] for p in g} != LANGS: err(f"brand {bk}: passages do not cover fi/sv/en")
    for k in KINDS:
        if not any(p["kind"] == k for p in g): err(f"brand {bk}: no {k} passage")
    for p in g:
        if not p["id"].startswith(bk + "-g"): err(f"passage id {p['id']} not of brand {bk}")
        if p["id"] in passage: err(f"duplicate passage id {p['id']}")
        if p["kind"] not in KINDS: err(f"{p['id']}: bad kind")
        if p["language"] not in LANGS: err(f"{p['id']}: bad language")
        passage[p["id"]] = dict(p, brand=bk)

ids = set()
cnt = Counter(); bylang = defaultdict(Counter); nonekinds = Counter(); sub = Counter()
threads_n = 0; objc = Counter(); authored = 0; comments_per = []
for bk in brands:
    path = os.path.join(HERE, "threads", f"{bk}.yaml")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    if len(threads) != 8: err(f"{bk}: {len(threads)} threads (need 8)")
    for t in threads:
        threads_n += 1
        tid = t["id"]
        if not re.fullmatch(rf"{bk}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        if t["platform"] not in PLATFORMS: err(f"{tid}: bad platform")
        if t["objective"] not in OBJECTIVES: err(f"{tid}: bad objective")
        objc[t["objective"]] += 1
        for f in ("title", "body"):
            if not t.get(f): err(f"{tid}: missing {f}")
        if t.get("author"): authored += 1
        sales = t["objective"] == "sales"
        cs = t["comments"]; comments_per.append(len(cs))
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        seen = []
        for c in cs:
            cid = c["id"]
            if not re.fullmatch(rf"{tid}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            for f in ("author", "parent", "language", "text", "plan", "reason", "passages", "fact", "purchase_intent"):
                if f not in c: err(f"{cid}: missing {f}")
            if c["parent"] is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} not an earlier comment in the thread")
            plan, lang, reason = c["plan"], c["language"], c["reason"] or ""
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if not isinstance(c["purchase_intent"], bool): err(f"{cid}: purchase_intent not bool")
            if not reason.strip(): err(f"{cid}: empty reason")
            cnt[plan] += 1; bylang[plan][lang] += 1
            if plan in ("answer", "correct"):
                if not c["passages"]: err(f"{cid}: {plan} without passages")
                if not c["fact"]: err(f"{cid}: {plan} without fact")
                for pid in c["passages"]:
                    if pid not in passage: err(f"{cid}: unknown passage {pid}"); continue
                    if passage[pid]["brand"] != bk: err(f"{cid}: passage {pid} of another brand")
                    if passage[pid]["kind"] == "campaign" and not (plan == "answer" and c["purchase_intent"] and sales):
                        err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
                if c["fact"] and not any(c["fact"] in passage[p]["text"] for p in c["passages"] if p in passage):
                    err(f"{cid}: fact {c['fact']!r} not verbatim in listed passages")
                if plan == "answer" and c["purchase_intent"] and sales: sub["answer_pi_sales"] += 1
            else:
                if c["passages"]: err(f"{cid}: {plan} must have passages: []")
                if c["fact"] is not None: err(f"{cid}: {plan} must have fact: null")
            if plan == "none":
                k = next((k for k in NONE_KINDS if reason.startswith(k)), None)
                if not k: err(f"{cid}: none reason does not start with a known kind: {reason[:40]!r}")
                nonekinds[k] += 1
            if plan == "acknowledge":
                if reason.startswith("sarcasm"): sub["sarcasm"] += 1
                if "already contacted support" in reason: sub["ack_already_contacted"] += 1
            m = re.search(r"already answered by (\S+?)[:\s,]", reason + " ")
            if "already answered by" in reason:
                if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' does not name an earlier comment in the thread")
            seen.append(cid)

total = sum(cnt.values())
sub["already_answered"] = nonekinds["already answered by"] + nonekinds["user answer"]
sub["guidance_does_not_answer"] = nonekinds["guidance does not answer this"]
sub["agreement_or_thanks_to_commenter"] = nonekinds["agreement with another commenter"] + nonekinds["thanks to another commenter"]
sub["banter_jokes"] = nonekinds["banter"] + nonekinds["joke"]
sub["tips_agreeing"] = nonekinds["tip agreeing with guidance"]
sub["user_to_user"] = nonekinds["user-to-user"]
MIN = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
SUBMIN = {"answer_pi_sales": 40, "already_answered": 15, "guidance_does_not_answer": 25, "agreement_or_thanks_to_commenter": 20,
          "banter_jokes": 15, "tips_agreeing": 10, "sarcasm": 6, "user_to_user": 10}
for k, v in MIN.items():
    if cnt[k] < v: err(f"count {k} = {cnt[k]} < {v}")
for k, v in SUBMIN.items():
    if sub[k] < v: err(f"count {k} = {sub[k]} < {v}")
if total < 300: err(f"total comments {total} < 300")
if threads_n != 24: err(f"{threads_n} threads (need 24)")
langtot = Counter(); [langtot.update(v) for v in bylang.values()]

print(f"threads: {threads_n}  objectives: {dict(objc)}  with author: {authored}  comments: {total} (per thread {min(comments_per)}-{max(comments_per)})")
print(f"{'plan':<12}{'fi':>6}{'sv':>6}{'en':>6}{'total':>8}")
for p in ["answer", "correct", "acknowledge", "thank", "none"]:
    print(f"{p:<12}{bylang[p]['fi']:>6}{bylang[p]['sv']:>6}{bylang[p]['en']:>6}{cnt[p]:>8}")
print(f"{'total':<12}{langtot['fi']:>6}{langtot['sv']:>6}{langtot['en']:>6}{total:>8}")
print("sub-counts:", ", ".join(f"{k}={sub[k]}" for k in list(SUBMIN) + ["ack_already_contacted"]))
print("none kinds:", ", ".join(f"{k}={v}" for k, v in nonekinds.most_common()))
if errors:
    print(f"\n{len(errors)} ERROR(S):"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
