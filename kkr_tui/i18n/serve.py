"""Texts of `kkr serve` (the app in a web browser)."""

TEXTS: dict[str, tuple[str, str]] = {
    "serve.no_auth": (
        "ADVARSEL: kkr serve lytter på {host}:{port}, som kan nås fra andre maskiner. "
        "Adgangsnøglen og alle data går ukrypteret over nettet (ingen TLS). Brug hellere "
        "127.0.0.1 og en SSH-tunnel (ssh -L {port}:127.0.0.1:{port} server).",
        "WARNING: kkr serve listens on {host}:{port}, which other machines can reach. "
        "The access key and all data cross the network unencrypted (no TLS). Prefer "
        "127.0.0.1 and an SSH tunnel (ssh -L {port}:127.0.0.1:{port} server).",
    ),
    "serve.bad_port": (
        "--port {port}: skal være et tal fra 1 til 65535",
        "--port {port}: must be a number from 1 to 65535",
    ),
    "serve.unknown_host": ("navnet kendes ikke", "the name is not known"),
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
