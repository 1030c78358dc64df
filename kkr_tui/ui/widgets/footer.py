"""Textual's footer, brought up to date in place and in the same frame as a focus change.

Textual's Footer rebuilds all its keys (a dozen widgets, each removed, built, styled and
mounted) one screen refresh after every change of focus. Switching panes changes
focus two or three times, so a pane switch showed a frame with the new pane and the
old keys, then rebuilt the footer as often (10-20 ms each, on top of the frames);
this was most of the time from 1-4 to a settled screen. Here the keys already mounted
are given the new keys' text and action where the footer keeps its shape (the same
groups, more or fewer single keys), at once and only if the keys to show changed, so
the next frame shows the new keys. A footer of another shape (another screen's groups)
is rebuilt as in Textual.

Textual's FooterKey also starts "compact" and is then bound to the footer's own (not
compact) setting, so each key adds and removes a CSS class as it is mounted, and each
change restyles it: about 20 restyles every time the footer is built. Giving each
bound key the footer's setting before it is mounted leaves nothing to change; the
footer looks the same. (The palette key is not bound to the footer: it stays compact,
as in Textual.)

Textual's footer cuts whatever does not fit at the right edge, mid-word ("Skift vi▏").
This one shows whole entries only: where the row is too long for the window, entries
are left out from the end of the row (the screen's keys come first, the app's last),
never F1 (it lists every key) nor Ctrl+P (docked right: it finds every action).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import pairwise
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from kkr_tui.ui.compat import (
    FooterKey,
    FooterLabel,
    KeyGroup,
    composed_for,
    copy_footer_key,
    footer_bindings_ready,
    set_footer_bindings_ready,
    unmounted_children,
)

PALETTE = "-command-palette"
# Classes that say what a key shows, not where it stands: updated in place.
_STATE_CLASSES = frozenset({"-disabled", "-compact"})
_SINGLE_KEY: tuple[object, ...] = (FooterKey, frozenset(), ())


class AppFooter(Footer):
    # What the keys on show were built from (see `_keys_shown`); None before the first.
    _built_from: tuple[Hashable, ...] | None = None
    _rebuilding = False  # a recompose is removing and building the row

    def __init__(self) -> None:
        super().__init__()
        # Keys kept mounted for a pane with more keys (see `_update_keys`): not shown.
        self._spare: set[Widget] = set()
        # Switching between the same panes asks for the same keys again and again: what
        # `compose` builds for a set of keys, and which entries fit, are kept per set of
        # keys (and width) until the footer is rebuilt. Without them each pane switch
        # built a dozen widgets to compare and measured every entry by drawing it.
        self._composed: dict[tuple[Hashable, ...], list[Widget]] = {}
        self._fitted: dict[Hashable, tuple[bool, ...]] = {}

    def compose(self) -> ComposeResult:
        if footer_bindings_ready(self):
            self._built_from = self._keys_shown()
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class(PALETTE):
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget

    def current_keys(self) -> list[Widget]:
        """The row's keys, labels and groups for the current bindings, with the palette
        key: those shown and those left out for room (not the spare ones)."""
        return [widget for widget in self.children if widget not in self._spare]

    async def recompose(self) -> None:
        if (
            self.is_attached
            and self._built_from is not None
            and self._keys_shown() == self._built_from
        ):
            # Built for these keys already: the bindings change two or three times
            # before the first build (the pane's table takes focus), and each change
            # queued one (Footer.bindings_changed). Start-up built the row twice.
            return
        # New widgets: nothing kept for the old ones holds (`compose` itself also
        # builds the keys to compare with, see `_update_keys`, and must not reset it).
        self._spare = set()
        self._composed = {}
        self._fitted = {}
        # While the row is removed and built again, keys are not updated in place
        # (`bindings_changed`): keys mounted into the row being replaced stayed in
        # front of the new row (a pane switch and a dialog opened at once: the footer
        # under the dialog began with the pane's keys, F1 after them).
        self._rebuilding = True
        try:
            await super().recompose()
        finally:
            self._rebuilding = False
        self._fit()
        # Bindings that changed while it was rebuilt: brought up to date now.
        if (
            self._built_from is not None
            and self.is_attached
            and self.app.app_focus
            and (keys := self._keys_shown()) != self._built_from
        ):
            self._update_keys(keys)

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        """Show the entries that fit whole beside the palette key, F1 always."""
        width = self.size.width
        if not self.is_attached or width <= 0:
            return
        children = list(self.children)
        state = (
            width,
            self._built_from,
            tuple(map(id, children)),
            frozenset(map(id, self._spare)),
        )
        fitted = self._fitted.get(state)
        if fitted is not None:
            for widget, shown_now in zip(children, fitted, strict=True):
                widget.display = shown_now
            return
        row, palette = _split_palette(children)
        room = width - (_outer_width(palette) if palette is not None else 0)
        entries = _entries([widget for widget in row if widget not in self._spare])
        shown: set[Widget] = set()
        used, right_margin = 0, 0
        for index, entry in enumerate(entries):
            left = entry[0].styles.margin.left
            needed = max(left, right_margin) - right_margin + _entry_width(entry)
            last_margin = entry[-1].styles.margin.right
            if index == 0 or used + needed + last_margin <= room:
                shown.update(entry)
                used += needed + last_margin
                right_margin = last_margin
        for widget in row:
            widget.display = widget in shown
        if all(widget.is_mounted for widget in children):  # else measured without styles
            self._fitted[state] = tuple(widget.display for widget in children)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if self._built_from is None or not self.is_attached or screen is not self.screen:
            # The first keys: built one refresh after the first frame, as in Textual.
            super().bindings_changed(screen)
            return
        set_footer_bindings_ready(self)
        if self._rebuilding:
            return  # brought up to date when the row is rebuilt (recompose)
        if screen.app.app_focus and (keys := self._keys_shown()) != self._built_from:
            self._update_keys(keys)

    def _keys_shown(self) -> tuple[Hashable, ...]:
        """Everything `Footer.compose` builds the keys from, for the current bindings."""
        keys: list[Hashable] = [self.show_command_palette, self.compact]
        palette_key = self.app.COMMAND_PALETTE_BINDING
        for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items():
            if binding.show or key == palette_key:
                group = binding.group
                keys.append(
                    (
                        binding.key,
                        self.app.get_key_display(binding),
                        binding.description,
                        binding.action,
                        enabled,
                        tooltip,
                        binding.tooltip,
                        None if group is None else (group.description, group.compact),
                    )
                )
        return tuple(keys)

    def _update_keys(self, keys: tuple[Hashable, ...]) -> None:
        """Give the mounted keys the new ones' content.

        The row keeps its groups; the single keys between them (a pane's own keys,
        before the app's) may be more or fewer. Keys no longer needed there are hidden
        and kept for the next pane with more keys: a key mounted now would be drawn
        only a frame later. Another shape (another screen's groups) is rebuilt.
        """
        wanted = self._composed.get(keys)
        if wanted is None:
            wanted = self._composed[keys] = composed_for(self)
        wanted_row, wanted_palette = _split_palette(wanted)
        all_row, shown_palette = _split_palette(list(self.children))
        shown_row = [widget for widget in all_row if widget not in self._spare]
        shown_shapes = [_shape(widget) for widget in shown_row]
        wanted_shapes = [_shape(widget) for widget in wanted_row]
        # The same widgets at both ends; the single keys in the middle may differ.
        common = min(len(shown_row), len(wanted_row))
        head = next((i for i in range(common) if shown_shapes[i] != wanted_shapes[i]), common)
        tail = next(
            (i for i in range(common - head) if shown_shapes[-1 - i] != wanted_shapes[-1 - i]),
            common - head,
        )
        middle = all_row[head : len(all_row) - tail]  # hidden keys are only in here
        wanted_middle = wanted_row[head : len(wanted_row) - tail]
        if (
            (wanted_palette is None) != (shown_palette is None)
            or all_row[:head] != shown_row[:head]
            or all_row[len(all_row) - tail :] != shown_row[len(shown_row) - tail :]
            or any(_shape(widget) != _SINGLE_KEY for widget in (*middle, *wanted_middle))
        ):
            self._built_from = None  # compose() sets it again
            self.call_later(self.recompose)
            return
        pairs = [
            *zip(all_row[:head], wanted_row[:head], strict=True),
            *zip(middle, wanted_middle, strict=False),
            *zip(all_row[len(all_row) - tail :], wanted_row[len(wanted_row) - tail :], strict=True),
        ]
        if shown_palette is not None and wanted_palette is not None:
            pairs.append((shown_palette, wanted_palette))
        for old, new in pairs:
            _copy(old, new)
        for index, key in enumerate(middle):
            if index < len(wanted_middle):
                self._spare.discard(key)
            else:
                self._spare.add(key)
        extra = wanted_middle[len(middle) :]
        if extra:
            del self._composed[keys]  # some of its widgets are the footer's own now
            self.mount_all(extra, before=all_row[len(all_row) - tail] if tail else shown_palette)
            self.call_after_refresh(self._fit)  # again once they are mounted
        self._built_from = keys
        self._fit()


def _entries(row: Sequence[Widget]) -> list[list[Widget]]:
    """The row's entries, each shown or left out whole: a key, or a group of keys
    with its label ("1 2 3 4 5 Skift visning")."""
    entries: list[list[Widget]] = []
    for widget in row:
        if isinstance(widget, FooterLabel) and entries and isinstance(entries[-1][0], KeyGroup):
            entries[-1].append(widget)
        else:
            entries.append([widget])
    return entries


def _width(widget: Widget) -> int:
    """`widget`'s width without its margins, as the footer's row lays it out."""
    content = widget.get_content_width(Size(0, 0), Size(0, 0))
    return content + widget.styles.gutter.width


def _outer_width(widget: Widget) -> int:
    return _width(widget) + widget.styles.margin.width


def _entry_width(entry: Sequence[Widget]) -> int:
    """The entry's width from its first cell to its last (margins between collapse)."""
    total = _width(entry[0])
    for before, after in pairwise(entry):
        total += max(before.styles.margin.right, after.styles.margin.left) + _width(after)
    return total


def _split_palette(widgets: Sequence[Widget]) -> tuple[list[Widget], Widget | None]:
    row = [widget for widget in widgets if not widget.has_class(PALETTE)]
    palette = next((widget for widget in widgets if widget.has_class(PALETTE)), None)
    return row, palette


def _shape(widget: Widget) -> Hashable:
    """What must match for `widget` to take another's content: type, place, children."""
    classes = frozenset(widget.classes) - _STATE_CLASSES
    children = unmounted_children(widget)
    return (type(widget), classes, tuple(_shape(child) for child in children))


def _copy(old: Widget, new: Widget) -> None:
    """Give the mounted `old` the content of the unmounted `new` (same shape)."""
    if isinstance(old, FooterKey) and isinstance(new, FooterKey):
        copy_footer_key(old, new)
        if old.tooltip != new.tooltip:
            old.tooltip = new.tooltip
    elif isinstance(old, FooterLabel) and isinstance(new, FooterLabel):
        if old.content != new.content:
            old.update(new.content)
    elif isinstance(old, KeyGroup) and isinstance(new, KeyGroup):
        old.set_class(new.has_class("-compact"), "-compact")
        for old_key, new_key in zip(old.children, unmounted_children(new), strict=True):
            _copy(old_key, new_key)
