#!/usr/bin/env python3
"""Validator for the reply-plans-q blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
OBJS = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
# none sub-kinds, by reason prefix
NONE_KINDS = [
    ("already answered by", "already_answered"), ("answered by reply", "answered_by_reply"),
    ("user answer", "user_answer"), ("self-answered", "self_answered"), ("guidance does not answer this", "guidance_not"),
    ("agreement", "agreement_thanks"), ("thanks to commenter", "agreement_thanks"),
    ("banter", "banter"), ("tag", "banter"), ("tip agreeing with guidance", "tip"),
    ("user-to-user", "user_to_user"), ("others' thread", "others_thread"),
    ("competitor praise", "competitor_praise"), ("author praise", "author_praise"), ("off-topic", "off_topic"),
]
MINS = {"answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130}
NONE_MINS = {"already_answered": 15, "guidance_not": 25, "agreement_thanks": 20, "banter": 15, "tip": 10, "user_to_user": 10}

errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, "brands.yaml"), encoding="utf-8"))
passages = {}
for bk, b in brands.items():
    for f in ("name", "objective_default", "terms", "competitors", "guidance"):
        if f not in b: err(f"brand {bk}: missing {f}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {bk}: {len(g)} passages (want 14-20)")
    langs = set(); kinds = set()
    for p in g:
        pid = p["id"]
        if not re.fullmatch(rf"{bk}-g\d\d", pid): err(f"bad passage id {pid}")
        if pid in passages: err(f"duplicate passage id {pid}")
        if p["kind"] not in KINDS: err(f"{pid}: bad kind {p['kind']}")
        if p["language"] not in LANGS: err(f"{pid}: bad language")
        langs.add(p["language"]); kinds.add(p["kind"])
        passages[pid] = (bk, p)
    if langs != LANGS: err(f"brand {bk}: languages {langs}")
    if kinds != KINDS: err(f"brand {bk}: kinds {kinds}")

cnt = Counter(); by_lang = defaultdict(Counter); none_k = Counter(); ack_sarc = 0
pi_sales_answers = 0; n_threads = 0; n_author = 0; n_sales = 0
comment_ids = set(); thread_ids = set()
for path in sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml"))):
    bk = os.path.basename(path)[:-5]
    if bk not in brands: err(f"{path}: unknown brand"); continue
    threads = yaml.safe_load(open(path, encoding="utf-8"))
    if len(threads) != 8: err(f"{bk}: {len(threads)} threads (want 8)")
    for t in threads:
        n_threads += 1
        tid = t["id"]
        if not re.fullmatch(rf"{bk}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in thread_ids: err(f"duplicate thread {tid}")
        thread_ids.add(tid)
        if t.get("platform") not in PLATFORMS: err(f"{tid}: platform")
        if t.get("objective") not in OBJS: err(f"{tid}: objective")
        if t.get("objective") == "sales": n_sales += 1
        if t.get("author"): n_author += 1
        for f in ("title", "body", "comments"):
            if not t.get(f): err(f"{tid}: missing {f}")
        cs = t["comments"]
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (want 13-18)")
        seen = []
        for c in cs:
            cid = c["id"]
            if not cid.startswith(tid + "-c"): err(f"{cid}: id not under thread")
            if cid in comment_ids: err(f"duplicate comment id {cid}")
            comment_ids.add(cid)
            for f in ("author", "parent", "language", "text", "plan", "reason", "passages", "fact", "purchase_intent"):
                if f not in c: err(f"{cid}: missing {f}")
            if c["parent"] is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} not earlier in thread")
            if c["language"] not in LANGS: err(f"{cid}: language")
            plan = c["plan"]
            if plan not in PLANS: err(f"{cid}: plan {plan}"); seen.append(cid); continue
            if not isinstance(c["purchase_intent"], bool): err(f"{cid}: purchase_intent not bool")
            reason = c["reason"] or ""
            if plan in ("answer", "correct"):
                if not c["passages"]: err(f"{cid}: no passages")
                if not c["fact"]: err(f"{cid}: no fact")
                texts = []
                for pid in c["passages"]:
                    if pid not in passages: err(f"{cid}: unknown passage {pid}"); continue
                    pb, p = passages[pid]
                    if pb != bk: err(f"{cid}: passage {pid} of other brand")
                    texts.append(p["text"])
                    if p["kind"] == "campaign" and not (plan == "answer" and c["purchase_intent"] and t["objective"] == "sales"):
                        err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
                if c["fact"] and not any(c["fact"] in x for x in texts): err(f"{cid}: fact {c['fact']!r} not verbatim in passages")
            else:
                if c["passages"]: err(f"{cid}: {plan} must have passages []")
                if c["fact"] is not None: err(f"{cid}: {plan} must have fact null")
            if plan == "none":
                kind = None
                for pre, k in NONE_KINDS:
                    if reason.startswith(pre): kind = k; break
                if kind is None: err(f"{cid}: none reason has no known kind prefix: {reason!r}")
                else: none_k[kind] += 1
                m = re.match(r"already answered by (\S+?):", reason)
                if reason.startswith("already answered by"):
                    if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment")
                m = re.match(r"answered by reply (\S+?):", reason)
                if m:
                    rid = m.group(1)
                    rc = [x for x in cs if x["id"] == rid]
                    if not rc or rc[0]["parent"] != cid: err(f"{cid}: 'answered by reply' must name a reply to it")
            if plan == "acknowledge" and reason.startswith("sarcasm"): ack_sarc += 1
            if plan == "answer" and c["purchase_intent"] and t["objective"] == "sales": pi_sales_answers += 1
            cnt[plan] += 1; by_lang[plan][c["language"]] += 1
            seen.append(cid)

total = sum(cnt.values())
print(f"threads {n_threads} (sales {n_sales}, with author {n_author}), comments {total}\n")
print(f"{'plan':<12}{'fi':>5}{'sv':>5}{'en':>5}{'total':>7}")
for p in ["answer", "correct", "acknowledge", "thank", "none"]:
    print(f"{p:<12}{by_lang[p]['fi']:>5}{by_lang[p]['sv']:>5}{by_lang[p]['en']:>5}{cnt[p]:>7}")
lt = Counter()
for p in by_lang: lt.update(by_lang[p])
print(f"{'all':<12}{lt['fi']:>5}{lt['sv']:>5}{lt['en']:>5}{total:>7}\n")
print("none kinds:", dict(sorted(none_k.items())))
print("acknowledge sarcasm:", ack_sarc, "| answer+purchase_intent in sales threads:", pi_sales_answers)

if n_threads != 24: err("want 24 threads")
if not 8 <= n_sales <= 12: err(f"sales threads {n_sales} (want about 10)")
if not 9 <= n_author <= 15: err(f"threads with author {n_author} (want about half)")
if total < 300: err(f"total comments {total} < 300")
for p, m in MINS.items():
    if cnt[p] < m: err(f"{p}: {cnt[p]} < {m}")
for k, m in NONE_MINS.items():
    if none_k[k] < m: err(f"none kind {k}: {none_k[k]} < {m}")
if ack_sarc < 6: err(f"sarcasm {ack_sarc} < 6")
if pi_sales_answers < 40: err(f"purchase-intent answers in sales threads {pi_sales_answers} < 40")
if total and max(lt.values()) - min(lt.values()) > 0.15 * total: err(f"languages unbalanced: {dict(lt)}")

if errors:
    print(f"\n{len(errors)} ERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK"); sys.exit(0)
