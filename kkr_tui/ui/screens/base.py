"""The screens every part of the app builds on: keys described in the current language.

Every screen of kkr_tui derives from `KkrScreen` or `KkrModalScreen` (a test checks
this), so its footer, the help screen (F1) and the command palette (Ctrl+P) show the
same descriptions, in the app's language. Escape goes back from any screen that was
opened on top of another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.binding import ActiveBinding, Binding, BindingType
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from kkr_tui.i18n import t
from kkr_tui.ui.keys import help_first, localized_active
from kkr_tui.ui.stylesheets import DIALOG_SHEETS, sheets
from kkr_tui.ui.widgets.header import AppHeader

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp

ResultType = TypeVar("ResultType")

# Textual's Screen binds these with English descriptions; the same keys, described here.
SCREEN_BINDINGS: list[BindingType] = [
    Binding("escape", "back", "key.back", id="screen.back", show=True),
    Binding("tab", "app.focus_next", "key.focus_next", show=False, id="screen.focus_next"),
    Binding(
        "shift+tab",
        "app.focus_previous",
        "key.focus_previous",
        show=False,
        id="screen.focus_previous",
    ),
    # super+c overrides Textual's own (English) binding; the help leaves Super keys out,
    # since none arrives over SSH.
    Binding("ctrl+c,super+c", "screen.copy_text", "key.copy", show=False, id="screen.copy"),
]


class KkrScreen(Screen[ResultType]):
    """A full screen. Escape closes it unless it is the app's first screen."""

    BINDINGS = SCREEN_BINDINGS

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return help_first(localized_active(super().active_bindings))

    def help_title(self) -> str:
        """What the help screen calls this screen ("Taster: <this>"): the name in its
        header (a council, a meeting, a body), the pane's name on the main screen."""
        for header in self.query(AppHeader):
            if header.pane_title:
                return header.pane_title
        return self.sub_title or self.app.sub_title or t("app.title")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            # Nothing to go back to from the first screen: hide the key there.
            return self.app.screen_stack.index(self) > 0 if self in self.app.screen_stack else None
        return True

    def action_back(self) -> None:
        self.dismiss()


class KkrModalScreen(ModalScreen[ResultType]):
    """A dialog over another screen. Escape closes it (dismissed with None).

    The app's keys do not reach a dialog, so F1 is bound here too: the help then lists
    the dialog's own keys.
    """

    BINDINGS = [
        *SCREEN_BINDINGS,
        Binding("f1", "app.help", "key.help", show=False, id="dialog.help"),
    ]
    # The dialogs' sheets, read when the first dialog is opened (kkr_tui.ui.stylesheets).
    CSS_PATH = sheets(*DIALOG_SHEETS)

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return localized_active(super().active_bindings)

    def help_title(self) -> str:
        """The dialog's own title (its heading or its frame's title); the screen it was
        opened over where it has none (the search bar of a list)."""
        for title in self.query(".dialog-title"):
            if isinstance(title, Static):
                text = str(title.content).strip()
                if text:
                    return text
        for widget in self.query("*"):
            if widget.border_title:
                return str(widget.border_title)
        stack = self.app.screen_stack
        if self in stack and stack.index(self) > 0:
            below = stack[stack.index(self) - 1]
            if is_kkr_screen(below):
                return cast("KkrScreen[Any] | KkrModalScreen[Any]", below).help_title()
        return self.sub_title or self.app.sub_title or t("app.title")

    def action_back(self) -> None:
        self.dismiss()


def is_kkr_screen(screen: Any) -> bool:
    return isinstance(screen, KkrScreen | KkrModalScreen)
