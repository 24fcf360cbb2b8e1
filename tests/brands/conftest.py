"""The Slack fixtures (a fake Web API, a database, settings) for the brand tests."""

from tests.slack.conftest import fake_slack, sdb, slack_settings

__all__ = ["fake_slack", "sdb", "slack_settings"]
