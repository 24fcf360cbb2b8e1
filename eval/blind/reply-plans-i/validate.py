#!/usr/bin/env python3
"""Validator for the reply-plans-i blind evaluation set. Exit 0 when all checks pass."""
import os, re, sys, glob, collections
import yaml
HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
passages = {}
for bk, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {bk}: missing {f}")
    g = b["guidance"]
    if not 14 <= len(g) <= 20: err(f"brand {bk}: {len(g)} guidance passages")
    langs = {p["language"] for p in g}
    if langs != LANGS: err(f"brand {bk}: guidance languages {langs}")
    kinds = {p["kind"] for p in g}
    if kinds != KINDS: err(f"brand {bk}: guidance kinds {kinds}")
    for p in g:
        if p["id"] in passages: err(f"duplicate passage id {p['id']}")
        if not p["id"].startswith(bk + "-g"): err(f"passage id {p['id']} not of brand {bk}")
        if p["kind"] not in KINDS or p["language"] not in LANGS: err(f"passage {p['id']}: bad kind/lang")
        passages[p["id"]] = (bk, p)

ids = set(); comments = []; threads = []
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    bk = os.path.basename(path)[:-5]
    if bk not in brands: err(f"{path}: unknown brand"); continue
    ths = yaml.safe_load(open(path, encoding="utf-8"))
    if len(ths) != 8: err(f"{bk}: {len(ths)} threads, expected 8")
    for t in ths:
        threads.append((bk, t))
        tid = t["id"]
        if not re.fullmatch(rf"{bk}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        if t["platform"] not in PLATFORMS: err(f"{tid}: platform")
        if t["objective"] not in OBJECTIVES: err(f"{tid}: objective")
        for f in ("title", "body"):
            if not t.get(f): err(f"{tid}: missing {f}")
        cs = t["comments"]
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments")
        seen = {}
        for c in cs:
            cid = c["id"]
            if not cid.startswith(tid + "-c"): err(f"{cid}: id not in thread")
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            for f in ("author", "parent", "language", "text", "plan", "reason", "passages", "fact", "purchase_intent"):
                if f not in c: err(f"{cid}: missing {f}")
            if c["parent"] is not None and c["parent"] not in seen:
                err(f"{cid}: parent {c['parent']} not an earlier comment of the thread")
            if c["language"] not in LANGS: err(f"{cid}: language")
            if c["plan"] not in PLANS: err(f"{cid}: plan")
            if not isinstance(c["purchase_intent"], bool): err(f"{cid}: purchase_intent not bool")
            if not c["reason"] or "\n" in c["reason"]: err(f"{cid}: reason must be one line")
            if c["plan"] in ("answer", "correct"):
                if not c["passages"]: err(f"{cid}: no passages")
                if not c["fact"]: err(f"{cid}: no fact")
                texts = []
                for p in c["passages"]:
                    if p not in passages: err(f"{cid}: unknown passage {p}"); continue
                    if passages[p][0] != bk: err(f"{cid}: passage {p} of another brand")
                    texts.append(passages[p][1]["text"])
                    if passages[p][1]["kind"] == "campaign" and not (
                            c["plan"] == "answer" and c["purchase_intent"] and t["objective"] == "sales"):
                        err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
                if c["fact"] and not any(c["fact"] in tx for tx in texts):
                    err(f"{cid}: fact {c['fact']!r} not verbatim in listed passages")
            else:
                if c["passages"] != [] or c["fact"] is not None: err(f"{cid}: non-answer with passages/fact")
            m = re.match(r"already answered by (\S+?):", c["reason"])
            if m:
                if m.group(1) not in seen: err(f"{cid}: 'already answered by' names {m.group(1)}, not an earlier comment")
                if c["plan"] != "none": err(f"{cid}: already answered but plan {c['plan']}")
            m = re.match(r"answered in reply (\S+?):", c["reason"])
            if m:
                later = [x for x in cs if x["id"] == m.group(1)]
                if not later or later[0]["parent"] != cid: err(f"{cid}: answered in reply names no reply to it")
            if c["plan"] == "none" and c["reason"].lower().startswith("guidance does not answer") and not c["reason"].startswith("guidance does not answer this"):
                err(f"{cid}: reason prefix")
            seen[cid] = c
            comments.append((bk, t, c))

# counts
def kind(c):
    r = c["reason"].lower()
    for pfx, k in [("already answered by", "already answered (earlier comment)"), ("answered in reply", "answered in a reply"),
                   ("user answer", "user answer"), ("guidance does not answer this", "guidance does not answer"),
                   ("agreement", "agreement/thanks to commenter"), ("thanks to other", "agreement/thanks to commenter"),
                   ("banter", "banter/joke"), ("tip", "tip agreeing"), ("user-to-user", "user-to-user"),
                   ("tag", "tag"), ("competitor praise", "competitor praise"), ("influencer praise", "influencer praise"),
                   ("off-topic", "off-topic")]:
        if r.startswith(pfx): return k
    return "OTHER"
plans = collections.Counter(c["plan"] for _, _, c in comments)
table = collections.Counter((c["plan"], c["language"]) for _, _, c in comments)
nonek = collections.Counter(kind(c) for _, _, c in comments if c["plan"] == "none")
sarcasm = sum(1 for _, _, c in comments if c["plan"] == "acknowledge" and c["reason"].lower().startswith("sarcasm"))
pi_sales = sum(1 for _, t, c in comments if c["plan"] == "answer" and c["purchase_intent"] and t["objective"] == "sales")
for _, _, c in comments:
    if c["plan"] == "none" and kind(c) == "OTHER": err(f"{c['id']}: none reason has no known kind prefix")
langs = collections.Counter(c["language"] for _, _, c in comments)
sales_threads = sum(1 for _, t in threads if t["objective"] == "sales")
with_author = sum(1 for _, t in threads if t.get("author"))

mins = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
for p, n in mins.items():
    if plans[p] < n: err(f"count {p} = {plans[p]} < {n}")
if len(comments) < 300: err(f"only {len(comments)} comments")
if pi_sales < 40: err(f"answer+purchase intent in sales threads = {pi_sales} < 40")
nmins = {"already answered (earlier comment)": 15, "guidance does not answer": 25, "agreement/thanks to commenter": 20,
         "banter/joke": 15, "tip agreeing": 10, "user-to-user": 10}
for k, n in nmins.items():
    if nonek[k] < n: err(f"none kind {k} = {nonek[k]} < {n}")
if sarcasm < 6: err(f"sarcasm = {sarcasm} < 6")
if len(threads) != 24: err(f"{len(threads)} threads")

print(f"threads: {len(threads)} (sales {sales_threads}, with author {with_author}); comments: {len(comments)}")
print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'total':>7}")
for p in ("answer", "correct", "acknowledge", "thank", "none"):
    print(f"{p:<12}" + "".join(f"{table[(p, l)]:>6}" for l in ("fi", "sv", "en")) + f"{plans[p]:>7}")
print(f"{'total':<12}" + "".join(f"{langs[l]:>6}" for l in ("fi", "sv", "en")) + f"{len(comments):>7}")
print(f"answer with purchase intent in sales threads: {pi_sales}; sarcasm (acknowledge): {sarcasm}")
print("none kinds:", dict(sorted(nonek.items(), key=lambda x: -x[1])))
if errors:
    print(f"\n{len(errors)} ERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
