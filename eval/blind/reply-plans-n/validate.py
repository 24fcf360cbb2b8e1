#!/usr/bin/env python3
"""Validator for the reply-plans-n blind set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
NONE_KINDS = [  # (kind, reason prefix regex) — order matters
    ("already_answered", r"already answered by "),
    ("self_answer", r"user answers themselves"),
    ("user_answer", r"user answer:"),
    ("not_in_guidance", r"guidance does not answer this"),
    ("agreement_commenter", r"(agreement with [a-z]+-\d\d-c\d\d|thanks aimed at another commenter)"),
    ("agreement_author", r"agreement with the post author"),
    ("banter", r"banter"),
    ("tip", r"tip agrees"),
    ("user_to_user", r"user-to-user"),
    ("tag", r"tag"),
    ("competitor", r"competitor (praise|mention)"),
    ("influencer_praise", r"influencer praise"),
    ("off_topic", r"off-topic"),
]
MINIMUMS = {"total": 300, "answer": 100, "answer_pi_sales": 40, "correct": 20, "acknowledge": 35,
            "thank": 25, "none": 130, "already_answered": 15, "not_in_guidance": 25,
            "agreement_commenter": 20, "banter": 15, "tip": 10, "sarcasm": 6, "user_to_user": 10,
            "ack_already_contacted": 5, "ack_with_price": 3}

errors = []
def err(msg): errors.append(msg)

def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except Exception as e:  # noqa
        err(f"{path}: YAML error {e}"); return None

brands = load(os.path.join(HERE, "brands.yaml")) or {}
passages = {}  # id -> (brand, passage)
for key, b in brands.items():
    for fld in ("name", "objective_default", "terms", "competitors", "guidance"):
        if fld not in b: err(f"brand {key}: missing {fld}")
    g = b.get("guidance", [])
    if not 14 <= len(g) <= 20: err(f"brand {key}: {len(g)} passages (want 14–20)")
    if {p["language"] for p in g} != LANGS: err(f"brand {key}: guidance does not cover fi/sv/en")
    if not KINDS <= {p["kind"] for p in g}: err(f"brand {key}: missing kinds {KINDS - {p['kind'] for p in g}}")
    for p in g:
        if not re.fullmatch(rf"{key}-g\d\d", p["id"]): err(f"bad passage id {p['id']}")
        if p["id"] in passages: err(f"duplicate passage id {p['id']}")
        if p["kind"] not in KINDS: err(f"{p['id']}: bad kind")
        if p["language"] not in LANGS: err(f"{p['id']}: bad language")
        passages[p["id"]] = (key, p)

cnt = Counter(); table = defaultdict(Counter); none_kinds = Counter(); thread_ids = set(); comment_ids = set()
n_threads_author = 0; obj_count = Counter()
files = sorted(glob.glob(os.path.join(HERE, "threads", "*.yaml")))
if {os.path.basename(f)[:-5] for f in files} != set(brands): err("thread files do not match brand keys")
for path in files:
    key = os.path.basename(path)[:-5]
    threads = load(path) or []
    if len(threads) != 8: err(f"{key}: {len(threads)} threads (want 8)")
    for t in threads:
        tid = t.get("id", "?")
        if not re.fullmatch(rf"{key}-\d\d", tid): err(f"bad thread id {tid}")
        if tid in thread_ids: err(f"duplicate thread id {tid}")
        thread_ids.add(tid)
        if t.get("platform") not in PLATFORMS: err(f"{tid}: bad platform")
        if t.get("objective") not in OBJECTIVES: err(f"{tid}: bad objective")
        obj_count[t.get("objective")] += 1
        for fld in ("title", "body"):
            if not t.get(fld): err(f"{tid}: missing {fld}")
        if t.get("author"): n_threads_author += 1
        cs = t.get("comments", [])
        if not 13 <= len(cs) <= 18: err(f"{tid}: {len(cs)} comments (want 13–18)")
        seen = []
        for c in cs:
            cid = c.get("id", "?")
            if not re.fullmatch(rf"{tid}-c\d\d", cid): err(f"bad comment id {cid}")
            if cid in comment_ids: err(f"duplicate comment id {cid}")
            comment_ids.add(cid)
            if c.get("parent") is not None and c["parent"] not in seen: err(f"{cid}: parent {c['parent']} not an earlier comment of {tid}")
            plan, lang = c.get("plan"), c.get("language")
            if plan not in PLANS: err(f"{cid}: bad plan {plan}")
            if lang not in LANGS: err(f"{cid}: bad language {lang}")
            if not c.get("text") or not c.get("author"): err(f"{cid}: missing text/author")
            reason = c.get("reason") or ""
            if not reason: err(f"{cid}: missing reason")
            if not isinstance(c.get("purchase_intent"), bool): err(f"{cid}: purchase_intent not bool")
            ps, fact = c.get("passages"), c.get("fact")
            if plan in ("answer", "correct"):
                if not ps: err(f"{cid}: {plan} without passages")
                if not fact: err(f"{cid}: {plan} without fact")
                for p in ps or []:
                    if p not in passages: err(f"{cid}: unknown passage {p}")
                    elif passages[p][0] != key: err(f"{cid}: passage {p} from another brand")
                    elif passages[p][1]["kind"] == "campaign" and not (plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales"):
                        err(f"{cid}: campaign passage outside a purchase-intent answer in a sales thread")
                if fact and not any(p in passages and fact in passages[p][1]["text"] for p in ps or []):
                    err(f"{cid}: fact {fact!r} not verbatim in {ps}")
            else:
                if ps != [] or fact is not None: err(f"{cid}: {plan} must have passages [] and fact null")
            m = re.match(r"already answered by (\S+?):", reason)
            if "already answered by" in reason:
                if not m or m.group(1) not in seen: err(f"{cid}: 'already answered by' must name an earlier comment of {tid}")
            if plan == "none":
                kind = next((k for k, rx in NONE_KINDS if re.match(rx, reason)), None)
                if kind is None: err(f"{cid}: none reason has no known kind: {reason!r}")
                else: none_kinds[kind] += 1
            if plan == "acknowledge":
                if reason.startswith("sarcasm"): cnt["sarcasm"] += 1
                if "already" in reason: cnt["ack_already_contacted"] += 1
                if "price" in reason: cnt["ack_with_price"] += 1
            cnt[plan] += 1; cnt["total"] += 1; table[plan][lang] += 1; table["ALL"][lang] += 1
            if plan == "answer" and c.get("purchase_intent") and t.get("objective") == "sales": cnt["answer_pi_sales"] += 1
            seen.append(cid)

allc = Counter(cnt); allc.update(none_kinds)
for k, v in MINIMUMS.items():
    if allc[k] < v: err(f"minimum not met: {k} = {allc[k]} < {v}")
if not 8 <= obj_count["sales"] <= 12: err(f"sales threads {obj_count['sales']} (want about 10)")
if not 8 <= n_threads_author <= 16: err(f"threads with author {n_threads_author} (want about half)")
tot = cnt["total"] or 1
for l in LANGS:
    if table["ALL"][l] / tot < 0.28: err(f"language {l} under-represented: {table['ALL'][l]}/{tot}")

print(f"{'plan':<12}{'fi':>6}{'sv':>6}{'en':>6}{'total':>8}")
for plan in ["answer", "correct", "acknowledge", "thank", "none", "ALL"]:
    r = table[plan]; print(f"{plan:<12}{r['fi']:>6}{r['sv']:>6}{r['en']:>6}{sum(r.values()):>8}")
print(f"answer with purchase intent in sales threads: {cnt['answer_pi_sales']}")
print(f"acknowledge: sarcasm {cnt['sarcasm']}, already contacted {cnt['ack_already_contacted']}, with price {cnt['ack_with_price']}")
print("none kinds: " + ", ".join(f"{k} {none_kinds[k]}" for k, _ in NONE_KINDS))
print(f"threads {len(thread_ids)} (objectives {dict(obj_count)}), with author {n_threads_author}; passages {len(passages)}")
if errors:
    print(f"\nFAILED: {len(errors)} error(s)"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed"); sys.exit(0)
