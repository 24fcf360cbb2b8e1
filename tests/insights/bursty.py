"""Stored comments for burst tests: a flat background of a few comments a day, and a planted burst."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.storage.db import Database
from bot.storage.models import Comment, Signal, Thread, Watch

# What a heat-pump brand's audience says on an ordinary day: (language, emotion, text).
BACKGROUND = [
    ("fi", "neutral", "Paljonko asennus maksaa omakotitaloon?"),
    ("en", "neutral", "What does installation cost for a detached house?"),
    ("sv", "neutral", "Vad kostar installationen i ett egnahemshus?"),
    ("fi", "neutral", "Kuinka usein suodattimet pitää puhdistaa?"),
    ("en", "neutral", "How often should the filters be cleaned?"),
    ("sv", "neutral", "Hur ofta ska filtren rengöras?"),
    ("en", "positive", "Our electricity bill dropped a lot after the switch, very happy."),
    ("fi", "positive", "Sähkölasku pieneni selvästi, olemme tyytyväisiä."),
    ("sv", "positive", "Elräkningen sjönk rejält efter bytet, vi är nöjda."),
    ("en", "neutral", "Does it work at minus twenty five degrees?"),
    ("fi", "neutral", "Toimiiko laite kahdenkymmenen asteen pakkasella?"),
    ("sv", "neutral", "Fungerar den i tjugo minusgrader?"),
    ("en", "neutral", "Is there a subsidy for replacing an oil boiler?"),
    ("fi", "neutral", "Saako öljylämmityksen vaihtoon avustusta?"),
    ("en", "negative", "The outdoor unit is a bit noisy at night."),
    ("sv", "neutral", "Kan man styra den från mobilen?"),
    ("en", "neutral", "Can I control it from my phone?"),
    ("fi", "neutral", "Voiko laitetta ohjata puhelimella?"),
]

# A dozen complaints about one thing: the app logs everyone out since the update.
COMPLAINTS = [
    ("en", "The app logs me out every time since the update, I cannot change the temperature."),
    ("fi", "Sovellus kirjaa minut ulos joka kerta päivityksen jälkeen, en pääse säätämään lämpöä."),
    ("sv", "Appen loggar ut mig hela tiden sedan uppdateringen, jag kan inte ändra temperaturen."),
    ("en", "Since yesterday's app update I get logged out constantly. Useless."),
    ("en", "After the update the app keeps logging me out, anyone else?"),
    ("fi", "Päivityksen jälkeen sovellus heittää ulos koko ajan. Ärsyttää."),
    ("sv", "Efter uppdateringen kastas jag ut ur appen hela tiden."),
    ("en", "App update broke login, it logs me out after a few seconds."),
    ("fi", "Sovelluksen päivitys rikkoi kirjautumisen, ulos muutaman sekunnin päästä."),
    ("en", "Logged out of the app again after the update. Fix this please."),
    ("sv", "Appen loggar ut efter uppdateringen, fixa det snälla."),
    ("en", "The new app version logs me out all the time, cannot use the heat pump remotely."),
    ("fi", "Uusi sovellusversio kirjaa ulos jatkuvasti, etäohjaus ei toimi."),
    ("en", "Every time I open the app after the update it logs me out."),
    ("sv", "Den nya appversionen loggar ut mig hela tiden."),
    ("en", "Update made the app log me out repeatedly, really annoying."),
    ("fi", "Sovellus kirjaa ulos päivityksen jälkeen, taas."),
]


class Store:
    """One watch and thread; ``add`` stores comments with their signals."""

    def __init__(self, db: Database, start: datetime) -> None:
        self.db = db
        self.count = 0
        with db.write() as session:
            watch = Watch(
                url="https://www.reddit.com/r/heatpumps/comments/abc/",
                platform="reddit",
                target="abc",
                objective="trust",
                poll_interval_minutes=30,
                created_at=start,
            )
            session.add(watch)
            session.flush()
            thread = Thread(watch_id=watch.id, platform="reddit", external_id="abc", url=watch.url, title="Heat pumps")
            session.add(thread)
            session.flush()
            self.watch_id, self.thread_id = watch.id, thread.id

    def add(self, rows: Sequence[tuple[datetime, str, str, str]], risk: Sequence[str] = ()) -> list[int]:
        """``rows`` of (created_at, language, emotion, text); each comment by a different person."""
        ids = []
        with self.db.write() as session:
            for created, language, emotion, text in rows:
                self.count += 1
                comment = Comment(
                    thread_id=self.thread_id,
                    platform="reddit",
                    external_id=f"c{self.count}",
                    author_id=f"author{self.count}",
                    author_name=f"user{self.count}",
                    text=text,
                    created_at=created,
                    url=f"https://www.reddit.com/r/heatpumps/comments/abc/_/c{self.count}/",
                    language=language,
                )
                session.add(comment)
                session.flush()
                session.add(
                    Signal(
                        comment_id=comment.id,
                        language=language,
                        intent="complaint" if emotion == "negative" else "question",
                        emotion=emotion,
                        risk=list(risk),
                        method="offline",
                    )
                )
                ids.append(comment.id)
        return ids


def background(
    start: datetime, end: datetime, per_day: float, rng: random.Random
) -> list[tuple[datetime, str, str, str]]:
    """Comments at a flat Poisson rate of ``per_day`` between ``start`` and ``end``, texts drawn at random."""
    rows = []
    moment = start
    while True:
        moment += timedelta(days=rng.expovariate(per_day))
        if moment >= end:
            return rows
        language, emotion, text = rng.choice(BACKGROUND)
        rows.append((moment, language, emotion, text))


def complaints(end: datetime, count: int, minutes: int = 50, first: int = 0) -> list[tuple[datetime, str, str, str]]:
    """``count`` complaints about the app spread over the ``minutes`` before ``end``."""
    step = timedelta(minutes=minutes) / max(count, 1)
    chosen = COMPLAINTS[first : first + count]
    return [(end - step * (count - n), language, "negative", text) for n, (language, text) in enumerate(chosen)]
