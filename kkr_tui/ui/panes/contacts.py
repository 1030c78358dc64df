"""Kontakter: whom to call, found in a few keys and copied with one.

`/` puts the cursor in the search box; every key narrows the list (all fields,
case-insensitive, æ ø å). Enter (or ↓) goes back to the list, Escape clears the
search. `c` copies the highlighted e-mail to the user's own clipboard (OSC 52, so it
works over SSH), `r` and `o` step through the council and organisation filters,
`a`/`e`/`d` add, edit and delete (confirmed). From Oversigt, `/` comes straight here:
`/ hast ⏎ c` finds and copies Haukur's e-mail.

Length: ~400 lines because the pane is search, filters, copy and three edits in one
place a reader expects them; the fitting and the dialog live elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from kkr_tui.domain.models import AgendaItem, Contact
from kkr_tui.domain.names import caseless
from kkr_tui.domain.search import ContactFilter, next_choice, organisations
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t, tn
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.safe import plain
from kkr_tui.ui.saving import Outcome, delete_with_conflict_check, transact
from kkr_tui.ui.screens.contact_dialog import ContactDialog
from kkr_tui.ui.screens.form_dialog import ConfirmDialog, refused_read_only, saved_record
from kkr_tui.ui.widgets.fit import Column, Row, available_width, show_rows
from kkr_tui.ui.widgets.inputs import SafeInput
from kkr_tui.ui.widgets.tables import KkrTable, selected_key

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot
    from kkr_tui.store.transaction import Transaction
    from kkr_tui.ui.app import KkrApp

# From this width the list also shows organisation and unit.
WIDE = 110
# From this pane height a wide list gives each contact two lines (name over title,
# organisation over unit): the room of a tall window shows them whole instead of cut.
TALL = 30


def copy_email(app: KkrApp, contact: Contact) -> None:
    """Copy the contact's e-mail to the clipboard and say so (or say why not)."""
    if not contact.email:
        app.notify(
            printable(t("contacts.no_email", name=contact.name)), severity="warning", markup=False
        )
        return
    app.copy_to_clipboard(contact.email)
    app.notify(printable(t("contacts.copied", email=contact.email)), markup=False)


def short_council(name: str) -> str:
    return name.removeprefix("KKR ")


class SearchInput(SafeInput):
    """The search box: Enter or ↓ back to the list (filter kept), Escape clears and goes back."""

    BINDINGS = [
        Binding("escape", "leave(True)", "contacts.key.clear", id="contacts.search.clear"),
        Binding("enter", "leave(False)", "contacts.key.to_list", id="contacts.search.done"),
        Binding(
            "down", "leave(False)", "contacts.key.to_list", id="contacts.search.down", show=False
        ),
    ]

    class Leave(Message):
        def __init__(self, clear: bool) -> None:
            super().__init__()
            self.clear = clear

    def action_leave(self, clear: bool) -> None:
        self.post_message(self.Leave(clear))


class ContactTable(KkrTable):
    BINDINGS = [
        Binding("enter", "select_cursor", "contacts.key.edit", id="contacts.open"),
    ]


class ContactsPane(Pane):
    title_key = "pane.contacts"
    BINDINGS = [
        Binding("slash", "search", "contacts.key.search", id="contacts.search"),
        Binding("c", "copy", "contacts.key.copy", id="contacts.copy"),
        Binding("r", "cycle_council", "contacts.key.council", id="contacts.council"),
        Binding("o", "cycle_organisation", "contacts.key.organisation", id="contacts.org"),
        Binding("a", "add", "contacts.key.add", id="contacts.add"),
        Binding("e", "edit", "contacts.key.edit", id="contacts.edit"),
        Binding("d", "delete", "contacts.key.delete", id="contacts.delete"),
        Binding("escape", "reset", "contacts.key.reset", id="contacts.reset"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.filter = ContactFilter()
        self._search_pending = False
        # (width, table width, two-line rows) last drawn for
        self._fitted: tuple[int, int, bool] | None = None

    def compose(self) -> ComposeResult:
        yield SearchInput(
            placeholder=t("contacts.search_placeholder"), id="contacts-search", compact=True
        )
        yield Static(id="contacts-filters", markup=False)
        yield ContactTable(id="contact-list", cursor_type="row", zebra_stripes=True)
        yield Static(id="contact-detail", markup=False)

    def on_resize(self, event: events.Resize) -> None:
        # Showing the pane again (key 4) resizes it too: redraw only if the columns
        # would be fitted differently.
        if self.closing:
            return
        if self._fit(self.query_one("#contact-list", DataTable).row_count) != self._fitted:
            self.refresh_data()

    def _fit(self, rows: int) -> tuple[int, int, bool]:
        """The pane's width, the width the table's columns get for `rows` contacts, and
        whether each contact takes two lines (a wide and tall pane)."""
        width, height = self.room
        stacked = width >= WIDE and height >= TALL
        lines = 1 + (2 if stacked else 1) * rows
        table = self.query_one("#contact-list", DataTable)
        return width, available_width(table, width, lines, self.lines_for(table)), stacked

    # -- showing ------------------------------------------------------------------------
    def _council_names(self, snap: Snapshot) -> dict[str, str]:
        return {c.slug: c.name for c in snap.councils}

    def shown(self) -> list[Contact]:
        snap = self.snapshot
        return self.filter.apply(snap.contacts, self._council_names(snap))

    def refresh_data(self, cursor_to_top: bool = False) -> None:
        snap = self.snapshot
        names = self._council_names(snap)
        contacts = self.shown()
        table = self.query_one("#contact-list", DataTable)
        self._fitted = width, table_width, stacked = self._fit(len(contacts))
        wide = width >= WIDE
        if stacked:
            rows: list[Row] = [(str(c.id), _stacked_cells(c, names)) for c in contacts]
            columns = _stacked_columns()
        else:
            rows = [(str(c.id), _cells(c, names, wide)) for c in contacts]
            columns = _columns(wide)
        show_rows(
            table,
            columns,
            rows,
            width=table_width,
            height=2 if stacked else 1,
            cursor_to_top=cursor_to_top,
        )
        self.query_one("#contacts-filters", Static).update(
            self._filter_line(len(contacts), len(snap.contacts))
        )
        self._show_detail()

    def _filter_line(self, shown: int, total: int) -> Text:
        snap = self.snapshot
        names = self._council_names(snap)
        council = names.get(self.filter.council or "", t("contacts.all"))
        organisation = self.filter.organisation or t("contacts.all")
        text = Text()
        text.append(t("contacts.filter_council"), style="bold")
        text.append_text(plain(council, style="reverse" if self.filter.council else ""))
        text.append("  ")
        text.append(t("contacts.filter_organisation"), style="bold")
        text.append_text(plain(organisation, style="reverse" if self.filter.organisation else ""))
        text.append("  ")
        text.append(t("contacts.count", shown=shown, total=total), style="dim")
        return text

    def selected(self) -> Contact | None:
        key = selected_key(self.query_one("#contact-list", DataTable))
        if key is None:
            return None
        return next((c for c in self.snapshot.contacts if str(c.id) == key), None)

    def _show_detail(self) -> None:
        detail = self.query_one("#contact-detail", Static)
        contact = self.selected()
        if contact is None:
            detail.update(Text(t("contacts.none_found"), style="dim"))
            return
        detail.update(_detail(contact, self.snapshot))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    # -- search and filters -------------------------------------------------------------
    def start_search(self, *, after_pane_switch: bool = False) -> None:
        """Put the cursor in the search box, at once: the next key typed must land there.

        Switching panes (from Oversigt) focuses the list a moment later; with
        `after_pane_switch` the list hands that focus straight back to the box.
        """
        self._search_pending = after_pane_switch
        self.screen.set_focus(self.query_one("#contacts-search", Input))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if self._search_pending and event.widget is self.query_one("#contact-list"):
            self._search_pending = False
            self.screen.set_focus(self.query_one("#contacts-search", Input))

    def action_search(self) -> None:
        self.start_search()

    @on(Input.Changed, "#contacts-search")
    def _query_changed(self, event: Input.Changed) -> None:
        self.filter = replace(self.filter, query=event.value)
        self.refresh_data(cursor_to_top=True)

    @on(SearchInput.Leave)
    def _search_left(self, event: SearchInput.Leave) -> None:
        if event.clear:
            self._clear_search()
        self._to_table()

    def _clear_search(self) -> None:
        """Empty the box and show the unsearched list now (not after Input.Changed)."""
        search = self.query_one("#contacts-search", Input)
        with search.prevent(Input.Changed):
            search.value = ""
        self.filter = replace(self.filter, query="")
        self.refresh_data(cursor_to_top=True)

    def _to_table(self) -> None:
        self._search_pending = False
        table = self.query_one("#contact-list", DataTable)
        if table.row_count:
            table.focus()
        else:
            self.notify(t("contacts.none_found"), severity="warning")

    def action_cycle_council(self) -> None:
        slugs = [c.slug for c in self.snapshot.councils]
        self.filter = replace(self.filter, council=next_choice(self.filter.council, slugs))
        self.refresh_data(cursor_to_top=True)

    def action_cycle_organisation(self) -> None:
        choices = organisations(self.snapshot.contacts)
        self.filter = replace(
            self.filter, organisation=next_choice(self.filter.organisation, choices)
        )
        self.refresh_data(cursor_to_top=True)

    def action_reset(self) -> None:
        self.filter = ContactFilter()
        self._clear_search()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reset":
            return self.filter.active  # only offered when something is filtered
        return True

    # -- copy and edit ------------------------------------------------------------------
    def action_copy(self) -> None:
        contact = self.selected()
        if contact is None:
            self.notify(t("contacts.none_found"), severity="warning")
            return
        copy_email(self.kkr, contact)

    @work(exclusive=True)
    async def action_add(self) -> None:
        if refused_read_only(self.kkr):
            return
        snap = self.snapshot
        dialog = ContactDialog(snap.councils, organisations(snap.contacts))
        contact = await saved_record(self.kkr, dialog)
        if contact is not None:
            self.notify(printable(t("contacts.added", name=contact.name)), markup=False)
            self._select(contact)

    @work(exclusive=True)
    async def action_edit(self) -> None:
        current = self.selected()
        if current is None:
            self.notify(t("contacts.none_found"), severity="warning")
            return
        if refused_read_only(self.kkr):
            return
        snap = self.snapshot
        dialog = ContactDialog(snap.councils, organisations(snap.contacts), editing=current)
        # The dialog's contact carries the revision `current` had: a change by someone
        # else since then opens the conflict dialog instead of being overwritten.
        contact = await saved_record(self.kkr, dialog, unchanged=current)
        if contact is None or contact == current:
            return
        message = t("contacts.saved", name=contact.name)
        if contact.name != current.name:
            renamed = await self._rename_responsible(current.name, contact.name)
            if renamed:
                message += " " + tn("contacts.items_renamed", renamed)
        self.notify(printable(message), markup=False)

    async def _rename_responsible(self, old: str, new: str) -> int:
        """The agenda links a responsible by name: a renamed contact takes its items along.

        One write, read fresh under the lock, so nobody's item edits are lost.
        """

        def rename(tx: Transaction) -> int:
            renamed = 0
            for item in tx.all(AgendaItem):
                if item.responsible and caseless(item.responsible) == caseless(old):
                    tx.update(item.with_changes(responsible=new))
                    renamed += 1
            return renamed

        result = await transact(self.kkr, rename, quiet=True)
        if result.outcome is Outcome.FAILED:
            self.notify(
                t("contacts.items_not_renamed", error=result.message),
                severity="error",
                markup=False,
            )
        return result.record or 0

    @work(exclusive=True)
    async def action_delete(self) -> None:
        contact = self.selected()
        if contact is None:
            self.notify(t("contacts.none_found"), severity="warning")
            return
        if refused_read_only(self.kkr):
            return
        snap = self.snapshot
        notes = []
        items = _responsible_items(contact, snap)
        if items:
            notes.append(tn("contacts.delete_items", len(items)))
        if contact.secretariat and contact.councils:
            names = [snap.council(slug).name for slug in contact.councils]
            notes.append(t("contacts.delete_secretariat", councils=", ".join(names)))
        confirmed = await self.app.push_screen_wait(
            ConfirmDialog(t("contacts.confirm_delete", name=contact.name), " ".join(notes))
        )
        if confirmed and await delete_with_conflict_check(self.app, contact):
            self.notify(printable(t("contacts.deleted", name=contact.name)), markup=False)

    def _select(self, contact: Contact) -> None:
        table = self.query_one("#contact-list", DataTable)
        for index, shown in enumerate(self.shown()):
            if shown.id == contact.id:
                table.move_cursor(row=index, animate=False)
                return


def _columns(wide: bool) -> list[Column]:
    """The e-mail gives way last: it is what people come here for (its minimum is a
    whole address at 80 columns). The phone gives way before the name: only numbers
    with +45 are longer than its minimum, and the detail line shows them whole. A
    narrow list leaves the title out (five cells of it told nothing; the detail line
    has it) so name, e-mail and council fit."""
    columns = [Column("name", t("contacts.col.name"), minimum=12, shrink=1)]
    if wide:
        columns += [
            Column("title", t("contacts.col.title"), minimum=5, shrink=3),
            Column("organisation", t("contacts.col.organisation"), minimum=12, shrink=2),
            Column("unit", t("contacts.col.unit"), minimum=8, shrink=2),
        ]
    columns += [
        Column("email", t("contacts.col.email"), minimum=24, shrink=1),
        Column("phone", t("contacts.col.phone"), minimum=11, shrink=9),
        Column("councils", t("contacts.col.councils"), minimum=5, shrink=3),
    ]
    return columns


def _stacked_columns() -> list[Column]:
    """Two lines a contact: name over title, organisation over unit, e-mail over phone,
    councils over the secretariat mark. At 120 columns the demo's longest fit whole."""
    return [
        Column("name", t("contacts.col.name_title"), minimum=16, shrink=2),
        Column("organisation", t("contacts.col.organisation_unit"), minimum=16, shrink=2),
        Column("email", t("contacts.col.email_phone"), minimum=24, shrink=1),
        Column("councils", t("contacts.col.councils"), minimum=8, shrink=3),
    ]


def _stacked_cells(contact: Contact, names: dict[str, str]) -> list[Text | str]:
    def two(first: str, second: str) -> Text:
        text = plain(first)
        text.append("\n")
        text.append_text(plain(second, style="dim"))
        return text

    councils = ", ".join(short_council(names.get(slug, slug)) for slug in contact.councils)
    mark = t("contacts.secretariat_mark") if contact.secretariat and councils else ""
    return [
        two(contact.name, contact.title),
        two(contact.organisation, contact.unit),
        two(contact.email, contact.phone),
        two(councils, mark),
    ]


def _councils_text(contact: Contact, names: dict[str, str]) -> str:
    text = ", ".join(short_council(names.get(slug, slug)) for slug in contact.councils)
    if contact.secretariat and text:
        text += " " + t("contacts.secretariat_mark")
    return text


def _cells(contact: Contact, names: dict[str, str], wide: bool) -> list[Text | str]:
    cells: list[Text | str] = [plain(contact.name)]
    if wide:
        cells += [plain(contact.title), plain(contact.organisation), plain(contact.unit)]
    cells += [plain(contact.email), plain(contact.phone)]
    if wide:
        cells.append(plain(_councils_text(contact, names)))
    else:  # the secretariat mark would cut the council's name; the detail line says it
        cells.append(plain(", ".join(short_council(names.get(s, s)) for s in contact.councils)))
    return cells


def _responsible_items(contact: Contact, snap: Snapshot) -> list[AgendaItem]:
    return snap.items_with_responsible(contact.name) if contact.name.strip() else []


def _detail(contact: Contact, snap: Snapshot) -> Text:
    """Everything about the highlighted contact, whatever the width of the table."""
    first = Text(no_wrap=True, overflow="ellipsis")
    first.append_text(plain(contact.name, style="bold"))
    where = ", ".join(p for p in (contact.organisation, contact.unit) if p)
    for part in (contact.title, where):
        if part:
            first.append(" · ")
            first.append_text(plain(part))
    second = Text(no_wrap=True, overflow="ellipsis")
    parts: list[Text] = [
        plain(contact.email or t("contacts.no_email_short")),
        plain(t("contacts.phone_label", phone=contact.phone or "–")),
    ]
    names = {c.slug: c.name for c in snap.councils}
    if contact.councils:
        councils = ", ".join(names.get(s, s) for s in contact.councils)
        key = "contacts.secretariat_for" if contact.secretariat else "contacts.councils_label"
        parts.append(plain(t(key, councils=councils)))
    items = _responsible_items(contact, snap)
    if items:
        key = "contacts.responsible_for_one" if len(items) == 1 else "contacts.responsible_for"
        parts.append(plain(t(key, n=len(items))))
    second.append_text(Text(" · ").join(parts))
    return Text("\n").join([first, second])
