"""The version of the per-message reader, apart from the reader (a scan checks it without loading it)."""

# Bump when what `watcher.core.reading.facts.read_facts` says changes (a rule, a lexicon, a field):
# facts kept in the state by another version are read again rather than trusted.
# 2: doubtful outcome words and possible interviews (check these); 3: offer documents, asks from
# attachments, relayed rejections and role closures; 4: frozen roles, Swiss "innert", it asks, "sexta-feira, dia 27";
# 5: one vocabulary of reply prefixes and system mailboxes (message kinds, the doubt reader); no follows_up
FACTS_VERSION = 5
