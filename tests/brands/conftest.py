"""The Slack fixtures (a fake Web API, a database) for the brand tests."""

from tests.slack.conftest import fake_slack, sdb

__all__ = ["fake_slack", "sdb"]
