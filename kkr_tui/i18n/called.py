"""Texts of who is called to a meeting and of the council's substitutes: the formandskab
at a formandskab meeting, the mayors' stedfortrædere counted apart from the suppleanter."""

TEXTS: dict[str, tuple[str, str]] = {
    "attendance.no_formandskab": (
        "Rådet har hverken formand eller næstformand registreret; registrér dem først"
        " (medlemmernes rolle på rådets side).",
        "The council has no chair or vice chair registered; register them first"
        " (the members' role on the council's screen).",
    ),
    "attendance.not_recorded": (
        "Fremmøde registreres for KKR-møder, konstituerende møder og formandskabsmøder;"
        " et direktørforums medlemmer er direktører, ikke rådets medlemmer.",
        "Attendance is recorded for council, constituting and chairmanship meetings;"
        " a directors' forum's members are directors, not members of the council.",
    ),
    "afbud.not_called": (
        "»{name}« er ikke indkaldt til mødet; indkaldt er: {known}",
        "'{name}' is not called to the meeting; called: {known}",
    ),
    # The council screen's facts line: " · 11 stedfortrædere · 11 suppleanter".
    "council.facts_deputies": (" · {n} stedfortrædere", " · {n} deputies"),
    "council.facts_deputies_one": (" · 1 stedfortræder", " · 1 deputy"),
}
