"""Writing replies into the owner's Drafts folder: one writer per kind of mailbox (IMAP, Maildir, Gmail)."""
