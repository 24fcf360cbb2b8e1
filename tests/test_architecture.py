"""The layering rules of ARCHITECTURE.md, read from the code: each failure names the offending import."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import click
import pytest

from bot.cli import COMMANDS
from bot.publishing.base import registered as publishers
from bot.registry import resolve
from bot.sources import registered as sources
from scheduler import registry
from tests.layering import ROOT, Graph, read_graph

MAX_FUNCTION_LEVEL_IMPORTS = 25
MAX_MODULES_IN_BOT = 12
SHARED_BASICS = {
    "bot",
    "bot.config",
    "bot.domain",
    "bot.errors",
    "bot.language",
    "bot.ports",
    "bot.textnorm",
    "bot.wording",
}
# Third-party libraries and the only packages that may import them.
ALLOWED_IMPORTERS: dict[str, tuple[str, ...]] = {
    "slack_bolt": ("bot.slack",),
    "slack_sdk": ("bot.slack",),
    "httpx": ("bot.sources", "bot.publishing", "bot.llm", "bot.slack", "bot.demo"),
    "chromadb": ("knowledge",),
    "langchain_chroma": ("knowledge",),
    "celery": ("scheduler",),
    "kombu": ("scheduler",),
}
# Who may import the Slack package: the edges and the composition root.
SLACK_IMPORTERS = ("bot.cli", "scheduler", "bot.services", "bot.slack")
# File names that may repeat: see "Repeated file names" in ARCHITECTURE.md.
REPEATABLE = {"__init__.py", "types.py", "base.py", "registry.py", "http.py", "llm.py", "context.py"}


@pytest.fixture(scope="module")
def graph() -> Graph:
    return read_graph()


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def test_there_is_no_import_cycle_counting_function_level_imports_and_references(graph: Graph) -> None:
    cycles = graph.cycles()
    assert cycles == [], "import cycles (break each with a port or by moving the shared part down): " + "; ".join(
        " <-> ".join(cycle) for cycle in cycles
    )


def test_function_level_imports_of_the_project_are_few_and_each_says_why(graph: Graph) -> None:
    statements = {(edge.source, edge.line): edge for edge in graph.function_level()}
    assert len(statements) <= MAX_FUNCTION_LEVEL_IMPORTS, "move imports to the module top: " + ", ".join(
        f"{source}:{line}" for source, line in sorted(statements)
    )
    unexplained = []
    for (source, line), edge in statements.items():
        text = graph.modules[source].read_text("utf-8").splitlines()[line - 1]
        if edge.kind == "import" and not re.search(r"#.*(start-up cost|optional)", text):
            unexplained.append(f"{source}:{line}")
    assert unexplained == [], "a function-level import needs a comment naming its start-up cost or optional dependency"


@pytest.mark.parametrize("library", sorted(ALLOWED_IMPORTERS))
def test_third_party_adapters_are_imported_only_where_allowed(graph: Graph, library: str) -> None:
    offenders = sorted(
        f"{edge.source}:{edge.line}"
        for edge in graph.edges
        if edge.target == library and not _within(edge.source, ALLOWED_IMPORTERS[library])
    )
    assert offenders == [], f"{library} may be imported only under {ALLOWED_IMPORTERS[library]}: {offenders}"


def test_only_the_edges_and_the_composition_root_import_the_slack_package(graph: Graph) -> None:
    offenders = sorted(
        f"{edge.source}:{edge.line} -> {edge.target}"
        for edge in graph.project_edges()
        if _within(edge.target, ("bot.slack",)) and not _within(edge.source, SLACK_IMPORTERS)
    )
    assert offenders == [], "the core talks to Slack through bot.ports.Notifier: " + ", ".join(offenders)


def test_knowledge_imports_only_the_shared_basics(graph: Graph) -> None:
    offenders = sorted(
        f"{edge.source}:{edge.line} -> {edge.target}"
        for edge in graph.project_edges()
        if edge.source.startswith("knowledge")
        and not edge.target.startswith("knowledge")
        and edge.target not in SHARED_BASICS
    )
    assert offenders == [], offenders


def test_the_core_never_imports_an_edge(graph: Graph) -> None:
    edges = ("bot.cli", "bot.slack", "bot.ops", "bot.demo", "scheduler")
    offenders = sorted(
        f"{edge.source}:{edge.line} -> {edge.target}"
        for edge in graph.project_edges()
        if _within(edge.target, edges) and not _within(edge.source, (*edges, "bot.services"))
    )
    assert offenders == [], offenders


def test_bot_keeps_only_the_shared_basics_and_stage_packages_at_its_top(graph: Graph) -> None:
    top = sorted(path.name for path in (ROOT / "bot").glob("*.py"))
    assert len(top) <= MAX_MODULES_IN_BOT, f"{len(top)} modules directly in bot/: {top}"


def test_file_names_repeat_only_where_the_architecture_says(graph: Graph) -> None:
    names = Counter(path.name for path in graph.modules.values())
    platform_modules = {path.name for path in graph.modules.values() if path.parent.name in {"sources", "publishing"}}
    stage_cli = {path.name for path in (ROOT / "bot" / "cli").glob("*.py")}
    allowed = REPEATABLE | platform_modules | stage_cli
    repeated = sorted(name for name, count in names.items() if count > 1 and name not in allowed)
    documented = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    undocumented = [name for name in repeated if f"`{name}`" not in documented]
    assert undocumented == [], f"list these repeated file names with their reason in ARCHITECTURE.md: {undocumented}"


def test_every_command_reference_resolves_to_its_command_with_its_help_line() -> None:
    for name, (reference, help_line) in COMMANDS.items():
        command = resolve(reference)
        assert isinstance(command, click.Command), reference
        assert command.name in {name, reference.rpartition(":")[2]}, reference
        own = (command.help or "").split("\n\n")[0].replace("\n", " ").strip()
        assert own.startswith(help_line.rstrip(".")), (
            f"{name}: the help line in bot/cli COMMANDS differs from the command's"
        )


def test_every_job_and_request_kind_resolves_to_a_function() -> None:
    for spec in registry.JOBS.values():
        assert callable(registry.resolve(spec.target)), spec.id
    for kind in registry.REQUEST_KINDS:
        assert callable(registry.request_handler(kind)), kind


def test_the_job_store_reference_persisted_in_existing_databases_still_imports() -> None:
    assert callable(resolve("scheduler.jobs:run_job"))


def test_every_reference_string_in_the_code_resolves(graph: Graph) -> None:
    pattern = re.compile(r"[\"']([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+):([A-Za-z_][A-Za-z0-9_]*)[\"']")
    found = []
    for module, path in graph.modules.items():
        for match in pattern.finditer(path.read_text("utf-8")):
            if match.group(1).split(".")[0] in {"bot", "knowledge", "scheduler", "prompts"}:
                found.append((module, f"{match.group(1)}:{match.group(2)}"))
    assert found, "the command table at least names its commands"
    for module, reference in found:
        assert resolve(reference) is not None, f"{module} names {reference}"


DOCS = [ROOT / "ARCHITECTURE.md", ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
PATH = re.compile(r"`((?:bot|knowledge|scheduler|prompts|tests|bench|eval|docs|deploy|slack)/[\w./<>*-]*)`")


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.name)
def test_every_path_the_docs_name_exists(doc: Path) -> None:
    missing = []
    for match in PATH.finditer(doc.read_text("utf-8")):
        named = match.group(1).rstrip(".")
        if any(mark in named for mark in "<>*"):
            continue
        if not (ROOT / named).exists():
            missing.append(named)
    assert missing == [], f"{doc.name} names paths that do not exist: {missing}"


def test_every_registered_platform_is_in_the_export_schema_and_every_publisher_has_a_source() -> None:
    schema = (ROOT / "docs" / "exports.md").read_text("utf-8")
    enum = re.search(r'"platform": \{"enum": \[([^\]]*)\]', schema)
    assert enum is not None, "docs/exports.md lost the comments export's platform enum"
    listed = set(re.findall(r'"(\w+)"', enum.group(1)))
    assert set(sources()) <= listed, f"add to the platform enum in docs/exports.md: {set(sources()) - listed}"
    assert set(publishers()) <= set(sources()), "a publisher without a source cannot answer anything"
    assert len(sources()) >= 7 and len(publishers()) >= 4
