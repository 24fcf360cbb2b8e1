"""``kuulo doctor``'s Slack checks: the token, Socket Mode or HTTP, the channels, the approvers.

Each calls the Web API the way the app does (``auth.test``, ``conversations.info``,
``users.info``, ``usergroups.users.list``) and turns Slack's error codes into a fix.
"""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.ops.doctor import Check, CheckResult, Probe, fail, ok, skip


def _client(probe: Probe) -> WebClient:
    """One Web API client per doctor run, shared by the Slack checks."""
    client = probe.shared.get("slack")
    if client is None:
        assert probe.settings.slack_bot_token is not None
        client = WebClient(
            token=probe.settings.slack_bot_token.get_secret_value(),
            base_url=probe.settings.slack_api_url,
            timeout=int(probe.timeout),
        )
        probe.shared["slack"] = client
    return client


NOT_CONFIGURED = "not configured (SLACK_BOT_TOKEN unset): review happens with `kuulo review`"


def check_token(probe: Probe) -> list[CheckResult]:
    if probe.settings.slack_bot_token is None:
        return skip("slack token", NOT_CONFIGURED)
    try:
        answer = _client(probe).auth_test()
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown")
        return fail(
            "slack token", f"auth.test refused the bot token ({error})", "set SLACK_BOT_TOKEN to the xoxb- token"
        )
    except OSError as exc:
        return fail(
            "slack token",
            f"{probe.settings.slack_api_url} is not reachable ({type(exc).__name__})",
            "check the network and KUULO_SLACK_API_URL",
        )
    probe.shared["slack_ok"] = True
    return ok("slack token", f"valid: bot user {answer.get('user_id')} in team {answer.get('team_id')}")


def check_connection_mode(probe: Probe) -> list[CheckResult]:
    settings = probe.settings
    if settings.slack_bot_token is None:
        return skip("slack mode", NOT_CONFIGURED)
    if settings.slack_app_token is not None:
        if not settings.slack_app_token.get_secret_value().startswith("xapp-"):
            return fail("slack mode", "SLACK_APP_TOKEN is not an app-level token", "copy the xapp- token (Basic Info)")
        return ok("slack mode", "Socket Mode (SLACK_APP_TOKEN set); `kuulo run --http` serves HTTP instead")
    if settings.slack_signing_secret is None:
        return fail(
            "slack mode",
            "neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is set",
            "set SLACK_APP_TOKEN for Socket Mode, or SLACK_SIGNING_SECRET and run `kuulo run --http` behind HTTPS",
        )
    return ok("slack mode", "HTTP mode (SLACK_SIGNING_SECRET set): Slack must reach /slack/events over HTTPS")


def check_channels(probe: Probe) -> list[CheckResult]:
    settings = probe.settings
    if settings.slack_bot_token is None:
        return skip("slack channels", NOT_CONFIGURED)
    if not probe.shared.get("slack_ok"):
        return skip("slack channels", "needs a valid bot token first")
    wanted = [
        ("review channel", settings.review_channel, "KUULO_REVIEW_CHANNEL", True),
        ("escalation channel", settings.escalation_channel, "KUULO_ESCALATION_CHANNEL", False),
        ("digest channel", getattr(settings, "digest_channel", None), "KUULO_DIGEST_CHANNEL", False),
    ]
    results: list[CheckResult] = []
    for name, channel, variable, required in wanted:
        if not channel:
            if required:
                results += fail(name, f"{variable} is not set", f"set {variable} to the channel id (C...)")
            else:
                results += skip(name, f"not configured ({variable} unset)")
            continue
        results += _channel(probe, name, channel, variable)
    return results


def _channel(probe: Probe, name: str, channel: str, variable: str) -> list[CheckResult]:
    try:
        answer = _client(probe).conversations_info(channel=channel)
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown")
        if error == "channel_not_found":
            return fail(
                name,
                f"{channel} not found (or private and the bot is not in it)",
                f"set {variable} to an existing channel id and `/invite @Kuulo` there",
            )
        if error == "missing_scope":
            return fail(name, f"cannot read {channel} (missing_scope)", "reinstall the app from slack/manifest.yaml")
        return fail(name, f"conversations.info failed for {channel} ({error})", "check the channel id")
    info = answer.get("channel") or {}
    label = f"#{info.get('name', channel)} ({channel})"
    if info.get("is_archived"):
        return fail(name, f"{label} is archived", f"unarchive it or set {variable} to another channel")
    if not info.get("is_member"):
        return fail(name, f"the bot is not a member of {label}", f"type `/invite @Kuulo` in {label}")
    return ok(name, f"{label} exists and the bot is in it")


def check_approvers(probe: Probe) -> list[CheckResult]:
    settings = probe.settings
    if settings.slack_bot_token is None:
        return skip("approvers", NOT_CONFIGURED)
    if not settings.approver_ids:
        return fail("approvers", "KUULO_APPROVERS is empty: nobody can approve drafts", "set user (U...) or group ids")
    if not probe.shared.get("slack_ok"):
        return skip("approvers", "needs a valid bot token first")
    people: set[str] = set()
    problems: list[str] = []
    for approver in settings.approver_ids:
        try:
            if approver.startswith("S"):
                members = _client(probe).usergroups_users_list(usergroup=approver).get("users") or []
                if not members:
                    problems.append(f"{approver} (empty group)")
                people.update(members)
            else:
                user = _client(probe).users_info(user=approver).get("user") or {}
                if user.get("deleted"):
                    problems.append(f"{approver} (deactivated)")
                else:
                    people.add(approver)
        except SlackApiError as exc:
            problems.append(f"{approver} ({exc.response.get('error', 'unknown')})")
    if problems:
        return fail(
            "approvers",
            f"cannot resolve {', '.join(problems)}",
            "fix KUULO_APPROVERS (ids from a profile's ⋮ > Copy member ID; groups need the usergroups:read scope)",
        )
    return ok("approvers", f"{len(settings.approver_ids)} entries resolve to {len(people)} people")


SLACK_CHECKS: list[Check] = [check_token, check_connection_mode, check_channels, check_approvers]
