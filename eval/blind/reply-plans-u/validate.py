#!/usr/bin/env python3
"""Validator for the reply-plans-u evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJ = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
NONE_KINDS = [("already answered", "already answered by "), ("user answer", "user answer:"),
              ("guidance does not answer", "guidance does not answer this"),
              ("agreement/thanks to commenter", ("agreement with another commenter", "thanks to another commenter", "thanks to other commenters")),
              ("banter", "banter:"), ("tip agreeing", "tip agreeing with guidance"), ("user-to-user", "user-to-user:"),
              ("others' thread", "others' thread:"), ("influencer praise", "influencer praise:"),
              ("competitor praise", "competitor praise"), ("off-topic", "off-topic:"), ("tag", "tag:")]
def none_kind(reason):
    for name, pre in NONE_KINDS:
        if reason.startswith(pre if isinstance(pre, tuple) else (pre,)): return name
    return None

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
gid = {}
if len(brands) != 3: err("need exactly 3 brands")
for key, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"{key}: missing {f}")
    g = b["guidance"]
    if not 14 <= len(g) <= 20: err(f"{key}: {len(g)} guidance passages")
    if {p["language"] for p in g} != LANGS: err(f"{key}: guidance languages {set(p['language'] for p in g)}")
    if {p["kind"] for p in g} != KINDS: err(f"{key}: guidance kinds {set(p['kind'] for p in g)}")
    for p in g:
        if p["id"] in gid: err(f"duplicate passage id {p['id']}")
        if not p["id"].startswith(key + "-g"): err(f"bad passage id {p['id']}")
        if p["language"] not in LANGS or p["kind"] not in KINDS: err(f"{p['id']}: bad language/kind")
        gid[p["id"]] = (key, p)

ids = set(); plan_lang = Counter(); plan_c = Counter(); lang_c = Counter(); none_c = Counter()
pi_sales_answer = 0; sarcasm = 0; already_contacted = 0; nthreads = Counter(); obj_c = Counter(); authored = 0
total = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands: err(f"{path}: unknown brand"); continue
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t["id"]; nthreads[key] += 1
        if not re.fullmatch(rf"{key}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        if t["platform"] not in PLATFORMS: err(f"{tid}: platform {t['platform']}")
        if t["objective"] not in OBJ: err(f"{tid}: objective")
        obj_c[t["objective"]] += 1
        if t.get("author"): authored += 1
        for f in ("title", "body", "comments"):
            if not t.get(f): err(f"{tid}: missing {f}")
        if not 13 <= len(t["comments"]) <= 18: err(f"{tid}: {len(t['comments'])} comments")
        seen = []
        for cm in t["comments"]:
            cid = cm["id"]; total += 1
            if not re.fullmatch(rf"{tid}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            for f in ("author", "parent", "language", "text", "plan", "reason", "passages", "fact", "purchase_intent"):
                if f not in cm: err(f"{cid}: missing {f}")
            if cm["parent"] is not None and cm["parent"] not in seen: err(f"{cid}: parent {cm['parent']} not earlier in thread")
            if cm["language"] not in LANGS: err(f"{cid}: language")
            if cm["plan"] not in PLANS: err(f"{cid}: plan"); continue
            if not isinstance(cm["purchase_intent"], bool): err(f"{cid}: purchase_intent not bool")
            if not cm["reason"] or "\n" in cm["reason"]: err(f"{cid}: reason must be one line")
            plan = cm["plan"]; plan_c[plan] += 1; lang_c[cm["language"]] += 1; plan_lang[(plan, cm["language"])] += 1
            if plan in ("answer", "correct"):
                if not cm["passages"]: err(f"{cid}: {plan} without passages")
                if not cm["fact"]: err(f"{cid}: {plan} without fact")
                texts = []
                for p in cm["passages"]:
                    if p not in gid: err(f"{cid}: unknown passage {p}"); continue
                    if gid[p][0] != key: err(f"{cid}: passage {p} of another brand")
                    gp = gid[p][1]; texts.append(gp["text"])
                    if gp["kind"] == "campaign" and not (plan == "answer" and cm["purchase_intent"] and t["objective"] == "sales"):
                        err(f"{cid}: campaign passage {p} outside a purchase-intent answer in a sales thread")
                    if gp["kind"] in ("voice", "disclosure"): err(f"{cid}: {gp['kind']} passage cited as an answer")
                if cm["fact"] and not any(cm["fact"] in tx for tx in texts): err(f"{cid}: fact {cm['fact']!r} not verbatim in listed passages")
                if cm["fact"] and len(cm["fact"]) > 90: err(f"{cid}: fact too long")
                if plan == "answer" and cm["purchase_intent"] and t["objective"] == "sales": pi_sales_answer += 1
            else:
                if cm["passages"]: err(f"{cid}: {plan} must have passages []")
                if cm["fact"] is not None: err(f"{cid}: {plan} must have fact null")
            if plan == "none":
                k = none_kind(cm["reason"])
                if not k: err(f"{cid}: none reason has no known kind: {cm['reason'][:50]}")
                none_c[k] += 1
                m = re.match(r"already answered by (\S+?):", cm["reason"])
                if cm["reason"].startswith("already answered by"):
                    if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment")
                if k == "guidance does not answer" and not cm["reason"].startswith("guidance does not answer this"): err(cid)
            if plan == "acknowledge":
                if cm["reason"].startswith("sarcasm"): sarcasm += 1
                if "already" in cm["reason"]: already_contacted += 1
            if plan == "thank" and t.get("author"): err(f"{cid}: thank on a thread the brand did not write (should be none: others' thread)")
            if plan == "none" and none_kind(cm["reason"]) == "others' thread" and not t.get("author"): err(f"{cid}: others' thread on the brand's own post")
            seen.append(cid)

MIN = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
for p, n in MIN.items():
    if plan_c[p] < n: err(f"count {p}={plan_c[p]} < {n}")
if total < 300: err(f"total comments {total} < 300")
if pi_sales_answer < 40: err(f"purchase-intent answers in sales threads {pi_sales_answer} < 40")
NMIN = {"already answered": 15, "guidance does not answer": 25, "agreement/thanks to commenter": 20, "banter": 15,
        "tip agreeing": 10, "user-to-user": 10}
for k, n in NMIN.items():
    if none_c[k] < n: err(f"none kind {k}={none_c[k]} < {n}")
if sarcasm < 6: err(f"sarcasm {sarcasm} < 6")
if any(v != 8 for v in nthreads.values()) or len(nthreads) != 3: err(f"threads per brand {dict(nthreads)}")
if not 8 <= obj_c["sales"] <= 12: err(f"sales threads {obj_c['sales']}")
if not 9 <= authored <= 15: err(f"threads with author {authored}")
lv = [lang_c[l] for l in LANGS]
if max(lv) > 1.25 * min(lv): err(f"languages not roughly equal {dict(lang_c)}")

print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'total':>7}")
for p in ("answer", "correct", "acknowledge", "thank", "none"):
    print(f"{p:<12}" + "".join(f"{plan_lang[(p, l)]:>6}" for l in ("fi", "sv", "en")) + f"{plan_c[p]:>7}")
print(f"{'total':<12}" + "".join(f"{lang_c[l]:>6}" for l in ("fi", "sv", "en")) + f"{total:>7}")
print(f"threads {sum(nthreads.values())} ({dict(obj_c)}), with author {authored}; purchase-intent answers in sales threads {pi_sales_answer}")
print("none kinds: " + ", ".join(f"{k}={v}" for k, v in none_c.most_common()))
print(f"acknowledge: sarcasm={sarcasm}, already contacted support={already_contacted}")
if errors:
    print(f"\n{len(errors)} ERROR(S):"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
