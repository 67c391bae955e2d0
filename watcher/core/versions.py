"""The versions of what the scan learns from mail, apart from the code that learns it.

A rescan with nothing new compares these with the state's bookkeeping; keeping them here
lets it do so without loading the message reader (its compiled phrase tables cost more
than the rescan itself).
"""

# Bump when the gate lets more through: stored header-only messages are then looked at again.
GATE_VERSION = 1

# Bump when what `watcher.core.candidates.index_facts` says about a message changes: the index is
# then rebuilt. 3: an invitation titled "Interview: ..." gives its message job context; 4: services,
# parent companies and "&"/"and" names in employer identity; 5: one vocabulary of reply prefixes and
# robot senders (subject threading, employer identity), headers decoded as the reader does
INDEX_VERSION = 5
