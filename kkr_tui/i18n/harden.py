"""Texts for what protects the data (issue 19): export targets, CSV edges, kkr serve."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "export.file.owned": (
        "{path}: er en af databasens egne filer (data, lås, sikkerhedskopi, arkiv eller"
        " bilag); vælg et andet navn",
        "{path}: is one of the database's own files (data, lock, backup, archive or"
        " attachments); choose another name",
    ),
    "export.file.symlink": (
        "{path}: er et symbolsk link; skriv til selve filen eller vælg et andet navn",
        "{path}: is a symbolic link; write to the file itself or choose another name",
    ),
    "csv.field_too_big": (
        "et felt er længere end {kib} KiB (mangler et afsluttende anførselstegn?)",
        "a field is longer than {kib} KiB (a closing quote missing?)",
    ),
    "csv.mixed_encoding": (
        "{path}:{line}: linjen er ikke UTF-8, men resten af filen er; filen blander"
        " tegnsæt (fx UTF-8 og Latin-1): gem den igen som UTF-8",
        "{path}:{line}: this line is not UTF-8 but the rest of the file is; the file"
        " mixes encodings (UTF-8 and Latin-1, say): save it again as UTF-8",
    ),
    "csv.nul_bytes": (
        "{path}:{line}: filen indeholder NUL-tegn: den er UTF-16 uden byte-order-mærke"
        " eller ikke en tekstfil; gem den som UTF-8 (eller UTF-16 med BOM)",
        "{path}:{line}: the file holds NUL characters: it is UTF-16 without a byte-order"
        " mark, or not a text file; save it as UTF-8 (or UTF-16 with a BOM)",
    ),
    "csv.bad_utf16": (
        "{path}: filen begynder som UTF-16, men er det ikke hele vejen; gem den som UTF-8",
        "{path}: the file starts as UTF-16 but is not UTF-16 throughout; save it as UTF-8",
    ),
    "serve.open_url": (
        "Åbn denne adresse i browseren (den indeholder adgangsnøglen; del den ikke):\n{url}",
        "Open this address in the browser (it holds the access key; do not share it):\n{url}",
    ),
    "serve.refused.title": ("Ingen adgang", "Access denied"),
    "serve.refused.token": (
        "Åbn adressen med adgangsnøglen, som kkr serve skrev, da den startede.",
        "Open the address with the access key that kkr serve printed when it started.",
    ),
    "serve.refused.host": (
        "Adressen »{host}« er ikke den, kkr serve lytter på (brug --public-url bag en proxy "
        "eller en tunnel til en anden port).",
        "The address '{host}' is not the one kkr serve listens on (use --public-url behind a "
        "proxy or a tunnel to another port).",
    ),
    "serve.refused.origin": (
        "Forbindelsen kommer fra en anden side end kkr serve selv.",
        "The connection comes from a page other than kkr serve itself.",
    ),
    "serve.refused.busy_title": ("Optaget", "Busy"),
    "serve.refused.busy": (
        "Der er allerede {count} åbne sessioner (--max-sessions). Luk en anden fane, og prøv igen.",
        "There are already {count} open sessions (--max-sessions). Close another tab and"
        " try again.",
    ),
    "serve.token_file.unreadable": (
        "--token-file {path}: kan ikke læses ({reason})",
        "--token-file {path}: cannot be read ({reason})",
    ),
    "serve.token_file.mode": (
        "--token-file {path}: andre end ejeren kan læse den (rettigheder {mode}); brug chmod 600",
        "--token-file {path}: others than its owner can read it (mode {mode}); use chmod 600",
    ),
    "serve.token_file.short": (
        "--token-file {path}: skal indeholde én nøgle på mindst {length} tegn uden mellemrum",
        "--token-file {path}: must hold one key of at least {length} characters, no spaces",
    ),
    "serve.bad_sessions": (
        "--max-sessions {count}: skal være et tal fra 1 til 100",
        "--max-sessions {count}: must be a number from 1 to 100",
    ),
    "changes.add": ("tilføjet {what}", "added {what}"),
    "changes.update": ("rettet {what}", "changed {what}"),
    "changes.delete": ("slettet {what}", "deleted {what}"),
    "changes.more": (" (+{count} flere)", " (+{count} more)"),
    "changes.contact": ("kontakt {name}", "contact {name}"),
    "changes.member": ("medlem {name}", "member {name}"),
    "changes.council": ("råd {name}", "council {name}"),
    "changes.meeting": ("møde {meeting}", "meeting {meeting}"),
    "changes.item": ("punkt {number} på {meeting}", "item {number} of {meeting}"),
    "changes.settings": ("indstillinger", "settings"),
    "backup.reason.write": ("før en ændring", "before a change"),
    "backup.no_archive": (
        "bemærk: kopien {name} er fra før arkivet kom med i kopierne; arkivfilerne er urørte",
        "note: the copy {name} predates archives in backups; the archive files are untouched",
    ),
    "backup.restore.nothing": (
        "intet er gendannet: {file} kunne ikke skrives ({reason})",
        "nothing was restored: {file} could not be written ({reason})",
    ),
    "backup.restore.partly": (
        "kun {done} er gendannet: {file} kunne ikke skrives ({reason}); databasefilen er som før",
        "only {done} was restored: {file} could not be written ({reason}); the database"
        " file is as it was",
    ),
    "archive.damaged": (
        "arkivet for {year} kan ikke læses ({reason}); gendan det med"
        " »kkr backup restore NAVN« (se »kkr backup list«)",
        "the archive for {year} cannot be read ({reason}); restore it with"
        " 'kkr backup restore NAME' (see 'kkr backup list')",
    ),
    "backup.attachments_missing": (
        "{n} bilagsfiler, som de gendannede punkter nævner, findes hverken i bilagsmappen"
        " eller blandt kopierne; punkterne har dem stadig, men filerne skal vedhæftes igen:",
        "{n} attachment files named by the restored items are neither in the attachments"
        " folder nor among the backups; the items still list them, but the files must be"
        " attached again:",
    ),
    "backup.attachments_missing_one": (
        "1 bilagsfil, som de gendannede punkter nævner, findes hverken i bilagsmappen"
        " eller blandt kopierne; punktet har den stadig, men filen skal vedhæftes igen:",
        "1 attachment file named by the restored items is neither in the attachments"
        " folder nor among the backups; the item still lists it, but the file must be"
        " attached again:",
    ),
    "backup.attachment_missing": (
        "  »{title}« ({file}, {sha}…)",
        "  '{title}' ({file}, {sha}…)",
    ),
    "error.store.lock_lost": (
        "låsefilen {name} blev slettet eller udskiftet, mens der blev gemt; intet er gemt"
        " (en anden kan have gemt imens) - prøv igen",
        "the lock file {name} was deleted or replaced while saving; nothing was saved"
        " (someone else may have saved meanwhile) - try again",
    ),
    "error.archive.mixed_delete": (
        "et arkiveret møde kan ikke slettes i samme ændring som andre poster (så kunne"
        " ændringen ses halvt); slet det for sig; intet er gemt",
        "an archived meeting cannot be deleted in the same change as other records (the"
        " change could then be seen in part); delete it on its own; nothing was saved",
    ),
    "backup.year_not_in_version": (
        "arkivet for {year} kan ikke læses og er arkiveret efter {name}, så denne kopi"
        " har det ikke; gendan en nyere kopi, der har det (se »kkr backup list«)",
        "the archive for {year} cannot be read and was filed after {name}, so this copy"
        " does not hold it; restore a later copy that does (see 'kkr backup list')",
    ),
}
