"""The layers hold (docs: the README's data flow): the pure rooms import nothing from the shell,
a lower layer never imports a higher one, and no two modules of watcher/ import each other.

Read from the source with `ast`, imports inside functions (and under TYPE_CHECKING) included,
so a lazy import cannot slip a store or a socket into the pure code, nor close a cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

WATCHER = Path(__file__).resolve().parents[1] / "watcher"

# Pure: one message, one application, the policy; plain data in, plain data out.
PURE = ("core",)
# Shared by every room: the one exception tree.
FOUNDATION = ("errors",)
# The shell: every other module or package of watcher/ (sources, state, scheduling, delivery, commands).
SHELL = tuple(
    sorted(
        p.stem if p.suffix == ".py" else p.name
        for p in WATCHER.iterdir()
        if (p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists()))
        and p.stem not in (*PURE, *FOUNDATION, "__init__", "__main__")
    )
)
# What the rooms that read one message may lean on inside the package.
INNER = ("core/reading", "core/employers")
INNER_MAY_IMPORT = ("watcher.core.reading", "watcher.core.employers", "watcher.core.records")


def _files(room: str) -> list[Path]:
    path = WATCHER / room
    return sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (``from watcher import x`` counts as ``watcher.x``)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{path}: relative import"
            out.add(node.module)
            out.update(f"{node.module}.{alias.name}" for alias in node.names)
    return out


# The layers, lowest first: a module may import its own layer and those below it, never one above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("core", "errors", "__init__"),  # the pure core, the one exception tree, the version
    ("config", "secrets", "deadline", "logs"),  # settings and what every part of the shell leans on
    ("sources",),  # reading mailboxes (IMAP, Maildir, Gmail)
    ("store",),  # the local state
    ("digest",),  # the digest's words and its ways out
    ("app", "demo"),  # the application layer: what each command does, as data
    ("daemon",),  # `run`: the scheduler around the application layer
    ("cli", "__main__"),  # the command line, which starts the daemon too
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(WATCHER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(f): f for f in sorted(WATCHER.rglob("*.py"))}


def _layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else "__init__"
    for i, rooms in enumerate(LAYERS):
        if top in rooms:
            return i
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def _graph(modules: Mapping[str, Path]) -> dict[str, set[str]]:
    """Module → the modules of `modules` it imports (``from a import b`` counts a, and a.b when it is a module)."""
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def _cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _in(module: str, room: str) -> bool:
    name = f"watcher.{room}"
    return module == name or module.startswith(name + ".")


@pytest.mark.parametrize("room", PURE)
def test_pure_room_imports_nothing_from_the_shell(room: str) -> None:
    files = _files(room)
    assert files and all(f.is_file() for f in files), room
    offenders = sorted(
        f"{f.relative_to(WATCHER)} imports {m}"
        for f in files
        for m in _imports(f)
        for shell in SHELL
        if _in(m, shell)
    )
    assert offenders == []


@pytest.mark.parametrize("room", INNER)
def test_message_readers_lean_only_on_each_other_and_records(room: str) -> None:
    """reading/ and employers/ know one message: no timeline, no applications, no parser, no shell."""
    offenders = sorted(
        f"{f.relative_to(WATCHER)} imports {m}"
        for f in _files(room)
        for m in _imports(f)
        if (m == "watcher" or m.startswith("watcher."))
        and not any(m.startswith(ok) for ok in INNER_MAY_IMPORT)
    )
    assert offenders == []


def test_the_layer_check_sees_a_lazy_shell_import(tmp_path: Path) -> None:
    """The check itself: an import inside a function is found."""
    f = tmp_path / "x.py"
    f.write_text("def f():\n    from watcher.store.state import Store\n    return Store\n")
    assert "watcher.store.state" in _imports(f)


def test_every_module_of_the_package_has_a_layer() -> None:
    assert {m: _layer(m) for m in MODULES}  # raises for a module in no layer


def _upward(graph: Mapping[str, Iterable[str]]) -> list[str]:
    """Each import of a higher layer, in words."""
    return sorted(
        f"{name} (layer {_layer(name)}) imports {m} (layer {_layer(m)})"
        for name, imported in graph.items()
        for m in imported
        if _layer(m) > _layer(name)
    )


def test_no_layer_imports_a_higher_one() -> None:
    """core < config < sources < store < digest < app < daemon < cli: nothing lower imports higher."""
    assert _upward(_graph(MODULES)) == []


def test_no_two_modules_of_the_package_import_each_other() -> None:
    """No import cycle anywhere in watcher/, however long, lazy imports included."""
    assert _cycles(_graph(MODULES)) == []


def test_the_cycle_check_finds_a_cycle_through_a_lazy_import(tmp_path: Path) -> None:
    """The check itself: a → b → c → a, the last one inside a function, is one cycle."""
    (tmp_path / "a.py").write_text("from watcher.b import x\n")
    (tmp_path / "b.py").write_text("import watcher.c\n")
    (tmp_path / "c.py").write_text("def f():\n    from watcher.a import y\n    return y\n")
    modules = {f"watcher.{n}": tmp_path / f"{n}.py" for n in "abc"}
    assert _cycles(_graph(modules)) == [["watcher.a", "watcher.b", "watcher.c"]]


def test_the_layer_check_sees_a_lower_layer_import_a_higher_one(tmp_path: Path) -> None:
    """The check itself: the store reaching for the application layer, even lazily, is found;
    the application layer using the store is not."""
    (tmp_path / "state.py").write_text(
        "def f():\n    from watcher.app.status import status\n    return status\n"
    )
    (tmp_path / "status.py").write_text("from watcher.store.state import Store\n")
    modules = {"watcher.store.state": tmp_path / "state.py", "watcher.app.status": tmp_path / "status.py"}
    assert _upward(_graph(modules)) == ["watcher.store.state (layer 3) imports watcher.app.status (layer 5)"]
