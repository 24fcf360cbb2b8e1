#!/usr/bin/env python3
"""Validator for the reply-plans-b blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
PLANS = {"answer", "correct", "acknowledge", "thank", "none"}
LANGS = {"fi", "sv", "en"}
OBJECTIVES = {"sales", "trust", "awareness", "behaviour_change"}
PLATFORMS = {"instagram", "facebook", "tiktok", "x", "linkedin", "youtube", "reddit"}
KINDS = {"fact", "faq", "support", "campaign", "voice", "disclosure"}
# none kinds, recognised by the start of the reason
NONE_KINDS = [
    ("already answered by ", "already_answered"),
    ("user answers themselves", "user_answers_themselves"),
    ("answered by a later reply", "answered_by_later_reply"),
    ("correct user answer", "correct_user_answer"),
    ("guidance does not answer this", "guidance_does_not_answer"),
    ("agreement with another commenter", "agreement_thanks_to_commenter"),
    ("thanks to another commenter", "agreement_thanks_to_commenter"),
    ("banter", "banter_joke"),
    ("joke", "banter_joke"),
    ("tip agrees with guidance", "tip_agrees"),
    ("user-to-user", "user_to_user"),
    ("praise of competitor", "praise_of_competitor"),
    ("off-topic", "off_topic"),
    ("tag of friend", "tag_of_friend"),
]
MINIMUMS = {
    "answer": 100, "correct": 20, "acknowledge": 35, "thank": 25, "none": 130,
    "answer_pi_sales": 40, "total": 300,
    "none:already_answered": 15, "none:user_answers_themselves": 3,
    "none:guidance_does_not_answer": 25, "none:agreement_thanks_to_commenter": 20,
    "none:banter_joke": 15, "none:tip_agrees": 10, "none:user_to_user": 10,
    "acknowledge:sarcasm": 6, "acknowledge:already_contacted_support": 3,
}

errors = []


def err(msg):
    errors.append(msg)


def none_kind(reason):
    r = reason.strip().lower()
    for prefix, kind in NONE_KINDS:
        if r.startswith(prefix):
            return kind
    return None


def main():
    try:
        brands = yaml.safe_load((ROOT / "brands.yaml").read_text(encoding="utf-8"))
    except Exception as e:  # noqa
        print(f"ERROR brands.yaml does not parse: {e}")
        return 1
    if not isinstance(brands, dict) or len(brands) != 3:
        err("brands.yaml must map exactly 3 brand keys")
    passages = {}  # id -> (brand, kind, lang, text)
    for bkey, b in brands.items():
        for f in ("name", "objective_default", "terms", "competitors", "guidance"):
            if f not in b:
                err(f"{bkey}: missing {f}")
        g = b.get("guidance") or []
        if not 14 <= len(g) <= 20:
            err(f"{bkey}: {len(g)} guidance passages (need 14-20)")
        langs, kinds = set(), set()
        for p in g:
            pid = p.get("id", "")
            if not re.fullmatch(rf"{re.escape(bkey)}-g\d\d", pid):
                err(f"{bkey}: bad passage id {pid!r}")
            if pid in passages:
                err(f"duplicate passage id {pid}")
            if p.get("kind") not in KINDS:
                err(f"{pid}: bad kind {p.get('kind')!r}")
            if p.get("language") not in LANGS:
                err(f"{pid}: bad language {p.get('language')!r}")
            if not isinstance(p.get("text"), str) or not p["text"].strip():
                err(f"{pid}: empty text")
            langs.add(p.get("language"))
            kinds.add(p.get("kind"))
            passages[pid] = (bkey, p.get("kind"), p.get("language"), p.get("text") or "")
        if langs != LANGS:
            err(f"{bkey}: guidance languages {sorted(langs)} do not cover fi/sv/en")
        if kinds != KINDS:
            err(f"{bkey}: guidance kinds missing {sorted(KINDS - kinds)}")

    counts = Counter()
    table = defaultdict(Counter)  # plan -> lang -> n
    nonekinds = Counter()
    objectives = Counter()
    seen_threads, seen_comments = set(), set()
    per_brand_threads = Counter()
    for bkey in brands:
        path = ROOT / "threads" / f"{bkey}.yaml"
        if not path.exists():
            err(f"missing {path.name}")
            continue
        try:
            threads = yaml.safe_load(path.read_text(encoding="utf-8"))
        except Exception as e:  # noqa
            err(f"{path.name} does not parse: {e}")
            continue
        for t in threads:
            tid = t.get("id", "")
            per_brand_threads[bkey] += 1
            if not re.fullmatch(rf"{re.escape(bkey)}-\d\d", tid):
                err(f"bad thread id {tid!r} in {path.name}")
            if tid in seen_threads:
                err(f"duplicate thread id {tid}")
            seen_threads.add(tid)
            for f in ("platform", "objective", "title", "body", "comments"):
                if not t.get(f):
                    err(f"{tid}: missing {f}")
            if t.get("platform") not in PLATFORMS:
                err(f"{tid}: bad platform {t.get('platform')!r}")
            obj = t.get("objective")
            if obj not in OBJECTIVES:
                err(f"{tid}: bad objective {obj!r}")
            objectives[obj] += 1
            comments = t.get("comments") or []
            if not 13 <= len(comments) <= 18:
                err(f"{tid}: {len(comments)} comments (need 13-18)")
            earlier = []
            for c in comments:
                cid = c.get("id", "")
                if not re.fullmatch(rf"{re.escape(tid)}-c\d\d", cid):
                    err(f"{tid}: bad comment id {cid!r}")
                if cid in seen_comments:
                    err(f"duplicate comment id {cid}")
                seen_comments.add(cid)
                for f in ("author", "parent", "language", "text", "plan", "reason", "passages", "fact",
                          "purchase_intent"):
                    if f not in c:
                        err(f"{cid}: missing field {f}")
                par = c.get("parent")
                if par is not None and par not in earlier:
                    err(f"{cid}: parent {par!r} is not an earlier comment of {tid}")
                lang, plan = c.get("language"), c.get("plan")
                if lang not in LANGS:
                    err(f"{cid}: bad language {lang!r}")
                if plan not in PLANS:
                    err(f"{cid}: bad plan {plan!r}")
                if not isinstance(c.get("purchase_intent"), bool):
                    err(f"{cid}: purchase_intent must be true/false")
                reason = c.get("reason")
                if not isinstance(reason, str) or not reason.strip():
                    err(f"{cid}: empty reason")
                    reason = ""
                if not isinstance(c.get("text"), str) or not c["text"].strip():
                    err(f"{cid}: empty text")
                pas = c.get("passages")
                fact = c.get("fact")
                if not isinstance(pas, list):
                    err(f"{cid}: passages must be a list")
                    pas = []
                for pid in pas:
                    if pid not in passages:
                        err(f"{cid}: unknown passage {pid}")
                    elif passages[pid][0] != bkey:
                        err(f"{cid}: passage {pid} belongs to another brand")
                    elif passages[pid][1] == "campaign" and not (
                            plan == "answer" and c.get("purchase_intent") is True and obj == "sales"):
                        err(f"{cid}: campaign passage {pid} outside an answer with purchase intent in a sales thread")
                if plan in ("answer", "correct"):
                    if not pas:
                        err(f"{cid}: {plan} without passages")
                    if not isinstance(fact, str) or not fact.strip():
                        err(f"{cid}: {plan} without fact")
                    elif not any(fact in passages[p][3] for p in pas if p in passages):
                        err(f"{cid}: fact {fact!r} not verbatim in {pas}")
                    elif len(fact) > 80:
                        err(f"{cid}: fact longer than 80 chars")
                else:
                    if pas:
                        err(f"{cid}: {plan} must have passages: []")
                    if fact is not None:
                        err(f"{cid}: {plan} must have fact: null")
                m = re.search(r"already answered by ([\w-]+)", reason)
                if m:
                    ref = m.group(1)
                    if ref not in earlier:
                        err(f"{cid}: 'already answered by {ref}' is not an earlier comment of {tid}")
                if plan == "none":
                    k = none_kind(reason)
                    if k is None:
                        err(f"{cid}: none reason does not start with a known kind: {reason[:50]!r}")
                    else:
                        nonekinds[k] += 1
                        counts["none:" + k] += 1
                if plan == "acknowledge":
                    if reason.lower().startswith("sarcasm"):
                        counts["acknowledge:sarcasm"] += 1
                    if "already contacted support" in reason.lower():
                        counts["acknowledge:already_contacted_support"] += 1
                counts[plan] += 1
                counts["total"] += 1
                table[plan][lang] += 1
                if plan == "answer" and c.get("purchase_intent") is True and obj == "sales":
                    counts["answer_pi_sales"] += 1
                earlier.append(cid)
    for b, n in per_brand_threads.items():
        if n != 8:
            err(f"{b}: {n} threads (need 8)")
    if len(seen_threads) != 24:
        err(f"{len(seen_threads)} threads in total (need 24)")
    for k, v in MINIMUMS.items():
        if counts[k] < v:
            err(f"minimum not met: {k} = {counts[k]} < {v}")

    # report
    print(f"{'plan':<12}{'fi':>6}{'sv':>6}{'en':>6}{'total':>8}")
    tot = Counter()
    for plan in ["answer", "correct", "acknowledge", "thank", "none"]:
        row = table[plan]
        for l in LANGS:
            tot[l] += row[l]
        print(f"{plan:<12}{row['fi']:>6}{row['sv']:>6}{row['en']:>6}{sum(row.values()):>8}")
    print(f"{'total':<12}{tot['fi']:>6}{tot['sv']:>6}{tot['en']:>6}{sum(tot.values()):>8}")
    print()
    print("none kinds:", ", ".join(f"{k}={v}" for k, v in sorted(nonekinds.items())))
    print("answer with purchase intent in sales threads:", counts["answer_pi_sales"])
    print("acknowledge sarcasm:", counts["acknowledge:sarcasm"],
          "| acknowledge already contacted support:", counts["acknowledge:already_contacted_support"])
    print("threads by objective:", dict(objectives))
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
