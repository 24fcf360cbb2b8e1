"""The HTML report: built from stored comments, self-contained, localised, verbatim; opened in headless Chromium.

The browser tests use Debian's Chromium at /usr/bin/chromium through Playwright
(``executable_path``; ``playwright install`` is never run) and skip when it is
absent; ``.ci/run`` installs it, so CI always runs them. Each run keeps its
screenshots under the test's pytest tmp folder.
"""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.insights.html_report import render_html
from bot.insights.service import audience_board
from bot.services import Services
from tests.conftest import CliResult
from tests.insights.seed import NOW, TEXTS, seed

WEEK = "2026-W20"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def make(services_factory: Callable[..., Services], embedding_cache: Path) -> Callable[..., Services]:
    def build(locale: str = "en") -> Services:
        return services_factory(embedding_cache=embedding_cache, locale=locale)

    return build


def test_report_html_is_self_contained_and_quotes_verbatim(make: Callable[..., Services]) -> None:
    services = make()
    seed(services.db)
    page = render_html(audience_board(services, WEEK, now=NOW))
    assert page.startswith("<!doctype html>") and "default-src 'none'" in page
    assert not re.search(r"<script|<link|<img|@import|url\(", page, re.IGNORECASE)
    assert not re.search(r'\ssrc="', page)
    assert page.count('<svg class="chart') == 3 and 'class="sparkline"' in page
    assert "The outdoor unit is so loud at night that the neighbours complain." in html.unescape(page)
    assert "Top questions" in page and "What holds people back" in page and "trust" in page


@pytest.mark.parametrize(
    ("locale", "heading", "empty"),
    [
        ("en", "This week's themes", "No comments were collected in week 2026-W30"),
        ("fi", "Viikon teemat", "Viikolla 2026-W30 ei kerätty kommentteja"),
        ("sv", "Veckans teman", "Inga kommentarer samlades in vecka 2026-W30"),
    ],
)
def test_empty_week_says_what_to_do_instead_of_an_empty_chart(
    make: Callable[..., Services], locale: str, heading: str, empty: str
) -> None:
    services = make(locale)
    page = render_html(audience_board(services, "2026-W30", now=NOW))
    text = html.unescape(page)
    assert heading in text and empty in text and "kuulo watch list" in text
    assert '<svg class="chart' not in page and page.count('class="empty"') == 5  # the board, three charts, the outcomes


def test_week_with_one_comment_shows_it_rather_than_no_themes(make: Callable[..., Services]) -> None:
    services = make()
    seed(services.db)
    board = audience_board(services, "2026-W19", now=NOW)  # one comment that week (c5, filters' week differs)
    page = render_html(board)
    if board.themes:  # a theme with one comment this week is a theme card with that one quote
        assert all(theme.week_count >= 1 for theme in board.themes)
    else:
        assert "Too few similar comments this week" in html.unescape(page) and board.unthemed
    assert board.week_comments >= 1
    for quote in [q for theme in board.themes for q in theme.quotes] + board.unthemed:
        assert quote.text in {text for _, _, text in TEXTS}


def test_report_command_writes_one_html_file(
    kuulo: Callable[..., CliResult], tmp_path: Path, embedding_cache: Path
) -> None:
    from tests.conftest import make_settings

    services = Services(make_settings(tmp_path, embedding_cache=embedding_cache))
    try:
        seed(services.db)
    finally:
        services.close()
    result = kuulo("report", "--week", WEEK, "--format", "html", "--out", str(tmp_path / "out"), KUULO_LOCALE="sv")
    assert result.code == 0, result.err
    files = list((tmp_path / "out").iterdir())
    assert [f.name for f in files] == [f"report-{WEEK}.html"]
    assert "Publikrapport, vecka 2026-W20" in files[0].read_text("utf-8")


needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists() or shutil.which("chromium") is None,
    reason="Debian's chromium is not installed (.ci/run installs it: apt-get install -y chromium)",
)


@needs_chromium
@pytest.mark.parametrize("locale", ["en", "fi", "sv"])
def test_report_renders_in_headless_chromium(make: Callable[..., Services], tmp_path: Path, locale: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    services = make(locale)
    ids = seed(services.db)
    stored = {text for _, _, text in TEXTS}
    path = tmp_path / f"report-{locale}.html"
    path.write_text(render_html(audience_board(services, WEEK, now=NOW)), encoding="utf-8")
    errors: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
            page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            charts = page.locator("svg.chart")
            assert charts.count() == 3
            for n in range(charts.count()):
                box = charts.nth(n).bounding_box()
                assert charts.nth(n).is_visible() and box is not None and box["width"] > 200 and box["height"] > 20
            assert page.locator("svg.chart polyline.series").count() >= 1
            quotes = page.locator("blockquote.quote p").evaluate_all("els => els.map(e => e.textContent)")
            assert quotes and all(text in stored for text in quotes)
            fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
            assert fits, "the report scrolls sideways on a phone"
            page.screenshot(path=str(tmp_path / f"report-{locale}-phone.png"), full_page=True)
            page.set_viewport_size({"width": 1280, "height": 900})
            page.screenshot(path=str(tmp_path / f"report-{locale}-desktop.png"), full_page=True)
            page.emulate_media(media="print")
            page.pdf(path=str(tmp_path / f"report-{locale}.pdf"))
            assert page.locator("article.theme").first.is_visible()
        finally:
            browser.close()
    assert errors == []
    assert requests == [path.as_uri()], "the report made a request besides opening itself"
    assert (tmp_path / f"report-{locale}-phone.png").stat().st_size > 10_000
    assert ids  # the seeded comments are what the quotes came from
