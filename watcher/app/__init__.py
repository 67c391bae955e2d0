"""The application layer: what each command does, as functions that take settings and return data.

The CLI prints what they return; the daemon and the demo call the same functions, so
the three never disagree. Nothing here prints or reads a terminal.
"""
