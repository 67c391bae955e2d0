"""One vocabulary for reply prefixes and robot senders: every reader agrees on it."""

from __future__ import annotations

import pytest

from tests.fixture_mail import MINE, make
from watcher.core.conversations import thread
from watcher.core.employers.message_kinds import is_system_address
from watcher.core.mail import normalise_subject
from watcher.core.reading.vocabulary import (
    REPLY_PREFIXES,
    has_reply_prefix,
    is_system_mailbox,
    is_team_or_system_mailbox,
    strip_reply_prefixes,
)


@pytest.mark.parametrize("prefix", REPLY_PREFIXES)
def test_every_reply_prefix_is_stripped_by_threading_and_seen_by_the_doubt_reader(prefix: str) -> None:
    subject = f"{prefix.upper()}: Interview next week"
    assert normalise_subject(subject) == "Interview next week"
    assert has_reply_prefix(subject)


def test_portuguese_and_french_reference_prefixes_thread_like_re() -> None:
    # Before the one vocabulary, threading knew 15 prefixes and the doubt reader others ("RES:", "Réf:").
    assert normalise_subject("RES: Réf : Entrevista") == "Entrevista"


def test_repeated_and_numbered_prefixes_all_go() -> None:
    assert strip_reply_prefixes("Re: AW[2]: Fwd(3)： Offer") == "Offer"
    assert strip_reply_prefixes("Reunion: agenda") == "Reunion: agenda"  # a word, not a prefix


def test_a_system_mailbox_is_one_to_threading_and_to_message_kinds() -> None:
    # "alerts@" was a system to message kinds but not to threading: its same-subject mail merged.
    frm = ("Acme Alerts", "alerts@acme-jobs.example")
    first = make(
        "A new role matches your search.", at="2026-03-02T09:00:00-05:00", frm=frm, subject="New role"
    )
    second = make(
        "A new role matches your search.", at="2026-03-09T09:00:00-05:00", frm=frm, subject="New role"
    )
    assert is_system_address(frm[1])
    assert len(thread([first, second], my_addresses=MINE)) == 2


@pytest.mark.parametrize(
    "local", ["no-reply", "noreply", "no_reply", "do.not.reply", "mailer-daemon", "support+x"]
)
def test_system_mailboxes(local: str) -> None:
    assert is_system_mailbox(local)
    assert is_team_or_system_mailbox(local)


@pytest.mark.parametrize("local", ["careers", "bewerbung", "jobs.emea", "lavora-con-noi"])
def test_team_mailboxes_are_not_people_but_not_systems(local: str) -> None:
    assert is_team_or_system_mailbox(local)
    assert not is_system_mailbox(local)


@pytest.mark.parametrize("local", ["anna.keller", "information-desk-lead", "teamlead", "hrvoje", "info2"])
def test_people_are_neither(local: str) -> None:
    assert not is_team_or_system_mailbox(local)
