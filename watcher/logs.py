"""Log formatting for journald: no timestamps of our own, syslog priority prefixes."""

from __future__ import annotations

import logging

from watcher.core.safetext import clean

_PRIORITY = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}


class JournalFormatter(logging.Formatter):
    """`<N>message`: journald reads N as the syslog priority of the line."""

    def __init__(self) -> None:
        super().__init__("%(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        prio = _PRIORITY.get(record.levelno, 6 if record.levelno < logging.WARNING else 3)
        text = super().format(record)
        # Continuation lines (tracebacks) keep the priority too.
        return "\n".join(f"<{prio}>{line}" for line in text.splitlines())


class CleanFormatter(logging.Formatter):
    """Wraps another formatter: a log line never carries escape sequences or control
    characters, whatever a message, a server's error text or a traceback holds."""

    def __init__(self, inner: logging.Formatter) -> None:
        super().__init__()
        self.inner = inner

    def format(self, record: logging.LogRecord) -> str:
        return clean(self.inner.format(record), multiline=True)
