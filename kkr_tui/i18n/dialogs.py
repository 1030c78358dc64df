"""Texts of the one dialog base (kkr_tui/ui/screens/form_dialog.py) and its forms."""

TEXTS: dict[str, tuple[str, str]] = {
    "dialog.discard_question": (
        "Du har ændret felter i dialogen. Vil du kassere ændringerne?",
        "You have changed fields in the dialog. Discard the changes?",
    ),
    "dialog.discard": ("Kassér", "Discard"),
    "contacts.secretariat_label": ("Sekretariat", "Secretariat"),
}
