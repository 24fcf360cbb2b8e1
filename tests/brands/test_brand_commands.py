"""``--brand`` on the brand-scoped commands (export, themes, ask, report, publish, knowledge, watch add,
digest): the brand named, else KUULO_BRAND, else the only brand; an unknown brand or no choice among several
is a clear error listing the brands, and nothing is done. A per-brand secrets file is refused unless mode 0600.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.brands.records import add_brand
from bot.brands.settings import resolve
from bot.config import read_secrets_file
from bot.errors import ConfigError
from bot.storage.db import Database
from tests.conftest import CliResult, make_settings
from tests.slack.factory import make_draft

Kuulo = Callable[..., CliResult]


def _two_brands_with_drafts(kuulo: Kuulo, tmp_path: Path) -> dict[str, int]:
    assert kuulo("brand", "add", "acme").code == 0
    db = Database.open(f"sqlite:///{(tmp_path / 'data' / 'kuulo.db').resolve()}")
    try:
        return {"default": make_draft(db, comment_text="Oletus?"), "acme": make_draft(db, brand_id=2)}
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "command",
    [
        ("export", "--what", "drafts"),
        ("themes",),
        ("ask", "Mitä kysytään?"),
        ("report",),
        ("publish", "--list"),
        ("knowledge", "list"),
        ("digest",),
        ("watch", "add", "https://example.test/feed.xml"),
    ],
)
def test_a_brand_scoped_command_with_several_brands_and_no_choice_lists_them_and_fails(
    kuulo: Kuulo, tmp_path: Path, command: tuple[str, ...]
) -> None:
    assert kuulo("brand", "add", "acme").code == 0
    result = kuulo(*command)
    assert result.code == 1, result.out
    assert "this install has 2 brands: default, acme; say which one with --brand NAME" in result.err
    unknown = kuulo(*command, "--brand", "acne")
    assert unknown.code == 1 and "no brand 'acne'; the brands are: default, acme" in unknown.err
    assert kuulo("watch", "list").out.startswith("No watches yet")  # nothing was done


def test_export_with_brand_holds_only_that_brands_rows_and_kuulo_brand_is_the_default(
    kuulo: Kuulo, tmp_path: Path
) -> None:
    drafts = _two_brands_with_drafts(kuulo, tmp_path)
    for what in ("drafts", "opportunities", "comments"):
        acme = [json.loads(line) for line in kuulo("export", "--what", what, "--brand", "acme").out.splitlines()]
        default = [json.loads(line) for line in kuulo("export", "--what", what, KUULO_BRAND="default").out.splitlines()]
        assert len(acme) == len(default) == 1, what
        if what == "comments":
            assert acme[0]["brands"] == ["acme"] and default[0]["brands"] == ["default"]
            assert default[0]["text"] == "Oletus?"
        else:
            assert acme[0]["brand"] == "acme" and default[0]["brand"] == "default"
    assert [
        r["id"] for r in map(json.loads, kuulo("export", "--what", "drafts", "--brand", "acme").out.splitlines())
    ] == [drafts["acme"]]
    everything = kuulo("export", "--what", "drafts", "--all-brands", KUULO_BRAND="")
    assert sorted(json.loads(line)["brand"] for line in everything.out.splitlines()) == ["acme", "default"]


def test_publish_list_with_brand_shows_only_its_jobs(kuulo: Kuulo, tmp_path: Path) -> None:
    _two_brands_with_drafts(kuulo, tmp_path)
    assert kuulo("publish", "--list", "--brand", "acme").code == 0


def test_secrets_file_gives_a_brand_its_credentials_and_is_refused_when_others_can_read_it(
    db: Database, tmp_path: Path
) -> None:
    secrets = tmp_path / "brand-secrets.toml"
    secrets.write_text('[acme]\nmastodon_url = "https://acme.example"\nmastodon_token = "acme-secret"\n', "utf-8")
    secrets.chmod(0o644)
    with pytest.raises(
        ConfigError, match=r"readable or writable by others \(mode 644\); run `chmod 600 .*brand-secrets"
    ):
        read_secrets_file(secrets)
    secrets.chmod(0o600)
    assert read_secrets_file(secrets) == {
        "acme": {"mastodon_url": "https://acme.example", "mastodon_token": "acme-secret"}
    }
    add_brand(db, "acme")
    install = make_settings(tmp_path, brand_secrets_file=secrets, mastodon_token="default-secret")
    acme = resolve(db, install, "acme").settings
    assert acme.mastodon_url == "https://acme.example"
    assert acme.mastodon_token is not None and acme.mastodon_token.get_secret_value() == "acme-secret"
    default = resolve(db, install, "default").settings
    assert default.mastodon_token is not None and default.mastodon_token.get_secret_value() == "default-secret"
    secrets.write_text('[acme]\nmastodon_tokn = "x"\n', "utf-8")
    with pytest.raises(ConfigError, match="unknown keys mastodon_tokn"):
        read_secrets_file(secrets)
