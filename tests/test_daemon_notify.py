"""sd_notify by hand: one datagram to $NOTIFY_SOCKET, path or abstract, never an error."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from watcher.daemon.notify import Notifier, monotonic_usec, notify


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[tuple[str, socket.socket]]:
    path = str(tmp_path / "notify.sock")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(path)
    s.settimeout(2)
    yield path, s
    s.close()


def test_ready_and_status_go_out_as_one_datagram(receiver: tuple[str, socket.socket]) -> None:
    path, s = receiver
    assert Notifier(path).ready("work: ok")
    assert s.recv(4096) == b"READY=1\nSTATUS=work: ok"


def test_a_status_with_line_breaks_cannot_inject_another_assignment(
    receiver: tuple[str, socket.socket],
) -> None:
    path, s = receiver
    Notifier(path).status("login failed\nREADY=1")
    assert s.recv(4096) == b"STATUS=login failed READY=1"


def test_abstract_namespace_socket_is_supported() -> None:
    name = f"interview-watcher-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        s.bind("\0" + name)
        s.settimeout(2)
        assert Notifier("@" + name).send("WATCHDOG=1")
        assert s.recv(4096) == b"WATCHDOG=1"


def test_reloading_carries_the_monotonic_timestamp_newer_systemd_wants(
    receiver: tuple[str, socket.socket],
) -> None:
    path, s = receiver
    before = monotonic_usec()
    Notifier(path).reloading()
    lines = s.recv(4096).decode().split("\n")
    assert lines[0] == "RELOADING=1"
    key, value = lines[1].split("=")
    assert key == "MONOTONIC_USEC" and before <= int(value) <= monotonic_usec()


def test_without_notify_socket_nothing_is_sent_and_nothing_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert not notify("READY=1")
    assert not Notifier.from_environment().enabled


def test_a_missing_socket_is_not_an_error(tmp_path: Path) -> None:
    assert not Notifier(str(tmp_path / "gone.sock")).send("READY=1")


def test_watchdog_pings_at_half_the_timeout_and_the_environment_is_cleared_for_children(
    monkeypatch: pytest.MonkeyPatch, receiver: tuple[str, socket.socket]
) -> None:
    path, _ = receiver
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    monkeypatch.setenv("WATCHDOG_USEC", "2000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    n = Notifier.from_environment()
    assert n.watchdog_interval == 1.0
    assert n.enabled
    assert "NOTIFY_SOCKET" not in os.environ and "WATCHDOG_USEC" not in os.environ


def test_watchdog_meant_for_another_process_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "2000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))
    assert Notifier.from_environment().watchdog_interval is None
