"""Exports for the world outside the app: calendars, documents, spreadsheets.

Pure functions from a store Snapshot to text or bytes, so the shell commands and the
UI make the same file in one line each; none reads a clock or touches a file, and
none imports Textual:

    calendar_feed(snapshot, clock.today(), CalendarOptions(councils=("sjaelland",)))
    document_bytes(snapshot, meeting_id, "agenda", "html")
    document_bytes(snapshot, meeting_id, "minutes", "md", draft=False)  # MinutesNotReady
    csv_export(snapshot, "contacts")
    write_export(path, payload)  # the only writer: atomic, returns the path written
    check_target("~/x.md")  # what write_export would say, for a dialog checking as typed
"""
