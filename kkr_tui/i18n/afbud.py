"""Texts of afbud and substitutes before the meeting (kkr attendance, meeting screen)."""

TEXTS: dict[str, tuple[str, str]] = {
    "afbud.not_invited": (
        "afbud kan først registreres, når mødeindkaldelsen er sendt (dagsordenen udsendt)",
        "apologies can be registered once the invitation is out (agenda dispatched)",
    ),
    "afbud.deputy": ("stedfortræder", "deputy"),
    "afbud.substitute": ("suppleant", "substitute"),
    # The readiness checklist's line: "2 afbud, 1 suppleant og 1 stedfortræder indkaldt".
    "afbud.summary": ("{absent}, {called} indkaldt", "{absent}, {called} called in"),
    "afbud.absent": ("{n} afbud", "{n} apologies"),
    "afbud.absent_one": ("1 afbud", "1 apology"),
    "afbud.substitutes": ("{n} suppleanter", "{n} substitutes"),
    "afbud.substitutes_one": ("1 suppleant", "1 substitute"),
    "afbud.substitutes_zero": ("ingen suppleanter", "no substitutes"),
    "afbud.deputies": ("{n} stedfortrædere", "{n} deputies"),
    "afbud.deputies_one": ("1 stedfortræder", "1 deputy"),
    "afbud.and": (" og ", " and "),
    "afbud.checklist_label": ("Afbud", "Apologies"),
    # The attendance screen's field for a mayor's stand-in (the deputy mayor).
    "afbud.deputy_for": ("Stedfortræder (for {name})", "Deputy (for {name})"),
    # The minutes' attendance list, for a mayor's stand-in (others: "supp. X deltog").
    "afbud.export_deputy": ("stedfortræder {name} deltog", "deputy {name} attended"),
    "afbud.unknown_member": (
        "»{name}« er ikke medlem af {council}; medlemmer: {known}",
        "'{name}' is not a member of {council}; members: {known}",
    ),
    "afbud.registered": ("{name}: afbud registreret", "{name}: apologies registered"),
    "afbud.called_in": (
        "{name}: afbud; {word} {substitute} indkaldt",
        "{name}: apologies; {word} {substitute} called in",
    ),
    "afbud.suggest": (
        "Registreret {word} for {name}: {substitute} (kald ind med --substitute '{substitute}')",
        "Registered {word} for {name}: {substitute} (call in with --substitute '{substitute}')",
    ),
    "afbud.send_hint": (
        "Dagsordenen er udsendt: kør kkr dispatch {id} for at sende den til {substitute}.",
        "The agenda is out: run kkr dispatch {id} to send it to {substitute}.",
    ),
    "afbud.none": ("Ingen afbud registreret.", "No apologies registered."),
    "afbud.list_line": ("  {name}: {text}", "  {name}: {text}"),
    "afbud.substitute_needs_absent": (
        "--substitute kræver --absent (hvem suppleanten kommer for)",
        "--substitute needs --absent (whom the substitute comes for)",
    ),
}
