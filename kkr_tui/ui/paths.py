"""Find the stylesheets from a checkout (styles/ at the top) or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def styles_dir() -> Path:
    installed = _PACKAGE / "styles"  # the wheel ships styles/ as kkr_tui/styles
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent / "styles"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"stylesheets not found in {installed} or {checkout}")
