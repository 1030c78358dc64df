"""Add or edit a council member: the same rules as `kkr import members`.

The municipality field suggests the council's municipalities as you type and a typo
is answered with the closest name ("Alborg" -> "mente du 'Aalborg'?"). The mayor box
is for a chair or vice chair who is also mayor; role borgmester is mayor by itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual import on
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Checkbox, Select

from kkr_tui.domain.membership import MemberForm, build_member
from kkr_tui.domain.models import Council, Member, Role
from kkr_tui.i18n import t
from kkr_tui.ui.screens.form_dialog import RecordDialog
from kkr_tui.ui.widgets.toggles import Tick

_OFFICES = (Role.CHAIR, Role.VICE_CHAIR)


class MemberDialog(RecordDialog[Member]):
    """Returns the checked Member (not yet saved), or None when cancelled."""

    field_labels = {
        "name": ("member-name", "member.name"),
        "municipality": ("member-municipality", "member.municipality"),
        "party": ("member-party", "member.party"),
        "role": ("member-role", "member.role"),
        "substitute_for": ("member-substitute", "member.substitute_for"),
    }

    def __init__(
        self,
        council: Council,
        members: Sequence[Member],
        councils: Sequence[Council],
        editing: Member | None = None,
    ) -> None:
        key = "member.title_edit" if editing else "member.title_new"
        super().__init__(t(key, council=council.name), t("dialog.save"))
        self.council = council
        self.members = list(members)
        self.councils = list(councils)
        self.editing = editing

    def fields(self) -> Iterable[Widget]:
        member = self.editing
        others = [m.name for m in self.members if not m.is_substitute and m != member]
        yield self.field(
            t("member.name"), self.text_input(id="member-name", value=member.name if member else "")
        )
        yield self.field(
            t("member.municipality"),
            self.text_input(
                id="member-municipality",
                value=member.municipality if member else "",
                suggester=SuggestFromList(self.council.municipalities, case_sensitive=False),
            ),
        )
        yield self.field(
            t("member.party"),
            self.text_input(id="member-party", value=member.party if member else ""),
        )
        role = member.role if member else Role.MAYOR
        yield self.field(
            t("member.role"),
            self.choice(
                [(t(f"role.{r.value}"), r.value) for r in Role], role.value, id="member-role"
            ),
        )
        mayor = Tick(
            t("member.mayor"), value=bool(member and member.mayor), id="member-mayor", compact=True
        )
        yield self.field("", mayor)
        yield self.field(
            t("member.substitute_for"),
            self.text_input(
                id="member-substitute",
                value=member.substitute_for if member else "",
                suggester=SuggestFromList(others, case_sensitive=False),
                placeholder=t("member.substitute_hint"),
            ),
        )

    def on_mount(self) -> None:
        self._sync_mayor(self._role())
        self.query_one("#member-name").focus()

    def _role(self) -> Role:
        value = self.query_one("#member-role", Select).value
        return Role(value) if isinstance(value, str) else Role.MEMBER

    @on(Select.Changed, "#member-role")
    def _role_changed(self, event: Select.Changed) -> None:
        self._sync_mayor(self._role())

    def _sync_mayor(self, role: Role) -> None:
        """The box only means something for a chair or vice chair; else the role says it."""
        box = self.query_one("#member-mayor", Checkbox)
        box.disabled = role not in _OFFICES
        if role is Role.MAYOR:
            box.value = True
        elif role is Role.MEMBER:
            box.value = False

    def build(self) -> Member:
        form = MemberForm(
            name=self.value_of("#member-name").strip(),
            municipality=self.value_of("#member-municipality").strip(),
            party=self.value_of("#member-party").strip(),
            role=self._role().value,
            mayor=self.query_one("#member-mayor", Checkbox).value,
            substitute_for=self.value_of("#member-substitute").strip(),
        )
        return build_member(
            form,
            self.council,
            members=self.members,
            councils=self.councils,
            editing=self.editing,
        )
