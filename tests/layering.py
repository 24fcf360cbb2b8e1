"""Read the project's import graph from its source, the way the architecture rules count it.

Every ``import`` counts, at module level or inside a function (imports under
``if TYPE_CHECKING:`` aside), and every ``"module:function"`` string that names
one of the project's modules counts as an import edge too, since a registry
resolves it at run time. ``python -m tests.layering`` prints the figures the
architecture issue asks for; ``tests/test_architecture.py`` enforces them.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).parents[1]
PACKAGES = ("bot", "knowledge", "prompts", "scheduler")
REFERENCE = re.compile(r"^([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+):([A-Za-z_][A-Za-z0-9_]*)$")


@dataclass(frozen=True)
class Edge:
    source: str  # importing module
    target: str  # imported module (project module, or a third-party top-level name)
    line: int
    in_function: bool
    kind: str  # import | reference | dynamic


@dataclass
class Graph:
    modules: dict[str, Path] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)

    def project_edges(self) -> list[Edge]:
        return [edge for edge in self.edges if edge.target in self.modules]

    def cycles(self) -> list[list[str]]:
        """Strongly connected components of more than one module (or a module importing itself)."""
        adjacency: dict[str, set[str]] = {name: set() for name in self.modules}
        for edge in self.project_edges():
            adjacency[edge.source].add(edge.target)
        return [sorted(component) for component in _components(adjacency) if len(component) > 1]

    def function_level(self) -> list[Edge]:
        return [e for e in self.project_edges() if (e.in_function and e.kind == "import") or e.kind == "dynamic"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_files() -> Iterator[Path]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def read_graph() -> Graph:
    graph = Graph()
    for path in project_files():
        graph.modules[module_name(path)] = path
    for path in project_files():
        source = module_name(path)
        package = source if path.name == "__init__.py" else source.rpartition(".")[0]
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        _Visitor(graph, source, package).visit(tree)
    return graph


class _Visitor(ast.NodeVisitor):
    def __init__(self, graph: Graph, source: str, package: str) -> None:
        self.graph, self.source, self.package = graph, source, package
        self.depth = 0

    def _add(self, target: str, node: ast.AST, kind: str = "import") -> None:
        line = getattr(node, "lineno", 0)
        self.graph.edges.append(Edge(self.source, target, line, self.depth > 0, kind))

    def _resolve(self, dotted: str) -> str:
        """The longest prefix of ``dotted`` that is a project module, or its top-level name."""
        parts = dotted.split(".")
        for end in range(len(parts), 0, -1):
            candidate = ".".join(parts[:end])
            if candidate in self.graph.modules:
                return candidate
        return parts[0]

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
            isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
        ):
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def _function(self, node: ast.AST) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(self._resolve(alias.name), node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.package.split(".")
            if node.level > 1:
                base = base[: len(base) - node.level + 1]
            module = ".".join([*base, node.module] if node.module else base)
        else:
            module = node.module or ""
        for alias in node.names:
            dotted = f"{module}.{alias.name}"
            self._add(self._resolve(dotted if dotted in self.graph.modules else module), node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str):
            match = REFERENCE.match(node.value)
            if match and match.group(1) in self.graph.modules:
                self._add(match.group(1), node, "reference")

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name in {"import_module", "__import__"}:
            argument = node.args[0] if node.args else None
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                target = self._resolve(argument.value)
                if target in self.graph.modules:
                    self._add(target, node, "dynamic")
            elif self.source != "bot.registry":
                # A computed name: count it once as a dynamic import of the project (one resolver is exempt).
                self._add(self.source, node, "dynamic")
        self.generic_visit(node)


def _components(adjacency: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative; self-loops count as components of one (reported by the caller if needed)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for root in adjacency:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(adjacency[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(adjacency[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(component)
    return result


def report(graph: Graph) -> list[str]:
    lines = []
    cycles = graph.cycles()
    lines.append(f"modules: {len(graph.modules)}; project import edges: {len(graph.project_edges())}")
    lines.append(f"import cycles (function-level imports and references counted): {len(cycles)}")
    lines.extend(f"  {len(cycle)}: {' '.join(cycle)}" for cycle in cycles)
    function_level = graph.function_level()
    lines.append(f"function-level imports of project modules: {len(function_level)}")
    references = [edge for edge in graph.edges if edge.kind == "reference"]
    lines.append(f'"module:function" references: {len(references)}')
    top = [name for name in graph.modules if name.count(".") == 1 and name.startswith("bot.")]
    packages = {name.rpartition(".")[0] for name in graph.modules if name.count(".") >= 2}
    lines.append(f"modules directly in bot/: {len([n for n in top if n not in packages])} (+ bot/__init__.py)")
    slack = sorted(
        {
            e.source
            for e in graph.edges
            if e.target in {"slack_bolt", "slack_sdk"} and not e.source.startswith("bot.slack")
        }
    )
    lines.append(f"modules outside bot/slack importing slack_bolt/slack_sdk: {len(slack)} {' '.join(slack)}")
    return lines


if __name__ == "__main__":
    sys.stdout.write("\n".join(report(read_graph())) + "\n")
