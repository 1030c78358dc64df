"""Texts of the meeting screen."""

TEXTS: dict[str, tuple[str, str]] = {
    "key.back": ("Tilbage", "Back"),
    "meeting.milestone": ("Milepæl", "Milestone"),
    "meeting.due": ("Frist", "Due"),
    "meeting.status": ("Status", "Status"),
    "meeting.why": ("Hvorfor den dag", "Why that day"),
    "meeting.gone": ("Mødet er slettet.", "The meeting has been deleted."),
    "meeting.no_place": ("(intet sted angivet)", "(no place given)"),
    "meeting.state_label": ("Status", "State"),
    "meeting.readiness_label": ("Parathed", "Readiness"),
    "item.number": ("Nr.", "No."),
    "item.title": ("Titel", "Title"),
    "item.kind": ("Type", "Kind"),
    "item.area": ("Område", "Policy area"),
    "item.responsible": ("Ansvarlig", "Responsible"),
    "item.state": ("Status", "State"),
    "item.no_responsible": ("(ingen ansvarlig)", "(no one responsible)"),
}
