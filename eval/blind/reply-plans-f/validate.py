#!/usr/bin/env python3
"""Validator for the reply-plans-f blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, collections
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
NONE_KINDS = ["already answered by", "user answer", "self-answered", "guidance does not answer this",
              "agreement", "thanks to commenter", "banter", "joke", "tip agrees with guidance", "user-to-user",
              "tag", "competitor praise", "competitor mention", "influencer praise", "off-topic"]
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(ROOT, "brands.yaml"), encoding="utf-8"))
passages = {}  # id -> (brand, kind, language, text)
for bkey, b in brands.items():
    for k in ("name", "objective_default", "terms", "competitors", "guidance"):
        if k not in b: err(f"brand {bkey}: missing {k}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {bkey}: {len(g)} passages (need 14-20)")
    langs = set(); kinds = set()
    for p in g:
        pid = p.get("id", "")
        if not re.fullmatch(rf"{bkey}-g\d\d", pid): err(f"bad passage id {pid}")
        if pid in passages: err(f"duplicate passage id {pid}")
        if p.get("kind") not in KINDS: err(f"{pid}: bad kind {p.get('kind')}")
        if p.get("language") not in LANGS: err(f"{pid}: bad language")
        if not p.get("text"): err(f"{pid}: empty text")
        passages[pid] = (bkey, p.get("kind"), p.get("language"), p.get("text", ""))
        langs.add(p.get("language")); kinds.add(p.get("kind"))
    if langs != LANGS: err(f"brand {bkey}: guidance languages {langs}")
    if kinds != KINDS: err(f"brand {bkey}: guidance kinds missing {KINDS - kinds}")

by_plan = collections.Counter(); by_plan_lang = collections.Counter(); by_lang = collections.Counter()
none_kinds = collections.Counter(); extra = collections.Counter()
thread_ids = set(); comment_ids = set(); n_threads = 0; obj = collections.Counter(); with_author = 0
for bkey in brands:
    path = os.path.join(ROOT, "threads", f"{bkey}.yaml")
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    if len(threads) != 8: err(f"{bkey}: {len(threads)} threads (need 8)")
    for t in threads:
        n_threads += 1
        tid = t.get("id", "")
        if not re.fullmatch(rf"{bkey}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in thread_ids: err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        for k in ("platform", "objective", "title", "body", "comments"):
            if not t.get(k): err(f"{tid}: missing {k}")
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        obj[t.get("objective")] += 1
        if t.get("author"): with_author += 1
        cs = t.get("comments", [])
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (need 13-18)")
        seen = []
        for c in cs:
            cid = c.get("id", "")
            if not re.fullmatch(rf"{tid}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in comment_ids: err(f"duplicate comment id {cid}")
            comment_ids.add(cid)
            par = c.get("parent")
            if par is not None and par not in seen: err(f"{cid}: parent {par} is not an earlier comment of {tid}")
            plan, lang = c.get("plan"), c.get("language")
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            for k in ("author", "text", "reason"):
                if not c.get(k): err(f"{cid}: missing {k}")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent not bool")
            ps, fact = c.get("passages"), c.get("fact")
            if not isinstance(ps, list): err(f"{cid}: passages not a list"); ps = []
            reason = c.get("reason", "")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} without passages")
                if not fact: err(f"{cid}: {plan} without fact")
                elif not any(fact in passages.get(p, ("", "", "", ""))[3] for p in ps):
                    err(f"{cid}: fact {fact!r} not verbatim in {ps}")
                elif len(fact) > 80: err(f"{cid}: fact too long")
            else:
                if ps: err(f"{cid}: {plan} must have passages: []")
                if fact is not None: err(f"{cid}: {plan} must have fact: null")
            for p in ps:
                if p not in passages: err(f"{cid}: unknown passage {p}")
                elif passages[p][0] != bkey: err(f"{cid}: passage {p} belongs to another brand")
                elif passages[p][1] == "campaign" and not (plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales"):
                    err(f"{cid}: campaign passage {p} outside a purchase-intent answer in a sales thread")
                elif passages[p][1] in ("voice", "disclosure"): err(f"{cid}: cites a {passages[p][1]} passage")
            m = re.match(r"already answered by (\S+?):", reason)
            if m:
                x = m.group(1)
                xc = next((o for o in cs if o.get("id") == x), None)
                if xc is None: err(f"{cid}: 'already answered by {x}' names no comment of {tid}")
                elif not (x in seen or xc.get("parent") == cid):
                    err(f"{cid}: 'already answered by {x}' is neither earlier nor a reply to it")
            elif reason.startswith("already answered"): err(f"{cid}: malformed 'already answered by <id>:'")
            if plan == "none":
                k = next((k for k in NONE_KINDS if reason.startswith(k)), None)
                if k is None: err(f"{cid}: none reason must start with a known kind: {reason[:40]!r}")
                none_kinds[k] += 1
            if plan == "acknowledge":
                if reason.startswith("sarcasm"): extra["sarcasm (acknowledge)"] += 1
                if reason.startswith("already contacted support"): extra["already contacted support (acknowledge)"] += 1
                if "also asks a price" in reason: extra["complaint asking a price (acknowledge)"] += 1
            if plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales":
                extra["answer with purchase intent in sales threads"] += 1
            if plan == "correct" and ("joke" in reason):
                extra["wrong claim stated as a joke (correct)"] += 1
            by_plan[plan] += 1; by_lang[lang] += 1; by_plan_lang[(plan, lang)] += 1
            seen.append(cid)

total = sum(by_plan.values())
mins = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
for p, n in mins.items():
    if by_plan[p] < n: err(f"plan {p}: {by_plan[p]} < {n}")
if total < 300: err(f"total comments {total} < 300")
if extra["answer with purchase intent in sales threads"] < 40: err("fewer than 40 purchase-intent answers in sales threads")
if extra["sarcasm (acknowledge)"] < 6: err("fewer than 6 sarcasm")
groups = {
    "already answered by another commenter": (["already answered by"], 15),
    "guidance does not answer this": (["guidance does not answer this"], 25),
    "agreement/thanks to another commenter": (["agreement", "thanks to commenter"], 20),
    "banter/jokes": (["banter", "joke"], 15),
    "tips that agree with guidance": (["tip agrees with guidance"], 10),
    "user-to-user exchanges": (["user-to-user"], 10),
}
group_counts = {}
for g, (ks, n) in groups.items():
    group_counts[g] = sum(none_kinds[k] for k in ks)
    if group_counts[g] < n: err(f"none kind '{g}': {group_counts[g]} < {n}")
if not 8 <= obj["sales"] <= 12: err(f"{obj['sales']} sales threads (want about 10)")
for l in LANGS:
    if by_lang[l] < total * 0.25: err(f"language {l} underrepresented: {by_lang[l]}/{total}")

print(f"threads: {n_threads}  comments: {total}  objectives: {dict(obj)}  threads with author: {with_author}")
print()
print(f"{'plan':<12}" + "".join(f"{l:>6}" for l in ("fi", "sv", "en")) + f"{'total':>7}{'min':>6}")
for p in ("answer", "correct", "acknowledge", "thank", "none"):
    print(f"{p:<12}" + "".join(f"{by_plan_lang[(p, l)]:>6}" for l in ("fi", "sv", "en")) + f"{by_plan[p]:>7}{mins[p]:>6}")
print(f"{'total':<12}" + "".join(f"{by_lang[l]:>6}" for l in ("fi", "sv", "en")) + f"{total:>7}")
print()
print("none kinds (by reason prefix):")
for k in NONE_KINDS:
    if none_kinds[k]: print(f"  {k:<32}{none_kinds[k]:>4}")
print("none groups vs minimums:")
for g, (ks, n) in groups.items():
    print(f"  {g:<40}{group_counts[g]:>4}  (min {n})")
print("other counts:")
for k, v in sorted(extra.items()):
    print(f"  {k:<48}{v:>4}")
print()
if errors:
    print(f"FAILED: {len(errors)} error(s)")
    for e in errors: print("  - " + e)
    sys.exit(1)
print("OK")
