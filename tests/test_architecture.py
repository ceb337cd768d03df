"""Import boundaries: data flows sources → pipeline → build → store → API / exports.

The rules are checked on the import graph of ``src/cpecmap`` read with ``ast``
(nothing is imported): every ``import``/``from … import`` anywhere in a module,
inside functions and ``if TYPE_CHECKING`` blocks too, relative imports resolved,
followed transitively. Importing ``a.b.c`` also counts as importing ``a`` and
``a.b``, since Python runs their ``__init__`` first.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

Graph = dict[str, set[str]]

#: Modules that write exports; none of them may need the web server's stack.
EXPORT_MODULES = (
    "cpecmap.folium_export",
    "cpecmap.static_site",
    "cpecmap.export",
    "cpecmap.atlas",
)
WEB_STACK = ("fastapi", "starlette", "cpecmap.api")


def _module_name(src: Path, path: Path) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _with_parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def import_graph(src: Path, package: str) -> Graph:
    """Module → every module it imports directly (its own package's and third-party).

    Parameters
    ----------
    src
        The directory holding the package (e.g. ``src``).
    package
        The top-level package name (e.g. ``cpecmap``).
    """
    files = {
        _module_name(src, path): path
        for path in sorted((src / package).rglob("*.py"))
        if "__pycache__" not in path.parts
    }
    graph: Graph = {}
    for module, path in files.items():
        is_package = path.name == "__init__.py"
        here = module if is_package else module.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    targets.update(_with_parents(alias.name))
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base_parts = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                    base = ".".join([*base_parts, *([node.module] if node.module else [])])
                else:
                    base = node.module or ""
                targets.update(_with_parents(base))
                for alias in node.names:  # `from pkg import submodule`
                    if f"{base}.{alias.name}" in files:
                        targets.add(f"{base}.{alias.name}")
        targets.discard(module)
        graph[module] = targets
    return graph


def _banned(name: str, banned: Iterable[str]) -> bool:
    return any(name == b or name.startswith(b + ".") for b in banned)


def violations(
    graph: Mapping[str, set[str]], starts: Iterable[str], banned: Iterable[str]
) -> list[str]:
    """The shortest import chain from ``starts`` to each module in (or under) ``banned``.

    Third-party modules are leaves; the package's own modules are followed.
    """
    banned = tuple(banned)
    parent: dict[str, str | None] = dict.fromkeys(starts)
    queue = deque(parent)
    found: list[str] = []
    while queue:
        module = queue.popleft()
        for target in sorted(graph.get(module, ())):
            if target in parent:
                continue
            parent[target] = module
            if _banned(target, banned):
                chain = [target]
                while (step := parent[chain[-1]]) is not None:
                    chain.append(step)
                found.append(" -> ".join(reversed(chain)))
            elif target in graph:
                queue.append(target)
    return found


@pytest.fixture(scope="module")
def graph() -> Graph:
    return import_graph(SRC, "cpecmap")


def test_the_graph_sees_the_real_imports(graph: Graph) -> None:
    # guards against a checker that silently finds nothing
    assert "cpecmap.store" in graph["cpecmap.api.app"]
    assert "cpecmap.api.prepared" in graph["cpecmap.api.app"]  # `from .prepared import …`
    assert "cpecmap.pipeline" in graph["cpecmap.atlas"]  # imported inside a function
    assert "fastapi" in graph["cpecmap.api.app"]


def test_the_pipeline_does_not_depend_on_what_reads_its_output(graph: Graph) -> None:
    pipeline = [m for m in graph if m == "cpecmap.pipeline" or m.startswith("cpecmap.pipeline.")]
    assert pipeline
    found = violations(graph, pipeline, ("cpecmap.store", "cpecmap.formats", "cpecmap.api"))
    assert not found, "the pipeline must not import the store, formats or API:\n" + "\n".join(
        found
    )


@pytest.mark.parametrize("module", EXPORT_MODULES)
def test_exports_do_not_need_the_web_server(graph: Graph, module: str) -> None:
    found = violations(graph, [module], WEB_STACK)
    assert not found, f"{module} must not import fastapi, starlette or cpecmap.api:\n" + "\n".join(
        found
    )


def test_the_store_does_not_know_about_http(graph: Graph) -> None:
    found = violations(graph, ["cpecmap.store"], ("fastapi", "starlette"))
    assert not found, "\n".join(found)


# The checker itself, on a small package made for the purpose.


def _write(root: Path, files: Mapping[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def toy(tmp_path: Path) -> Graph:
    return import_graph(
        _write(
            tmp_path,
            {
                "toy/__init__.py": "",
                "toy/store.py": "import json\n",
                "toy/web/__init__.py": "from starlette.requests import Request\n",
                "toy/web/app.py": "from ..store import load\n",
                "toy/pipeline/__init__.py": "from .write import write\n",
                "toy/pipeline/write.py": "def write():\n    from toy import helpers\n",
                "toy/helpers.py": "from toy.web.app import x\n",
                "toy/export.py": "from toy import store\nimport toy.helpers as h\n",
                "toy/clean.py": "from . import store\n",
            },
        ),
        "toy",
    )


def test_checker_follows_function_level_relative_and_transitive_imports(toy: Graph) -> None:
    assert toy["toy.web.app"] >= {"toy", "toy.store"}
    assert "toy.helpers" in toy["toy.pipeline.write"]  # inside a function, `from pkg import mod`
    assert violations(toy, ["toy.pipeline"], ["toy.web"]) == [
        "toy.pipeline -> toy.pipeline.write -> toy.helpers -> toy.web",
        "toy.pipeline -> toy.pipeline.write -> toy.helpers -> toy.web.app",
    ]
    assert "toy.export -> toy.helpers -> toy.web -> starlette" in violations(
        toy, ["toy.export"], ["starlette"]
    )


def test_checker_passes_a_module_within_its_bounds(toy: Graph) -> None:
    assert violations(toy, ["toy.clean"], ["toy.web", "starlette"]) == []
    assert violations(toy, ["toy.store"], ["starlette"]) == []
