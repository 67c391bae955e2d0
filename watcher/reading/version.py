"""The version of the per-message reader, apart from the reader (a scan checks it without loading it)."""

# Bump when what `watcher.reading.facts.read_facts` says changes (a rule, a lexicon, a field):
# facts kept in the state by another version are read again rather than trusted.
FACTS_VERSION = 2  # 2: doubtful outcome words and possible interviews (check these)
