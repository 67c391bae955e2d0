"""The `dovecot` marker follows the Dovecot fixtures: `-m "not dovecot"` must leave no test that starts one.

Checked at collection (tests/conftest.py), so a new test that asks for a Dovecot fixture
without the marker stops the run instead of slipping into the fast selection.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import pytest

# The fixtures that start a real Dovecot (tests/conftest.py); `fixturenames` is the whole
# closure, so a fixture built on one of these counts too.
DOVECOT_FIXTURES = frozenset({"dovecot", "dovecot_bare", "imap_user"})


class Collected(Protocol):
    """What the check reads of a collected test (a `pytest.Item`)."""

    @property
    def nodeid(self) -> str: ...

    def get_closest_marker(self, name: str) -> pytest.Mark | None: ...


def dovecot_tests_without_marker(items: Iterable[Collected]) -> list[str]:
    """The ids of the tests that use a Dovecot fixture but carry no `dovecot` marker."""
    missing = []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & DOVECOT_FIXTURES and item.get_closest_marker("dovecot") is None:
            missing.append(item.nodeid)
    return missing
