"""Texts of the meeting rules (kkr_tui/domain/actions.py) not said by the workflow's."""

TEXTS: dict[str, tuple[str, str]] = {
    "actions.no_items": (
        "Mødet har ingen punkter endnu; tilføj et med a.",
        "The meeting has no items yet; add one with a.",
    ),
    "actions.no_mail": (
        "Mødet er {state}; dagsordenen sendes ikke længere med e-mail.",
        "The meeting is {state}; the agenda is no longer sent by e-mail.",
    ),
}
