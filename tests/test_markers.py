"""The collection check that keeps the `dovecot` marker on every test that starts Dovecot."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.support.markers import dovecot_tests_without_marker


@dataclass
class _Item:
    nodeid: str
    fixturenames: list[str]
    markers: dict[str, pytest.Mark] = field(default_factory=dict)

    def get_closest_marker(self, name: str) -> pytest.Mark | None:
        return self.markers.get(name)


def _marked(nodeid: str, fixtures: list[str]) -> _Item:
    return _Item(nodeid, fixtures, {"dovecot": pytest.mark.dovecot.mark})


def test_a_test_using_a_dovecot_fixture_without_the_marker_is_reported() -> None:
    items = [
        _Item("t.py::uses_user", ["tmp_path", "dovecot", "imap_user"]),
        _Item("t.py::uses_bare", ["dovecot_bare"]),
        _marked("t.py::marked", ["dovecot", "imap_user"]),
        _Item("t.py::plain", ["tmp_path"]),
    ]
    assert dovecot_tests_without_marker(items) == ["t.py::uses_user", "t.py::uses_bare"]


def test_a_marked_or_dovecot_free_test_passes() -> None:
    assert dovecot_tests_without_marker([_marked("t.py::a", ["dovecot"]), _Item("t.py::b", [])]) == []
