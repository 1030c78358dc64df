"""Texts of the updated or cancelling invitation offered after a mailed meeting changed."""

TEXTS: dict[str, tuple[str, str]] = {
    "mail.update.ask": (
        "Mødet er ændret, efter invitationen blev sendt. "
        "Send opdateret invitation til {n} modtagere?",
        "The meeting changed after the invitation went out. "
        "Send the updated invitation to {n} recipients?",
    ),
    "mail.update.ask_one": (
        "Mødet er ændret, efter invitationen blev sendt. Send opdateret invitation til 1 modtager?",
        "The meeting changed after the invitation went out. "
        "Send the updated invitation to 1 recipient?",
    ),
    "mail.update.ask_cancel": (
        "Mødet er aflyst, efter invitationen blev sendt. Send aflysningen til {n} modtagere?",
        "The meeting is cancelled after the invitation went out. "
        "Send the cancellation to {n} recipients?",
    ),
    "mail.update.ask_cancel_one": (
        "Mødet er aflyst, efter invitationen blev sendt. Send aflysningen til 1 modtager?",
        "The meeting is cancelled after the invitation went out. "
        "Send the cancellation to 1 recipient?",
    ),
    "mail.update.detail": (
        "Sendes via: {via}. Annullér sender intet nu; m på mødet eller kkr dispatch {id} "
        "sender den senere.",
        "Sent through: {via}. Cancel sends nothing now; m on the meeting or "
        "kkr dispatch {id} sends it later.",
    ),
    "mail.update.send": ("Send", "Send"),
    # The dispatch dialog's title (key m) by what is due.
    "mail.ui.title.dispatch": ("Send dagsorden med e-mail", "Send the agenda by e-mail"),
    "mail.ui.title.resend": (
        "Send rettet dagsorden med e-mail",
        "Send the corrected agenda by e-mail",
    ),
    "mail.ui.title.update": ("Send opdateret invitation", "Send the updated invitation"),
    "mail.ui.title.cancel": ("Send aflysning", "Send the cancellation"),
    "mail.update.later": (
        "Ikke sendt endnu: m på mødet eller kkr dispatch {id} sender den.",
        "Not sent yet: m on the meeting or kkr dispatch {id} sends it.",
    ),
    "mail.update.sent": (
        "Sendt: {count}. De inviterede har den opdaterede invitation.",
        "Sent: {count}. Everyone invited has the updated invitation.",
    ),
    "mail.update.sent_cancel": (
        "Sendt: {count}. De inviterede har aflysningen.",
        "Sent: {count}. Everyone invited has the cancellation.",
    ),
    "mail.update.cannot": (
        "Invitationen bør opdateres, men kan ikke sendes nu: {why}",
        "The invitation needs an update but cannot be sent now: {why}",
    ),
}
