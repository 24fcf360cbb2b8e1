"""The deploy kit: the systemd unit parses and is hardened; every variable of the env example is a known setting."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from pydantic import AliasChoices

from bot.config import Settings

ASSIGNMENT = re.compile(r"^#?\s*([A-Z][A-Z0-9_]*)=(.*)$")
DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True, comment_prefixes=("#", ";"))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
    parser.read_string((DEPLOY / "kuulo.service").read_text(encoding="utf-8"))
    return parser


def _known_variables() -> set[str]:
    names: set[str] = set()
    for field in Settings.model_fields.values():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names.update(str(choice) for choice in alias.choices)
    return names


def test_systemd_unit_runs_kuulo_as_a_hardened_simple_service_stopped_by_sigterm() -> None:
    service = _unit()["Service"]
    assert service["Type"] == "simple"
    assert service["ExecStart"].startswith("/opt/kuulo/.venv/bin/kuulo ")
    assert service["ExecStart"].endswith(" run")
    assert service["EnvironmentFile"] == "/etc/kuulo/kuulo.env"
    assert service["Restart"] == "on-failure"
    assert service["KillSignal"] == "SIGTERM" and service["TimeoutStopSec"] == "60"
    assert service["User"] == "kuulo"
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ReadWritePaths": "/var/lib/kuulo",
        "PrivateTmp": "yes",
    }.items():
        assert service[key] == value, key
    assert _unit()["Install"]["WantedBy"] == "multi-user.target"


def test_env_example_sets_only_known_settings_and_keeps_data_in_the_writable_folder() -> None:
    known = _known_variables()
    seen: dict[str, str] = {}
    for line in (DEPLOY / "kuulo.env.example").read_text(encoding="utf-8").splitlines():
        match = ASSIGNMENT.match(line.strip())  # set, or commented out as an option to set
        if match is None:
            continue
        name, value = match.group(1), match.group(2)
        assert name in known, f"{name} is not a setting of bot.config.Settings"
        if not line.startswith("#"):
            assert not value.startswith(('"', "'")), f"{name}: systemd keeps quotes literally in some versions"
            seen[name] = value
    assert seen["KUULO_DATA_DIR"] == _unit()["Service"]["ReadWritePaths"]
    assert {"SLACK_BOT_TOKEN", "KUULO_REVIEW_CHANNEL", "KUULO_APPROVERS"} <= set(seen)


def test_env_example_parses_into_settings(tmp_path: Path) -> None:
    values = {}
    for line in (DEPLOY / "kuulo.env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
    env_file = tmp_path / "kuulo.env"
    env_file.write_text("\n".join(f"{k}={v}" for k, v in values.items()), encoding="utf-8")
    settings = Settings(_env_file=env_file)  # type: ignore[call-arg]
    assert str(settings.data_dir) == "/var/lib/kuulo"
    assert settings.approver_ids == ("U0123456789", "S0123456789")
    assert settings.slack_bot_token is not None and "replace-me" not in repr(settings)


def test_distributed_units_run_the_scheduler_each_worker_pool_and_the_slack_app_hardened() -> None:
    commands = {}
    for name in ("kuulo-scheduler.service", "kuulo-worker@.service", "kuulo-slack.service"):
        parser = configparser.ConfigParser(interpolation=None, strict=True, comment_prefixes=("#", ";"))
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        parser.read_string((DEPLOY / name).read_text(encoding="utf-8"))
        service = parser["Service"]
        assert service["EnvironmentFile"] == "/etc/kuulo/kuulo.env" and service["KillSignal"] == "SIGTERM"
        assert service["NoNewPrivileges"] == "yes" and service["ProtectSystem"] == "strict", name
        commands[name] = service["ExecStart"].removeprefix("/opt/kuulo/.venv/bin/kuulo ")
    assert commands == {
        "kuulo-scheduler.service": "scheduler",
        "kuulo-worker@.service": "worker --queues %i",  # kuulo-worker@poll, kuulo-worker@process, ...
        "kuulo-slack.service": "slack",
    }
