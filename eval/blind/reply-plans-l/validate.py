#!/usr/bin/env python3
"""Validator for the reply-plans-l evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, sys, re, yaml
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer","correct","acknowledge","thank","none"}
LANGS = {"fi","sv","en"}
KINDS = {"fact","faq","support","campaign","voice","disclosure"}
OBJ = {"sales","trust","awareness","behaviour_change"}
PLATFORMS = {"instagram","facebook","tiktok","x","linkedin","youtube","reddit"}
errs = []
def err(m): errs.append(m)

brands = yaml.safe_load(open(os.path.join(HERE,"brands.yaml"), encoding="utf-8"))
gid = {}
for bk, b in brands.items():
    for f in ("name","objective_default","terms","competitors","guidance"):
        if f not in b: err(f"brand {bk}: missing {f}")
    g = b["guidance"]
    if not 14 <= len(g) <= 20: err(f"brand {bk}: {len(g)} passages (need 14-20)")
    langs = Counter(); kinds = Counter()
    for p in g:
        if p["id"] in gid: err(f"duplicate passage id {p['id']}")
        if not re.fullmatch(rf"{bk}-g\d\d", p["id"]): err(f"bad passage id {p['id']}")
        if p["kind"] not in KINDS: err(f"{p['id']}: bad kind")
        if p["language"] not in LANGS: err(f"{p['id']}: bad language")
        gid[p["id"]] = (bk, p); langs[p["language"]] += 1; kinds[p["kind"]] += 1
    for l in LANGS:
        if not langs[l]: err(f"brand {bk}: no {l} passage")
    for k in KINDS:
        if not kinds[k]: err(f"brand {bk}: no {k} passage")

cnt = Counter(); planlang = Counter(); nonekinds = Counter(); extra = Counter()
threads_n = 0; ids = set(); obj = Counter(); authored = 0
NONE_KINDS = [("already answered by","already_answered"),("commenter answer","commenter_answer"),
    ("guidance does not answer this","not_in_guidance"),("thanks to commenter","agreement_thanks"),
    ("agreement","agreement_thanks"),("banter","banter_joke"),("joke","banter_joke"),
    ("tip agreeing with guidance","tip_agreeing"),("user-to-user","user_to_user"),("tag","tag"),
    ("influencer praise","influencer_praise"),("competitor","competitor"),("off-topic","off_topic"),("tip","tip_other")]
for bk in brands:
    threads = yaml.safe_load(open(os.path.join(HERE,"threads",bk+".yaml"), encoding="utf-8"))
    if len(threads) != 8: err(f"{bk}: {len(threads)} threads (need 8)")
    for t in threads:
        threads_n += 1
        tid = t["id"]
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        if not re.fullmatch(rf"{bk}-\d\d", tid): err(f"bad thread id {tid}")
        if t["platform"] not in PLATFORMS: err(f"{tid}: bad platform")
        if t["objective"] not in OBJ: err(f"{tid}: bad objective")
        obj[t["objective"]] += 1
        if t.get("author"): authored += 1
        for f in ("title","body","comments"):
            if not t.get(f): err(f"{tid}: missing {f}")
        cs = t["comments"]
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        seen = {}
        for c in cs:
            cid = c["id"]
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            if not cid.startswith(tid+"-c"): err(f"{cid}: not in thread {tid}")
            if c["parent"] is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} not an earlier comment of {tid}")
            if c["plan"] not in PLANS: err(f"{cid}: bad plan")
            if c["language"] not in LANGS: err(f"{cid}: bad language")
            if not isinstance(c["purchase_intent"], bool): err(f"{cid}: purchase_intent not bool")
            if not c.get("reason") or not c.get("text") or not c.get("author"): err(f"{cid}: missing reason/text/author")
            pl, ps, fact = c["plan"], c["passages"], c["fact"]
            if pl in ("answer","correct"):
                if not ps: err(f"{cid}: {pl} without passages")
                if not fact: err(f"{cid}: {pl} without fact")
                for p in ps:
                    if p not in gid: err(f"{cid}: unknown passage {p}"); continue
                    if gid[p][0] != bk: err(f"{cid}: passage {p} not of brand {bk}")
                    if gid[p][1]["kind"] == "campaign" and not (pl == "answer" and c["purchase_intent"] and t["objective"] == "sales"):
                        err(f"{cid}: campaign passage {p} outside a purchase-intent answer in a sales thread")
                    if gid[p][1]["kind"] in ("voice","disclosure"): err(f"{cid}: cites {gid[p][1]['kind']} passage")
                if fact and not any(p in gid and fact in gid[p][1]["text"] for p in ps):
                    err(f"{cid}: fact {fact!r} not verbatim in {ps}")
            else:
                if ps: err(f"{cid}: {pl} must have passages: []")
                if fact is not None: err(f"{cid}: {pl} must have fact: null")
            r = c["reason"]
            m = re.match(r"already answered by (\S+?):", r)
            if r.startswith("already answered by"):
                if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment: {r}")
            if pl == "none":
                k = next((v for pre, v in NONE_KINDS if r.startswith(pre)), None)
                if k is None: err(f"{cid}: none reason does not start with a known kind: {r}")
                nonekinds[k] += 1
            if pl == "acknowledge" and (r.startswith("sarcasm") or r.startswith("sarcastic")): extra["sarcasm (acknowledge)"] += 1
            if pl == "acknowledge" and "already" in r: extra["acknowledge, already contacted support"] += 1
            if pl == "answer" and c["purchase_intent"] and t["objective"] == "sales": extra["answer with purchase intent in sales threads"] += 1
            cnt[pl] += 1; planlang[(pl, c["language"])] += 1
            seen[cid] = c

MIN = {"answer":100,"correct":20,"acknowledge":35,"thank":25,"none":130}
for k, v in MIN.items():
    if cnt[k] < v: err(f"plan {k}: {cnt[k]} < {v}")
NMIN = {"already_answered":15,"commenter_answer":15,"not_in_guidance":25,"agreement_thanks":20,"banter_joke":15,"tip_agreeing":10,"user_to_user":10}
for k, v in NMIN.items():
    if nonekinds[k] < v: err(f"none kind {k}: {nonekinds[k]} < {v}")
if extra["sarcasm (acknowledge)"] < 6: err("sarcasm < 6")
if extra["answer with purchase intent in sales threads"] < 40: err("answer with purchase intent in sales threads < 40")
total = sum(cnt.values())
if total < 300: err(f"total comments {total} < 300")
if threads_n != 24: err(f"{threads_n} threads (need 24)")

print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in sorted(LANGS)) + f"{'total':>7}")
for pl in ["answer","correct","acknowledge","thank","none"]:
    print(f"{pl:<12}" + "".join(f"{planlang[(pl,l)]:>6}" for l in sorted(LANGS)) + f"{cnt[pl]:>7}")
print(f"{'total':<12}" + "".join(f"{sum(planlang[(p,l)] for p in PLANS):>6}" for l in sorted(LANGS)) + f"{total:>7}")
print("\nnone kinds:", dict(sorted(nonekinds.items())))
print("extra:", dict(extra))
print("threads:", threads_n, "objectives:", dict(obj), "with author:", authored)
if errs:
    print(f"\n{len(errs)} ERRORS:"); [print(" -", e) for e in errs]; sys.exit(1)
print("\nOK"); sys.exit(0)
