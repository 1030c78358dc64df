"""The five panes' names (header, footer, help, palette)."""

TEXTS: dict[str, tuple[str, str]] = {
    "pane.overview": ("Oversigt", "Overview"),
    "pane.cycle": ("Årshjul", "Annual cycle"),
    "pane.agenda": ("Dagsordener", "Agendas"),
    "pane.contacts": ("Kontakter", "Contacts"),
    "pane.appointments": ("Udpegninger", "Appointments"),
}
