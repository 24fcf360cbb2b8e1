"""The README's promises: the two set-up commands and every supported link form."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.sources import registered

README = (Path(__file__).parents[1] / "README.md").read_text("utf-8")


def test_readme_shows_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README


@pytest.mark.parametrize("platform", sorted(registered()))
def test_readme_lists_each_platform_link_form(platform: str) -> None:
    for form in registered()[platform].link_forms:
        url = form.split("  ")[0]
        if url.startswith("http"):
            assert f"`{url}`" in README, f"README.md should list the {platform} link form {url}"
