"""Schema version, shape check and migrations of the database file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kkr_tui.i18n import msg
from kkr_tui.store.errors import NewerSchemaError, NotADatabaseError

APP_ID = "kkr_tui"
SCHEMA_VERSION = 2
META_TABLE = "_meta"

# MIGRATIONS[n] turns a version-n document into a version-(n+1) document.
Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _items_get_case_text(data: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: an agenda item's one long text (`summary`) becomes its `case_text`
    (sagsfremstilling); resume, closed and attachments start empty."""
    items = data.get("items")
    if isinstance(items, dict):
        for doc in items.values():
            if isinstance(doc, dict) and "summary" in doc:
                text = doc.pop("summary")
                if not doc.get("case_text"):
                    doc["case_text"] = text
    return data


MIGRATIONS: dict[int, Migration] = {1: _items_get_case_text}


def meta_document(version: int = SCHEMA_VERSION) -> dict[str, Any]:
    return {"1": {"app": APP_ID, "schema_version": version}}


def schema_version_of(data: Any, path: Path) -> int:
    """The file's schema version; refuses anything that is not a KKR database."""
    if not isinstance(data, dict):
        raise NotADatabaseError(msg("error.store.root_not_object"), path)
    meta = data.get(META_TABLE, {}).get("1") if isinstance(data.get(META_TABLE), dict) else None
    if not isinstance(meta, dict) or meta.get("app") != APP_ID:
        raise NotADatabaseError(msg("error.store.no_mark"), path)
    version = meta.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise NotADatabaseError(msg("error.store.bad_version", version=repr(version)), path)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            msg("error.store.newer", version=version, known=SCHEMA_VERSION), path
        )
    return version


def check_shape(data: dict[str, Any], path: Path) -> None:
    """Every table is an object of numbered documents, each an object.

    Checked on every read (cheap: types only), so a hand-edited file with, say, a
    list where a table belongs is refused with a message instead of a crash deep in
    TinyDB or the models.
    """
    for table, rows in data.items():
        if not isinstance(rows, dict):
            raise NotADatabaseError(msg("error.store.table_shape", table=table), path)
        for doc_id, doc in rows.items():
            if not doc_id.isdigit() or not isinstance(doc, dict):
                raise NotADatabaseError(
                    msg("error.store.record_shape", table=table, key=doc_id), path
                )


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a document from `version` up to SCHEMA_VERSION, one step at a time."""
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data[META_TABLE] = meta_document(version)
    return data
