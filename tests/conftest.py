"""Shared pytest fixtures.

Dovecot fixtures (tests/support/dovecot.py): one real server per session,
a fresh mailbox user per test, so tests stay independent and fast.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from hypothesis import HealthCheck, settings

from tests.support.dovecot import Dovecot, DovecotUser, free_port
from tests.support.markers import dovecot_tests_without_marker
from tests.support.smtp import Inbox

# Property tests must not flake on a busy 2-core CI machine: no per-example
# deadline, and in CI a fixed seed so a red run can be replayed exactly.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# --- IMAP: real Dovecot on loopback ------------------------------------------


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that starts Dovecot without the `dovecot` marker stops the run (tests/support/markers.py)."""
    missing = dovecot_tests_without_marker(items)
    if missing:
        raise pytest.UsageError(
            "these tests use a Dovecot fixture without @pytest.mark.dovecot "
            "(mark the test or its module): " + ", ".join(missing)
        )


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """Dovecot with RFC 6154 special-use folders (Sent, Drafts, Trash, Junk, Archive), SSL and STARTTLS."""
    server = Dovecot.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def dovecot_bare() -> Iterator[Dovecot]:
    """An old-fashioned Dovecot: no special-use flags and no TLS at all (plain port only)."""
    server = Dovecot.start(special_use=False, tls=False)
    yield server
    server.stop()


@pytest.fixture
def imap_user(dovecot: Dovecot) -> DovecotUser:
    """A fresh, empty mailbox on the session's `dovecot`."""
    return dovecot.add_user()


@pytest.fixture
def smtp() -> Iterator[tuple[Controller, Inbox]]:
    """A real SMTP server on a free loopback port, with what it received."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()
