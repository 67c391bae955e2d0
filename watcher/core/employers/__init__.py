"""Who is on the other side of a message, and what kind of message it is (pure).

`domains` (mail domains as data), `names` (organisation names), `identity`
(`resolve_employer`) and `message_kinds` (owner, employer, automated, bulk).
"""
