"""Gmail over IMAP: X-GM-* parsing from recorded responses, the All Mail choice, X-GM-RAW, XOAUTH2."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from imapclient.imapclient import _normalise_search_criteria

from tests.support.dovecot import Dovecot, DovecotUser
from tests.support.fake_gmail import FakeGmail
from watcher.config import parse
from watcher.errors import AuthError
from watcher.sources.gmail_imap import (
    choose_gmail_folders,
    gmail_ids,
    lookback_criteria,
    parse_fetch_lines,
    parse_labels,
    sanitize_labels,
    xoauth2_login,
    xoauth2_string,
)

# What Gmail's CAPABILITY and LIST look like (recorded; imapclient's shapes).
GMAIL_CAPS = (
    b"IMAP4REV1",
    b"UNSELECT",
    b"IDLE",
    b"NAMESPACE",
    b"QUOTA",
    b"ID",
    b"XLIST",
    b"CHILDREN",
    b"X-GM-EXT-1",
    b"UIDPLUS",
    b"COMPRESS=DEFLATE",
    b"ENABLE",
    b"MOVE",
    b"CONDSTORE",
    b"ESEARCH",
    b"UTF8=ACCEPT",
    b"LIST-EXTENDED",
    b"LIST-STATUS",
    b"LITERAL-",
    b"SPECIAL-USE",
    b"APPENDLIMIT=35651584",
)
GMAIL_LIST = [
    ((b"\\HasNoChildren",), b"/", "INBOX"),
    ((b"\\HasChildren", b"\\Noselect"), b"/", "[Gmail]"),
    ((b"\\All", b"\\HasNoChildren"), b"/", "[Gmail]/All Mail"),
    ((b"\\Drafts", b"\\HasNoChildren"), b"/", "[Gmail]/Drafts"),
    ((b"\\HasNoChildren", b"\\Important"), b"/", "[Gmail]/Important"),
    ((b"\\HasNoChildren", b"\\Sent"), b"/", "[Gmail]/Sent Mail"),
    ((b"\\HasNoChildren", b"\\Junk"), b"/", "[Gmail]/Spam"),
    ((b"\\Flagged", b"\\HasNoChildren"), b"/", "[Gmail]/Starred"),
    ((b"\\HasNoChildren", b"\\Trash"), b"/", "[Gmail]/Trash"),
]
# A German account: the names are translated, the flags are not.
GERMAN_LIST = [
    ((b"\\HasNoChildren",), b"/", "INBOX"),
    ((b"\\HasChildren", b"\\Noselect"), b"/", "[Google Mail]"),
    ((b"\\All", b"\\HasNoChildren"), b"/", "[Google Mail]/Alle Nachrichten"),
    ((b"\\HasNoChildren", b"\\Sent"), b"/", "[Google Mail]/Gesendet"),
]


# --- X-GM-THRID / X-GM-MSGID / X-GM-LABELS from recorded bytes ------------------------------------


def test_a_well_formed_gmail_fetch_gives_identity_thread_and_labels() -> None:
    data = [
        b"1 (X-GM-THRID 1278455344230334865 X-GM-MSGID 1278455344230334866 "
        b'X-GM-LABELS (\\Inbox \\Sent Important "Muy Importante") UID 4 FLAGS (\\Seen))'
    ]
    ids = gmail_ids(parse_fetch_lines(data)[4])
    assert ids.uid == "1278455344230334866" and ids.thread_hint == "1278455344230334865"
    assert ids.labels == ("\\Inbox", "\\Sent", "Important", "Muy Importante") and not ids.is_draft


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        # unquoted label in brackets (not an atom; Gmail sends it anyway)
        (
            b"2 (X-GM-LABELS ([Mailbox] \\Important) UID 5 X-GM-MSGID 11 X-GM-THRID 10)",
            ("[Mailbox]", "\\Important"),
        ),
        # system labels as quoted strings with the backslash escaped
        (
            b'3 (X-GM-LABELS ("\\\\Important" "\\\\Inbox") UID 6 X-GM-MSGID 11 X-GM-THRID 10)',
            ("\\Important", "\\Inbox"),
        ),
        # a user label with parentheses, sent unquoted: one label, not a nested list
        (
            b"4 (X-GM-LABELS (Webserver (RW.net) \\Inbox) UID 7 X-GM-MSGID 11 X-GM-THRID 10)",
            ("Webserver (RW.net)", "\\Inbox"),
        ),
        # an unbalanced quote (imapclient alone raises ProtocolError here)
        (
            b'5 (X-GM-LABELS ("Bewerbungen \\Draft) UID 8 X-GM-MSGID 11 X-GM-THRID 10)',
            ("Bewerbungen", "\\Draft"),
        ),
        # modified UTF-7 (RFC 3501) for non-ASCII labels
        (
            b'6 (X-GM-LABELS ("Candidatures/&AMk-t&AOk-" Entrevistas) UID 9 X-GM-MSGID 11 X-GM-THRID 10)',
            ("Candidatures/Été", "Entrevistas"),
        ),
        (b"7 (X-GM-LABELS () UID 10 X-GM-MSGID 11 X-GM-THRID 10)", ()),
        (b"8 (X-GM-LABELS NIL UID 11 X-GM-MSGID 11 X-GM-THRID 10)", ()),
    ],
)
def test_malformed_label_lists_never_stop_the_fetch(line: bytes, labels: tuple[str, ...]) -> None:
    (data,) = parse_fetch_lines([line]).values()
    ids = gmail_ids(data)
    assert ids.labels == labels
    assert ids.uid == "11" and ids.thread_hint == "10"


def test_labels_next_to_a_header_literal_are_repaired_too() -> None:
    data = [
        (
            b'9 (UID 12 X-GM-MSGID 99 X-GM-THRID 98 X-GM-LABELS ("broken \\Inbox) '
            b"BODY[HEADER.FIELDS (SUBJECT)] {24}",
            b"Subject: Interview\r\n\r\n\r\n",
        ),
        b")",
    ]
    parsed = parse_fetch_lines(data)[12]
    assert gmail_ids(parsed).labels == ("broken", "\\Inbox")
    assert parsed[b"BODY[HEADER.FIELDS (SUBJECT)]"].startswith(b"Subject: Interview")


def test_a_draft_is_known_by_its_label_or_its_flag() -> None:
    assert gmail_ids({b"X-GM-LABELS": (b"\\Draft",), b"X-GM-MSGID": 1}).is_draft
    assert gmail_ids({b"FLAGS": (b"\\Draft",), b"X-GM-MSGID": 1}).is_draft
    assert not gmail_ids({b"FLAGS": (b"\\Seen",), b"X-GM-LABELS": (b"Drafts for later",)}).is_draft


def test_sanitized_labels_are_quoted_and_reparse_to_the_same_names() -> None:
    line = b'1 (X-GM-LABELS (Webserver (RW.net) "a \\"b\\"" [Imap]/Trash) UID 2)'
    fixed = sanitize_labels(line)
    assert fixed == b'1 (X-GM-LABELS ("Webserver (RW.net)" "a \\"b\\"" "[Imap]/Trash") UID 2)'
    assert parse_labels(parse_fetch_lines([fixed])[2][b"X-GM-LABELS"]) == (
        "Webserver (RW.net)",
        'a "b"',
        "[Imap]/Trash",
    )


# --- folders, search --------------------------------------------------------------------------------


def test_with_x_gm_ext_1_all_mail_is_read_instead_of_inbox_and_sent() -> None:
    (choice,) = choose_gmail_folders(GMAIL_CAPS, GMAIL_LIST) or []
    assert choice.name == "[Gmail]/All Mail" and "\\All" in choice.reason


def test_all_mail_is_found_by_its_flag_in_any_language() -> None:
    (choice,) = choose_gmail_folders(GMAIL_CAPS, GERMAN_LIST) or []
    assert choice.name == "[Google Mail]/Alle Nachrichten"


def test_without_x_gm_ext_1_or_with_configured_folders_the_generic_choice_stays() -> None:
    caps = tuple(c for c in GMAIL_CAPS if c != b"X-GM-EXT-1")
    assert choose_gmail_folders(caps, GMAIL_LIST) is None
    assert choose_gmail_folders(GMAIL_CAPS, GMAIL_LIST, ["INBOX"]) is None
    hidden = [f for f in GMAIL_LIST if b"\\All" not in f[0]]  # "Show in IMAP" unticked for All Mail
    assert choose_gmail_folders(GMAIL_CAPS, hidden) is None


@pytest.mark.dovecot
def test_a_real_non_gmail_server_keeps_the_generic_folders(dovecot: Dovecot, imap_user: DovecotUser) -> None:
    with dovecot.client(imap_user) as c:
        assert choose_gmail_folders(c.capabilities(), c.list_folders()) is None


def test_the_lookback_search_uses_x_gm_raw() -> None:
    criteria = lookback_criteria(365, last_uid=41)
    assert _normalise_search_criteria(criteria) == [b"UID", b"42:*", b"X-GM-RAW", b"newer_than:365d"]


# --- XOAUTH2 ------------------------------------------------------------------------------------------


def test_the_xoauth2_string_is_googles_format() -> None:
    assert (
        xoauth2_string("sam@rivera.example", "ya29.t")
        == "user=sam@rivera.example\x01auth=Bearer ya29.t\x01\x01"
    )


class RecordingImap:
    """Stands in for the IMAP connection only; the token side is the real google-auth against the fake."""

    def __init__(self, refuse: bool = False) -> None:
        self.logins: list[tuple[str, str]] = []
        self.refuse = refuse

    def oauth2_login(self, user: str, token: str) -> Any:
        from imapclient.exceptions import LoginError

        if self.refuse:
            raise LoginError("[AUTHENTICATIONFAILED] Invalid credentials (Failure)")
        self.logins.append((user, token))
        return b"sam@rivera.example authenticated (Success)"


@pytest.fixture
def gmail() -> Iterator[FakeGmail]:
    with FakeGmail.start("sam@rivera.example") as fake:
        yield fake


def imap_oauth_settings(tmp_path: Path) -> Any:
    return parse(
        'my_addresses = ["sam@rivera.example"]\n[[accounts]]\nname = "gimap"\nhost = "imap.gmail.com"\n'
        f'username = "sam@rivera.example"\nauth = "oauth2"\ntoken_file = "{tmp_path / "t.json"}"\n'
    )


def test_xoauth2_login_refreshes_the_shared_token_file_and_logs_in(gmail: FakeGmail, tmp_path: Path) -> None:
    gmail.write_token(tmp_path / "t.json", expired=True, scopes=["https://mail.google.com/"])
    settings = imap_oauth_settings(tmp_path)
    client = RecordingImap()
    xoauth2_login(client, settings.accounts[0], settings)
    ((user, token),) = client.logins
    assert user == "sam@rivera.example" and token in gmail.access_tokens
    assert gmail.calls["token:refresh_token"] == 1
    assert stat.S_IMODE((tmp_path / "t.json").stat().st_mode) == 0o600


def test_a_refused_xoauth2_login_says_to_run_auth_again(gmail: FakeGmail, tmp_path: Path) -> None:
    gmail.write_token(tmp_path / "t.json", scopes=["https://mail.google.com/"])
    settings = imap_oauth_settings(tmp_path)
    with pytest.raises(AuthError, match=r"AUTHENTICATIONFAILED.*run `interview-watcher auth gimap` again"):
        xoauth2_login(RecordingImap(refuse=True), settings.accounts[0], settings)
    gmail.invalid_grant = True
    gmail.write_token(tmp_path / "t.json", expired=True, scopes=["https://mail.google.com/"])
    with pytest.raises(AuthError, match=r"invalid_grant.*run `interview-watcher auth gimap` again"):
        xoauth2_login(RecordingImap(), settings.accounts[0], settings)
