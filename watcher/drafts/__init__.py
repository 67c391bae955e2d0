"""Replies left waiting in the owner's Drafts folder (IMAP, Gmail API, Maildir); never sent by us."""
