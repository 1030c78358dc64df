"""Texts of the agenda workflow: refusals, guards, what is missing, attendance."""

TEXTS: dict[str, tuple[str, str]] = {
    # Refusals: each says why and what to do instead.
    "flow.meeting_cancelled": (
        "Mødet er aflyst; punkterne kan udsættes til næste møde.",
        "The meeting is cancelled; its items can be postponed to the next meeting.",
    ),
    "flow.agenda_closed": (
        "Dagsordenen er lukket (mødet har status »{state}«); punktet kan udsættes til næste møde.",
        "The agenda is closed (the meeting's state is '{state}'); the item can be postponed "
        "to the next meeting.",
    ),
    "flow.published_locked": (
        "Referatet er offentliggjort; mødet kan ikke længere ændres.",
        "The minutes are published; the meeting can no longer be changed.",
    ),
    "flow.item_not_in_steps": (
        "Punktet er {state}; status ændres kun for punkter på en dagsorden, der ikke er udsendt.",
        "The item is {state}; the state only changes for items on an agenda not yet dispatched.",
    ),
    "flow.item_last_step": (
        "Punktet er godkendt: næste trin er udsendelse af dagsordenen.",
        "The item is approved: the next step is sending the agenda.",
    ),
    "flow.item_first_step": (
        "Punktet er en kladde: der er intet trin før.",
        "The item is a draft: there is no earlier step.",
    ),
    "flow.item_gone": (
        "Punktet findes ikke længere (slettet af en anden?).",
        "The item no longer exists (deleted by someone else?).",
    ),
    "flow.no_next_meeting": (
        "Der er intet senere {series} i rådet med åben dagsorden at udsætte til; "
        "planlæg mødet først i Årshjul.",
        "There is no later {series} of this council with an open agenda to postpone to; "
        "plan that meeting first in the annual cycle.",
    ),
    "flow.target_closed": (
        "Det næste mødes dagsorden er allerede udsendt.",
        "The next meeting's agenda has already been dispatched.",
    ),
    "flow.postponed_to": ("udsat til {series} {day}", "postponed to {series} {day}"),
    "flow.postponed_from": ("udsat fra mødet {day}", "postponed from the meeting of {day}"),
    "flow.decision_not_yet": (
        "Beslutningen skrives efter mødet; dagsordenen er ikke engang udsendt endnu.",
        "The decision is written after the meeting; the agenda has not even been dispatched yet.",
    ),
    "flow.meeting_not_yet": ("Mødet er først {day}.", "The meeting is not until {day}."),
    "flow.day_in_future": (
        "{day} ligger i fremtiden; registrér det, når det er sket.",
        "{day} is in the future; record it when it has happened.",
    ),
    "flow.dispatch_after_meeting": (
        "Dagsordenen kan ikke være udsendt efter mødet ({day}).",
        "The agenda cannot have been dispatched after the meeting ({day}).",
    ),
    "flow.late_reason_needed": (
        "Udsendelsen er efter fristen: skriv begrundelsen (den gemmes på mødet).",
        "The agenda goes out after the deadline: write the reason (it is kept with the meeting).",
    ),
    "flow.override_reason_needed": (
        "Noget blokerer: skriv hvorfor der fortsættes alligevel (det gemmes på mødet).",
        "Something blocks this: write why you go ahead anyway (it is kept with the meeting).",
    ),
    "flow.held_needs_dispatch": (
        "Registrér først, at dagsordenen er udsendt.",
        "Record first that the agenda was dispatched.",
    ),
    "flow.held_wrong_state": (
        "Mødet har status »{state}«; det kan ikke markeres som afholdt.",
        "The meeting's state is '{state}'; it cannot be marked as held.",
    ),
    "flow.held_before_meeting": (
        "Mødet kan ikke være afholdt før mødedagen ({day}).",
        "The meeting cannot have been held before its day ({day}).",
    ),
    "flow.url_needed": (
        "Skriv referatets adresse på kl.dk (https://...).",
        "Write the address of the minutes on kl.dk (https://...).",
    ),
    "flow.url_not_https": (
        "»{url}« er ikke en https-adresse (skal begynde med https://).",
        "'{url}' is not an https address (it must begin with https://).",
    ),
    "flow.url_invalid": (
        "»{url}« er ikke en gyldig adresse (fx https://www.kl.dk/...).",
        "'{url}' is not a valid address (e.g. https://www.kl.dk/...).",
    ),
    "flow.no_public_minutes": (
        "Et {series} har intet offentligt referat.",
        "A {series} has no public minutes.",
    ),
    "flow.publish_needs_held": (
        "Markér først mødet som afholdt.",
        "Mark the meeting as held first.",
    ),
    "flow.publish_wrong_state": (
        "Mødet har status »{state}«; der er intet referat at offentliggøre.",
        "The meeting's state is '{state}'; there are no minutes to publish.",
    ),
    "flow.published_before_held": (
        "Referatet kan ikke være offentliggjort før mødet ({day}).",
        "The minutes cannot have been published before the meeting ({day}).",
    ),
    "flow.cancel_wrong_state": (
        "Mødet har status »{state}«; det kan ikke aflyses.",
        "The meeting's state is '{state}'; it cannot be cancelled.",
    ),
    "flow.cancel_reason_needed": (
        "Skriv grunden til aflysningen.",
        "Write the reason for the cancellation.",
    ),
    "flow.history.dispatched": ("dagsorden udsendt {day}", "agenda dispatched {day}"),
    # Guards.
    "flow.blocker.no_items": (
        "Der er ingen punkter på dagsordenen.",
        "There are no items on the agenda.",
    ),
    "flow.blocker.not_approved": (
        "Punkt {number} {title}: ikke godkendt ({state})",
        "Item {number} {title}: not approved ({state})",
    ),
    "flow.blocker.no_responsible": (
        "Punkt {number} {title}: ingen ansvarlig",
        "Item {number} {title}: no one responsible",
    ),
    "flow.blocker.no_decision": (
        "Punkt {number} {title}: beslutning mangler",
        "Item {number} {title}: decision missing",
    ),
    # What is missing, and by when.
    "steps.by": ("{day}, {status}", "{day}, {status}"),
    "steps.no_items": (
        "Ingen punkter endnu; sagsfremstillinger senest {by}.",
        "No items yet; case material due {by}.",
    ),
    "steps.material_missing": (
        "Materiale mangler: punkt {numbers} (senest {by}).",
        "Material missing: item {numbers} (due {by}).",
    ),
    "steps.review_missing": (
        "Formandskabet skal godkende punkt {numbers} (senest {by}).",
        "The chairmanship must approve item {numbers} (due {by}).",
    ),
    "steps.no_responsible": (
        "Ingen ansvarlig for punkt {numbers}.",
        "No one responsible for item {numbers}.",
    ),
    "steps.dispatch_ready": (
        "Klar til udsendelse; dagsordenen ud senest {by}.",
        "Ready to send; the agenda goes out by {by}.",
    ),
    "steps.dispatch_blocked": (
        "Dagsordenen skal ud senest {by}.",
        "The agenda must go out by {by}.",
    ),
    "steps.dispatched_waiting": (
        "Dagsorden udsendt {sent}; mødet holdes {day}.",
        "Agenda dispatched {sent}; the meeting is on {day}.",
    ),
    "steps.mark_held": (
        "Efter mødet {day}: markér det afholdt.",
        "After the meeting on {day}: mark it held.",
    ),
    "steps.decision_missing": (
        "Beslutning mangler: punkt {numbers}.",
        "Decision missing: item {numbers}.",
    ),
    "steps.attendance_missing": (
        "Fremmøde ikke registreret for {n} af {total} medlemmer.",
        "Attendance not recorded for {n} of {total} members.",
    ),
    "steps.publish": (
        "Beslutningsreferatet offentliggøres senest {by}.",
        "The decision minutes are published by {by}.",
    ),
    "steps.no_public_minutes_only": (
        "Et {series} har intet offentligt referat.",
        "A {series} has no public minutes.",
    ),
    "steps.no_public_minutes": (
        "Et {series} har intet offentligt referat; intet mangler.",
        "A {series} has no public minutes; nothing is missing.",
    ),
    "steps.published": (
        "Referat offentliggjort {day}: {url}",
        "Minutes published {day}: {url}",
    ),
    "steps.cancelled": ("Mødet er aflyst: {reason}", "The meeting is cancelled: {reason}"),
    "steps.cancelled_items": (
        "Punkt {numbers} står stadig på det aflyste møde: udsæt dem til næste møde.",
        "Item {numbers} is still on the cancelled meeting: postpone them to the next meeting.",
    ),
    # Attendance.
    "attendance.substitute_needed": (
        "Skriv suppleantens navn.",
        "Write the substitute's name.",
    ),
    "attendance.substitute_only": (
        "Kun en suppleant har et navn her.",
        "Only a substitute has a name here.",
    ),
    "attendance.unknown": ("ukendt fremmøde »{value}«", "unknown attendance '{value}'"),
    "attendance.text.present": ("deltog", "present"),
    "attendance.text.absent": ("afbud", "absent"),
    "attendance.text.substitute": ("supp. {name} deltog", "substitute {name} attended"),
}
