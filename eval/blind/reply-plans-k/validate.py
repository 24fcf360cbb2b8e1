#!/usr/bin/env python3
"""Validator for the reply-plans-k blind evaluation set. Exit 0 when all checks pass."""
import sys, re, os, collections, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJ = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
NONE_KINDS = [("already answered by", "already"), ("user answer:", "already"),
    ("guidance does not answer this", "gdna"), ("agreement:", "agree"), ("thanks to commenter:", "agree"),
    ("banter:", "banter"), ("tip:", "tip"), ("user-to-user:", "u2u"), ("tag:", "tag"),
    ("off-topic:", "offtopic"), ("competitor praise:", "competitor"), ("influencer praise:", "influencer")]
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
pas = {}
for bk, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {bk}: missing {f}")
    g = b["guidance"]
    if not 14 <= len(g) <= 20: err(f"brand {bk}: {len(g)} passages")
    if {p["language"] for p in g} != LANGS: err(f"brand {bk}: guidance does not cover fi/sv/en")
    kinds = {p["kind"] for p in g}
    if kinds != KINDS: err(f"brand {bk}: kinds {kinds}")
    for p in g:
        if not re.fullmatch(rf"{bk}-g\d\d", p["id"]): err(f"bad passage id {p['id']}")
        if p["id"] in pas: err(f"duplicate passage id {p['id']}")
        if p["kind"] not in KINDS or p["language"] not in LANGS: err(f"{p['id']}: bad kind/lang")
        pas[p["id"]] = (bk, p)

cnt = collections.Counter(); lang_cnt = collections.Counter(); table = collections.Counter()
none_k = collections.Counter(); special = collections.Counter()
ids = set(); nthreads = 0; nauthor = 0
for bk in brands:
    threads = yaml.safe_load(open(os.path.join(HERE, "threads", f"{bk}.yaml"), encoding="utf-8"))
    if len(threads) != 8: err(f"{bk}: {len(threads)} threads")
    for t in threads:
        nthreads += 1
        if not re.fullmatch(rf"{bk}-\d\d", t["id"]): err(f"bad thread id {t['id']}")
        if t["id"] in ids: err(f"duplicate id {t['id']}")
        ids.add(t["id"])
        if t["platform"] not in PLATFORMS: err(f"{t['id']}: platform")
        if t["objective"] not in OBJ: err(f"{t['id']}: objective")
        for f in ("title", "body"):
            if not t.get(f): err(f"{t['id']}: missing {f}")
        if t.get("author"): nauthor += 1
        cnt["sales_threads"] += t["objective"] == "sales"
        cs = t["comments"]
        if not 13 <= len(cs) <= 18: err(f"{t['id']}: {len(cs)} comments")
        seen = []
        for c in cs:
            cid = c["id"]
            if not cid.startswith(t["id"] + "-c"): err(f"{cid}: bad id")
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            if c["parent"] is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} not earlier in thread")
            plan, lang = c["plan"], c["language"]
            if plan not in PLANS: err(f"{cid}: plan {plan}")
            if lang not in LANGS: err(f"{cid}: language {lang}")
            if not c.get("text") or not c.get("reason") or not c.get("author"): err(f"{cid}: missing text/reason/author")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent not bool")
            P, fact = c.get("passages"), c.get("fact")
            if plan in ("answer", "correct"):
                if not P: err(f"{cid}: no passages")
                if not fact or len(fact) > 80: err(f"{cid}: fact missing or too long")
                for p in P:
                    if p not in pas: err(f"{cid}: unknown passage {p}"); continue
                    if pas[p][0] != bk: err(f"{cid}: passage {p} of other brand")
                    if pas[p][1]["kind"] == "campaign" and not (plan == "answer" and c["purchase_intent"] and t["objective"] == "sales"):
                        err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
                if fact and not any(p in pas and fact in pas[p][1]["text"] for p in P):
                    err(f"{cid}: fact {fact!r} not verbatim in listed passages")
            else:
                if P != [] or fact is not None: err(f"{cid}: {plan} must have passages [] and fact null")
            r = c["reason"]
            for m in re.finditer(r"already answered by (\S+?)[:,;\s]", r + " "):
                if m.group(1) not in seen: err(f"{cid}: 'already answered by {m.group(1)}' is not an earlier comment")
            if plan == "none":
                k = next((v for pre, v in NONE_KINDS if r.lower().startswith(pre)), None)
                if k is None: err(f"{cid}: none reason has no known kind prefix: {r[:40]}")
                none_k[k] += 1
            if plan == "acknowledge":
                if r.startswith("sarcasm:"): special["sarcasm"] += 1
                if "already" in r and ("contacted" in r or "reported" in r or "phoned" in r or "filed" in r or "e-mailed" in r or "tried" in r or "called" in r):
                    special["already_contacted"] += 1
                if "asks a price" in r or "mentions a price" in r: special["complaint_with_price"] += 1
            if plan == "answer" and c["purchase_intent"] and t["objective"] == "sales": special["answer_pi_sales"] += 1
            if plan == "correct" and "joke" in r: special["wrong_claim_as_joke"] += 1
            if "honest answer is no" in r or "answer is no" in r: special["honest_no"] += 1
            if "partly" in r: special["partly_answered"] += 1
            if "several questions" in r: special["several_questions"] += 1
            if "competitor" in r: special["competitor_mentions"] += 1
            cnt[plan] += 1; lang_cnt[lang] += 1; table[(plan, lang)] += 1
            seen.append(cid)

total = sum(lang_cnt.values())
MIN = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
for p, m in MIN.items():
    if cnt[p] < m: err(f"plan {p}: {cnt[p]} < {m}")
NMIN = {"already": 15, "gdna": 25, "agree": 20, "banter": 15, "tip": 10, "u2u": 10}
for k, m in NMIN.items():
    if none_k[k] < m: err(f"none kind {k}: {none_k[k]} < {m}")
if special["answer_pi_sales"] < 40: err("answer with purchase intent in sales threads < 40")
if special["sarcasm"] < 6: err("sarcasm < 6")
if total < 300: err(f"only {total} comments")
if nthreads != 24: err(f"{nthreads} threads")
for l in LANGS:
    if not 0.25 <= lang_cnt[l] / total <= 0.42: err(f"language {l} share {lang_cnt[l]/total:.2f} not roughly equal")

print(f"threads {nthreads} (sales {cnt['sales_threads']}, with author {nauthor}), comments {total}, passages {len(pas)}")
print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'total':>7}")
for p in ("answer", "correct", "acknowledge", "thank", "none"):
    print(f"{p:<12}" + "".join(f"{table[(p, l)]:>6}" for l in ("fi", "sv", "en")) + f"{cnt[p]:>7}")
print(f"{'total':<12}" + "".join(f"{lang_cnt[l]:>6}" for l in ("fi", "sv", "en")) + f"{total:>7}")
print("none kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(none_k.items(), key=lambda kv: str(kv[0]))))
print("special: " + ", ".join(f"{k} {v}" for k, v in sorted(special.items())))
if errors:
    print(f"FAIL: {len(errors)} error(s)"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
