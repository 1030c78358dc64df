"""The year chart's layout: cells per month, marks, today, legend, literal names."""

from __future__ import annotations

import pendulum
import pytest

from kkr_tui.domain.models import MeetingState
from kkr_tui.ui.widgets.meeting_marks import GLYPH, Mark
from kkr_tui.ui.widgets.year_chart import ChartMeeting, ChartRow, ChartView, layout

D = pendulum.date
TODAY = D(2026, 9, 10)


def row(*meetings: ChartMeeting, name: str = "Nordjylland", warnings: int = 0) -> ChartRow:
    return ChartRow("nordjylland", name, f"KKR {name}", tuple(meetings), warnings)


def view(*rows: ChartRow, highlighted: int | None = None, year: int = 2026) -> ChartView:
    return ChartView(year, TODAY, tuple(rows), 0, highlighted)


def cells_of(line: str, label_width: int) -> str:
    return line[label_width:]


def test_80_columns_give_five_cells_a_month_and_two_april_meetings_stand_apart() -> None:
    chart = view(
        row(
            ChartMeeting(1, D(2026, 4, 2), MeetingState.PLANNED),
            ChartMeeting(2, D(2026, 4, 23), MeetingState.PROPOSED),
        )
    )
    lines = [line.plain for line in layout(chart, 78)]
    assert all(len(line) <= 78 for line in lines)
    header, council = lines[0], lines[1]
    label_width = len("▶Nordjylland") + 3
    assert header[label_width:].startswith("jan  feb  mar  apr  ")
    cells = cells_of(council, label_width)
    assert len(cells) == 60
    april = cells[15:20]
    assert april.count(GLYPH[MeetingState.PLANNED]) == 1
    assert april.count(GLYPH[MeetingState.PROPOSED]) == 1


def test_two_meetings_in_one_cell_show_their_count() -> None:
    chart = view(
        row(
            ChartMeeting(1, D(2026, 4, 1), MeetingState.PLANNED),
            ChartMeeting(2, D(2026, 4, 3), MeetingState.PLANNED),
        )
    )
    council = layout(chart, 78)[1].plain
    assert "2" in council
    assert GLYPH[MeetingState.PLANNED] not in council


def test_wide_screen_uses_more_cells_and_full_names() -> None:
    chart = view(row(ChartMeeting(1, D(2026, 4, 2), MeetingState.PLANNED)))
    lines = [line.plain for line in layout(chart, 118)]
    assert "KKR Nordjylland" in lines[1]
    label_width = len("▶KKR Nordjylland") + 3
    assert len(cells_of(lines[1], label_width)) == 12 * 8


def test_deadline_letters_and_their_state() -> None:
    meeting = ChartMeeting(
        1,
        D(2026, 9, 17),
        MeetingState.PLANNED,
        dispatch=D(2026, 9, 3),
        dispatch_mark=Mark.OVERDUE,
        publication=D(2026, 9, 24),
        publication_mark=Mark.OPEN,
    )
    line = layout(view(row(meeting)), 78)[1]
    cells = cells_of(line.plain, len("▶Nordjylland") + 3)
    assert cells.index("u") < cells.index("○") < cells.index("r")
    overdue = [span for span in line.spans if "reverse" in str(span.style)]
    assert overdue, "an overdue deadline is shown in reverse video, not by colour alone"


def test_today_line_and_axis_only_in_todays_year() -> None:
    lines = [line.plain for line in layout(view(row()), 78)]
    assert "│" in lines[1]
    assert "▲ i dag tor 10. sep" in lines[2]
    other = [line.plain for line in layout(view(row(), year=2027), 78)]
    assert "│" not in other[1]
    assert "i dag: tor 10. sep 2026" in other[2]


def test_highlighted_meeting_is_reversed() -> None:
    chart = view(row(ChartMeeting(7, D(2026, 4, 2), MeetingState.PLANNED)), highlighted=7)
    line = layout(chart, 78)[1]
    mark = line.plain.index(GLYPH[MeetingState.PLANNED])
    assert any(
        span.start <= mark < span.end and "reverse" in str(span.style) for span in line.spans
    )


@pytest.mark.parametrize("width", [60, 78, 118, 198])
def test_legend_wraps_between_entries_within_the_width(width: int) -> None:
    lines = layout(view(row()), width)
    legend = [line.plain for line in lines[3:]]
    assert all(len(line) <= width for line in legend)
    joined = "  ".join(legend)
    for word in ("foreslået", "planlagt", "udsendt", "afholdt", "aflyst", "advarsel"):
        assert word in joined


def test_council_names_are_literal_and_warnings_marked() -> None:
    chart = view(row(name="[red]x\x1b[2J", warnings=2))
    line = layout(chart, 78)[1]
    assert "[red]x␛[2J" in line.plain
    assert "!" in line.plain
