"""Which signal flagged or escalated each hard negative of the spent judgement writers (session 31, issue #18).

``python -m eval.hard_groups [--set judgement-b,...]`` re-judges every set from ``eval.thread_fit``'s cache (built on
first use; its figures equal ``eval.run --set NAME``) and sorts each hard negative flagged or escalated by what did it:
its own reading first (``own rule:<class>``, ``own detector_flag:<class>``, ``own detector_grey:<class>``,
``own sure_clause:<class>``: an injury clause at its flag threshold though the whole comment is under the grey band),
else its thread (``thread title_rule``, ``title_detector`` or ``title_grey:<class>``, ``thread siblings:<class>``).
A comment with several own signals is counted once, by the strongest: a rule, then a flag, then the grey band. It
prints per writer the count of each group and of coarse groups (own / thread, by signal), and lists no comment.
Fresh sets are never opened: only the names in ``eval.thread_fit.SPENT``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence

from bot.signals import combine, rules
from bot.signals.combine import judge, judge_threads
from bot.signals.judgement import FIGURE_CLASSES, Verdict
from bot.signals.types import Signals
from eval.run import Calibration, _score, product_calibration
from eval.thread_fit import SPENT, Brand, load, rows

ORDER = ("rule", "detector_flag", "detector_grey", "sure_clause")


def own_group(own: Signals, verdict: Verdict | None) -> str | None:
    """What a comment raises on its own (judged alone, no thread), by its strongest signal, or None."""
    alone = judge(own, verdict)
    found: list[tuple[str, str]] = []
    for flag in alone.risk:
        if flag in own.risk:
            found.append(("rule", flag))
        elif verdict is not None and flag in verdict.flags:
            found.append(("detector_flag", flag))
    for flag in alone.uncertain:
        if verdict is None or flag not in verdict.uncertain:
            continue
        whole = verdict.scores.get(flag)
        below = whole is not None and whole < combine._grey_start(flag)
        found.append(("sure_clause" if below else "detector_grey", flag))
    if not found:
        return None
    kind, flag = min(found, key=lambda item: ORDER.index(item[0]))
    return f"own {kind}:{flag}"


def thread_group(
    head: tuple[str, Verdict | None] | None,
    language: str | None,
    title: Sequence[str],
    siblings: Sequence[str],
    names: Sequence[str] = (),
) -> str:
    """What a comment's thread passed on: its title's first flag by its source, else its siblings' first flag."""
    if title and head is not None:
        flag = title[0]
        ruled = set(rules.risk_flags(head[0], language, names))
        flagged = set(head[1].flags) if head[1] is not None else set()
        source = "title_rule" if flag in ruled else "title_detector" if flag in flagged else "title_grey"
        return f"thread {source}:{flag}"
    if siblings:
        return f"thread siblings:{siblings[0]}"
    return "other"


def groups(brands: Sequence[Brand]) -> tuple[list[str], int]:
    """The group of each hard negative flagged or escalated, and the count of hard negatives, of one set."""
    cal = _calibration()
    out: list[str] = []
    total = 0
    for b in brands:
        judged = judge_threads(
            b.own, b.verdicts, [c.thread_id for c in b.comments], b.heads, names=(*b.terms, *b.competitors)
        )
        for i, prepared in enumerate(rows([b])):
            comment = prepared.comment
            if not comment.hard:
                continue
            total += 1
            if b.skips[i] is not None:
                continue
            action = _score(prepared, cal)[1]
            if not (prepared.signals.risk or action == "escalate"):
                continue
            own = own_group(b.own[i], b.verdicts[i])
            if own is None:
                own = thread_group(
                    b.heads.get(comment.thread_id),
                    b.own[i].language,
                    judged[i].title_flags,
                    judged[i].sibling_flags,
                    (*b.terms, *b.competitors),
                )
            out.append(own)
    return out, total


_cal: list[Calibration] = []


def _calibration() -> Calibration:
    """The product's thresholds, as eval.run and eval.thread_fit measure with, once per process."""
    if not _cal:
        _cal.append(product_calibration())
    return _cal[0]


def coarse(group: str) -> list[str]:
    """The coarse groups a group counts in: own or thread, by signal, and own risk of the figure classes."""
    side, rest = group.split(" ", 1) if " " in group else (group, "")
    kind, _, flag = rest.partition(":")
    out = [f"{side} *", f"{side} {kind}"]
    if side == "own" and flag in FIGURE_CLASSES:
        out.append("own * of crisis, injury, money, harassment")
    return out


def table(names: Sequence[str]) -> str:
    per: dict[str, Counter[str]] = {}
    totals: dict[str, tuple[int, int]] = {}
    for name in names:
        found, total = groups(load(name))
        totals[name] = (len(found), total)
        for group in found:
            for key in (*coarse(group), group):
                per.setdefault(key, Counter())[name] += 1
    letters = [n.rsplit("-", 1)[-1] for n in names]
    lines = ["group".ljust(46) + " ".join(f"{x:>3}" for x in letters) + "  all  writers"]
    for key, counts in sorted(per.items(), key=lambda kv: (":" in kv[0], -sum(kv[1].values()))):
        lines.append(
            key[:46].ljust(46)
            + " ".join(f"{counts.get(n, 0):3}" for n in names)
            + f" {sum(counts.values()):4}  {sum(1 for n in names if counts.get(n))}"
        )
    lines.append(
        "flagged or escalated".ljust(46)
        + " ".join(f"{totals[n][0]:3}" for n in names)
        + f" {sum(t[0] for t in totals.values()):4}"
    )
    lines.append(
        "hard negatives".ljust(46)
        + " ".join(f"{totals[n][1]:3}" for n in names)
        + f" {sum(t[1] for t in totals.values()):4}"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="sets", default=",".join(SPENT), help="spent judgement sets, comma-separated")
    args = parser.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    unknown = [n for n in names if n not in SPENT]
    if unknown:
        raise SystemExit(f"not a spent judgement set of eval.thread_fit.SPENT: {', '.join(unknown)}")
    print(table(names))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
