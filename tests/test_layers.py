"""The pure rooms import nothing from the shell (docs: the layout's data flow).

Read from the source with `ast`, imports inside functions included, so a lazy
import cannot slip a store or a socket into the pure code.
"""

from __future__ import annotations

import ast
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
