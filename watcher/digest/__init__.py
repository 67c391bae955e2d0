"""The morning digest's words and its way out: render (text and HTML), nudges (the drafts it
suggests), deliver (SMTP, IMAP, Gmail). The once-a-day rule around them is `watcher.app.digest`.
"""
