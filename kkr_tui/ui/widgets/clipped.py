"""A Static that never loses the end of its text without saying so.

A detail box has `height: auto` and a `max-height` in cells, so a long text does not
push the list it describes off the screen; Textual then drops the lines below the
box's foot, and the reader sees "… senest fre 20." with nothing to tell it goes on.
Here the text is wrapped to the box's width first and, when it has more lines than
the box holds, the last line shown ends in "…" (the whole text is where the record is
opened: the meeting, the item dialog).
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text
from textual.app import RenderResult
from textual.css.scalar import Unit
from textual.geometry import Size
from textual.widgets import Static


def clip_lines(text: Text, console: Console, width: int, limit: int) -> Text | None:
    """`text` wrapped to `width`, cut to `limit` lines with "…" at the end of the last;
    None when it fits as it is."""
    wrapped = list(text.wrap(console, width))
    if len(wrapped) <= limit:
        return None
    kept = wrapped[:limit]
    last = kept[-1]
    last.rstrip()
    last.truncate(max(width - 1, 0))
    last.rstrip()
    last.append("…")
    return Text("\n").join(kept)


class ClippedStatic(Static):
    """A Static with `height: auto` and a `max-height` in cells (its stylesheet's).

    Its height is its text's wrapped lines, up to the max-height; what it draws is cut
    to the height it got (the screen's layout may give it less), the last line ending
    in "…" when something is left out.
    """

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        content = self.content
        if not isinstance(content, Text) or width <= 0:
            return super().get_content_height(container, viewport, width)
        lines = len(content.wrap(self.app.console, width))
        limit = self._line_limit()
        return min(lines, limit) if limit else lines

    def render(self) -> RenderResult:
        content = self.content
        width, height = self.content_size
        limit = height or self._line_limit()
        if isinstance(content, Text) and limit and width > 0:
            clipped = clip_lines(content, self.app.console, width, limit)
            if clipped is not None:
                return clipped
        return super().render()

    def _line_limit(self) -> int | None:
        """The lines the box shows at most: its max-height less its vertical padding."""
        maximum = self.styles.max_height
        if maximum is None or maximum.unit is not Unit.CELLS:
            return None
        padding = self.styles.padding
        return max(int(maximum.value) - padding.top - padding.bottom, 1)
