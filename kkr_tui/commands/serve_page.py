"""The browser page of `kkr serve`, with nothing loaded from the internet.

textual-serve's page template links a web font from fonts.googleapis.com. Meeting data
is closed and the server may have no internet, so the page is made from the installed
template with every remote stylesheet or script taken out and the same font (Roboto
Mono, which textual-serve ships in its static folder) declared locally instead. Made
from the installed template at each start, so it follows textual-serve's own changes.
"""

from __future__ import annotations

import re
from pathlib import Path

import textual_serve

TEMPLATE = "app_index.html"

# <link ... href="http(s)://..."> and <script src="http(s)://..."></script>, any layout.
_REMOTE = re.compile(
    r"<link\b[^>]*\bhref\s*=\s*[\"']https?://[^>]*>"
    r"|<script\b[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>\s*</script>",
    re.IGNORECASE | re.DOTALL,
)

# The font files textual-serve ships (static/fonts), under the page's static URL.
_LOCAL_FONT = """<style>
      @font-face {
        font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf")
          format("truetype");
        font-weight: 100 700;
        font-style: normal;
      }
      @font-face {
        font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-Italic-VariableFont_wght.ttf")
          format("truetype");
        font-weight: 100 700;
        font-style: italic;
      }
    </style>
  </head>"""


def offline_page(html: str) -> str:
    """`html` without remote stylesheets or scripts, with the font declared locally."""
    return _REMOTE.sub("", html).replace("</head>", _LOCAL_FONT, 1)


def offline_templates(folder: Path) -> Path:
    """Write textual-serve's page, made offline, into `folder`; give it to textual-serve
    as its templates_path."""

    original = Path(textual_serve.__file__).parent / "templates" / TEMPLATE
    (folder / TEMPLATE).write_text(
        offline_page(original.read_text(encoding="utf-8")), encoding="utf-8"
    )
    return folder
