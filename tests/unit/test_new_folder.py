"""A database named in a folder that does not exist (issue 22, point 4): most often a
typing error in --db or KKR_DB, which used to give a new, empty database in a new folder
without a word. The app asks before it creates anything; a command that creates the
database (an import) says so on stderr; the default database is made without a question
(a fresh install has no folder yet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_tui import cli
from kkr_tui.cli import main
from kkr_tui.commands.context import Context
from kkr_tui.domain.clock import Clock

MEMBERS_CSV = "council,name,municipality,role\nsjaelland,Anna Testesen,Sorø,borgmester\n"


@pytest.fixture
def app_start(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """`kkr` on a terminal, with the app itself replaced by a record of its database."""
    started: list[Path] = []

    def any_terminal(context: Context) -> None:
        return None

    def run_app(context: Context, *, demo: bool, debug: bool = False) -> int:
        started.append(context.db_path)
        return 0

    monkeypatch.setattr(cli, "require_terminal", any_terminal)
    monkeypatch.setattr(cli, "run_app", run_app)
    return started


def answer(monkeypatch: pytest.MonkeyPatch, reply: str) -> list[str]:
    asked: list[str] = []

    def fake_input(question: str) -> str:
        asked.append(question)
        return reply

    monkeypatch.setattr("builtins.input", fake_input)
    return asked


def test_no_creates_nothing_and_exits_2(
    tmp_path: Path,
    app_start: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "typo" / "kkr.json"
    asked = answer(monkeypatch, "n")
    assert main(["--db", str(db)]) == 2
    assert asked and f"Mappen {db.parent} findes ikke" in asked[0]
    assert "intet oprettet" in capsys.readouterr().err
    assert not db.parent.exists() and app_start == []


def test_enter_alone_is_no(
    tmp_path: Path, app_start: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, "")
    assert main(["--db", str(tmp_path / "typo" / "kkr.json")]) == 2
    assert app_start == []


@pytest.mark.parametrize(("lang", "reply"), [("da", "j"), ("da", "Ja"), ("en", "y")])
def test_yes_starts_the_app(
    tmp_path: Path,
    app_start: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    reply: str,
) -> None:
    db = tmp_path / "new" / "kkr.json"
    answer(monkeypatch, reply)
    assert main(["--db", str(db), "--lang", lang]) == 0
    assert app_start == [db]


def test_an_existing_folder_is_not_asked_about(
    tmp_path: Path, app_start: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, "n")
    assert main(["--db", str(tmp_path / "kkr.json")]) == 0
    assert asked == [] and app_start == [tmp_path / "kkr.json"]


def test_kkr_db_is_named_too(
    tmp_path: Path, app_start: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KKR_DB", str(tmp_path / "typo" / "kkr.json"))
    asked = answer(monkeypatch, "n")
    assert main([]) == 2
    assert asked


def test_the_default_database_is_never_asked_about(tmp_path: Path) -> None:
    default = Context(tmp_path / "new" / "kkr.json", Clock(None), "da")
    named = Context(tmp_path / "new" / "kkr.json", Clock(None), "da", db_is_named=True)
    assert not default.db_folder_is_missing
    assert named.db_folder_is_missing


def test_an_import_says_it_creates_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = tmp_path / "members.csv"
    members.write_text(MEMBERS_CSV, encoding="utf-8")
    db = tmp_path / "new" / "kkr.json"
    assert main(["--db", str(db), "import", "members", str(members)]) == 0
    err = capsys.readouterr().err
    assert f"mappen {db.parent} findes ikke; opretter den" in err
    assert db.exists()


def test_a_file_where_the_folder_should_be_is_refused_not_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--db notes/kkr.json` where notes is a file: no question about creating a folder
    that cannot be created, but what is wrong (the app's own start, not replaced)."""
    (tmp_path / "notes").write_text("x")
    db = tmp_path / "notes" / "kkr.json"
    monkeypatch.setattr(cli, "require_terminal", lambda context: None)
    asked = answer(monkeypatch, "j")
    assert main(["--db", str(db)]) == 2
    assert asked == []
    assert capsys.readouterr().err == f"kkr: {db}: {tmp_path / 'notes'} er en fil, ikke en mappe\n"
    assert (tmp_path / "notes").read_text() == "x"
