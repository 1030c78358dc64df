"""Udpegninger out of the app: the CSV `kkr import appointments` reads back byte for
byte, and the list as published on kl.dk (body, holder and substitute, municipality)
as Markdown, HTML or PDF (the PDF through the documents' one renderer,
kkr_tui.exports.pdf).

The CSV has one row per appointment and one row (empty holder) per seat that never had
one, body by body in the councils' order and by name, seat by seat, oldest first; a
body shared by councils names them all in `councils` on each of its rows. The
published list shows who holds each seat on a day, vacant seats as such.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pendulum

from kkr_tui.domain.appointments import Appointment, AppointmentState, Body
from kkr_tui.domain.names import sort_key
from kkr_tui.domain.reference import COUNCIL_SLUGS
from kkr_tui.domain.vacancies import holders_on, of_body
from kkr_tui.exports import markup
from kkr_tui.i18n import dates, t

COLUMNS = (
    "council",
    "body",
    "seat",
    "holder",
    "municipality",
    "substitute",
    "start",
    "end",
    "state",
    "decided_at",
    # A body several councils appoint to: all of them (slugs, space-separated), so the
    # import makes it one body again. Empty for a body of one council.
    "councils",
)
LIST_FORMATS: tuple[str, ...] = ("md", "html", "pdf")
# Written as a secretary reads it; `kkr import appointments` reads both spellings.
_STATE_CELL = {
    AppointmentState.APPOINTED: "udpeget",
    AppointmentState.NOMINATED: "indstillet",
    AppointmentState.ENDED: "ophørt",
}


_Sections = list[tuple[str, list[tuple[str, list[tuple[str, str, str]]]]]]


def _rank(slug: str) -> int:
    return COUNCIL_SLUGS.index(slug) if slug in COUNCIL_SLUGS else len(COUNCIL_SLUGS)


def ordered_bodies(bodies: Sequence[Body], councils: Sequence[str] = ()) -> list[Body]:
    """The bodies of `councils` (all when empty), by their first council and name."""
    chosen = [b for b in bodies if not councils or set(b.councils) & set(councils)]
    return sorted(chosen, key=lambda b: (_rank(b.councils[0]), sort_key(b.name), b.id))


def csv_rows(
    bodies: Sequence[Body],
    appointments: Sequence[Appointment],
    meeting_day: Callable[[int], pendulum.Date | None],
    councils: Sequence[str] = (),
) -> list[list[str]]:
    """The rows of the CSV (without header); `meeting_day(id)` gives a deciding
    meeting's day (None when it is not known)."""
    rows: list[list[str]] = []
    for body in ordered_bodies(bodies, councils):
        own = of_body(body, appointments)
        shared = " ".join(body.councils) if len(body.councils) > 1 else ""
        for seat in range(1, body.seats + 1):
            on_seat = [a for a in own if a.seat == seat]
            if not on_seat:
                rows.append([body.councils[0], body.name, str(seat), *[""] * 7, shared])
            for a in on_seat:
                day = meeting_day(a.meeting_id) if a.meeting_id else None
                rows.append(
                    [
                        a.council,
                        body.name,
                        str(a.seat),
                        a.holder,
                        a.municipality,
                        a.substitute,
                        a.start.isoformat(),
                        a.end.isoformat() if a.end else "",
                        _STATE_CELL[a.state],
                        day.isoformat() if day else "",
                        shared,
                    ]
                )
    return rows


def published_list(
    bodies: Sequence[Body],
    appointments: Sequence[Appointment],
    council_names: dict[str, str],
    day: pendulum.Date,
    fmt: str,
    councils: Sequence[str] = (),
) -> bytes:
    """The list of udpegninger per council on `day`, as kl.dk publishes it, in `fmt`
    (md, html: UTF-8 text; pdf)."""
    if fmt not in LIST_FORMATS:
        choices = ", ".join(LIST_FORMATS)
        raise ValueError(t("appointments.export.unknown_format", fmt=fmt, choices=choices))
    sections = _sections(bodies, appointments, council_names, day, councils)
    title = t("appointments.list.title")
    as_of = t("appointments.list.as_of", day=dates.prose_day(day))
    if fmt == "pdf":
        return _pdf(title, as_of, sections, day)
    if fmt == "md":
        return _markdown(title, as_of, sections).encode("utf-8")
    return _html(title, as_of, sections).encode("utf-8")


def _sections(
    bodies: Sequence[Body],
    appointments: Sequence[Appointment],
    council_names: dict[str, str],
    day: pendulum.Date,
    councils: Sequence[str],
) -> _Sections:
    """Per council: each body with its seats (holder, municipality, substitute) on
    `day`. A body shared by councils lists its vacant seats under each of them, a held
    seat under the council that appointed the holder and under the body's first
    council."""
    wanted = [s for s in council_names if not councils or s in councils]
    sections: _Sections = []
    for slug in wanted:
        entries = []
        for body in ordered_bodies(bodies, (slug,)):
            held = holders_on(body, appointments, day)
            seats = []
            for seat in range(1, body.seats + 1):
                a = held.get(seat)
                if a is None:
                    seats.append((t("appointments.vacant_cell"), "", ""))
                elif a.council == slug or slug == body.councils[0]:
                    seats.append((a.holder, a.municipality, a.substitute))
            if seats:
                entries.append((body.name, seats))
        sections.append((council_names[slug], entries))
    return sections


def _head() -> tuple[str, str, str, str]:
    return (
        t("appointments.col.body"),
        t("appointments.col.holder"),
        t("appointments.col.municipality"),
        t("appointments.col.substitute"),
    )


def _markdown(title: str, as_of: str, sections: _Sections) -> str:
    out = [f"# {markup.md_inline(title)}", "", markup.md_line(as_of), ""]
    for council, entries in sections:
        out += [f"## {markup.md_inline(markup.one_line(council))}", ""]
        head = _head()
        out.append("| " + " | ".join(head) + " |")
        out.append("|" + "---|" * len(head))
        for body, seats in entries:
            for n, (holder, municipality, substitute) in enumerate(seats):
                cells = [body if n == 0 else "", holder, municipality, substitute]
                out.append(
                    "| " + " | ".join(markup.md_inline(markup.one_line(c)) for c in cells) + " |"
                )
        out.append("")
    return "\n".join(out)


def _html(title: str, as_of: str, sections: _Sections) -> str:
    esc = markup.html_text
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{t("appointments.list.lang")}">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(title)}</title></head>",
        "<body>",
        f"<h1>{esc(title)}</h1>",
        f"<p>{esc(as_of)}</p>",
    ]
    for council, entries in sections:
        out.append(f"<h2>{esc(markup.one_line(council))}</h2>")
        out.append("<table>")
        out.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in _head()) + "</tr>")
        for body, seats in entries:
            for n, (holder, municipality, substitute) in enumerate(seats):
                cells = [body if n == 0 else "", holder, municipality, substitute]
                out.append(
                    "<tr>" + "".join(f"<td>{esc(markup.one_line(c))}</td>" for c in cells) + "</tr>"
                )
        out.append("</table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def _pdf(title: str, as_of: str, sections: _Sections, day: pendulum.Date) -> bytes:
    from kkr_tui.exports.pdf import TableDocument, TableGroup, TableSection, render_table_pdf

    doc = TableDocument(
        title=title,
        lead=as_of,
        head=_head(),
        widths=(34, 26, 18, 22),
        sections=tuple(
            TableSection(council, tuple(TableGroup(body, tuple(seats)) for body, seats in entries))
            for council, entries in sections
        ),
        footer=f"{title} · {as_of}",
        lang=t("appointments.list.lang"),
        # The day listed, not the clock: the same data gives the same bytes.
        stamp=pendulum.datetime(day.year, day.month, day.day, tz="Europe/Copenhagen"),
        empty=t("appointments.list.none"),
    )
    return render_table_pdf(doc)
