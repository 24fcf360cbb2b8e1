"""``kuulo demo``: the whole flow on recorded threads, in a fresh temporary folder.

It ingests the sample brand guidance, starts a local replay server with the
recordings in ``bot/demo/recordings/``, watches the recorded threads through
the real source code and HTTP client, polls (which assesses and drafts), and
prints the review queue and a short digest. Nothing is sent anywhere.

With ``burst=True`` (``kuulo demo --burst``) it then plants a burst: the Finnish
thread's next read carries a dozen new complaints about one thing from the last
hour, the thread is polled again, and the burst check after the poll
(:func:`bot.insights.alerts.check_alerts`) opens an alert, printed as ``kuulo alerts``
prints it. Then it asks the audience a question (:func:`bot.insights.service.ask`).
"""

from __future__ import annotations

import html
import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.config import Settings, load_settings
from bot.demo.replay import ReplayServer
from bot.insights.alert_view import text_lines
from bot.insights.alerts import check_alerts, recent_alerts
from bot.insights.service import ask
from bot.opportunities.plan import asks_something
from bot.review.decisions import pending
from bot.services import Services
from bot.storage.models import Comment, Opportunity, Signal, utcnow
from bot.watching.polling import poll
from bot.watching.watches import add_watch
from bot.wording import say
from knowledge.ingest import ingest

RECORDINGS = Path(__file__).with_name("recordings")
SAMPLE_GUIDANCE = Path(__file__).parents[2] / "knowledge" / "sample"
THREADS = (
    ("https://www.reddit.com/r/Suomi/comments/1kuu01/lampopumppu_omakotitaloon/", "trust", "lämpöpumput"),
    ("https://www.reddit.com/r/sweden/comments/1kuu02/luft_vatten_varmepump_norrland/", "sales", "värmepump"),
    ("https://www.reddit.com/r/HomeImprovement/comments/1kuu03/air_to_water_cold_climate/", "awareness", "heat pumps"),
)

Echo = Callable[[str], None]


def demo_settings(data_dir: Path, replay_url: str) -> Settings:
    """The user's settings (so a configured model is used), with data and platforms redirected."""
    return load_settings(
        data_dir=data_dir,
        database_url=None,
        chroma_url=None,
        reddit_url=replay_url,
        brand_file=SAMPLE_GUIDANCE / "brand.yaml",
    )


def run_demo(echo: Echo = print, *, burst: bool = False) -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kuulo-demo-") as tmp, ReplayServer() as server:
        server.load_dir(RECORDINGS)
        data_dir = Path(tmp) / "data"
        services = Services(demo_settings(data_dir, server.url))
        try:
            _run(services, echo, server.url)
            if burst:
                _plant_burst(services, server, echo)
        finally:
            services.close()
    echo(f"\nDemo finished in {time.monotonic() - started:.1f} s. Its data was in a temporary folder, now removed.")
    return 0


def _run(services: Services, echo: Echo, replay_url: str) -> None:
    settings = services.settings
    echo("Kuulo demo: recorded threads, sample brand Revontuli (a fictional Finnish heat-pump company)")
    echo(f"Replay server for the platforms: {replay_url}   data: {settings.data_dir}")
    mode = settings.drafter_mode
    echo(
        f"Drafter: {mode}"
        + (f" ({settings.llm_model} at {settings.openai_base_url or 'OpenAI'})" if mode == "llm" else "")
    )

    echo("\n1. Brand guidance → Chroma")
    results = ingest(services.guidance, [SAMPLE_GUIDANCE])
    added = sum(r.added for r in results)
    echo(f"   {len(results)} guidance files, {added} passages embedded (fi, sv, en)")

    echo("\n2. Watches")
    for url, objective, topic in THREADS:
        result = add_watch(services.db, settings, url, objective=objective, topics=[topic], actor="demo")
        echo(f"   watch {result.watch.id}: {url}  objective={objective}")

    echo("\n3. Poll: fetch → store → signals → opportunities → drafts")
    for outcome in poll(services, include_all=True):
        echo("   " + outcome.line())

    _print_queue(services, echo)
    _print_digest(services, echo)
    _print_next_steps(settings, echo)


# A dozen complaints about one thing within the last hour: the frost stops the outdoor unit.
BURST_TEXTS = (
    "Ulkoyksikkö pysähtyi taas pakkasella ja näytössä virhekoodi E5, talo jäähtyy.",
    "Meillä sama E5-virhe aamulla -20 asteessa, ulkoyksikkö ei käynnisty.",
    "E5 error again this morning, the outdoor unit just stops in the frost.",
    "Utedelen stannar i kylan med felkod E5, huset blir kallt.",
    "Pakkasyönä ulkoyksikkö sammui E5-virheeseen, kukaan ei vastaa tukeen.",
    "Same here: E5 on the outdoor unit at -18, no heat since 5 am.",
    "E5 taas! Ulkoyksikkö jäätyy ja pysähtyy joka pakkasaamu.",
    "Felkod E5 på utedelen i natt, ingen värme alls.",
    "Outdoor unit froze and shows E5, support line is busy for hours.",
    "Ulkoyksikkö ei toimi pakkasella, E5 ja kylmä talo.",
    "E5 again, the unit stops whenever it gets below -15.",
    "Vår utedel visar E5 varje kall morgon, vad ska vi göra?",
)


def burst_cassette(now: float, texts: tuple[str, ...] = BURST_TEXTS) -> dict[str, Any]:
    """The Finnish thread's recording with ``texts`` added as new top-level comments from the last hour."""
    cassette: dict[str, Any] = json.loads((RECORDINGS / "reddit.json").read_text("utf-8"))
    thread = next(i for i in cassette["interactions"] if i["request"]["path"] == "/comments/1kuu01.json")
    listing = thread["response"]["json"][1]["data"]["children"]
    template = listing[0]["data"]
    for n, text in enumerate(texts):
        comment_id = f"burst{n}"
        listing.append(
            {
                "kind": "t1",
                "data": {
                    **template,
                    "id": comment_id,
                    "name": f"t1_{comment_id}",
                    "parent_id": template["link_id"],
                    "author": f"demo_neighbour_{n}",
                    "author_fullname": f"t2_demo{n}",
                    "body": text,
                    "body_html": f'<div class="md"><p>{html.escape(text)}</p></div>',
                    "created_utc": now - 60 * (55 - 4 * n),
                    "replies": "",
                    "permalink": template["permalink"].rsplit("/", 2)[0] + f"/{comment_id}/",
                    "depth": 0,
                    "score": 1,
                    "ups": 1,
                },
            }
        )
    return cassette


def _plant_burst(services: Services, server: ReplayServer, echo: Echo) -> None:
    now = utcnow()
    echo(f"\n6. A burst: {len(BURST_TEXTS)} complaints about one thing within the hour, on the Finnish thread")
    server.reset()
    server.load(burst_cassette(now.timestamp()))
    server.load_dir(RECORDINGS)  # the other threads read as before
    for outcome in poll(services, include_all=True, now=now):
        echo("   " + outcome.line())
    report = check_alerts(services.db, services.settings, services.embedder, now, None)
    echo(f"   burst check after the poll: {report.summary() or 'nothing new'}")
    for alert in recent_alerts(services.db, services.settings, now):
        for line in text_lines(alert):
            echo("   " + line)
    question = "Mitä ihmiset sanovat ulkoyksiköstä pakkasella?"
    echo(f"\n7. Ask the audience: {question}")
    answer = ask(services, question)
    for line in answer.text.splitlines():
        echo("   " + line)


def _print_queue(services: Services, echo: Echo) -> None:
    drafts = pending(services.db)
    echo(f"\n4. Review queue: {len(drafts)} drafts waiting for a human (nothing is published without approval)")
    plans = Counter(view.plan or "-" for view in drafts)
    echo("   reply plans: " + ", ".join(f"{plan} {count}" for plan, count in plans.most_common()))
    for view in drafts:
        echo(f"\n   draft {view.id} · {view.platform} · {view.language or '?'} · objective {view.objective}")
        echo(f"   thread:  {view.thread_title}")
        echo(f"   comment: {view.comment_author}: {_one_line(view.comment_text or '')}")
        if view.reason:
            echo(f"   why:     {view.reason}")
        if view.plan_key:
            echo(f"   plan:    {say('en', view.plan_key)} · {view.plan_reason or '-'}")
        echo(f"   draft ({view.drafter}):")
        for line in view.text.splitlines():
            echo(f"     | {line}")
        echo(f"   cites:   {', '.join(view.cited) or '-'}")
        if view.blocking:
            echo(f"   blocked: {'; '.join(view.blocking)}")


def _print_digest(services: Services, echo: Echo) -> None:
    with services.db.read() as session:
        comments = session.scalar(select(func.count()).select_from(Comment)) or 0
        actions = Counter(
            dict(session.execute(select(Opportunity.action, func.count()).group_by(Opportunity.action)).all())
        )
        languages = Counter(
            dict(session.execute(select(Signal.language, func.count()).group_by(Signal.language)).all())
        )
        needs = [
            (need, url)
            for need, url, text, language in session.execute(
                select(Signal.need, Comment.url, Comment.text, Signal.language)
                .join(Comment, Signal.comment_id == Comment.id)
                .where(Signal.need.is_not(None), Signal.intent.in_(("question", "recommendation_request")))
                .order_by(Comment.id)
            )
            if asks_something(text or "", language)  # not "good question, same here" nor an answer to someone
        ][:8]
    echo("\n5. Digest")
    echo(f"   {comments} comments read; opportunities: " + ", ".join(f"{k} {v}" for k, v in sorted(actions.items())))
    echo("   languages: " + ", ".join(f"{k or 'unknown'} {v}" for k, v in languages.most_common()))
    if needs:
        echo("   what the audience asked:")
        for need, url in needs:
            echo(f"     - {need}  ({url})")


def _print_next_steps(settings: Settings, echo: Echo) -> None:
    echo("")
    if settings.drafter_mode == "offline":
        echo(
            "These drafts were written OFFLINE: a retrieval-based writer that quotes the brand's own guidance.\n"
            "To draft with a language model, set OPENAI_API_KEY (and KUULO_LLM_MODEL), or OPENAI_BASE_URL for any\n"
            "OpenAI-compatible server such as Ollama or vLLM, then run `make demo` again."
        )
    echo("Next: `kuulo watch add URL`, `kuulo poll`, `kuulo review`; connect Slack with `kuulo run` (see README.md).")


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
