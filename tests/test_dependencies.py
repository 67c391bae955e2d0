"""Every third-party package that watcher/ imports is declared in pyproject's dependencies.

A package that only arrives as another one's dependency (markupsafe through jinja2) works
until that one drops it; a new user's `pip install .` then breaks. Read from the source with
`ast`, imports inside functions included, and matched to distributions by
`importlib.metadata.packages_distributions`, so a new undeclared import fails CI.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WATCHER = ROOT / "watcher"


def _normalise(name: str) -> str:
    """A distribution's name as PEP 503 compares them (`Google_Auth` is `google-auth`)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_distributions(pyproject: Path) -> set[str]:
    """The names in `[project].dependencies`, without their version ranges or markers."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    names: set[str] = set()
    for requirement in project["dependencies"]:
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        assert match, f"unreadable requirement {requirement!r}"
        names.add(_normalise(match.group(1)))
    return names


def top_level_imports(source: str, filename: str) -> set[str]:
    """The first component of every absolute import in one file, at any depth."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names.update(alias.name.partition(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.partition(".")[0])
    return names


def undeclared_imports(
    imports: Iterable[str], declared: set[str], providers: Mapping[str, Sequence[str]]
) -> list[str]:
    """Third-party import names that no declared distribution provides, each with its providers."""
    problems = []
    for name in sorted(set(imports)):
        if name in sys.stdlib_module_names or name == "watcher" or name == "__future__":
            continue
        dists = {_normalise(d) for d in providers.get(name, ())}
        if not dists & declared:
            found = ", ".join(sorted(dists)) or "no installed distribution"
            problems.append(f"{name} (provided by {found})")
    return problems


def _watcher_imports() -> set[str]:
    names: set[str] = set()
    for path in sorted(WATCHER.rglob("*.py")):
        names |= top_level_imports(path.read_text(encoding="utf-8"), str(path))
    return names


def test_every_package_watcher_imports_is_declared() -> None:
    imports = _watcher_imports()
    assert "click" in imports and "imapclient" in imports  # the walk reads the real sources
    problems = undeclared_imports(
        imports, declared_distributions(ROOT / "pyproject.toml"), packages_distributions()
    )
    assert problems == [], "imported by watcher/ but not in [project].dependencies: " + "; ".join(problems)


def test_an_import_no_declared_distribution_provides_is_reported() -> None:
    source = (
        "import click\nfrom markupsafe import Markup\ndef f():\n    import yaml.loader\nfrom . import x\n"
    )
    imports = top_level_imports(source, "example.py")
    assert imports == {"click", "markupsafe", "yaml"}
    providers = {"click": ["click"], "markupsafe": ["MarkupSafe"], "yaml": ["PyYAML"]}
    assert undeclared_imports(imports, {"click"}, providers) == [
        "markupsafe (provided by markupsafe)",
        "yaml (provided by pyyaml)",
    ]
    assert undeclared_imports(imports, {"click", "markupsafe", "pyyaml"}, providers) == []


def test_a_standard_library_import_needs_no_declaration() -> None:
    imports = top_level_imports("import os, email.utils\nfrom zoneinfo import ZoneInfo\n", "example.py")
    assert undeclared_imports(imports, set(), {}) == []


def test_an_import_nothing_installed_provides_is_reported() -> None:
    assert undeclared_imports({"notinstalled"}, {"click"}, {}) == [
        "notinstalled (provided by no installed distribution)"
    ]
