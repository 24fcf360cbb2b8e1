"""Kill a real `kuulo publish` process with SIGKILL mid-publish; the restart publishes exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.publishing.outbox import job_for_draft, run_outbox
from bot.services import Services
from tests.fakes.platform_publish import FakeMastodon
from tests.publishing.factory import make_approved

KUULO = Path(sys.executable).with_name("kuulo")


def _start_publish(tmp_path: Path, brand: FakeMastodon) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KUULO_", "SLACK_", "OPENAI_"))}
    env.update(
        KUULO_DATA_DIR=str(tmp_path / "data"),
        KUULO_PUBLISH="mastodon",
        KUULO_MASTODON_URL=brand.url,
        KUULO_MASTODON_TOKEN="brand-token",
        KUULO_HTTP_TIMEOUT="30",
    )
    return subprocess.Popen([str(KUULO), "publish"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize(
    ("route", "fault", "wait_path"),
    [
        ("search", "hang-before", "/api/v2/search"),  # claimed, platform not called yet
        ("post", "hang-before", "/api/v1/statuses"),  # the request is on its way, not accepted
        ("post", "hang", None),  # the platform accepted it, Kuulo has not recorded it
    ],
)
def test_sigkill_at_each_publish_step_then_restart_posts_exactly_once(
    publishing_services: Callable[..., Services],
    watched: FakeMastodon,
    brand: FakeMastodon,
    tmp_path: Path,
    route: str,
    fault: str,
    wait_path: str | None,
) -> None:
    services = publishing_services(publish="mastodon")
    uri = watched.add_status("111", "Toimiiko tämä ilman nettiä?")
    draft_id = make_approved(services.db, "mastodon", "111", comment_url=uri, extra={"uri": uri})
    brand.fail(route, fault)
    worker = _start_publish(tmp_path, brand)
    try:
        if wait_path is None:
            assert brand.wait_for_posts(1), worker.communicate(timeout=5)
        else:
            assert brand.wait_for_requests(wait_path), worker.communicate(timeout=5)
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
    finally:
        if worker.poll() is None:
            worker.kill()
        worker.communicate()
    assert worker.returncode == -signal.SIGKILL
    job = job_for_draft(services, draft_id)
    assert job is not None and job.state == "publishing"
    report = run_outbox(services)  # the restart
    assert report.published == [job.id]
    assert bool(report.reconciled) == (fault == "hang")
    assert len(brand.posts) == 1
    assert run_outbox(services).summary() is None
    assert len(brand.posts) == 1
