"""interview-watcher: follow up after interviews, often enough but never a pest."""

__version__ = "0.1.0"
