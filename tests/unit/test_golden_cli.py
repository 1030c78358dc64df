"""`kkr status`, `kkr meetings` and `kkr agenda` on the demo data, in Danish and English.

Golden files read as a careful native speaker writes (GLOSSARY.md): any change to these
texts shows here as a diff. Set KKR_UPDATE_GOLDEN=1 to rewrite them, then READ the diff.
The demo day and a fixed --today make them stable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.store import Store

from .exports_helpers import assert_golden, demo_meeting

TODAY = "2026-09-10"


def output(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    main(list(argv))
    out, err = capsys.readouterr()
    assert not err
    return out


@pytest.mark.parametrize("lang", ["da", "en"])
def test_status(capsys: pytest.CaptureFixture[str], demo_store: Store, lang: str) -> None:
    text = output(capsys, "--db", str(demo_store.path), "--today", TODAY, "--lang", lang, "status")
    assert_golden(f"cli/status.{lang}.txt", text)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_meetings(capsys: pytest.CaptureFixture[str], demo_store: Store, lang: str) -> None:
    db = str(demo_store.path)
    text = output(
        capsys, "--db", db, "--today", TODAY, "--lang", lang, "meetings", "--year", "2026"
    )
    assert_golden(f"cli/meetings.{lang}.txt", text)


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize(
    ("council", "day", "series"),
    [
        ("sjaelland", "2026-09-11", "kkr"),  # published deadline ahead
        ("nordjylland", "2026-09-17", "kkr"),  # dispatch due today
        ("sjaelland", "2026-08-28", "formandskab"),  # no minutes deadline anywhere
    ],
)
def test_agenda(
    capsys: pytest.CaptureFixture[str],
    demo_store: Store,
    lang: str,
    council: str,
    day: str,
    series: str,
) -> None:
    from kkr_tui.domain.models import Series

    meeting = demo_meeting(demo_store.snapshot(), council, day, Series(series))
    argv = ["--db", str(demo_store.path), "--today", TODAY, "--lang", lang, "agenda"]
    text = output(capsys, *argv, str(meeting.id))
    assert_golden(f"cli/agenda_{council}_{day}.{lang}.txt", text)
    if series == "formandskab":
        assert "referat" not in text.replace("offentligt referat", "") or lang == "en"
        assert "Publication" not in text and "Offentliggørelse" not in text


def test_golden_folder_exists() -> None:
    assert (Path(__file__).parent / "golden" / "cli").is_dir()
