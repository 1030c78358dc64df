"""Texts of issue 22 point 5, the room of a big window: what fills the free rows and
the headers of columns that show two things at once."""

TEXTS: dict[str, tuple[str, str]] = {
    # Kontakter in a wide and tall window: two lines a contact.
    "contacts.col.name_title": ("Navn og titel", "Name and title"),
    "contacts.col.organisation_unit": ("Organisation og enhed", "Organisation and unit"),
    "contacts.col.email_phone": ("E-mail og telefon", "E-mail and phone"),
}
