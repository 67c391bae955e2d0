"""`interview-watcher run`: the daemon (service), when it acts (schedule) and how it tells
systemd (notify). It reuses the application layer: scans and the digest as the CLI runs them."""
