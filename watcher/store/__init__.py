"""The state: SQLite tables for messages, their facts and conversations, marks and digests."""
