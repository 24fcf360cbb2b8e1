"""``kuulo demo --burst``: the planted burst reads through the real Reddit source and opens exactly one alert."""

from __future__ import annotations

from collections.abc import Callable

from bot.demo import BURST_TEXTS, RECORDINGS, THREADS, burst_cassette
from bot.demo.replay import ReplayServer
from bot.insights.alerts import check_alerts, recent_alerts
from bot.services import Services
from bot.storage.models import utcnow
from bot.watching.polling import poll
from bot.watching.watches import add_watch


def test_planted_burst_is_stored_verbatim_and_opens_one_alert(services_factory: Callable[..., Services]) -> None:
    with ReplayServer() as server:
        server.load_dir(RECORDINGS)
        services = services_factory(reddit_url=server.url)
        url, objective, topic = THREADS[0]
        add_watch(services.db, services.settings, url, objective=objective, topics=[topic], actor="test")
        poll(services, include_all=True)
        now = utcnow()
        server.reset()
        server.load(burst_cassette(now.timestamp()))
        [outcome] = poll(services, include_all=True, now=now)
        assert outcome.new == len(BURST_TEXTS) and outcome.error is None
        report = check_alerts(services.db, services.settings, services.embedder, now, None)
        assert len(report.opened) == 1
        [alert] = recent_alerts(services.db, services.settings, now)
        assert alert.count >= 10 and alert.state == "open"
        assert all(quote.text in BURST_TEXTS for quote in alert.quotes)  # quoted verbatim
        again = check_alerts(services.db, services.settings, services.embedder, now, None)
        assert again.opened == []  # one alert per burst
