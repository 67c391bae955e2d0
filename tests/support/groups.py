"""The employer grouping as the tests observe it: every organisation the mail talks with.

`build_applications` keeps only interview processes; these tests also look at the
groups that are not (the key a later message must land on, an organisation that
`mark --interview` can bring back), so they read the grouping itself.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from watcher.core.applications import _employer_key, _employer_name, _group
from watcher.core.records import Conversation


def employer_groups(
    conversations: Sequence[Conversation], *, my_addresses: Collection[str]
) -> list[tuple[str, str, str]]:
    """(id, employer, employer_key) of every organisation the mail talks with."""
    out = []
    for group in _group(conversations, my_addresses):
        msgs = [m for c in group.conversations for m in c.messages]
        out.append((group.id, _employer_name(group, msgs), _employer_key(group)))
    return out
