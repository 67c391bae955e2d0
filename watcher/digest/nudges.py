"""The nudge wording moved to `watcher.core.nudges` (pure; drafts use it too); kept for old imports."""

from watcher.core.nudges import LANGUAGES, NudgeDraft, display_address, draft_nudge, local_day, reply_target

__all__ = ["LANGUAGES", "NudgeDraft", "display_address", "draft_nudge", "local_day", "reply_target"]
