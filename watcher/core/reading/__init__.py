"""Reading one message alone: what it says, without the thread or the clock (pure)."""
