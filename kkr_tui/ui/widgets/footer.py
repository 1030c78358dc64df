"""Textual's footer, built without restyling every key twice.

Textual's FooterKey starts "compact" and is then bound to the footer's own (not
compact) setting, so each key adds and removes a CSS class as it is mounted, and each
change restyles it: about 20 restyles every time the footer is rebuilt, which is at
start and after every focus or pane change. Giving each bound key the footer's
setting before it is mounted leaves nothing to change; the footer looks the same.
(The palette key is not bound to the footer: it stays compact, as in Textual.)
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class AppFooter(Footer):
    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget
