"""Sending mail: the transport (an outbox folder or SMTP), the messages, the send log.

No Textual here: `kkr dispatch`, `kkr remind` and the app's dialog share these modules.
MIME and SMTP are the standard library's (`email`, `smtplib`); calendar invitations are
icalendar's. Nothing here prints or stores a password.
"""
