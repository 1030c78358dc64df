"""Texts of sending by e-mail: the messages, the transport's errors, kkr dispatch/remind."""

TEXTS: dict[str, tuple[str, str]] = {
    # --- configuration (exit 2, naming the variable) ---
    "mail.config.bad_url": (
        "{var}: »{url}« er ikke en SMTP-adresse (fx smtp://bruger@mail.eksempel.dk:587)",
        "{var}: '{url}' is not an SMTP address (e.g. smtp://user@mail.example.dk:587)",
    ),
    "mail.config.bad_scheme": (
        "{var}: ukendt protokol »{scheme}« (brug smtp://, smtps:// eller smtp+insecure://)",
        "{var}: unknown scheme '{scheme}' (use smtp://, smtps:// or smtp+insecure://)",
    ),
    "mail.config.password_in_url": (
        "{var}: adgangskoden må ikke stå i adressen; brug {env} eller en fil",
        "{var}: the password must not be in the address; use {env} or a file",
    ),
    "mail.config.insecure_remote": (
        "{var}: smtp+insecure:// (ukrypteret) er kun tilladt til 127.0.0.1, ikke »{host}«",
        "{var}: smtp+insecure:// (unencrypted) is only allowed to 127.0.0.1, not '{host}'",
    ),
    "mail.config.no_password": (
        "{var} nævner en bruger, men hverken {env} eller {file_env} er sat",
        "{var} names a user, but neither {env} nor {file_env} is set",
    ),
    "mail.config.file_mode": (
        "{var}: {path} kan læses af andre ({mode}); kør chmod 600 {path}",
        "{var}: {path} is readable by others ({mode}); run chmod 600 {path}",
    ),
    "mail.config.file_unreadable": (
        "{var}: {path} kan ikke læses ({why})",
        "{var}: cannot read {path} ({why})",
    ),
    "mail.config.file_empty": ("{var}: {path} er tom", "{var}: {path} is empty"),
    "mail.config.no_cafile": (
        "{var}: filen {path} findes ikke",
        "{var}: the file {path} does not exist",
    ),
    # --- the transport ---
    "mail.send.outbox_failed": (
        "kunne ikke skrive {path} (til {recipient}): {why}",
        "could not write {path} (to {recipient}): {why}",
    ),
    "mail.smtp.no_starttls": (
        "{server}: serveren tilbyder ikke STARTTLS; intet er sendt ukrypteret",
        "{server}: the server does not offer STARTTLS; nothing was sent unencrypted",
    ),
    "mail.smtp.auth": (
        "{server}: login afvist (bruger eller adgangskode)",
        "{server}: login refused (user or password)",
    ),
    "mail.smtp.tls": (
        "{server}: TLS fejlede ({why}); certifikatet kontrolleres altid",
        "{server}: TLS failed ({why}); the certificate is always checked",
    ),
    "mail.smtp.connect": (
        "{server}: ingen forbindelse ({why})",
        "{server}: no connection ({why})",
    ),
    "mail.smtp.refused": (
        "{server} afviste {recipient}: {why}",
        "{server} refused {recipient}: {why}",
    ),
    "mail.smtp.failed": (
        "{server}: afsendelsen til {recipient} fejlede ({why})",
        "{server}: sending to {recipient} failed ({why})",
    ),
    "mail.smtp.timeout": ("tidsgrænsen blev overskredet", "timed out"),
    # --- addresses and recipients ---
    "mail.address.missing": ("ingen e-mailadresse", "no e-mail address"),
    "mail.address.invalid": (
        "ugyldig e-mailadresse »{address}«",
        "invalid e-mail address '{address}'",
    ),
    "mail.problem.skipped": ("{name}: {why}; får ikke mailen", "{name}: {why}; gets no mail"),
    "mail.problem.substitute_unknown": (
        "{name}: indkaldt som suppleant, men ikke registreret; får ikke mailen",
        "{name}: called in as substitute but not registered; gets no mail",
    ),
    # --- the messages ---
    "mail.subject.dispatch": ("Dagsorden: {council} {day}", "Agenda: {council} {day}"),
    "mail.subject.resend": (
        "Rettet dagsorden: {council} {day}",
        "Corrected agenda: {council} {day}",
    ),
    "mail.subject.update": ("Ændret møde: {council} {day}", "Meeting changed: {council} {day}"),
    "mail.subject.cancel": ("Aflyst: {council} {day}", "Cancelled: {council} {day}"),
    "mail.subject.remind": (
        "Påmindelse: frist for sagsfremstillinger",
        "Reminder: case material due",
    ),
    "mail.sender_name": ("{council}, sekretariatet", "{council}, secretariat"),
    "mail.body.greeting": ("Kære {name}", "Dear {name}"),
    "mail.body.resend": (
        "Rettet dagsorden: denne udgave erstatter den tidligere udsendte.",
        "Corrected agenda: this version replaces the one sent earlier.",
    ),
    "mail.body.dispatch": (
        "Hermed dagsordenen til mødet i {council} {when}, {place}.",
        "Please find the agenda for the meeting of {council} on {when}, {place}.",
    ),
    "mail.body.attached": (
        "Dagsorden og bilag er vedhæftet; mødeindkaldelsen kan lægges i kalenderen.",
        "The agenda and attachments are attached; the invitation can go in your calendar.",
    ),
    "mail.body.afbud": (
        "Meld venligst afbud ved at svare på denne mail.",
        "Please send apologies by replying to this message.",
    ),
    "mail.body.update": (
        "Mødet i {council} er ændret: det holdes nu {when}, {place}.",
        "The meeting of {council} has changed: it is now on {when}, {place}.",
    ),
    "mail.body.cancel": (
        "Mødet i {council} {when} er aflyst.",
        "The meeting of {council} on {when} is cancelled.",
    ),
    "mail.body.cancel_reason": ("Begrundelse: {reason}", "Reason: {reason}"),
    "mail.body.copy": (
        "(Kopi til sekretariatet.)",
        "(Copy for the secretariat.)",
    ),
    "mail.body.regards": ("Med venlig hilsen", "Kind regards"),
    "mail.invite.description": (
        "Dagsordenen er sendt med mailen. Mødet er lukket.",
        "The agenda came with the e-mail. The meeting is closed.",
    ),
    "mail.remind.intro": (
        "Fristen for sagsfremstillinger nærmer sig (eller er overskredet) for:",
        "Case material is due soon (or overdue) for:",
    ),
    "mail.remind.outro": (
        "Send venligst materialet til sekretariatet.",
        "Please send the material to the secretariat.",
    ),
    # --- the dispatch job ---
    "mail.unknown_meeting": ("ukendt møde-id {id}", "unknown meeting id {id}"),
    "mail.cancelled_nothing": (
        "mødet er aflyst, og der er ingen indkaldelse at trække tilbage",
        "the meeting is cancelled and there is no invitation to withdraw",
    ),
    "mail.state_refused": (
        "dagsordenen kan ikke udsendes: mødet har status »{state}«",
        "the agenda cannot be dispatched: the meeting's state is '{state}'",
    ),
    "mail.no_sender": (
        "ingen afsender: {council} har ingen sekretariatskontakt med e-mailadresse;"
        " sæt KKR_MAIL_FROM",
        "no sender: {council} has no secretariat contact with an e-mail address; set KKR_MAIL_FROM",
    ),
    "mail.sender_invalid": (
        "KKR_MAIL_FROM: ugyldig e-mailadresse »{address}«",
        "KKR_MAIL_FROM: invalid e-mail address '{address}'",
    ),
    "mail.needs_reason": (
        "udsendelsen kræver en begrundelse (--reason): {why}; intet er sendt",
        "the dispatch needs a reason (--reason): {why}; nothing was sent",
    ),
    "mail.reason_wanted": (
        "udsendelsen kræver en begrundelse (--reason): {why}",
        "the dispatch needs a reason (--reason): {why}",
    ),
    "mail.late": ("fristen var {day}", "the deadline was {day}"),
    # --- kkr dispatch ---
    "mail.cli.via": ("Sendes via: {where}", "Sent through: {where}"),
    "mail.cli.continuing": (
        "Fortsætter en afbrudt udsendelse: kun dem, der mangler, får mailen.",
        "Continuing an interrupted dispatch: only those still missing get the message.",
    ),
    "mail.cli.warning": ("Advarsel: {text}", "Warning: {text}"),
    "mail.cli.already": ("{count} har allerede fået mailen.", "{count} already have the message."),
    "mail.cli.nothing": ("Intet at sende.", "Nothing to send."),
    "mail.cli.recipients": ("Modtagere ({count}):", "Recipients ({count}):"),
    "mail.cli.recipient": (
        "{name} <{address}>  {kind}  {size}",
        "{name} <{address}>  {kind}  {size}",
    ),
    "mail.cli.attachment": ("Vedhæftet: {name} ({size})", "Attached: {name} ({size})"),
    "mail.cli.dry_run": ("Prøvekørsel: intet er sendt.", "Dry run: nothing was sent."),
    "mail.cli.confirm": (
        "Nogle adresser er ugyldige og springes over. Fortsæt? [j/N] ",
        "Some addresses are invalid and will be skipped. Continue? [y/N] ",
    ),
    "mail.cli.invalid_needs_yes": (
        "kkr: ugyldige adresser (se ovenfor); ret dem, eller giv --yes for at springe dem over",
        "kkr: invalid addresses (see above); correct them, or give --yes to skip them",
    ),
    "mail.cli.stopped": ("Intet er sendt.", "Nothing was sent."),
    "mail.cli.sent": ("Sendt: {count}.", "Sent: {count}."),
    "mail.cli.refused": ("Ikke sendt til {name}: {why}", "Not sent to {name}: {why}"),
    "mail.cli.stopped_by": ("Stoppet: {why}", "Stopped: {why}"),
    "mail.cli.incomplete": (
        "Ikke alle har fået mailen; mødet er ikke markeret som udsendt."
        " Kør kommandoen igen for at sende til resten.",
        "Not everyone has the message; the meeting is not marked as dispatched."
        " Run the command again to send to the rest.",
    ),
    "mail.cli.marked": (
        "Alle har fået mailen; mødet er markeret som udsendt.",
        "Everyone has the message; the meeting is marked as dispatched.",
    ),
    "mail.kind.member": ("medlem", "member"),
    "mail.kind.substitute": ("suppleant", "substitute"),
    "mail.kind.secretariat": ("sekretariat (kopi)", "secretariat (copy)"),
    # --- addresses in the member import ---
    "members.import.contact_updated": (
        "e-mail/telefon taget fra filen",
        "e-mail/phone taken from the file",
    ),
    "members.import.no_email": (
        "advarsel: {council}: {name} har ingen e-mailadresse og får ikke dagsordenen",
        "warning: {council}: {name} has no e-mail address and will not get the agenda",
    ),
    "members.import.bad_phone": (
        "»{text}« er ikke et telefonnummer (kun cifre)",
        "'{text}' is not a phone number (digits only)",
    ),
    # --- kkr remind ---
    "mail.kind.contact": ("ansvarlig", "responsible"),
    "remind.line": (
        "Punkt {number} »{title}«, {council} {day}: {status}; frist {explanation}",
        "Item {number} '{title}', {council} {day}: {status}; due {explanation}",
    ),
    "remind.overdue": ("{days} arbejdsdage for sent", "{days} working days late"),
    "remind.today": ("frist i dag", "due today"),
    "remind.within": ("om {days} arbejdsdage", "in {days} working days"),
    "remind.item_ref": ("punkt {number}, {council} {day}", "item {number}, {council} {day}"),
    "remind.no_responsible": (
        "{item}: ingen ansvarlig; ingen påmindelse",
        "{item}: no responsible; no reminder",
    ),
    "remind.no_address": (
        "{item}: {name} har ingen brugbar e-mailadresse i Kontakter; ingen påmindelse",
        "{item}: {name} has no usable e-mail address in Contacts; no reminder",
    ),
    "remind.via": ("Sendes via: {where}", "Sent through: {where}"),
    "remind.already": (
        "{who}: allerede påmindet i dag",
        "{who}: already reminded today",
    ),
    "remind.to": ("{who}: {n} punkter", "{who}: {n} items"),
    "remind.to_one": ("{who}: 1 punkt", "{who}: 1 item"),
    # --- the app: key m on the meeting screen ---
    "mail.ui.key": ("Send e-mail", "Send e-mail"),
    "mail.ui.send": ("Send", "Send"),
    "mail.ui.resend": ("Send rettet dagsorden", "Send corrected agenda"),
    "mail.ui.everyone_has_it": (
        "Alle {count} modtagere har fået dagsordenen.",
        "All {count} recipients have the agenda.",
    ),
    "mail.ui.resend_explained": (
        "Send en rettet dagsorden til dem alle igen? Den mærkes »Rettet dagsorden«.",
        "Send a corrected agenda to all of them again? It is marked 'Corrected agenda'.",
    ),
    "mail.ui.reason": ("Begrundelse", "Reason"),
    "mail.ui.reason_why": (
        "Udsendelsen kræver en begrundelse:",
        "The dispatch needs a reason:",
    ),
    "mail.ui.reason_needed": ("Begrundelse skal udfyldes", "Reason is required"),
    "mail.ui.sending": ("Sender …", "Sending …"),
    "mail.ui.done": (
        "Sendt: {count}. Mødet er markeret som udsendt.",
        "Sent: {count}. The meeting is marked as dispatched.",
    ),
    "mail.ui.incomplete": (
        "Sendt: {count}; ikke alle har fået mailen (send igen for resten):",
        "Sent: {count}; not everyone has the message (send again for the rest):",
    ),
    "mail.ui.mailed_label": ("E-mail", "E-mail"),
    "mail.ui.more_names": ("og {n} andre", "and {n} others"),
    "mail.ui.more_names_one": ("og 1 anden", "and 1 other"),
    "mail.ui.mailed": ("udsendt {when} til {count}: {names}", "sent {when} to {count}: {names}"),
    "mail.ui.mailed_resent": (
        "rettet dagsorden udsendt {when} til {count}: {names}",
        "corrected agenda sent {when} to {count}: {names}",
    ),
    "mail.ui.afbud_label": ("Afbud", "Apologies"),
    "mail.ui.send_update": (
        "Mødet er ændret siden indkaldelsen: send en opdateret indkaldelse [m]",
        "The meeting changed since the invitation: send an updated one [m]",
    ),
    "mail.ui.send_cancel": (
        "Mødet er aflyst: send aflysningen til de indkaldte [m]",
        "The meeting is cancelled: send the cancellation to those invited [m]",
    ),
}
