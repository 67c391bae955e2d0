"""The checks CI runs are the ones pyproject.toml and scripts/test.sh promise.

Strict typing everywhere, the complexity ceiling, linters pinned to the versions that
run: a loosened setting here would pass every other test, so these read the files.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
TEST_SH = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
PINNED = ("ruff", "mypy")


def _requirements(group: str) -> dict[str, str]:
    """Requirement name -> its version specifier, for `dependencies` or an optional extra."""
    project = PYPROJECT["project"]
    reqs = project["dependencies"] if group == "dependencies" else project["optional-dependencies"][group]
    out = {}
    for req in reqs:
        match = re.fullmatch(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)", req)
        assert match, req
        out[match.group(1).lower()] = match.group(2).strip()
    return out


def _commands() -> list[list[str]]:
    """The script's command lines, split into words (comments dropped)."""
    return [shlex.split(line, comments=True) for line in TEST_SH.splitlines() if line.strip()]


def test_mypy_is_strict_for_the_whole_package_tests_and_bench() -> None:
    mypy = PYPROJECT["tool"]["mypy"]
    assert mypy["strict"] is True
    assert set(mypy["files"]) >= {"watcher", "tests", "bench"}
    for override in mypy.get("overrides", []):
        # Only third-party modules without type information may be relaxed, and only in that one way.
        assert set(override) == {"module", "ignore_missing_imports"}, override
        modules = override["module"] if isinstance(override["module"], list) else [override["module"]]
        assert not [m for m in modules if m.split(".")[0] in {"watcher", "tests", "bench"}], modules


def test_scripts_test_sh_runs_mypy_on_the_configured_files_and_ruff_on_everything() -> None:
    commands = _commands()
    assert [".venv/bin/mypy"] in commands, "mypy without paths: the files pyproject names"
    assert [".venv/bin/ruff", "check", "watcher", "tests", "bench"] in commands
    assert [".venv/bin/ruff", "format", "--check", "watcher", "tests", "bench"] in commands


def test_the_complexity_ceiling_is_on_and_at_most_15() -> None:
    lint = PYPROJECT["tool"]["ruff"]["lint"]
    assert "C90" in lint["select"] or "C901" in lint["select"]
    assert lint["mccabe"]["max-complexity"] <= 15
    for path, codes in lint.get("per-file-ignores", {}).items():
        if "C901" in codes:
            # An exemption outlives its file only by mistake (a moved module leaves it behind).
            assert (ROOT / path).is_file(), f"C901 exemption for a file that no longer exists: {path}"


@pytest.mark.parametrize("tool", PINNED)
def test_the_linters_are_pinned_exactly_and_installed_at_that_version(tool: str) -> None:
    spec = _requirements("test")[tool]
    assert spec.startswith("==") and "," not in spec, f"{tool}{spec}: pin it with =="
    assert version(tool) == spec[2:], f"{tool} {version(tool)} installed, pyproject pins {spec}"


def test_the_other_requirements_are_ranges_not_pins() -> None:
    for group in ("dependencies", "test"):
        for name, spec in _requirements(group).items():
            if name not in PINNED:
                assert spec and "==" not in spec, f"{name}{spec} ({group}): a compatible range, not a pin"
