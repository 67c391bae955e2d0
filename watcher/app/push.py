"""`[notify] urls`: one short push notice through Apprise when something is due.

(Not to be confused with watcher.notify, which speaks systemd's sd_notify protocol.)

Each URL is its own target, sent to on its own, so a failing one is told apart from the others:
it is logged once when it starts failing (named by its index and a redacted form, never its
tokens), the items it missed stay untold for it, and it is tried again with the next notice.
A push never raises into the daemon. Apprise's own log lines name topics and tokens, so they
never reach our log: they are captured during a send, scrubbed, and one line of them is kept
as the reason.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from watcher.core.push import (
    MORNING,
    Notice,
    PushItem,
    compose,
    push_day,
    push_items,
    redact_url,
    scrub,
    untold,
)
from watcher.store.pushlog import PushLog, target_key
from watcher.store.state import Store

if TYPE_CHECKING:
    from watcher.config import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Sent:
    """What one call told (for the daemon's debug line and the tests)."""

    target: int
    ok: bool
    items: tuple[str, ...]
    body: str = ""


@dataclass(frozen=True, slots=True)
class Target:
    """One configured URL, as logs and `check` name it."""

    index: int
    url: str = field(repr=False)

    @property
    def key(self) -> str:
        return target_key(self.url)

    @property
    def label(self) -> str:
        return f"notify.urls[{self.index}] ({redact_url(self.url)})"


def targets(settings: Settings) -> list[Target]:
    return [Target(i, u) for i, u in enumerate(settings.notify.url_values)] if settings.notify else []


# --- Apprise, kept quiet ----------------------------------------------------------------


class _Capture(logging.Filter):
    """On Apprise's logger: keeps its lines during one send, for this thread only, and lets none
    through to any handler (ours, or one a test harness attaches)."""

    def __init__(self) -> None:
        super().__init__()
        self.local = threading.local()

    def filter(self, record: logging.LogRecord) -> bool:
        lines: list[str] | None = getattr(self.local, "lines", None)
        if lines is not None and len(lines) < 8 and record.levelno >= logging.WARNING:
            try:
                lines.append(record.getMessage())
            except Exception:  # a bad format string in a library's log call
                lines.append(str(record.msg))
        return False


class _HideWhileSending(logging.Filter):
    """HTTP libraries log the URLs they call at debug level; a service's URL often holds its token
    (a Telegram bot, a webhook): drop those lines while this thread sends a notice."""

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(_CAPTURE.local, "lines", None) is None


_CAPTURE = _Capture()
_HIDE = _HideWhileSending()
_QUIET_LOCK = threading.Lock()
#: Loggers of the HTTP stack under Apprise whose lines name the URL being called.
_HTTP_LOGGERS = (
    "urllib3.connectionpool",
    "urllib3.connection",
    "urllib3.poolmanager",
    "urllib3.util.retry",
    "requests",
)


def _apprise() -> Any:
    """Import Apprise with its logger silenced (its lines carry URLs and topics)."""
    with _QUIET_LOCK:
        logger = logging.getLogger("apprise")
        if _CAPTURE not in logger.filters:
            logger.addFilter(_CAPTURE)
            logger.setLevel(logging.WARNING)
            for name in _HTTP_LOGGERS:
                logging.getLogger(name).addFilter(_HIDE)
    import apprise

    return apprise


def service(url: str) -> Any | None:
    """Apprise's plugin for `url`, or None when Apprise does not know it."""
    apprise = _apprise()
    _CAPTURE.local.lines = []
    try:
        return apprise.Apprise.instantiate(url, suppress_exceptions=True)
    except Exception:
        return None
    finally:
        _CAPTURE.local.lines = None


def check_lines(settings: Settings) -> tuple[list[str], int]:
    """`check`'s lines for `[notify]`, one per service, redacted (nothing is sent), and how many
    of them Apprise cannot use. No lines when push notices are off."""
    lines, bad = [], 0
    for t in targets(settings):
        plugin = service(t.url)
        if plugin is None:
            bad += 1
            lines.append(
                f"notify: {t.label}: FAILED: not a URL Apprise knows; the services and their URLs "
                f"are listed at https://github.com/caronc/apprise/wiki"
            )
        else:
            name = str(getattr(plugin, "service_name", "") or type(plugin).__name__)
            lines.append(f"notify: {t.label}: ok; {name} (tested by the first notice, not now)")
    return lines, bad


def send(url: str, notice: Notice) -> str:
    """Send one notice to one URL; "" when it went out, else why not (scrubbed of secrets)."""
    plugin = service(url)
    if plugin is None:
        return "Apprise does not recognise this URL (see `interview-watcher check`)"
    _CAPTURE.local.lines = []
    try:
        ok = bool(plugin.notify(body=notice.body, title=notice.title))
        lines: list[str] = list(_CAPTURE.local.lines or [])
    except Exception as e:
        ok, lines = False, [f"{type(e).__name__}: {e}"]
    finally:
        _CAPTURE.local.lines = None
    if ok:
        return ""
    return scrub(lines[-1] if lines else "the service did not accept the notice", url)


# --- the daemon's side ------------------------------------------------------------------


class Pusher:
    """Tells each configured service what it has not been told today; remembers which services
    are failing so that each failure is logged once, and its recovery once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failing: dict[str, str] = {}
        self._checked = False

    @property
    def pending(self) -> bool:
        """Worth a look after a scan that brought nothing new: nothing was checked since the
        start, or a service failed and its items wait for the next notice."""
        return not self._checked or bool(self._failing)

    def tell(
        self,
        settings: Settings,
        store: Store,
        now: datetime,
        *,
        items: Sequence[PushItem] | None = None,
    ) -> list[Sent]:
        """One notice per service with what is new to it today. The first notice of a day
        (after the morning digest) names the nudges too; later ones only new asks, offers and
        doubts. `items` defaults to the processes in the state as of `now`."""
        ts = targets(settings)
        if not ts:
            return []
        if items is None:
            from watcher.app.pipeline import assess

            items = push_items(((a.application, a.evaluation) for a in assess(settings, store, now)), now)
        day = push_day(now, settings.tz)
        out: list[Sent] = []
        self._checked = True
        with self._lock:
            pushlog = PushLog(store)
            for t in ts:
                told = pushlog.told(day, t.key)
                new = untold(items, told, morning_told=MORNING in told)
                if not new:
                    continue
                keys = [i.key for i in new]
                claimed = set(pushlog.claim(day, t.key, [*keys, MORNING]))
                new = [i for i in new if i.key in claimed]
                if not new:
                    continue
                notice = compose(new)
                error = send(t.url, notice)
                if error:
                    pushlog.release(day, t.key, claimed)
                    if self._failing.get(t.key) is None:
                        log.error("%s: push failed: %s; trying again with the next notice", t.label, error)
                    self._failing[t.key] = error
                else:
                    if self._failing.pop(t.key, None) is not None:
                        log.info("%s: push works again", t.label)
                    log.info("%s: pushed: %s", t.label, notice.body)
                out.append(Sent(t.index, not error, tuple(i.key for i in new), notice.body))
        return out
