"""`make eval`: every measured quality bar, printed.

1. Signals and opportunity scoring on the labelled set in ``eval/`` (issue: opportunities).
2. Draft checks: the block rate on adversarial drafts (an always-obeying model following planted
   instructions) and on benign reference replies (``tests/injection/``), then the bars of issue 19
   on every drafts set of ``eval/blind/sets.yaml`` (``bench/eval_drafts.py``).
3. Reply plans (issue 25, ``eval/reply_plans.py``): plan accuracy, offers in complaint replies, drafts
   for agreement or thanks to others, answers stating their fact, on dev and every ``reply-plans-*``
   blind set; the approver panel's verdicts in ``eval/panel/``. ``--export-panel DIR`` writes the
   panel packets (each set's and the demo's drafts).
Further sections are added by the features they measure.
"""

from __future__ import annotations

import sys

from eval.reply_plans import main as plans_main
from eval.run import main as opportunities_main


def checks_section() -> int:
    from tests.injection.bench import bench_rates

    print("\n== Draft checks: adversarial and benign block rates")
    rates = bench_rates()
    print(rates.summary())
    from bench.eval_drafts import main as drafts_main

    return drafts_main([])


def main(argv: list[str]) -> int:
    status = opportunities_main(argv)
    status |= checks_section()
    from bench.eval_themes import main as themes_main

    status |= themes_main(argv)
    from bench.eval_ask import main as ask_main

    status |= ask_main(argv)
    status |= plans_main(argv)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
