"""Add or edit a contact. The Contact record validates itself (name, e-mail, phone);
its ValidationError is shown in the dialog, next to the field it names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Checkbox, SelectionList

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Contact, Council
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.ui.screens.form_dialog import RecordDialog
from kkr_tui.ui.widgets.inputs import FormSelectionList
from kkr_tui.ui.widgets.toggles import Tick

_TEXT_FIELDS = ("name", "title", "organisation", "unit", "email", "phone")


class ContactDialog(RecordDialog[Contact]):
    """Returns the valid Contact (not yet saved), or None when cancelled."""

    field_labels = {
        "name": ("contact-name", "contacts.col.name"),
        "title": ("contact-title", "contacts.col.title"),
        "organisation": ("contact-organisation", "contacts.col.organisation"),
        "unit": ("contact-unit", "contacts.col.unit"),
        "email": ("contact-email", "contacts.col.email"),
        "phone": ("contact-phone", "contacts.col.phone"),
        "councils": ("contact-councils", "contacts.col.councils"),
    }

    def __init__(
        self,
        councils: Sequence[Council],
        organisations: Sequence[str],
        editing: Contact | None = None,
    ) -> None:
        super().__init__(
            t("contacts.title_edit" if editing else "contacts.title_new"), t("dialog.save")
        )
        self.councils = list(councils)
        self.organisations = list(organisations)
        self.editing = editing

    def fields(self) -> Iterable[Widget]:
        c = self.editing
        for field in _TEXT_FIELDS:
            suggester = None
            if field == "organisation":
                suggester = SuggestFromList(self.organisations, case_sensitive=False)
            yield self.field(
                t(f"contacts.col.{field}"),
                self.text_input(
                    id=f"contact-{field}", value=getattr(c, field) if c else "", suggester=suggester
                ),
            )
        chosen = c.councils if c else ()
        yield self.field(
            t("contacts.col.councils"),
            FormSelectionList[str](
                *[(Text(printable(k.name)), k.slug, k.slug in chosen) for k in self.councils],
                id="contact-councils",
                compact=True,
            ),
        )
        # Apart from the councils above (a line between, a label of its own), so it is
        # never taken for one more council in the list.
        yield self.field(
            t("contacts.secretariat_label"),
            Tick(
                t("contacts.secretariat_box"),
                value=bool(c and c.secretariat),
                id="contact-secretariat",
                compact=True,
            ),
            id="contact-secretariat-row",
        )

    def on_mount(self) -> None:
        self.query_one("#contact-name").focus()

    def build(self) -> Contact:
        chosen = set(self.query_one("#contact-councils", SelectionList).selected)
        secretariat = self.query_one("#contact-secretariat", Checkbox).value
        if secretariat and not chosen:
            # A secretariat serves a council; without one it would show up nowhere.
            raise ValidationError(t("contacts.secretariat_needs_council"), "councils")
        contact = Contact(
            name=" ".join(self.value_of("#contact-name").strip().split()),
            title=self.value_of("#contact-title").strip(),
            organisation=self.value_of("#contact-organisation").strip(),
            unit=self.value_of("#contact-unit").strip(),
            email=self.value_of("#contact-email").strip(),
            phone=" ".join(self.value_of("#contact-phone").strip().split()),
            councils=tuple(c.slug for c in self.councils if c.slug in chosen),
            secretariat=secretariat,
        )
        if self.editing is not None:
            contact = contact.with_changes(id=self.editing.id, rev=self.editing.rev)
        return contact
