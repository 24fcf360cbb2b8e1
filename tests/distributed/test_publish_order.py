"""Publishing in distributed mode: two publish workers, one account, replies go out in approval order, one at a time."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from bot.storage.models import Post, PublishJob
from scheduler.distributed import enqueue_job
from scheduler.registry import JOBS
from tests.distributed.conftest import Cluster, wait_for
from tests.fakes.platform_publish import Answer, FakeMastodon, Request
from tests.publishing.factory import make_approved

pytestmark = [pytest.mark.distributed, pytest.mark.slow, pytest.mark.timeout(600)]
REPLIES = 10
ORDINALS = ["yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen"]
POST_SECONDS = 0.4  # each post takes this long on the brand's instance: long enough for an overlap to show


class TimedMastodon(FakeMastodon):
    """The brand's instance, slow to post, recording how many posts were in flight at once."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.in_flight = 0
        self.most_in_flight = 0
        self.gauge = threading.Lock()

    def _post(self, request: Request, match: re.Match[str]) -> Answer:
        with self.gauge:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(POST_SECONDS)
            return super()._post(request, match)
        finally:
            with self.gauge:
                self.in_flight -= 1


@pytest.fixture
def instances() -> Iterator[tuple[FakeMastodon, TimedMastodon]]:
    watched = FakeMastodon(token="other", account_id="1")
    brand = TimedMastodon()
    yield watched, brand
    watched.close()
    brand.close()


def test_two_publish_workers_publish_one_accounts_replies_in_approval_order_never_two_at_once(
    broker_url: str, cluster_env: Callable[..., Cluster], instances: tuple[FakeMastodon, TimedMastodon]
) -> None:
    watched, brand = instances
    cluster = cluster_env(
        broker_url,
        KUULO_PUBLISH="mastodon",
        KUULO_MASTODON_URL=brand.url,
        KUULO_MASTODON_TOKEN="brand-token",
        KUULO_PUBLISH_CLAIM_SECONDS="600",
    )
    services = cluster.services()

    def approve(n: int) -> None:
        uri = watched.add_status(str(100 + n), "Toimiiko tämä pakkasella?")
        make_approved(
            services.db,
            "mastodon",
            str(100 + n),
            comment_url=uri,
            extra={"uri": uri},
            text=f"Vastaus numero {ORDINALS[n]}.",
        )

    for n in range(4):
        approve(n)
    for n in range(2):  # two threads each: four slots that could publish side by side if nothing kept them apart
        cluster.worker("--queues", "publish", "--concurrency", "2", name=f"publisher{n}")

    stop = threading.Event()
    triggered = [0]

    def trigger() -> None:  # the scheduler's turn of publish-outbox, far more often than it ever comes
        while not stop.is_set():
            if enqueue_job(services, JOBS["publish-outbox"]):
                triggered[0] += 1
            stop.wait(0.05)

    trigger_thread = threading.Thread(target=trigger, daemon=True)
    trigger_thread.start()
    try:
        wait_for(lambda: len(brand.posts) >= 1, 120, "the first reply published", diagnose=cluster.diagnose)
        for n in range(4, REPLIES):  # approved while the outbox runs
            approve(n)
            time.sleep(0.15)
        wait_for(lambda: len(brand.posts) >= REPLIES, 180, "every reply published", diagnose=cluster.diagnose)
        time.sleep(2 * POST_SECONDS)  # a second publisher, were there one, would post now
    finally:
        stop.set()
        trigger_thread.join(10)

    texts = [re.sub(r"</?p>", "", post["content"]) for post in brand.posts]
    assert texts == [f"Vastaus numero {ORDINALS[n]}." for n in range(REPLIES)], "published in approval order, each once"
    assert brand.most_in_flight == 1, "never two posts at once for the account"
    assert triggered[0] >= 2, "the outbox job ran more than once, so the two workers competed for it"
    with services.db.read() as session:
        states = list(session.execute(select(PublishJob.id, PublishJob.state).order_by(PublishJob.id)))
        posts = session.scalar(select(func.count()).select_from(Post))
    assert [state for _, state in states] == ["published"] * REPLIES
    assert posts == REPLIES
    posts_requests = [r for r in brand.requests if r.method == "POST"]
    assert len(posts_requests) == REPLIES, "no post sent twice"
    assert "kuulo.job" in cluster.log("publisher0") + cluster.log("publisher1")
