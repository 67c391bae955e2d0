"""The state's interview mail → `watcher.core.assessment`, as of `now`.

This is the one place that feeds the pure pipeline from the state; status, explain, the
digest and the daemon all call it, so they can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from watcher.config import Settings
from watcher.core.assessment import Assessed, assess_messages
from watcher.store.state import Store

#: Brings the state's mail index up to date before a question (the CLI shows its progress).
Refresh = Callable[[Settings, Store], None]


def assess(settings: Settings, store: Store, now: datetime, *, keep_facts: bool = False) -> list[Assessed]:
    """Every process as of `now`, read from the interview mail in the state only, with what each
    message says as the last scan kept it (`watcher.store.facts`). `keep_facts` (the scan) keeps
    what had to be read now for the next question."""
    from watcher.store.facts import StoredFacts
    from watcher.store.mailindex import MailIndex

    marks = store.marks()
    index = MailIndex(store, settings.my_addresses)
    hand_made = {app_id for app_id, m in marks.items() if m.interview or m.interview_at}
    mail = index.interview_mail(marked_ids=hand_made)
    facts = StoredFacts(store, tz=settings.tz, my_addresses=settings.my_addresses)
    facts.load(mail)
    out = assess_messages(
        mail,
        my_addresses=settings.my_addresses,
        tz=settings.tz,
        now=now,
        params=settings.policy,
        marks=marks,
        owner_names=index.owner_names(),
        facts_for=facts.facts_for,
    )
    if keep_facts:
        facts.save()
    return out
