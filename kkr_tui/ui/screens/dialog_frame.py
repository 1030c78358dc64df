"""What the Årshjul dialogs share: a framed modal box, Escape to cancel, safe inputs.

Inputs strip control characters as they are typed (pasted escapes never reach the
data) and blink as the app says (snapshot tests turn blinking off).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from rich.text import Text
from textual.binding import Binding

from kkr_tui.ui.screens.base import KkrModalScreen
from kkr_tui.ui.widgets.inputs import SafeInput

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp

ResultT = TypeVar("ResultT")

ERROR_STYLE = "bold red"
WARNING_STYLE = "yellow"
HINT_STYLE = "dim"


class DialogFrame(KkrModalScreen[ResultT]):
    """A modal box; subclasses compose into it and call `dismiss(result)`."""

    BINDINGS = [Binding("escape", "close", "cycle.dialog.key.close", id="cycle.dialog.close")]

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    def safe_input(self, value: str = "", **kwargs: Any) -> SafeInput:
        return SafeInput(value, compact=True, **kwargs)

    def action_close(self) -> None:
        self.dismiss(None)


def message_lines(lines: list[tuple[str, str]]) -> Text:
    """(text, style) pairs as one Text, a line each; user text is never markup here."""
    return Text("\n").join(Text(text, style=style) for text, style in lines)
