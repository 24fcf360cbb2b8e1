"""Every third-party module the code imports is declared in pyproject.toml (a fresh clone installs only those)."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]
OURS = {"bot", "knowledge", "prompts", "scheduler", "tests", "bench", "eval"}
# import name -> distribution name, where they differ
DISTRIBUTIONS = {
    "yaml": "pyyaml",
    "sklearn": "scikit-learn",
    "lingua": "lingua-language-detector",
    "googleapiclient": "google-api-python-client",
    "atproto_client": "atproto",
    "slack_bolt": "slack-bolt",
    "slack_sdk": "slack-sdk",
    "pydantic_settings": "pydantic-settings",
    "dotenv": "python-dotenv",
    "langchain_core": "langchain-core",
    "langchain_openai": "langchain-openai",
    "langchain_chroma": "langchain-chroma",
    "langchain_text_splitters": "langchain-text-splitters",
}


def _imports(folders: list[str]) -> set[str]:
    found: set[str] = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            if (ROOT / "eval" / "blind") in path.parents:
                continue  # the blind sets' writers' own scripts (validate.py, generators): not Kuulo's code
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m not in OURS}


def _declared(group: list[str]) -> set[str]:
    names = set()
    for requirement in group:
        name = requirement.split(";")[0]
        for stop in "<>=![ ":
            name = name.split(stop)[0]
        names.add(name.strip().lower())
    return names


def test_runtime_imports_are_runtime_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = _declared(project["dependencies"])
    missing = {
        m for m in _imports(["bot", "knowledge", "prompts", "scheduler"]) if DISTRIBUTIONS.get(m, m) not in declared
    }
    assert not missing, f"add to [project] dependencies in pyproject.toml: {sorted(missing)}"


def test_test_imports_are_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = _declared(project["dependencies"]) | _declared(project["optional-dependencies"]["dev"])
    missing = {m for m in _imports(["tests", "bench", "eval"]) if DISTRIBUTIONS.get(m, m) not in declared}
    assert not missing, f"add to the dev extra in pyproject.toml: {sorted(missing)}"


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for number, line in enumerate((ROOT / "constraints.txt").read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, separator, version = line.partition("==")
        assert separator and version and " " not in line, f"constraints.txt line {number}: not name==version: {line}"
        pins[name.strip().lower().replace("_", "-")] = version
    return pins


def test_every_declared_dependency_is_pinned_for_make_install() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = _declared(project["dependencies"]) | _declared(project["optional-dependencies"]["dev"])
    pins = _pins()
    unpinned = {name.replace("_", "-") for name in declared} - set(pins)
    assert not unpinned, f"run `make constraints` to pin them in constraints.txt: {sorted(unpinned)}"


def test_the_makefile_installs_with_the_pins() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "CONSTRAINTS ?= constraints.txt" in makefile
    assert "$(STAMP): pyproject.toml constraints.txt" in makefile  # a new pin reinstalls the virtualenv
    assert "-c $(CONSTRAINTS)" in makefile
