"""``kuulo demo --brands 2``: the sample brand beside a second one whose guidance contradicts it, one install.

The second brand, Kajo (a fictional heat-pump installer), is the sample guidance with its own name, site
and prices, so the two brands' guidance disagrees on price. Both watch the same recorded Finnish thread:
it is fetched once and judged by each brand against its own guidance, and each brand's drafts are
printed side by side with a check that no draft of one brand states the other's name, site or prices.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bot.brands.records import add_brand, set_value
from bot.brands.settings import resolve
from bot.demo import RECORDINGS, SAMPLE_GUIDANCE, THREADS, Echo, demo_settings
from bot.demo.replay import ReplayServer
from bot.review.decisions import pending
from bot.services import Services
from bot.watching.polling import poll
from bot.watching.watches import add_watch
from knowledge.ingest import ingest

SECOND = "kajo"
# What only the sample brand's guidance says, and the second brand's contradicting version of it.
SAMPLE_ONLY = ("Revontuli", "revontuli.example", "1 000 €", "500 €")
SECOND_ONLY = ("Kajo", "kajo.example", "7 777 €", "4 444 €")


def _rebrand(text: str) -> str:
    for ours, theirs in zip(SAMPLE_ONLY, SECOND_ONLY, strict=True):
        text = text.replace(ours, theirs)
    return text


def second_brand_guidance(folder: Path) -> Path:
    """The sample guidance and brand file rewritten for Kajo: its name, site and (contradicting) prices."""
    for path in SAMPLE_GUIDANCE.rglob("*"):
        if path.is_file() and path.suffix in (".md", ".txt", ".yaml", ".yml"):
            target = folder / path.relative_to(SAMPLE_GUIDANCE)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_rebrand(path.read_text("utf-8")), "utf-8")
    return folder


def run_brands_demo(echo: Echo = print) -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kuulo-demo-") as tmp, ReplayServer() as server:
        server.load_dir(RECORDINGS)
        services = Services(demo_settings(Path(tmp) / "data", server.url))
        try:
            leaks = _run(services, echo, server, second_brand_guidance(Path(tmp) / "kajo"))
        finally:
            services.close()
    echo(f"\nDemo finished in {time.monotonic() - started:.1f} s. Its data was in a temporary folder, now removed.")
    return 1 if leaks else 0


def _run(services: Services, echo: Echo, server: ReplayServer, kajo: Path) -> int:
    settings = services.settings
    echo("Kuulo demo, two brands in one install (an agency): Revontuli (the sample) and Kajo (its guidance")
    echo("contradicts Revontuli's on price). Both watch the same Finnish thread; nothing is sent anywhere.")
    echo(f"Drafter: {settings.drafter_mode}")

    echo("\n1. Brands and their own guidance (one Chroma collection each)")
    set_value(services.db, "default", "display_name", "Revontuli Oy")
    add_brand(services.db, SECOND, display_name="Kajo Oy", locale="fi")
    set_value(services.db, SECOND, "brand_file", str(kajo / "brand.yaml"))
    for name, folder in (("default", SAMPLE_GUIDANCE), (SECOND, kajo)):
        scoped = services.for_brand(name)
        added = sum(r.added for r in ingest(scoped.guidance, [folder]))
        echo(f"   {name:<8} {added} passages → collection {scoped.settings.chroma_collection}")

    echo("\n2. Watches: the Finnish thread for both brands, the others for Revontuli only")
    for url, objective, topic in THREADS:
        brands = ("default", SECOND) if "1kuu01" in url else ("default",)
        for brand in brands:
            watch = add_watch(services.db, settings, url, objective=objective, topics=[topic], brand=brand).watch
            echo(f"   watch {watch.id} ({brand}): {url}")

    echo("\n3. Poll: each thread fetched once, its comments judged by every brand watching it")
    for outcome in poll(services, include_all=True):
        echo("   " + outcome.line())
    fetches = len(server.requests_to("/comments/1kuu01.json"))
    echo(f"   the shared Finnish thread was fetched {fetches} time(s) for both brands")

    echo("\n4. Each brand's review queue, side by side")
    leaks = 0
    for name, forbidden in (("default", SECOND_ONLY), (SECOND, SAMPLE_ONLY)):
        chosen = resolve(services.db, settings, name)
        drafts = pending(services.db, chosen.id)
        echo(f"\n   {chosen.display_name} ({name}): {len(drafts)} drafts, cards to its own channel, its own approvers")
        for view in drafts[:3]:
            echo(f"   draft {view.id} · comment by {view.comment_author}: {_one_line(view.comment_text or '')}")
            echo(f"     | {_one_line(view.text, 200)}")
        leaked = [(view.id, word) for view in drafts for word in forbidden if word in view.text]
        leaks += len(leaked)
        other = "Kajo" if name == "default" else "Revontuli"
        echo(
            f"   isolation: {'OK' if not leaked else 'LEAK'}: {len(leaked)} of its drafts state {other}'s "
            f"name, site or prices ({', '.join(forbidden)})"
        )
    echo(
        "\nNext: `kuulo brand list`, `kuulo brand show kajo`, `kuulo export --what drafts --brand kajo`"
        " (docs/brands.md)."
    )
    return leaks


def _one_line(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
