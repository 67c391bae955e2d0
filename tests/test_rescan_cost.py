"""A rescan with nothing new answers from the state's bookkeeping: no statement walks a whole table.

Its cost must not grow with the mailbox (issue: a real mailbox). Checked with SQLite's own
query planner on every statement the rescan runs, so a new full-table query fails here however
it is written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.support.mailgen import ME, make_mail
from tests.test_maildir_source import Maildir
from tests.test_resync import RECENT, SETTINGS, maildir_account, scan
from watcher.sources.maildir import MaildirSource
from watcher.store.state import Store

# Tables that grow with the mailbox; the small bookkeeping tables (meta, folders, ...) may be read whole.
BIG = ("messages", "message_facts", "mail_index", "thread_nodes", "index_tokens")


def _whole_table_reads(db_path: Path, statements: list[str]) -> list[str]:
    con = sqlite3.connect(db_path)
    out = []
    for sql in statements:
        head = sql.lstrip().split(None, 1)[0].upper()
        if head not in ("SELECT", "UPDATE", "DELETE", "INSERT", "WITH"):
            continue
        for row in con.execute("EXPLAIN QUERY PLAN " + sql):
            detail = str(row[-1])
            walks = any(detail == f"SCAN {t}" or detail.startswith(f"SCAN {t} ") for t in BIG)
            # A write bounded by the account alone touches every row of it: as costly as a walk.
            account_wide = (
                head in ("UPDATE", "DELETE")
                and detail.endswith("(account=?)")
                and any(detail.startswith(f"SEARCH {t} ") for t in BIG)
            )
            if walks or account_wide:
                out.append(f"{detail}: {sql}")
    con.close()
    return out


def test_a_rescan_with_nothing_new_reads_no_big_table_whole(tmp_path: Path) -> None:
    md = Maildir(tmp_path / "Mail")
    md.folder("Sent")
    for i in range(30):
        md.deliver("INBOX", make_mail(i), when=RECENT)
    for i in range(30, 40):
        md.deliver("Sent", make_mail(i, sender=ME), when=RECENT)
    account = maildir_account(md.root, folders=["INBOX", "Sent"])
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert scan(store, MaildirSource(account, SETTINGS), account).new == 40
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        again = scan(store, MaildirSource(account, SETTINGS), account)
        store.db.set_trace_callback(None)
    assert (again.new, again.changed, again.total) == (0, 0, 40)
    assert statements, "the trace saw the rescan's statements"
    assert _whole_table_reads(db, statements) == []


def test_the_check_sees_a_whole_table_read(tmp_path: Path) -> None:
    """The check itself: the walk and the account-wide write this rescan used to do are found."""
    db = tmp_path / "s.db"
    Store(db).close()
    found = _whole_table_reads(
        db,
        [
            "SELECT rowid FROM messages WHERE record_version < 9 AND raw IS NOT NULL LIMIT 500",
            "UPDATE messages SET gate_version=3 WHERE account='a' AND headers_only=1 AND gate_version < 3",
        ],
    )
    assert len(found) == 2


_RESCAN_CHILD = """
import sys
from pathlib import Path
from watcher.config import MaildirAccount, Settings
from watcher.app.ingest import scan_account
from watcher.sources.maildir import MaildirSource
from watcher.store.state import Store

settings = Settings.model_validate({"my_addresses": [sys.argv[3]], "timezone": "UTC"})
account = MaildirAccount.model_validate({"name": "local", "type": "maildir", "path": sys.argv[1]})
with Store(Path(sys.argv[2])) as store:
    result = scan_account(settings, store, account, source=MaildirSource(account, settings))
assert result.ok and (result.new, result.changed) == (0, 0), result
readers = ("watcher.core.mail", "watcher.core.candidates", "watcher.core.applications",
           "watcher.core.reading.facts", "dateparser")
print(sorted(m for m in readers if m in sys.modules))
"""


def test_a_rescan_with_nothing_new_does_not_load_the_message_reader(tmp_path: Path) -> None:
    """The reader's phrase tables cost more to compile than a whole rescan: only new mail loads them."""
    import subprocess
    import sys

    md = Maildir(tmp_path / "Mail")
    for i in range(5):
        md.deliver("INBOX", make_mail(i), when=RECENT)
    account = maildir_account(md.root, folders=["INBOX"])
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert scan(store, MaildirSource(account, SETTINGS), account).new == 5
    out = subprocess.run(
        [sys.executable, "-c", _RESCAN_CHILD, str(md.root), str(db), ME],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert out.stdout.strip() == "[]"
