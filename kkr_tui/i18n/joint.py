"""Texts of joint meetings (a meeting of several councils)."""

TEXTS: dict[str, tuple[str, str]] = {
    "joint.and": ("{first} og {last}", "{first} and {last}"),
    "joint.with": ("fælles med {councils}", "joint with {councils}"),
    "joint.held_by": ("; holdes af {council}", "; held by {council}"),
    # After the meeting type in a narrow table column.
    "joint.short": ("fælles", "joint"),
    "joint.field": ("Fælles med", "Joint with"),
    "joint.field_hint": (
        "de andre råd i et fælles møde (mellemrum sætter kryds)",
        "the other councils of a joint meeting (space ticks)",
    ),
    "joint.csv.own": (
        "skal begynde med rækkens råd ({council}): det råd, der holder mødet",
        "must start with the row's council ({council}): the council holding the meeting",
    ),
}
