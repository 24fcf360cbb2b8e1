"""eval.optout_fit (session 33, issue 18): the opt-out class fitted on more writers, read on writers it never saw.
Invented readings and thread ids, no model fit, no set."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from eval.dataset import EvalComment, held_out_thread
from eval.judgement_train import Sample
from eval.optout_fit import Reading, _in_fold, fold_of, line, total


def _reading(fi: tuple[int, int], sv: tuple[int, int], en: tuple[int, int], false: int = 0) -> Reading:
    everything = (fi[0] + sv[0] + en[0], fi[1] + sv[1] + en[1])
    return Reading({"fi": fi, "sv": sv, "en": en, "all": everything}, everything[0], 1, false, 0, false, 2, 50)


def test_the_thirds_are_the_hold_out_hash_and_fold_zero_is_the_hold_out() -> None:
    threads = [f"w-t{i}" for i in range(60)]
    assert {fold_of("judgement-w", t) for t in threads} == {0, 1, 2}
    assert [t for t in threads if fold_of("judgement-w", t) == 0] == [
        t for t in threads if held_out_thread(t, prefix="judgement-w")
    ]
    sample = Sample("stop", frozenset(), f"judgement-w:{threads[0]}")
    assert _in_fold(sample, "judgement-w", fold_of("judgement-w", threads[0]))
    assert not _in_fold(Sample("stop", frozenset(), f"dev-b:{threads[0]}"), "judgement-w", 0)


def test_readings_add_up_by_language_and_a_line_shows_each() -> None:
    summed = total([_reading((3, 4), (2, 4), (4, 4), false=1), _reading((1, 2), (2, 2), (0, 1))])
    assert summed.recognised["fi"] == (4, 6) and summed.recognised["all"] == (12, 17)
    assert summed.false == 1 and summed.others == 100
    shown = line("judgement-x", "train", summed)
    assert "opt-outs  12/17  (0.706)" in shown and "fi   4/6" in shown and "recognised  1" in shown


def test_a_near_miss_is_a_row_its_writer_marked_with_a_trailing_nm(tmp_path: Path) -> None:
    from eval.optout_fit import near_miss

    rows = tmp_path / "t.yaml"
    rows.write_text(
        '    - [sv, question, [], "draft", "Kan ni ringa mig? #1 fråga"] # nm\n'
        '    - [en, question, [], "", "no calls please # nm"]\n',
        "utf-8",
    )

    def comment(number: int) -> EvalComment:
        return EvalComment(
            "c",
            "b",
            "t",
            "blind",
            "reddit",
            "sv",
            "question",
            (),
            False,
            False,
            False,
            "x",
            "",
            False,
            f"{rows}:{number}",
        )

    assert near_miss(comment(1)) and not near_miss(comment(2))
    assert not near_miss(dataclasses.replace(comment(1), source=""))
