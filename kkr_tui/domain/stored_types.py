"""The JSON types a stored record's fields must have, checked before a record is built.

A hand-edited file can hold any JSON value in any field (`"place": 0`, `"rev": []`).
Without this, such a value travels until some code trips over it (a crash, or worse:
`kkr status` answering exit 1, "something is overdue"). Each record class's fields are
read from its annotations once; `check_fields` then says which field holds what, in a
ValidationError naming the field and the value as it is written in the file.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

import pendulum

from kkr_tui.domain.errors import ValidationError
from kkr_tui.i18n import Message, msg

Check = Callable[[Any], bool]
# Per field: the JSON types taken at a glance (`type(value) in ...`, the common case and
# cheap: every record of a big file passes here), the full check, and what it expects.
FieldCheck = tuple[str, tuple[type, ...], Check, Message]
_CHECKS: dict[type, tuple[FieldCheck, ...]] = {}


def check_fields(cls: type, data: dict[str, Any]) -> None:
    """Raise ValidationError for the first field of `data` whose JSON type `cls` cannot
    take. Fields `cls` does not have are left alone (from_dict ignores them)."""
    checks = _CHECKS.get(cls)
    if checks is None:
        checks = _CHECKS[cls] = _checks_of(cls)
    for name, plain, check, expected in checks:
        if name in data:
            value = data[name]
            if type(value) not in plain and not check(value):
                raise ValidationError(
                    msg("error.field.wrong_type", value=shown(value), expected=expected), name
                )


def shown(value: Any) -> str:
    """A value as it stands in the JSON file, shortened for a one-line message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _checks_of(cls: type) -> tuple[FieldCheck, ...]:
    hints = typing.get_type_hints(cls)
    found = []
    for field in dataclasses.fields(cls):
        if field.name == "id":
            continue  # the document's key, not a stored field
        annotation = hints[field.name]
        check, expected = _check_for(annotation)
        found.append((field.name, _plain_types(annotation), check, expected))
    return tuple(found)


def _plain_types(annotation: Any) -> tuple[type, ...]:
    """The JSON types that need no further look for `annotation` (a shortcut only)."""
    if annotation in (str, int, bool):
        return (annotation,)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return tuple(t for a in typing.get_args(annotation) for t in _plain_types(a))
    if annotation is type(None):
        return (type(None),)
    if isinstance(annotation, type) and not dataclasses.is_dataclass(annotation):
        return (str,)  # an Enum or a pendulum date/time, stored as text
    return ()


def _check_for(annotation: Any) -> tuple[Check, Message]:
    """A test for one JSON value, and what it should have been (a catalogue text, in the
    language the message is shown in)."""
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        parts = [_check_for(a) for a in arguments if a is not type(None)]
        optional = len(parts) < len(arguments)

        def either(value: Any) -> bool:
            return (optional and value is None) or any(check(value) for check, _ in parts)

        texts = [text for _, text in parts] + ([msg("type.null")] if optional else [])
        expected = texts[0]
        for text in texts[1:]:
            expected = msg("type.or", first=expected, second=text)
        return either, expected
    if origin is tuple:
        item, item_text = _check_for(arguments[0])
        return (
            lambda v: isinstance(v, list | tuple) and all(item(x) for x in v),
            msg("type.list_of", item=item_text),
        )
    if origin is dict:
        key, _ = _check_for(arguments[0])
        value, value_text = _check_for(arguments[1])
        return (
            lambda v: isinstance(v, dict) and all(key(k) and value(x) for k, x in v.items()),
            msg("type.object_of", value=value_text),
        )
    if annotation is bool:
        return (lambda v: isinstance(v, bool)), msg("type.bool")
    if annotation is int:
        return (lambda v: type(v) is int), msg("type.int")
    if annotation is str:
        return (lambda v: isinstance(v, str)), msg("type.text")

    if isinstance(annotation, type) and issubclass(annotation, Enum | pendulum.Date):
        # Stored as text; the record itself checks the value (a known state, a real date).
        return (lambda v: isinstance(v, str | annotation)), msg("type.text")
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        nested = _checks_of(annotation)
        names = {name for name, _, _, _ in nested}

        def record(value: Any) -> bool:
            if isinstance(value, annotation):
                return True
            return (
                isinstance(value, dict)
                and set(value) <= names
                and all(check(value[n]) for n, _, check, _ in nested if n in value)
            )

        return record, msg("type.record")
    return (lambda v: True), msg("type.any")
