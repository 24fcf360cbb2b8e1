"""Prompts are data: YAML files in this folder, validated when loaded.

A prompt file::

    name: draft_reply              # must match the file name
    version: 3                     # bump when the wording changes; stored with each draft
    description: ...
    output_schema: ModelDraft      # the pydantic schema the answer is parsed into
    input_variables: [comment, ...]
    budgets: {comment: 2000}       # optional: characters allowed per untrusted input
    fragments: {objective_trust: ...}  # optional: named text pieces the code picks between
    system: |
      ... {variable} ...
    user: |
      ... {variable} ...

Templates use ``str.format`` fields. Loading fails with a clear
:class:`PromptError` on unknown keys, a missing key, a template field that is
not declared, or a declared variable no template uses. Rendering fails when a
variable is missing or unexpected. Values are substituted, never parsed as
templates, so braces inside a comment cannot reach another variable.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KuuloError

PROMPTS_DIR = Path(__file__).parent
_REQUIRED = ("name", "version", "output_schema", "input_variables", "system", "user")
_OPTIONAL = ("description", "budgets", "fragments")


class PromptError(KuuloError):
    """A prompt file is invalid or was rendered with the wrong variables."""


@dataclass(frozen=True)
class Prompt:
    name: str
    version: int
    output_schema: str
    input_variables: tuple[str, ...]
    system: str
    user: str
    description: str = ""
    budgets: dict[str, int] = field(default_factory=dict)
    fragments: dict[str, str] = field(default_factory=dict)

    def render(self, **variables: str) -> tuple[str, str]:
        """The system and user messages with every declared variable filled in."""
        missing = sorted(set(self.input_variables) - set(variables))
        unexpected = sorted(set(variables) - set(self.input_variables))
        if missing or unexpected:
            raise PromptError(
                f"prompt {self.name!r} v{self.version}: missing variables {missing}, unexpected {unexpected}; "
                f"it declares {list(self.input_variables)}"
            )
        return self.system.format(**variables), self.user.format(**variables)

    def fragment(self, key: str) -> str:
        try:
            return self.fragments[key]
        except KeyError:
            raise PromptError(
                f"prompt {self.name!r} has no fragment {key!r}; add it under 'fragments' in {self.name}.yaml"
            ) from None

    def budget(self, key: str) -> int:
        try:
            return self.budgets[key]
        except KeyError:
            raise PromptError(
                f"prompt {self.name!r} has no budget {key!r}; add it under 'budgets' in {self.name}.yaml"
            ) from None


def prompt_names() -> list[str]:
    return sorted(path.stem for path in PROMPTS_DIR.glob("*.yaml"))


@cache
def load_prompt(name: str) -> Prompt:
    """Load and validate ``prompts/<name>.yaml`` (cached: files ship with the package)."""
    return parse_prompt(PROMPTS_DIR / f"{name}.yaml")


def parse_prompt(path: Path) -> Prompt:
    if not path.is_file():
        raise PromptError(f"no prompt file {path}; the prompts are {prompt_names()}")
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        raise PromptError(f"{path.name} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise PromptError(f"{path.name} must be a mapping of keys {list(_REQUIRED)}")
    _check_keys(path, data)
    prompt = Prompt(
        name=_text(path, data, "name"),
        version=_integer(path, data["version"], "version"),
        output_schema=_text(path, data, "output_schema"),
        input_variables=tuple(_string_list(path, data["input_variables"])),
        system=_text(path, data, "system"),
        user=_text(path, data, "user"),
        description=str(data.get("description") or ""),
        budgets={str(k): _integer(path, v, f"budgets.{k}") for k, v in (data.get("budgets") or {}).items()},
        fragments={str(k): str(v) for k, v in (data.get("fragments") or {}).items()},
    )
    if prompt.name != path.stem:
        raise PromptError(f"{path.name}: name {prompt.name!r} must match the file name {path.stem!r}")
    _check_fields(path, prompt)
    return prompt


def _check_keys(path: Path, data: dict[str, Any]) -> None:
    unknown = sorted(set(data) - set(_REQUIRED) - set(_OPTIONAL))
    missing = [key for key in _REQUIRED if key not in data]
    if unknown:
        raise PromptError(f"{path.name}: unknown keys {unknown}; allowed are {list(_REQUIRED + _OPTIONAL)}")
    if missing:
        raise PromptError(f"{path.name}: missing keys {missing}")


def _check_fields(path: Path, prompt: Prompt) -> None:
    used: set[str] = set()
    for template in (prompt.system, prompt.user):
        for _, field_name, spec, conversion in string.Formatter().parse(template):
            if field_name is None:
                continue
            if not field_name.isidentifier() or spec or conversion:
                raise PromptError(f"{path.name}: template field {{{field_name}}} must be a plain variable name")
            used.add(field_name)
    undeclared = sorted(used - set(prompt.input_variables))
    unused = sorted(set(prompt.input_variables) - used)
    if undeclared:
        raise PromptError(f"{path.name}: templates use undeclared variables {undeclared}; add them to input_variables")
    if unused:
        raise PromptError(f"{path.name}: input_variables {unused} appear in no template")


def _text(path: Path, data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise PromptError(f"{path.name}: {key!r} must be non-empty text")
    return value


def _integer(path: Path, value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PromptError(f"{path.name}: {key!r} must be a non-negative integer, not {value!r}")
    return value


def _string_list(path: Path, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.isidentifier() for item in value):
        raise PromptError(f"{path.name}: 'input_variables' must be a list of variable names")
    if len(set(value)) != len(value):
        raise PromptError(f"{path.name}: 'input_variables' lists a name twice")
    return value
