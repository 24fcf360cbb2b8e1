"""Several brands watching the same threads (the small-scale check of ``python -m bench brands``): a poll
pass fetches each thread once however many brands watch it, an unchanged pass judges nothing again, and a
new comment gets exactly one assessment per brand, each for that brand's own watch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from bench.bench_brands import brand_names, serve, thread_id, watch_all
from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.storage.models import Comment, Opportunity, Thread, Watch
from bot.watching.polling import poll

BRANDS, THREADS = 4, 3


def test_many_brands_watching_the_same_threads_fetch_each_once_and_judge_each_new_comment_once_per_brand(
    services_factory: Callable[..., Services], replay: ReplayServer, embedding_cache: Path
) -> None:
    urls = serve(replay, THREADS, changed_every=2)  # threads 0 and 2 gain a comment in the third pass
    services = services_factory(reddit_url=replay.url, embedding_cache=embedding_cache)
    names = brand_names(BRANDS)
    watch_all(services, urls, names)

    def fetches() -> int:
        return sum(len(replay.requests_to(f"/comments/{thread_id(n)}.json")) for n in range(THREADS))

    def judged() -> list[tuple[int, int, int]]:
        with services.db.read() as session:
            return list(session.execute(select(Opportunity.comment_id, Opportunity.brand_id, Opportunity.watch_id)))

    poll(services, include_all=True)
    assert fetches() == THREADS  # one fetch per thread for all four brands
    first = judged()
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Thread)) == THREADS
        comments = list(session.scalars(select(Comment.id)))
        watch_of = {(w.brand_id, w.target): w.id for w in session.scalars(select(Watch))}
        target_of = dict(session.execute(select(Comment.id, Thread.external_id).join(Thread)).all())
    assert len(comments) == THREADS and len(first) == THREADS * BRANDS
    assert {(c, b) for c, b, _w in first} == {(c, b) for c in comments for b in range(1, BRANDS + 1)}
    assert all(w == watch_of[(b, target_of[c])] for c, b, w in first)  # each brand's own watch

    poll(services, include_all=True)  # unchanged: fetched again once each, nothing judged again
    assert fetches() == 2 * THREADS and judged() == first

    poll(services, include_all=True)
    assert fetches() == 3 * THREADS
    with services.db.read() as session:
        new = set(session.scalars(select(Comment.id))) - set(comments)
    assert len(new) == 2
    added = [row for row in judged() if row[0] in new]
    assert sorted((c, b) for c, b, _w in added) == sorted((c, b) for c in new for b in range(1, BRANDS + 1))
    assert len(names) == BRANDS
