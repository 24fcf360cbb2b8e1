#!/usr/bin/env python3
"""Validator for the reply-plans-y blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, yaml
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
errs = []
def err(m): errs.append(m)
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJ = {"sales", "trust", "awareness", "behaviour_change"}
PLAT = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
NONE_KINDS = {
    "already": ("already answered by ",),
    "answered_later": ("answered in thread by ",),
    "user_answer": ("correct user answer",),
    "gdna": ("guidance does not answer this",),
    "agreement": ("agreement with another commenter", "thanks aimed at another commenter", "thanks aimed at other commenters"),
    "banter": ("banter",),
    "tip": ("tip that agrees with the guidance",),
    "u2u": ("user-to-user",),
    "others_thread": ("others' thread",),
    "author_praise": ("praise of author",),
    "competitor": ("competitor praise",),
    "tag": ("tag:",),
    "offtopic": ("off-topic",),
}
def none_kind(r):
    for k, ps in NONE_KINDS.items():
        if any(r.startswith(p) for p in ps): return k
    return None

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
gtext = {}
gkind = {}
for b, d in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in d: err(f"brand {b}: missing {f}")
    g = d.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {b}: {len(g)} passages (need 14-20)")
    langs = {p["language"] for p in g}
    if langs != LANGS: err(f"brand {b}: guidance languages {langs}")
    kinds = {p["kind"] for p in g}
    for k in ("support", "campaign", "voice", "disclosure", "fact", "faq"):
        if k not in kinds: err(f"brand {b}: no {k} passage")
    for p in g:
        if not re.fullmatch(rf"{b}-g\d\d", p["id"]): err(f"bad passage id {p['id']}")
        if p["id"] in gtext: err(f"duplicate passage id {p['id']}")
        if p["kind"] not in KINDS: err(f"{p['id']}: bad kind")
        if p["language"] not in LANGS: err(f"{p['id']}: bad language")
        if p["kind"] == "campaign" and not re.search(r"\d", p["text"]): err(f"{p['id']}: campaign without price")
        gtext[p["id"]] = p["text"]; gkind[p["id"]] = p["kind"]

cnt = Counter(); by = defaultdict(Counter); nk = Counter(); special = Counter()
cids = set(); tids = set(); nthreads = Counter(); objc = Counter(); with_author = 0
for b in brands:
    path = os.path.join(HERE, "threads", f"{b}.yaml")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t["id"]; nthreads[b] += 1
        if not re.fullmatch(rf"{b}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in tids: err(f"dup thread {tid}")
        tids.add(tid)
        for f in ("platform", "objective", "title", "body", "comments"):
            if not t.get(f): err(f"{tid}: missing {f}")
        if t["platform"] not in PLAT: err(f"{tid}: bad platform")
        if t["objective"] not in OBJ: err(f"{tid}: bad objective")
        objc[t["objective"]] += 1
        owned = "author" not in t
        if not owned: with_author += 1
        cs = t["comments"]
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments")
        pos = {}
        for i, c in enumerate(cs):
            cid = c["id"]
            if not re.fullmatch(rf"{tid}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in cids: err(f"dup comment {cid}")
            cids.add(cid); pos[cid] = i
        for i, c in enumerate(cs):
            cid = c["id"]
            for f in ("author", "language", "text", "plan", "reason", "passages", "fact", "purchase_intent"):
                if f not in c: err(f"{cid}: missing {f}")
            if c["parent"] is not None and (c["parent"] not in pos or pos[c["parent"]] >= i):
                err(f"{cid}: parent {c['parent']} not an earlier comment in the thread")
            if c["language"] not in LANGS: err(f"{cid}: bad language")
            if c["plan"] not in PLANS: err(f"{cid}: bad plan")
            if not isinstance(c["purchase_intent"], bool): err(f"{cid}: purchase_intent not bool")
            r = c["reason"] or ""
            if not r.strip(): err(f"{cid}: empty reason")
            p = c["plan"]
            cnt[p] += 1; by[p][c["language"]] += 1
            if p in ("answer", "correct"):
                if not c["passages"]: err(f"{cid}: {p} without passages")
                for pid in c["passages"]:
                    if pid not in gtext: err(f"{cid}: unknown passage {pid}")
                    elif not pid.startswith(b + "-g"): err(f"{cid}: passage {pid} not of brand {b}")
                f = c["fact"]
                if not f or not any(f in gtext.get(pid, "") for pid in c["passages"]):
                    err(f"{cid}: fact {f!r} not verbatim in listed passages")
                if any(gkind.get(pid) == "campaign" for pid in c["passages"]):
                    if not (p == "answer" and c["purchase_intent"] and t["objective"] == "sales"):
                        err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
                if p == "answer" and c["purchase_intent"] and t["objective"] == "sales": special["answer_pi_sales"] += 1
            else:
                if c["passages"] != [] or c["fact"] is not None: err(f"{cid}: {p} must have passages [] and fact null")
            if p == "thank" and not owned: err(f"{cid}: thank in a thread the brand did not write")
            if p == "acknowledge":
                if r.startswith("sarcasm"): special["sarcasm"] += 1
                if "already contacted support" in r or "already tried support" in r: special["ack_already_contacted"] += 1
                if c["purchase_intent"] and "price" in r: special["ack_complaint_asks_price"] += 1
            if p == "none":
                k = none_kind(r)
                if k is None: err(f"{cid}: none reason has no known kind: {r[:40]!r}")
                nk[k] += 1
                m = re.match(r"(already answered by|answered in thread by) (\S+?):", r)
                if k in ("already", "answered_later"):
                    if not m: err(f"{cid}: cannot parse answering comment id")
                    else:
                        x = m.group(2)
                        if x not in pos: err(f"{cid}: names {x}, not a comment of this thread")
                        elif k == "already" and pos[x] >= i: err(f"{cid}: 'already answered by' names a later comment {x}")
                        elif k == "answered_later" and cs[pos[x]]["parent"] != cid: err(f"{cid}: {x} is not a reply to it")
                if "correct" in r and k == "user_answer": pass
for b, n in nthreads.items():
    if n != 8: err(f"brand {b}: {n} threads")
total = sum(cnt.values())
langtot = Counter()
for p in by:
    for l, n in by[p].items(): langtot[l] += n
MIN = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
for p, n in MIN.items():
    if cnt[p] < n: err(f"plan {p}: {cnt[p]} < {n}")
if total < 300: err(f"total {total} < 300")
if special["answer_pi_sales"] < 40: err("answer with purchase intent in sales threads < 40")
NMIN = {"gdna": 25, "agreement": 20, "banter": 15, "tip": 10, "u2u": 10}
for k, n in NMIN.items():
    if nk[k] < n: err(f"none kind {k}: {nk[k]} < {n}")
if nk["already"] + nk["answered_later"] + nk["user_answer"] < 15: err("already-answered family < 15")
if special["sarcasm"] < 6: err("sarcasm < 6")
for l in LANGS:
    if not 0.25 <= langtot[l] / total <= 0.42: err(f"language {l} share {langtot[l]/total:.2f} not roughly equal")

print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'total':>7}")
for p in ("answer", "correct", "acknowledge", "thank", "none"):
    print(f"{p:<12}" + "".join(f"{by[p][l]:>6}" for l in ("fi", "sv", "en")) + f"{cnt[p]:>7}")
print(f"{'total':<12}" + "".join(f"{langtot[l]:>6}" for l in ("fi", "sv", "en")) + f"{total:>7}")
print(f"threads: {len(tids)} (objectives {dict(objc)}; with author: {with_author})")
print("none kinds:", dict(sorted(nk.items(), key=lambda x: -x[1])))
print("special:", dict(special))
if errs:
    print(f"\n{len(errs)} ERROR(S):"); [print(" -", e) for e in errs]; sys.exit(1)
print("\nOK: all checks passed")
