"""Why the operating system refused (a file missing, no permission, the disk full), in
the chosen language: the texts of `kkr_tui.i18n.os_reason`, which picks one by the
error's number (`OSError.strerror` is the C library's English).
"""

TEXTS: dict[str, tuple[str, str]] = {
    "oserror.missing": ("findes ikke", "does not exist"),
    "oserror.denied": ("adgang nægtet", "permission denied"),
    "oserror.disk_full": ("der er ikke mere plads på disken", "no space left on the disk"),
    "oserror.quota": ("diskkvoten er brugt op", "the disk quota is used up"),
    "oserror.read_only": ("filsystemet er skrivebeskyttet", "the file system is read-only"),
    "oserror.is_folder": ("er en mappe", "is a folder"),
    "oserror.not_folder": (
        "en del af stien er ikke en mappe",
        "a part of the path is not a folder",
    ),
    "oserror.exists": ("findes allerede", "already exists"),
    "oserror.not_empty": ("mappen er ikke tom", "the folder is not empty"),
    "oserror.name_too_long": ("navnet er for langt", "the name is too long"),
    "oserror.io": ("læse- eller skrivefejl", "a read or write error"),
    "oserror.links": ("for mange symbolske links", "too many symbolic links"),
    "oserror.busy": ("er i brug", "is in use"),
    "oserror.too_many_files": ("for mange åbne filer", "too many open files"),
    "oserror.refused": ("forbindelsen blev afvist", "the connection was refused"),
    "oserror.timed_out": ("der kom intet svar i tide", "no answer in time"),
    "oserror.unreachable": ("kan ikke nås over netværket", "cannot be reached over the network"),
    "oserror.address_in_use": ("adressen er allerede i brug", "the address is already in use"),
    "oserror.address_not_here": (
        "adressen findes ikke på denne maskine",
        "the address is not one of this machine's",
    ),
}
