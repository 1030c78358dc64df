"""Texts of `kkr serve` (the app in a web browser)."""

TEXTS: dict[str, tuple[str, str]] = {
    "serve.no_auth": (
        "ADVARSEL: kkr serve lytter på {host}:{port} UDEN login. Alle der kan nå den "
        "adresse, kan læse og ændre databasen. Brug hellere 127.0.0.1 og en SSH-tunnel "
        "(ssh -L {port}:127.0.0.1:{port} server).",
        "WARNING: kkr serve listens on {host}:{port} WITHOUT any login. Anyone who can "
        "reach that address can read and change the database. Prefer 127.0.0.1 and an SSH "
        "tunnel (ssh -L {port}:127.0.0.1:{port} server).",
    ),
    "serve.bad_port": (
        "--port {port}: skal være et tal fra 1 til 65535",
        "--port {port}: must be a number from 1 to 65535",
    ),
    "serve.cannot_listen": (
        "kan ikke lytte på {host}:{port}: {reason}",
        "cannot listen on {host}:{port}: {reason}",
    ),
    "serve.missing": (
        "kkr serve kræver tilføjelsen [serve], som ikke er installeret: "
        "pip install 'kkr-tui[serve]' (med pipx: pipx install --force 'kkr-tui[serve]')",
        "kkr serve needs the extra [serve], which is not installed: "
        "pip install 'kkr-tui[serve]' (with pipx: pipx install --force 'kkr-tui[serve]')",
    ),
}
