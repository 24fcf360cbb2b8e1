#!/usr/bin/env python3
"""Validator for the reply-plans-d evaluation set. Exit 0 when all checks pass."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
passage = {}   # id -> (brand, kind, text)
if not isinstance(brands, dict) or len(brands) != 3:
    err("brands.yaml must map exactly 3 brands")
for key, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {key}: missing {f}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {key}: {len(g)} guidance passages (need 14-20)")
    langs = Counter(); kinds = Counter()
    for p in g:
        pid = p.get("id", "")
        if not re.fullmatch(rf"{re.escape(key)}-g\d\d", pid): err(f"bad passage id {pid}")
        if pid in passage: err(f"duplicate passage id {pid}")
        if p.get("kind") not in KINDS: err(f"{pid}: bad kind {p.get('kind')}")
        if p.get("language") not in LANGS: err(f"{pid}: bad language")
        if not p.get("text"): err(f"{pid}: empty text")
        langs[p.get("language")] += 1; kinds[p.get("kind")] += 1
        passage[pid] = (key, p.get("kind"), p.get("text", ""))
    if set(langs) != LANGS: err(f"brand {key}: guidance must cover fi, sv and en (has {dict(langs)})")
    if set(kinds) != KINDS: err(f"brand {key}: guidance must include all kinds (has {dict(kinds)})")

ids = set()
plan_lang = Counter(); plan_tot = Counter(); lang_tot = Counter()
none_kinds = Counter(); ack_kinds = Counter()
obj_count = Counter(); pi_answer_sales = 0; n_threads = Counter()
total = 0
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    key = os.path.basename(path)[:-5]
    if key not in brands: err(f"{path}: unknown brand"); continue
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    for t in threads:
        tid = t.get("id", "")
        n_threads[key] += 1
        if not re.fullmatch(rf"{re.escape(key)}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in ids: err(f"duplicate id {tid}")
        ids.add(tid)
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        obj_count[t.get("objective")] += 1
        for f in ("title", "body"):
            if not t.get(f): err(f"{tid}: missing {f}")
        cs = t.get("comments", [])
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        order = {}
        for i, c in enumerate(cs):
            cid = c.get("id", "")
            total += 1
            if not cid.startswith(tid + "-c"): err(f"{cid}: id not under thread {tid}")
            if cid in ids: err(f"duplicate id {cid}")
            ids.add(cid); order[cid] = i
            for f in ("author", "parent", "language", "text", "plan", "reason", "passages", "fact", "purchase_intent"):
                if f not in c: err(f"{cid}: missing field {f}")
            par = c.get("parent")
            if par is not None and (par not in order or order[par] >= i): err(f"{cid}: parent {par} is not an earlier comment of {tid}")
            plan = c.get("plan"); lang = c.get("language"); reason = c.get("reason") or ""
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent must be bool")
            if not reason.strip() or "\n" in reason.strip(): err(f"{cid}: reason must be one line")
            plan_lang[(plan, lang)] += 1; plan_tot[plan] += 1; lang_tot[lang] += 1
            ps = c.get("passages") or []; fact = c.get("fact")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} needs passages")
                if not fact or not isinstance(fact, str): err(f"{cid}: {plan} needs a fact")
                elif len(fact) > 120: err(f"{cid}: fact too long")
                for p in ps:
                    if p not in passage: err(f"{cid}: unknown passage {p}")
                    elif passage[p][0] != key: err(f"{cid}: passage {p} belongs to another brand")
                    elif passage[p][1] in ("voice", "disclosure"): err(f"{cid}: cites a {passage[p][1]} passage")
                if fact and not any(p in passage and fact in passage[p][2] for p in ps):
                    err(f"{cid}: fact {fact!r} not verbatim in its passages")
                for p in ps:
                    if p in passage and passage[p][1] == "campaign":
                        if not (plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales"):
                            err(f"{cid}: campaign passage {p} outside a purchase-intent answer in a sales thread")
                if plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales":
                    pi_answer_sales += 1
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if fact is not None: err(f"{cid}: {plan} must have fact: null")
            if plan == "none":
                r = reason.lower()
                m = re.match(r"already answered by (\S+?):", r)
                m2 = re.match(r"answered by another commenter \((\S+?)\)", r)
                if m:
                    x = m.group(1)
                    if x not in order or order[x] >= i: err(f"{cid}: 'already answered by {x}' must name an earlier comment of {tid}")
                    none_kinds["answered_by_other"] += 1
                elif m2:
                    x = m2.group(1)
                    # the answering reply comes later; it must exist and reply to this comment
                    cx = [d for d in cs if d.get("id") == x]
                    if not cx or cx[0].get("parent") != cid: err(f"{cid}: 'answered by another commenter ({x})' must name a later reply to this comment")
                    none_kinds["answered_by_other"] += 1
                else:
                    k = r.split(":", 1)[0].strip()
                    if ":" not in r: err(f"{cid}: none reason must start with its kind and a colon")
                    none_kinds[k] += 1
            if plan == "acknowledge":
                r = reason.lower()
                if r.startswith("sarcasm"): ack_kinds["sarcasm"] += 1
                if "already" in r and ("contacted" in r or "called" in r or "tried" in r): ack_kinds["already_contacted_support"] += 1

# minimum counts
need = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
for p, n in need.items():
    if plan_tot[p] < n: err(f"plan {p}: {plan_tot[p]} < {n}")
if total < 300: err(f"total comments {total} < 300")
if pi_answer_sales < 40: err(f"purchase-intent answers in sales threads {pi_answer_sales} < 40")
need_none = {"answered_by_other": 15, "guidance does not answer this": 25, "agreement": 20, "banter": 15,
             "tip agrees with guidance": 10, "user-to-user": 10, "user answer": 10}
for k, n in need_none.items():
    if none_kinds[k] < n: err(f"none kind {k}: {none_kinds[k]} < {n}")
if ack_kinds["sarcasm"] < 6: err(f"sarcasm {ack_kinds['sarcasm']} < 6")
for key in brands:
    if n_threads[key] != 8: err(f"brand {key}: {n_threads[key]} threads (need 8)")
if not 8 <= obj_count["sales"] <= 12: err(f"sales threads {obj_count['sales']} (need about 10)")
if lang_tot and max(lang_tot.values()) > 1.5 * min(lang_tot.values()): err(f"languages unbalanced {dict(lang_tot)}")

# report
langs = ["fi", "sv", "en"]
print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in langs) + f"{'total':>7}")
for p in ["answer", "correct", "acknowledge", "thank", "none"]:
    print(f"{p:<12}" + "".join(f"{plan_lang[(p, l)]:>6}" for l in langs) + f"{plan_tot[p]:>7}")
print(f"{'total':<12}" + "".join(f"{lang_tot[l]:>6}" for l in langs) + f"{total:>7}")
print(f"threads: {sum(n_threads.values())} {dict(n_threads)}  objectives: {dict(obj_count)}")
print(f"purchase-intent answers in sales threads: {pi_answer_sales}")
print("none kinds:", dict(sorted(none_kinds.items(), key=lambda x: -x[1])))
print("acknowledge kinds:", dict(ack_kinds))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
