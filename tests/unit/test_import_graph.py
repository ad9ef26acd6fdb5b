"""The import graph of the whole project (``core``, ``aguaperu_plugin``, ``scripts``, ``bench`` and the root
package), read from the sources by AST without importing anything: every ``import`` and ``from … import`` at any
depth (inside functions too, since a lazy import closes a cycle as soon as it runs), relative ones resolved.

It fails on any cycle between modules (naming one), on any import of ``aguaperu_plugin.gui`` from
``aguaperu_plugin.processing`` or ``aguaperu_plugin.tasks`` (the adapters do not depend on widgets), and on any
qgis or Qt import from ``core`` (pure Python). Imports whose module name is computed at run time
(``import_module(f"…")``) are not seen.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "aguaperu_plugin", "scripts", "bench")
ROOT_PACKAGE = "aguaperu"  # the name QGIS gives the checkout folder; ``aguaperu.core`` is ``core``
QT_ROOTS = {"qgis", "PyQt5", "PyQt6", "sip", "PySide2", "PySide6", "pyqtgraph"}

Module = tuple[str, ...]


def module_name(path: Path, root: Path) -> tuple[Module, bool]:
    """The dotted parts of the module in ``path`` (``()`` for the root package) and whether it is a package."""
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        return parts[:-1], True
    return parts, False


def project_files(root: Path = ROOT) -> list[Path]:
    files = [root / "__init__.py", root / "__about__.py"]
    for package in PACKAGES:
        files += sorted(p for p in (root / package).rglob("*.py") if "__pycache__" not in p.parts)
    return [f for f in files if f.exists()]


def show(module: Module) -> str:
    return ".".join(module) if module else ROOT_PACKAGE


class Graph:
    """Modules and the imports between them; external imports are kept by their top-level name."""

    def __init__(self, sources: dict[Path, str], root: Path = ROOT):
        self.root = root
        self.packages: set[Module] = set()
        self.sources: dict[Module, tuple[str, bool]] = {}
        for path, text in sources.items():
            name, is_package = module_name(path, root)
            self.sources[name] = (text, is_package)
            if is_package:
                self.packages.add(name)
        self.modules = set(self.sources)
        # module -> {imported module: first line that imports it}
        self.edges: dict[Module, dict[Module, int]] = {m: {} for m in self.modules}
        # module -> [(external top-level name, line)]
        self.external: dict[Module, list[tuple[str, int]]] = {m: [] for m in self.modules}
        for name, (text, is_package) in self.sources.items():
            self._read(name, is_package, ast.parse(text, filename=show(name)))

    def _internal(self, parts: Module, importer: Module) -> Module | None:
        """The longest known module that ``parts`` (absolute) names, or None if it is not ours."""
        if parts[:1] == (ROOT_PACKAGE,):
            parts = parts[1:]
        if parts and parts[0] not in PACKAGES and importer[:1] == ("scripts",):
            # a script run as a file imports its siblings by their bare name (``from make_zip import …``)
            sibling = importer[:-1] + parts
            if any(sibling[:n] in self.modules for n in range(len(importer), len(sibling) + 1)):
                parts = sibling
        if not parts or (parts[0] not in PACKAGES and parts[:1] != ("__about__",) and parts != importer[:1]):
            return () if not parts else None
        for n in range(len(parts), 0, -1):
            if parts[:n] in self.modules:
                return parts[:n]
        return None

    def _add(self, importer: Module, target: Module | None, line: int, external: str | None = None):
        if target is None:
            if external:
                self.external[importer].append((external, line))
            return
        if target != importer:
            self.edges[importer].setdefault(target, line)

    def _read(self, name: Module, is_package: bool, tree: ast.AST):
        here = name if is_package else name[:-1]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    parts = tuple(alias.name.split("."))
                    self._add(name, self._internal(parts, name), node.lineno, parts[0])
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here[: len(here) - (node.level - 1)] if node.level > 1 else here
                    if node.level - 1 > len(here):
                        raise AssertionError(f"{show(name)}:{node.lineno}: relative import beyond the root")
                    parts = base + (tuple(node.module.split(".")) if node.module else ())
                    if parts and parts[:1] == (ROOT_PACKAGE,):
                        parts = parts[1:]
                    module = self._longest(parts)
                else:
                    parts = tuple(node.module.split("."))
                    module = self._internal(parts, name)
                    if module is None:
                        self._add(name, None, node.lineno, parts[0])
                        continue
                    parts = module + parts[len(module) :] if parts[: len(module)] == module else parts
                    if parts[:1] == (ROOT_PACKAGE,):
                        parts = parts[1:]
                for alias in node.names:
                    submodule = parts + (alias.name,)
                    target = submodule if submodule in self.modules else self._longest(parts)
                    self._add(name, target, node.lineno)

    def _longest(self, parts: Module) -> Module | None:
        for n in range(len(parts), -1, -1):
            if parts[:n] in self.modules:
                return parts[:n]
        return None

    def cycles(self) -> list[list[Module]]:
        """One cycle (``[a, b, …, a]``) for each strongly connected component of more than one module."""
        index: dict[Module, int] = {}
        low: dict[Module, int] = {}
        stack: list[Module] = []
        on_stack: set[Module] = set()
        components: list[list[Module]] = []
        counter = [0]

        def visit(start: Module):
            # iterative Tarjan: the graph is deep enough to matter for the recursion limit
            work = [(start, iter(sorted(self.edges[start])))]
            index[start] = low[start] = counter[0]
            counter[0] += 1
            stack.append(start)
            on_stack.add(start)
            while work:
                node, children = work[-1]
                for child in children:
                    if child not in index:
                        index[child] = low[child] = counter[0]
                        counter[0] += 1
                        stack.append(child)
                        on_stack.add(child)
                        work.append((child, iter(sorted(self.edges[child]))))
                        break
                    if child in on_stack:
                        low[node] = min(low[node], index[child])
                else:
                    work.pop()
                    if work:
                        low[work[-1][0]] = min(low[work[-1][0]], low[node])
                    if low[node] == index[node]:
                        component = []
                        while True:
                            member = stack.pop()
                            on_stack.discard(member)
                            component.append(member)
                            if member == node:
                                break
                        if len(component) > 1:
                            components.append(component)

        for module in sorted(self.modules):
            if module not in index:
                visit(module)
        self.components = {min(c): sorted(c) for c in components}
        return [self._cycle_in(set(c)) for c in components]

    def _cycle_in(self, component: set[Module]) -> list[Module]:
        start = min(component)
        # breadth-first from start back to start inside the component: the shortest cycle through it
        previous: dict[Module, Module] = {}
        frontier = [start]
        while frontier:
            following = []
            for node in frontier:
                for child in sorted(self.edges[node]):
                    if child not in component:
                        continue
                    if child == start:
                        path = [node]
                        while path[-1] != start:
                            path.append(previous[path[-1]])
                        return [start] + path[::-1][1:] + [start] if len(path) > 1 else [start, node, start]
                    if child not in previous:
                        previous[child] = node
                        following.append(child)
            frontier = following
        raise AssertionError("a strongly connected component without a cycle")

    def describe(self, cycle: list[Module]) -> str:
        steps = [f"{show(a)} (line {self.edges[a][b]})" for a, b in zip(cycle, cycle[1:], strict=False)]
        text = " -> ".join(steps) + f" -> {show(cycle[-1])}"
        tangled = getattr(self, "components", {}).get(cycle[0], [])
        if len(tangled) > len(cycle) - 1:
            text += f" (the tangle also holds {', '.join(show(m) for m in tangled if m not in cycle)})"
        return text

    def forbidden(self) -> list[str]:
        problems = []
        for importer, targets in sorted(self.edges.items()):
            if importer[:2] in (("aguaperu_plugin", "processing"), ("aguaperu_plugin", "tasks")):
                for target, line in sorted(targets.items()):
                    if target[:2] == ("aguaperu_plugin", "gui"):
                        problems.append(f"{show(importer)}:{line} imports {show(target)} (gui)")
        for importer, names in sorted(self.external.items()):
            if importer[:1] == ("core",):
                for top, line in names:
                    if top in QT_ROOTS:
                        problems.append(f"{show(importer)}:{line} imports {top} (core is pure Python)")
        for importer, targets in sorted(self.edges.items()):
            if importer[:1] == ("core",):
                for target, line in sorted(targets.items()):
                    if target[:1] != ("core",):
                        problems.append(f"{show(importer)}:{line} imports {show(target)} (core imports only core)")
        return problems


def project_graph() -> Graph:
    return Graph({path: path.read_text(encoding="utf-8") for path in project_files()})


def test_the_project_has_no_import_cycle():
    graph = project_graph()
    assert len(graph.modules) > 100
    cycles = graph.cycles()
    assert not cycles, "import cycles:\n" + "\n".join(graph.describe(c) for c in cycles)


def test_processing_and_tasks_never_import_gui_and_core_never_imports_qt():
    problems = project_graph().forbidden()
    assert not problems, "\n".join(problems)


def test_the_graph_sees_relative_absolute_and_lazy_imports():
    graph = project_graph()
    plugin = ("aguaperu_plugin", "plugin")
    assert ("aguaperu_plugin", "gui", "dock") in graph.edges[plugin]  # lazy, inside a function
    assert ("aguaperu_plugin", "processing", "provider") in graph.edges[plugin]
    assert ("aguaperu_plugin", "plugin") in graph.edges[()]  # the root package, ``from .aguaperu_plugin…``
    assert any(t[:1] == ("core",) for t in graph.edges[("aguaperu_plugin", "processing", "base")])


# Planted examples: the checks must fail where they should.
def planted(tmp_path: Path, files: dict[str, str]) -> Graph:
    sources = {}
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        sources[path] = text
    return Graph(sources, root=tmp_path)


def test_a_planted_cycle_is_found_and_named(tmp_path):
    graph = planted(
        tmp_path,
        {
            "__init__.py": "",
            "aguaperu_plugin/__init__.py": "",
            "aguaperu_plugin/gui/__init__.py": "",
            "aguaperu_plugin/gui/a.py": "from .b import X\n",
            "aguaperu_plugin/gui/b.py": "def f():\n    from ..gui import c\n",
            "aguaperu_plugin/gui/c.py": "import aguaperu.aguaperu_plugin.gui.a\n",
            "aguaperu_plugin/gui/d.py": "from . import a\n",
        },
    )
    cycles = graph.cycles()
    assert len(cycles) == 1
    described = graph.describe(cycles[0])
    assert described.startswith("aguaperu_plugin.gui.a (line 1) -> aguaperu_plugin.gui.b (line 2)")
    assert "aguaperu_plugin.gui.c" in described


def test_planted_forbidden_imports_are_found(tmp_path):
    graph = planted(
        tmp_path,
        {
            "core/__init__.py": "",
            "core/x.py": "def f():\n    from qgis.core import QgsProject\n",
            "core/y.py": "from ..aguaperu_plugin import layers\n",
            "aguaperu_plugin/__init__.py": "",
            "aguaperu_plugin/layers.py": "",
            "aguaperu_plugin/gui/__init__.py": "",
            "aguaperu_plugin/gui/report_tree.py": "",
            "aguaperu_plugin/processing/__init__.py": "",
            "aguaperu_plugin/processing/base.py": "def f():\n    from ..gui.report_tree import translated\n",
            "aguaperu_plugin/tasks/__init__.py": "",
            "aguaperu_plugin/tasks/t.py": "from ..gui import report_tree\n",
        },
    )
    problems = "\n".join(graph.forbidden())
    assert "aguaperu_plugin.processing.base:2 imports aguaperu_plugin.gui.report_tree" in problems
    assert "aguaperu_plugin.tasks.t:1 imports aguaperu_plugin.gui.report_tree" in problems
    assert "core.x:2 imports qgis" in problems
    assert "core.y:1 imports aguaperu_plugin.layers" in problems


GLOBAL_SWITCHES = {"disable", "enable", "freeze", "unfreeze", "set_threshold"}


def test_production_code_never_switches_the_garbage_collector():
    """The collector is one switch for the whole process: a job in a worker thread that turns it off turns it
    off for QGIS and every other thread (``core/features/zonal.py`` once did)."""
    found = []
    for path in project_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in GLOBAL_SWITCHES
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "gc"
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: gc.{node.func.attr}()")
    assert not found, "\n".join(found)
