"""Texts of `kkr status`: the shell's answer to "is anything late?"."""

TEXTS: dict[str, tuple[str, str]] = {
    "status.title": ("KKR-status pr. {day}", "KKR status as of {day}"),
    "status.summary": (
        "Overskredet: {overdue} · frist inden for {days} arbejdsdage: {due}",
        "Overdue: {overdue} · due within {days} working days: {due}",
    ),
    "status.summary_one_day": (
        "Overskredet: {overdue} · frist inden for 1 arbejdsdag: {due}",
        "Overdue: {overdue} · due within 1 working day: {due}",
    ),
    "status.summary_today": (
        "Overskredet: {overdue} · frist i dag: {due}",
        "Overdue: {overdue} · due today: {due}",
    ),
    "status.next_meetings": (
        "Næste møde for hvert råd og mødets næste frist",
        "The next meeting of each council and its next deadline",
    ),
    "status.no_meeting": ("intet kommende møde", "no upcoming meeting"),
    "status.next_milestone": ("{label} {day}: {status}", "{label} {day}: {status}"),
    "status.all_done": ("Alle frister er nået", "All deadlines are met"),
    "status.overdue_heading": ("Overskredet ({n})", "Overdue ({n})"),
    "status.due_heading": (
        "Frist inden for {days} arbejdsdage ({n})",
        "Due within {days} working days ({n})",
    ),
    "status.due_heading_one_day": (
        "Frist inden for 1 arbejdsdag ({n})",
        "Due within 1 working day ({n})",
    ),
    "status.due_heading_today": ("Frist i dag ({n})", "Due today ({n})"),
    "status.nothing": (
        "Intet er overskredet, og ingen frister falder inden for {days} arbejdsdage.",
        "Nothing is overdue and nothing is due within {days} working days.",
    ),
    "status.nothing_overdue": ("Intet er overskredet.", "Nothing is overdue."),
    "status.meeting_ref": ("{series} {day}", "{series} {day}"),
    # Shorter than the checklist's "overskredet med N arbejdsdage", so a line fits 80
    # columns; the section heading already says "Overskredet".
    "status.late": ("{n} arbejdsdage for sent", "{n} working days late"),
    "status.late_one": ("1 arbejdsdag for sent", "1 working day late"),
    # The light in words, so the state never depends on colour.
    "status.light.red": ("RØD", "RED"),
    "status.light.amber": ("GUL", "AMBER"),
    "status.light.green": ("GRØN", "GREEN"),
    "status.light.none": ("FÆRDIG", "DONE"),
    # Command line.
    "status.unknown_council": (
        "--council: ukendt råd »{slug}« (kendte: {known})",
        "--council: unknown council '{slug}' (known: {known})",
    ),
    # Seats nobody holds today, listed after the milestones.
    "status.vacancies_heading": ("Ledige pladser ({n})", "Vacancies ({n})"),
    "status.vacancy_seat": ("plads {seat} i {body}", "seat {seat} of {body}"),
    "status.vacancy_age": ("{n} dage", "{n} days"),
    "status.vacancy_age_one": ("1 dag", "1 day"),
}
