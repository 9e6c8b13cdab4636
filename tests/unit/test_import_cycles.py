"""No import cycles in the ``claimledger`` package (issue 15).

The graph is read from the source with ``ast``, not by importing: every ``import x`` and
``from x import y`` anywhere in a module (inside functions and ``if TYPE_CHECKING:`` too — a
cycle hidden in a function is still a cycle), relative imports resolved. ``from pkg import
name`` is an import of ``pkg.name`` when that is a module of the package, else of ``pkg``
(as import-linter counts them). Importing ``a.b`` is not counted as importing the package
``a`` (its ``__init__``): every submodule would otherwise form a cycle with a package
``__init__`` that re-exports it."""
from __future__ import annotations

import ast
from pathlib import Path

import claimledger

PACKAGE = "claimledger"
ROOT = Path(claimledger.__file__).resolve().parent

# Cycles known and accepted for now, each as the set of modules of its strongly connected
# component. Only a component exactly equal to one listed here passes: a new cycle, or a
# known one that grows, fails. Empty: there are none.
KNOWN_CYCLES: frozenset[frozenset[str]] = frozenset()


def module_files(root: Path = ROOT, package: str = PACKAGE) -> dict[str, Path]:
    """Dotted module name -> source file, for every module of the package."""
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join([package, *parts])] = path
    return modules


def _resolve(module: str, is_package: bool, level: int, target: str | None) -> str:
    """The absolute name of ``from <level dots><target> import …`` written in ``module``."""
    if level == 0:
        return target or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]  # a module's relative imports are relative to its package
    base = base[:len(base) - (level - 1)] if level > 1 else base
    return ".".join([*base, target] if target else base)


def imports_of(module: str, path: Path, modules: set[str]) -> set[str]:
    """The package's modules that ``module`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: set[str] = set()

    def add(name: str) -> None:
        # "import a.b.c" names a.b.c; if that is not a module (an attribute), its nearest module
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name and name != module:
            found.add(name)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(module, is_package, node.level, node.module)
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                add(submodule if submodule in modules else source)
    return found


def import_graph(root: Path = ROOT, package: str = PACKAGE) -> dict[str, set[str]]:
    files = module_files(root, package)
    names = set(files)
    return {m: imports_of(m, p, names) for m, p in files.items()}


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm (iterative): the components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[set[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        out.append(component)
    return out


def a_cycle(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """One cycle through the component, as a path that ends where it starts (shortest from its
    first module, by breadth-first search)."""
    start = min(component)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(graph[node] & component):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    raise AssertionError(f"no cycle through {sorted(component)}")


def cycles_report(graph: dict[str, set[str]], known=KNOWN_CYCLES) -> list[str]:
    return [" -> ".join(a_cycle(graph, c)) + f"  (all of: {', '.join(sorted(c))})"
            for c in strongly_connected(graph) if frozenset(c) not in known]


def test_the_package_has_no_import_cycle():
    graph = import_graph()
    assert len(graph) > 50 and f"{PACKAGE}.ui.main_window" in graph, "the package's modules were found"
    assert f"{PACKAGE}.ui.window_menus" in graph[f"{PACKAGE}.ui.main_window"], "imports were read"
    cycles = cycles_report(graph)
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_a_cycle_is_found_and_named(tmp_path):
    """The check can fail: a cycle made of relative imports, one inside a function, and
    ``from pkg import module``."""
    pkg = tmp_path / "demo"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .sub import b\n")
    (pkg / "sub" / "b.py").write_text("def later():\n    from ..c import thing\n")
    (pkg / "c.py").write_text("import os\nfrom demo import a\nthing = 1\n")
    (pkg / "d.py").write_text("from demo.sub.b import later\nimport demo.c\n")  # into the cycle, not in it
    graph = import_graph(pkg, "demo")
    assert graph["demo.a"] == {"demo.sub.b"} and graph["demo.sub.b"] == {"demo.c"}
    assert graph["demo.c"] == {"demo.a"} and graph["demo.d"] == {"demo.sub.b", "demo.c"}
    assert strongly_connected(graph) == [{"demo.a", "demo.sub.b", "demo.c"}]
    assert cycles_report(graph) == ["demo.a -> demo.sub.b -> demo.c -> demo.a  (all of: demo.a, demo.c, demo.sub.b)"]
    assert cycles_report(graph, known={frozenset({"demo.a", "demo.sub.b", "demo.c"})}) == []
