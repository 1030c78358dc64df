"""The top line: app title, current pane, the as-of day, and which database (or DEMO)."""

from __future__ import annotations

import pendulum
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t


def as_of_text(day: pendulum.Date) -> str:
    """The header's day: "pr. tor 10. sep 2026" (Danish) / "as of Thu 10 Sep 2026"."""
    return t("app.as_of", day=format_day(day))


class AppHeader(Widget):
    """One line; the database path is cut from the left so its file name stays visible."""

    pane_title: reactive[str] = reactive("")
    as_of: reactive[str] = reactive("")
    source: reactive[str] = reactive("")
    demo: reactive[bool] = reactive(False)

    def render(self) -> Text:
        # Every field may carry user text (a council's name in a screen's title, the
        # path): shown with control characters made visible, never as markup.
        left = Text.assemble(("KKR", "bold"), "  ", (printable(self.pane_title), "bold"))
        right = Text()
        if self.demo:
            right.append(" DEMO ", style="reverse bold")
            right.append("  ")
        right.append(printable(self.as_of))
        room = self.size.width - left.cell_len - right.cell_len - 4
        source = printable(self.source)
        if not self.demo and room > 8:
            if len(source) > room:
                source = "…" + source[-(room - 1) :]
            right = Text.assemble((source, "dim"), "  ", right)
        gap = max(1, self.size.width - left.cell_len - right.cell_len)
        return Text.assemble(left, " " * gap, right, no_wrap=True, overflow="ellipsis")
