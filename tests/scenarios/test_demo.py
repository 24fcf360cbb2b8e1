"""`kuulo demo`: the whole flow on the bundled recordings, through the real sources."""

from __future__ import annotations

import re
from typing import Any


def test_demo_drafts_in_three_languages_each_citing_guidance_and_says_it_was_offline(kuulo: Any) -> None:
    result = kuulo("demo")  # its speed is measured by `make bench`, not asserted here
    assert result.code == 0, result.err
    out = result.out
    assert re.search(r"watch 1 .*: 9 new, 0 changed, 0 deleted; \d+ opportunities, [1-9]\d* drafts", out)
    drafts = re.findall(r"draft \d+ · reddit · (fi|sv|en) · objective", out)
    assert {"fi", "sv", "en"} <= set(drafts)
    cites = re.findall(r"cites:   (.+)", out)
    assert len(cites) == len(drafts) and all(c != "-" for c in cites)
    assert "blocked:" not in out  # the offline drafts pass every blocking check
    assert "(I work at Revontuli.)" in out and "(Jag jobbar på Revontuli.)" in out and "– Aino, Revontuli" in out
    assert "written OFFLINE" in out and "OPENAI_BASE_URL" in out
    assert "what the audience asked" in out
