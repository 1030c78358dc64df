"""Texts of issue 22 point 5, the room of a big window: what fills the free rows and
the headers of columns that show two things at once."""

TEXTS: dict[str, tuple[str, str]] = {
    # Kontakter in a wide and tall window: two lines a contact.
    "contacts.col.name_title": ("Navn og titel", "Name and title"),
    "contacts.col.organisation_unit": ("Organisation og enhed", "Organisation and unit"),
    "contacts.col.email_phone": ("E-mail og telefon", "E-mail and phone"),
    # Oversigt in a wide window: late milestones besides the one shown, under the light.
    "room.overview.more_late": ("+{n} for sent", "+{n} late"),
    "room.overview.more_late_one": ("+1 for sent", "+1 late"),
    # The detail line: the council's next meeting with its whole address.
    "room.overview.next_meeting": ("Næste møde: {when}{place}", "Next meeting: {when}{place}"),
    "room.overview.at": ("kl. {time}", "at {time}"),
    # Oversigt's foot: the coming deadlines and meetings of all councils.
    "room.coming.title": ("Kommende frister og møder", "Coming deadlines and meetings"),
    "room.coming.meeting": ("{series} kl. {time}", "{series} at {time}"),
    "room.coming.deadline": ("{label} · {series} {day}", "{label} · {series} {day}"),
    "room.coming.more": (
        "… og {n} flere (alle møder i Dagsordener, tast 3)",
        "… and {n} more (every meeting in Agendas, key 3)",
    ),
    "room.coming.more_one": (
        "… og 1 mere (alle møder i Dagsordener, tast 3)",
        "… and 1 more (every meeting in Agendas, key 3)",
    ),
}
