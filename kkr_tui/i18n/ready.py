"""Texts of the readiness checklist (the lights in words: light.py)."""

TEXTS: dict[str, tuple[str, str]] = {
    "ready.done": ("udført", "done"),
    "ready.done_late": ("udført {n} arbejdsdage for sent", "done {n} working days late"),
    "ready.done_late_one": ("udført 1 arbejdsdag for sent", "done 1 working day late"),
    "ready.due_today": ("frist i dag", "due today"),
    "ready.due": ("om {n} arbejdsdage", "in {n} working days"),
    "ready.due_one": ("om 1 arbejdsdag", "in 1 working day"),
    "ready.overdue": ("overskredet med {n} arbejdsdage", "overdue by {n} working days"),
    "ready.overdue_one": ("overskredet med 1 arbejdsdag", "overdue by 1 working day"),
    "ready.cancelled": ("aflyst", "cancelled"),
}
