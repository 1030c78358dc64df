"""Every use of Textual's private parts, because no public API does the job (yet).

Textual is pinned (`textual==8.2.8` in pyproject.toml) and nothing else in kkr_tui,
its tests or its benchmarks names a private Textual module, attribute or method (a
scan in tests/ui/test_compat.py holds everyone to that).
tests/ui/test_compat.py checks each one below against the installed Textual, so an
upgrade that renames or drops one fails there, naming it, instead of somewhere in a
pane. Each entry says why it is here and what upstream change would remove it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from rich.console import RenderableType
from rich.segment import Segment
from textual.app import App
from textual.compose import compose
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Footer

# 1. The footer brought up to date in place (kkr_tui.ui.widgets.footer: a pane switch
#    in one frame, not the footer rebuilt 2-4 times). Textual exports only `Footer`;
#    its keys, labels and groups live in a private module. Would go if Textual
#    exported them from `textual.widgets` (or updated its footer in place itself).
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

__all__ = [
    "FooterKey",
    "FooterLabel",
    "KeepsCursorInView",
    "KeyGroup",
    "composed_for",
    "copy_footer_key",
    "footer_bindings_ready",
    "footer_key_disabled",
    "measure_new_rows",
    "record_frames",
    "set_footer_bindings_ready",
    "show_vertical_scrollbar_now",
    "unhandled_exception",
    "unmounted_children",
]


def composed_for(footer: Footer) -> list[Widget]:
    """What `footer.compose()` builds now, bound to `footer` as when Textual composes
    it (its keys call the footer's app). Would go with a public way to compose a
    widget's children for comparison (or an in-place footer update upstream)."""
    with footer._context():
        return compose(footer)


def unmounted_children(widget: Widget) -> Sequence[Widget]:
    """The children of `widget`, also before it is mounted (as `compose` built them).
    Would go if Textual gave the pending children of a composed widget a public name."""
    return widget.children if widget.is_attached else widget._pending_children


def footer_bindings_ready(footer: Footer) -> bool:
    """Whether `footer` has been told its screen's bindings (Footer's `_bindings_ready`:
    before that it composes no keys). Would go with a public flag."""
    ready: bool = footer._bindings_ready
    return ready


def set_footer_bindings_ready(footer: Footer) -> None:
    """What `Footer.bindings_changed` records before it rebuilds, for a footer that
    updates its keys in place instead. Would go with the public flag above."""
    footer._bindings_ready = True


def footer_key_disabled(key: FooterKey) -> bool:
    """Whether the footer shows `key` as disabled. FooterKey keeps it in `_disabled`
    (its own, not Widget.disabled, which would block clicks). Would go with a public
    attribute."""
    return key._disabled


def copy_footer_key(old: FooterKey, new: FooterKey) -> bool:
    """Give the mounted `old` what the unmounted `new` shows; True if anything changed."""
    content = (new.key, new.key_display, new.description, new.action, new._disabled)
    if (old.key, old.key_display, old.description, old.action, old._disabled) == content:
        return False
    old.key, old.key_display, old.description, old.action, old._disabled = content
    old.set_class(new._disabled, "-disabled")
    old.refresh(layout=True)
    return True


# 2. DataTable measures new rows when it is next idle, after the frame that shows
#    them: a cursor moved to a row out of view scrolls there a frame later, and a
#    scrollbar comes or goes a frame later. Would go if DataTable measured rows when
#    they are added (or offered a public "measure now").


def measure_new_rows(table: DataTable[Any]) -> None:
    """What DataTable's idle handler does for rows added since it last ran, now."""
    if table._require_update_dimensions:
        table._require_update_dimensions = False
        new_rows = table._new_rows.copy()
        table._new_rows.clear()
        table._update_dimensions(new_rows)
        table._refresh_scrollbars()


def show_vertical_scrollbar_now(table: DataTable[Any]) -> None:
    """Give a table not laid out yet (a pane drawn hidden, Pane.prepare) the vertical
    scrollbar it will have: Textual decides it on the table's first layout and draws it
    a frame after the rest. Public names, but Textual's own scrollbar state, set from
    outside: would go if Textual decided the scrollbar in the layout that first sizes
    the widget."""
    table.show_vertical_scrollbar = True
    table.vertical_scrollbar.display = True


class KeepsCursorInView(DataTable[Any]):
    """A table that keeps its cursor in view in the frame that changes its height.

    DataTable scrolls the cursor back into view one frame after its size changed
    (Årshjul: the warnings box above the list grows or shrinks with the council
    shown). `_size_updated` runs between the layout and the drawing of a frame.
    A table drawn before its first layout (a pane drawn hidden, Pane.prepare) had its
    cursor scrolled into a window of no lines, its row at the top: laid out, it starts
    from the top, as a table drawn laid out does, and scrolls only as far as the
    cursor needs. Would go if DataTable kept its cursor in view on resize itself."""

    laid_out = False  # sized by a layout at least once

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if resized and self.row_count:
            if not self.laid_out:
                self.scroll_to(y=0, animate=False, force=True, immediate=True)
            self._scroll_cursor_into_view()
        self.laid_out = self.laid_out or resized
        return resized


# 3. Tests and benchmarks: every frame the app draws, as it is drawn. `App._display` is
#    the one place every frame passes (headless too); the cells come from the
#    screen's compositor. Would go with a public frame hook (a signal per frame).

FrameRecorder = Callable[[float, int], None]


def record_frames(app: App[Any], on_frame: FrameRecorder) -> None:
    """Call `on_frame(time.perf_counter(), hash of the screen's cells)` per frame."""
    real_display = app._display

    def display(screen: Screen[Any], renderable: RenderableType | None) -> None:
        real_display(screen, renderable)
        if renderable is not None:
            shown = time.perf_counter()
            strips = screen._compositor.render_strips()
            cells: tuple[Segment, ...] = tuple(seg for strip in strips for seg in strip)
            on_frame(shown, hash(cells))

    # An instance attribute over the method (mypy would refuse a method assignment).
    object.__setattr__(app, "_display", display)


# 4. The exception that ended the app. Textual keeps it in `App._exception` (re-raised
#    only under Pilot) and prints its own traceback, with local variables, at exit; kkr
#    prints one line and logs a plain traceback instead, exit 3 (kkr_tui.cli.run_app;
#    local variables could hold a closed item's text). Would go if `App.run()` returned
#    or re-raised the unhandled exception, or offered a public hook for it.


def unhandled_exception(app: App[Any]) -> BaseException | None:
    """The exception that ended `app`, if one did."""
    error: BaseException | None = app._exception
    return error
