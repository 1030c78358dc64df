"""Ctrl+P: run any action of the current screen, find the actions of the other screens
by name, or jump to any council, meeting, agenda item or contact.

Actions are generated from the screens' bindings (those with an id), so a key and its
palette command always have the same name. Records are searched by what a secretary
types: "sjæl 9. apr" finds "KKR Sjælland tor 9. apr 2026".
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from textual.app import SystemCommand
from textual.binding import Binding
from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.screen import Screen

from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import MeetingState
from kkr_tui.domain.text import printable
from kkr_tui.i18n import has, t
from kkr_tui.ui import navigate
from kkr_tui.ui.keys import describe, key_label, localized_active
from kkr_tui.ui.screens.help import help_lines

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp


def binding_commands(screen: Screen[Any]) -> Iterator[SystemCommand]:
    """One command per action bound on `screen` (with an id), named as in the help."""
    # localized_active again: harmless on our screens, and covers any other screen.
    for line in help_lines(localized_active(screen.active_bindings)):
        if line.binding_id is None or not line.enabled:
            continue
        yield SystemCommand(
            line.description,
            t("keys.palette.key", shortcut=", ".join(line.keys)),
            partial(screen.app.run_action, line.action, line.node),
            # With an empty search, offer what the footer offers and the app-wide keys;
            # the rest (moving in a list and the like) is one typed word away.
            discover=line.show or line.group == "app",
        )


# A cancelled meeting matches as well as the one held instead, but is rarely the one
# wanted: its score is scaled down so it comes after every other match.
CANCELLED_RANK = 0.01

# The actions offered from every screen, by binding id: those that need no row chosen
# first. An edit or a cancel run from elsewhere would act on whatever row a hidden list
# happens to have under its cursor, so those stay on their own screen.
ELSEWHERE_PANE_ACTIONS = (
    "cycle.new",
    "cycle.propose",
    "cycle.go_to_year",
    "cycle.export",
    "agenda.search",
    "contacts.add",
    "contacts.search",
    "appointments.search",
    "appointments.fora",
)
# Offered once per council: "Nyt medlem · KKR Sjælland".
ELSEWHERE_COUNCIL_ACTIONS = ("council.add",)
# The shell's imports (a file on the server, all or nothing, with a dry run): the
# palette finds them by name and says the command.
IMPORTS = ("members", "meetings", "ics", "contacts", "appointments")


def palette_commands(screen: Screen[Any]) -> Iterator[SystemCommand]:
    """The palette's commands: the keys of `screen`, then what other screens do."""
    yield from binding_commands(screen)
    yield from elsewhere_commands(screen)


def elsewhere_commands(screen: Screen[Any]) -> Iterator[SystemCommand]:
    """The actions of the other panes and of the council screen, and the imports.

    Found by typing (never in the empty palette, which offers the screen's own keys);
    choosing one goes to the screen and runs the action as its key would.
    """
    from kkr_tui.ui.app import PANES, pane_class
    from kkr_tui.ui.screens.council import CouncilScreen

    app = cast("KkrApp", screen.app)
    # `screen` is the one under the palette; the panes are on the first.
    here = app.shown_pane_id if screen is app.screen_stack[0] else None
    for pane_id in PANES:
        if pane_id == here:
            continue  # its keys are the screen's own, offered above
        where = t(pane_class(pane_id).title_key)
        for binding in _bindings(pane_class(pane_id).BINDINGS, ELSEWHERE_PANE_ACTIONS):
            yield _elsewhere(
                binding, where, partial(navigate.run_in_pane, app, pane_id, binding.action)
            )
    shown_council = screen.slug if isinstance(screen, CouncilScreen) else None
    for council in app.snapshot.councils:
        if council.slug == shown_council:
            continue
        for binding in _bindings(CouncilScreen.BINDINGS, ELSEWHERE_COUNCIL_ACTIONS):
            run = partial(navigate.run_on_council, app, council.slug, binding.action)
            yield _elsewhere(binding, printable(council.name), run)
    for kind in IMPORTS:
        yield SystemCommand(
            t(f"palette.import.{kind}"),
            t("palette.import.help"),
            partial(_say_import_command, app, kind),
            discover=False,
        )


def _bindings(declared: Iterable[object], wanted: tuple[str, ...]) -> Iterator[Binding]:
    for binding in declared:
        if isinstance(binding, Binding) and binding.id in wanted:
            yield binding


def _elsewhere(binding: Binding, where: str, run: Callable[[], Any]) -> SystemCommand:
    assert binding.id is not None
    named = f"palette.{binding.id}"
    action = t(named) if has(named) else describe(binding)
    key = binding.key_display or key_label(binding.key.split(",")[0])
    return SystemCommand(
        t("palette.elsewhere", action=action, where=where),
        t("palette.elsewhere_help", where=where, key=key),
        run,
        discover=False,
    )


def _say_import_command(app: KkrApp, kind: str) -> None:
    command = shlex.join(
        ["kkr", "--db", str(app.store.path), "import", kind, t("palette.import.file")]
    )
    app.notify(t("palette.import.how", command=command), markup=False, timeout=20)


@dataclass(frozen=True)
class PaletteEntry:
    title: str
    help: str
    jump: Callable[[], Any]
    rank: float = 1.0  # scales the match score; below 1 sorts the entry later


def records(app: KkrApp) -> list[PaletteEntry]:
    """Every council, meeting, agenda item and contact, as the palette lists them."""
    snap = app.snapshot
    names = {council.slug: council.name for council in snap.councils}
    found: list[PaletteEntry] = []
    for council in snap.councils:
        found.append(
            PaletteEntry(
                printable(council.name),
                t(
                    "keys.palette.council",
                    municipalities=len(council.municipalities),
                    seats=council.seats,
                ),
                partial(navigate.show_council, app, council.slug),
            )
        )
    meeting_names: dict[int, str] = {}
    for meeting in snap.meetings_of():
        name = f"{printable(names.get(meeting.council, meeting.council))} {format_day(meeting.day)}"
        meeting_names[meeting.id] = name
        found.append(
            PaletteEntry(
                name,
                t(
                    "keys.palette.meeting",
                    series=t(f"series.{meeting.series.value}"),
                    state=t(f"state.{meeting.state.value}"),
                ),
                partial(navigate.show_meeting, app, meeting.id),
                rank=CANCELLED_RANK if meeting.state is MeetingState.CANCELLED else 1.0,
            )
        )
    for item in snap.items:
        if item.meeting_id not in meeting_names:
            continue
        found.append(
            PaletteEntry(
                t("keys.palette.item_title", number=item.number, title=printable(item.title)),
                t("keys.palette.item", meeting=meeting_names[item.meeting_id]),
                partial(navigate.show_item, app, item.meeting_id, item.id),
            )
        )
    for contact in sorted(snap.contacts, key=lambda c: c.name.lower()):
        details = " · ".join(
            printable(part) for part in (contact.title, contact.email or contact.phone) if part
        )
        found.append(
            PaletteEntry(
                printable(contact.name),
                t("keys.palette.contact", details=details),
                partial(navigate.show_contact, app, contact.id),
            )
        )
    return found


class RecordsProvider(Provider):
    """Councils, meetings, agenda items and contacts by name, date or title.

    When neither a record nor an action matches, it offers one line saying so (in the
    app's language) instead of the palette's own English "No matches found".
    """

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        matched = False
        for record in records(self.kkr):
            score = matcher.match(record.title)
            if score > 0:
                matched = True
                yield Hit(
                    score * record.rank,
                    literal_highlight(matcher, record.title),
                    record.jump,
                    text=record.title,
                    help=markup_escaped(record.help),
                )
        if matched or not query.strip():
            return
        commands = self.app.get_system_commands(self.screen)
        if any(matcher.match(command.title) > 0 for command in commands):
            return
        yield Hit(
            1.0,
            Content(t("keys.palette.no_match", query=printable(query))),
            _nothing,
            help=t("keys.palette.no_match_help"),
        )


def literal_highlight(matcher: Matcher, title: str) -> Content:
    """`title` as plain text with the matched letters marked.

    Textual's own `Matcher.highlight` parses the title as markup: a contact named "[/]"
    would crash the palette and "[@click=app.quit]x[/]" would become a link.
    """
    content = Content(title)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def markup_escaped(text: str) -> str:
    """`text` for a place that parses markup (the palette's help line), shown literally.

    Textual's markup reads "\\[" as a plain bracket; `textual.markup.escape` leaves
    tags such as "[V]" alone, which Textual would still swallow.
    """
    return text.replace("[", "\\[")


def _nothing() -> None:
    """Choosing "nothing found" just closes the palette."""
