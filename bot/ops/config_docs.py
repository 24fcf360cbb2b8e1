"""Render ``docs/configuration.md`` and ``.env.example`` from :class:`bot.config.Settings`.

The settings class is the source of truth; a test fails when the two files
differ from what this renders. Regenerate with::

    .venv/bin/python -m bot.ops.config_docs --write
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from pydantic.fields import FieldInfo

from bot.config import PUBLISHING_CREDENTIALS, Settings

ROOT = Path(__file__).parents[2]
MARKDOWN = ROOT / "docs" / "configuration.md"
ENV_EXAMPLE = ROOT / ".env.example"

HEADER = """# Configuration

Kuulo reads its settings from the environment and from a `.env` file in the
working directory (environment wins). Nothing needs to be set to run it on a
laptop: the defaults use SQLite and embedded Chroma in `./.kuulo`, the bundled
multilingual embedding model, and the offline drafter. `.env.example` lists the
same variables. Secrets are never printed in logs, errors, exports or Slack.

This page is generated from `bot/config.py` (`python -m bot.ops.config_docs --write`);
a test keeps it in step.

| variable | default | what it does |
|---|---|---|
"""


def variable(field: FieldInfo) -> str:
    choices = getattr(field.validation_alias, "choices", None)
    if not choices:
        raise ValueError("every setting needs an explicit environment variable name")
    return str(choices[0])


def is_secret(field: FieldInfo) -> bool:
    return "SecretStr" in repr(field.annotation)


def default_text(field: FieldInfo) -> str:
    value: Any = field.get_default(call_default_factory=True)
    if value is None:
        return ""
    if isinstance(value, SecretStr):
        return "(secret)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, set, frozenset)):
        return ",".join(str(v) for v in value)
    return str(value)


def fields() -> list[tuple[str, FieldInfo]]:
    return [(variable(f), f) for f in Settings.model_fields.values()]


def render_markdown() -> str:
    rows = []
    for name, field in fields():
        default = default_text(field)
        shown = f"`{default}`" if default else "(unset)"
        secret = " Secret." if is_secret(field) else ""
        description = (field.description or "").replace("|", "\\|")
        rows.append(f"| `{name}` | {shown} | {description}{secret} |")
    return HEADER + "\n".join(rows) + "\n" + render_brand_rows()


def render_brand_rows() -> str:
    """The one row pattern of each brand's own publishing accounts (docs/brands.md)."""
    by_name = dict(Settings.model_fields)
    rows = [
        "",
        "## Brands",
        "",
        "Brand `default`'s publishing accounts are the settings above. Every other brand (`kuulo brand add NAME`;",
        "docs/brands.md) has its own, read from `KUULO_BRAND_<NAME>_<SETTING>` with the brand's name in upper case,",
        "e.g. `KUULO_BRAND_ACME_MASTODON_TOKEN`. A brand without its own account has none: its replies are posted by",
        "hand. Its other settings live in the database (`kuulo brand set NAME KEY VALUE`).",
        "",
        "| variable | what it does |",
        "|---|---|",
    ]
    for setting in PUBLISHING_CREDENTIALS:
        field = by_name[setting]
        secret = " Secret." if is_secret(field) else ""
        description = (field.description or "").replace("|", "\\|").replace("the brand's", "that brand's")
        rows.append(f"| `KUULO_BRAND_<NAME>_{setting.upper()}` | {description}{secret} |")
    return "\n".join(rows) + "\n"


def render_env_example() -> str:
    lines = [
        "# Kuulo settings. Copy to .env and uncomment what you change; docs/configuration.md explains each.",
        "",
    ]
    for name, field in fields():
        if field.description:
            lines.append(f"# {field.description}")
        lines.append(f"# {name}={default_text(field)}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if "--write" in argv:
        MARKDOWN.write_text(render_markdown(), "utf-8")
        ENV_EXAMPLE.write_text(render_env_example(), "utf-8")
        print(f"wrote {MARKDOWN.relative_to(ROOT)} and {ENV_EXAMPLE.relative_to(ROOT)}")
        return 0
    sys.stdout.write(render_markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
