"""One hierarchy for every failure a user can cause or meet.

The CLI turns any `WatcherError` into one line on stderr and an exit code;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class WatcherError(Exception):
    """Base: a failure with a message fit for the user."""

    exit_code = 1


class ConfigError(WatcherError):
    """The config file is missing, unreadable or invalid."""

    exit_code = 2


class UsageError(WatcherError):
    """A command line that cannot be read as given (a date, a name that matches nothing)."""

    exit_code = 2


class SecretError(WatcherError):
    """A password could not be obtained (or is unsafe to use)."""

    exit_code = 2


class SourceError(WatcherError):
    """A mail source failed: network, TLS, login or server."""


class ScanCeilingReached(SourceError):
    """A scan ran into its time limit (scan_deadline_minutes): it stops, keeps what it
    stored and the next scan goes on from there. Not a failure of the account."""


class AuthError(SourceError):
    """The server refused our credentials; its own text is kept."""


class StoreError(WatcherError):
    """The state database could not be opened or migrated."""


class DeliveryError(WatcherError):
    """The digest could not be delivered."""


class MaybeDeliveredError(DeliveryError):
    """The message was handed to the server and then the answer was lost (a timeout, a
    closed connection, a server error): it may have been delivered. Never retried on its own."""


class MessageParseError(Exception):
    """One message could not be parsed; the scan logs it and goes on."""
