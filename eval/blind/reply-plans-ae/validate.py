#!/usr/bin/env python3
"""Validator for the reply-plans-ae evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
NONE_KINDS = ["already answered by", "user answer", "guidance does not answer this", "agreement", "banter",
              "tip", "user-to-user", "others' thread", "competitor praise", "competitor", "author praise",
              "off-topic", "tag", "user update"]
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
passages = {}  # id -> (brand, kind, text)
for bk, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {bk}: missing {f}")
    g = b.get("guidance") or []
    if not 14 <= len(g) <= 20: err(f"brand {bk}: {len(g)} passages (need 14-20)")
    if {p["language"] for p in g} != LANGS: err(f"brand {bk}: guidance does not cover fi, sv and en")
    if {p["kind"] for p in g} != KINDS: err(f"brand {bk}: guidance kinds {sorted({p['kind'] for p in g})}")
    for p in g:
        if p["id"] in passages: err(f"duplicate passage id {p['id']}")
        if not re.fullmatch(rf"{re.escape(bk)}-g\d\d", p["id"]): err(f"bad passage id {p['id']}")
        if p["kind"] not in KINDS: err(f"{p['id']}: bad kind {p['kind']}")
        if p["language"] not in LANGS: err(f"{p['id']}: bad language")
        passages[p["id"]] = (bk, p["kind"], p["text"])

cnt = Counter(); table = defaultdict(Counter); nonekinds = Counter(); ackkinds = Counter()
pi_sales_answers = 0; ids = set(); nthreads = Counter(); sales = 0; authored = 0; total = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    bk = os.path.basename(path)[:-5]
    if bk not in brands: err(f"{path}: unknown brand {bk}"); continue
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t.get("id", "?"); nthreads[bk] += 1
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        if not re.fullmatch(rf"{re.escape(bk)}-\d\d", tid): err(f"bad thread id {tid}")
        for f in ("platform", "objective", "title", "body", "comments"):
            if not t.get(f): err(f"{tid}: missing {f}")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        is_sales = t.get("objective") == "sales"; sales += is_sales
        has_author = bool(t.get("author")); authored += has_author
        cs = t.get("comments") or []
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        seen = []
        for c in cs:
            cid = c.get("id"); total += 1
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid)
            if not re.fullmatch(rf"{re.escape(tid)}-c\d\d", str(cid)): err(f"bad comment id {cid}")
            for f in ("author", "text", "reason"):
                if not c.get(f): err(f"{cid}: missing {f}")
            par = c.get("parent")
            if par is not None and par not in seen: err(f"{cid}: parent {par} is not an earlier comment in {tid}")
            plan, lang = c.get("plan"), c.get("language")
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent must be bool")
            ps = c.get("passages"); fact = c.get("fact"); reason = c.get("reason", "")
            if not isinstance(ps, list): err(f"{cid}: passages must be a list"); ps = []
            for p in ps:
                if p not in passages: err(f"{cid}: unknown passage {p}")
                elif passages[p][0] != bk: err(f"{cid}: passage {p} belongs to another brand")
                elif passages[p][1] == "campaign" and not (plan == "answer" and c.get("purchase_intent") and is_sales):
                    err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} without passages")
                if not fact or not isinstance(fact, str): err(f"{cid}: {plan} without fact")
                elif not any(p in passages and fact in passages[p][2] for p in ps):
                    err(f"{cid}: fact {fact!r} not verbatim in {ps}")
                elif len(fact) > 90: err(f"{cid}: fact too long")
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if fact is not None: err(f"{cid}: {plan} must have fact: null")
            if plan == "thank" and has_author: err(f"{cid}: thank in a thread the brand did not write")
            if plan == "none":
                k = next((k for k in NONE_KINDS if reason.startswith(k)), None)
                if not k: err(f"{cid}: none reason does not start with a known kind: {reason[:40]!r}")
                else: nonekinds[k] += 1
                m = re.match(r"already answered by (\S+?):", reason)
                if reason.startswith("already answered by"):
                    if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment of {tid}")
            if plan == "acknowledge":
                if reason.startswith("sarcasm"): ackkinds["sarcasm"] += 1
                if "already" in reason and ("contact" in reason or "called" in reason or "e-mail" in reason or "sent" in reason):
                    ackkinds["already contacted support"] += 1
                if "price" in reason and "asks" in reason: ackkinds["complaint that asks a price"] += 1
            if plan == "answer" and c.get("purchase_intent") and is_sales: pi_sales_answers += 1
            cnt[plan] += 1; table[plan][lang] += 1
            seen.append(cid)

for bk in brands:
    if nthreads[bk] != 8: err(f"brand {bk}: {nthreads[bk]} threads (need 8)")
if not 8 <= sales <= 12: err(f"{sales} sales threads (about 10 wanted)")
if not 10 <= authored <= 14: err(f"{authored} threads with author (about half wanted)")
MIN = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
for k, v in MIN.items():
    if cnt[k] < v: err(f"{k}: {cnt[k]} < {v}")
if total < 300: err(f"total comments {total} < 300")
if pi_sales_answers < 40: err(f"purchase-intent answers in sales threads {pi_sales_answers} < 40")
NMIN = {"already answered by": 15, "guidance does not answer this": 25, "agreement": 20, "banter": 15, "tip": 10, "user-to-user": 10}
for k, v in NMIN.items():
    if nonekinds[k] < v: err(f"none/{k}: {nonekinds[k]} < {v}")
if ackkinds["sarcasm"] < 6: err(f"sarcasm {ackkinds['sarcasm']} < 6")
lang_tot = Counter(); [lang_tot.update(table[p]) for p in table]
for l in LANGS:
    if not 0.25 <= lang_tot[l] / max(total, 1) <= 0.42: err(f"language {l} share {lang_tot[l]}/{total} not roughly equal")

print(f"{'plan':<12}{'fi':>5}{'sv':>5}{'en':>5}{'total':>7}")
for p in ["answer", "correct", "acknowledge", "thank", "none"]:
    print(f"{p:<12}{table[p]['fi']:>5}{table[p]['sv']:>5}{table[p]['en']:>5}{cnt[p]:>7}")
print(f"{'total':<12}{lang_tot['fi']:>5}{lang_tot['sv']:>5}{lang_tot['en']:>5}{total:>7}")
print(f"threads: {sum(nthreads.values())} ({dict(nthreads)}), sales: {sales}, with author: {authored}")
print(f"answers with purchase intent in sales threads: {pi_sales_answers}")
print("none kinds:", dict(nonekinds.most_common()))
print("acknowledge kinds:", dict(ackkinds))
if errors:
    print(f"\n{len(errors)} ERROR(S):"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
