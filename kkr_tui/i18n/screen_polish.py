"""Texts of issue 22's screen work: accepting a proposed year, the room of a big
window (Oversigt's coming deadlines), and the footer and help."""

TEXTS: dict[str, tuple[str, str]] = {
    # A row of radio buttons: the arrows choose.
    "key.choice.next": ("Vælg næste", "Choose next"),
    "key.choice.previous": ("Vælg forrige", "Choose previous"),
    # Årshjul: accept the proposed meetings one by one (a) or all at once (A).
    "cycle.key.plan_all": ("Godkend alle", "Accept all"),
    "cycle.plan_all.none": (
        "Ingen foreslåede møder for {council} i {year}",
        "No proposed meetings for {council} in {year}",
    ),
    "cycle.plan_all.question": (
        "Godkend alle {n} foreslåede møder for {council} i {year}?",
        "Accept all {n} proposed meetings for {council} in {year}?",
    ),
    "cycle.plan_all.question_one": (
        "Godkend det foreslåede møde for {council} i {year}?",
        "Accept the proposed meeting for {council} in {year}?",
    ),
    "cycle.plan_all.detail": (
        "De får status »planlagt«: {days}",
        "Their state becomes 'planned': {days}",
    ),
    "cycle.plan_all.confirm": ("Godkend alle", "Accept all"),
    "cycle.done.planned_all": (
        "Planlagt: {n} møder i {year}",
        "Planned: {n} meetings in {year}",
    ),
    "cycle.done.planned_all_one": (
        "Planlagt: 1 møde i {year}",
        "Planned: 1 meeting in {year}",
    ),
    "cycle.done.planned_next": (
        "Planlagt: mødet {day}. Næste foreslåede: {next}",
        "Planned: the meeting on {day}. Next proposed: {next}",
    ),
    "cycle.done.planned_last": (
        "Planlagt: mødet {day}. Ikke flere foreslåede møder i {year}",
        "Planned: the meeting on {day}. No more proposed meetings in {year}",
    ),
}
