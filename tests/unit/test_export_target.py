"""check_target: what the export dialog says about a typed file name before writing;
write_export: never replaces something that is not a plain file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kkr_tui.exports.output import ExportFileError, check_target, write_export


def test_a_new_file_in_an_existing_folder(tmp_path: Path) -> None:
    target = check_target(str(tmp_path / "dagsorden.md"))
    assert (target.path, target.exists, target.problem) == (tmp_path / "dagsorden.md", False, "")


def test_an_existing_file_is_flagged_not_refused(tmp_path: Path) -> None:
    (tmp_path / "dagsorden.md").write_text("gammel")
    target = check_target(str(tmp_path / "dagsorden.md"))
    assert target.exists and target.problem == ""


def test_home_and_relative_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert check_target("~/x.ics").path == tmp_path / "x.ics"
    assert check_target("  ~/x.ics  ").path == tmp_path / "x.ics"
    assert check_target("sub/x.ics", cwd=tmp_path).path == tmp_path / "sub" / "x.ics"
    assert check_target("x.ics").path == Path.cwd() / "x.ics"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "skriv et filnavn"),
        ("   ", "skriv et filnavn"),
        ("{tmp}", "{tmp}: er en mappe; angiv et filnavn"),
        ("{tmp}/ny/", "{tmp}/ny: er en mappe; angiv et filnavn"),
        ("{tmp}/nej/x.md", "{tmp}/nej: mappen findes ikke"),
        ("{tmp}/fil.md/x.md", "{tmp}/fil.md: mappen findes ikke"),
    ],
)
def test_refusals_name_the_path(tmp_path: Path, typed: str, message: str) -> None:
    (tmp_path / "fil.md").write_text("")
    target = check_target(typed.format(tmp=tmp_path), cwd=tmp_path)
    assert target.problem == message.format(tmp=tmp_path)


def test_a_folder_that_may_not_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As root every folder is writable, so the check is made to say no.
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    target = check_target(str(tmp_path / "x.md"))
    assert target.problem == f"{tmp_path}: du har ikke lov at skrive i mappen"


def test_paths_in_messages_are_shown_as_the_caller_likes(tmp_path: Path) -> None:
    target = check_target(str(tmp_path / "nej" / "x.md"), shown=lambda p: f"<{p.name}>")
    assert target.problem == "<nej>: mappen findes ikke"


def test_a_pipe_is_neither_offered_nor_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "kø"
    os.mkfifo(pipe)
    target = check_target(str(pipe))
    assert target.exists and "er ikke en almindelig fil" in target.problem
    with pytest.raises(ExportFileError, match="er ikke en almindelig fil"):
        write_export(pipe, b"dagsorden")
    assert pipe.is_fifo()


def test_a_device_is_refused_before_writing() -> None:
    # Only looked at, never written: as root a rename over /dev/null would replace it.
    assert "er ikke en almindelig fil" in check_target("/dev/null").problem


def test_the_error_number_travels_with_the_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ExportFileError) as caught:
        write_export(tmp_path / "x.md", b"x")
    assert caught.value.errno == 28
    assert "der er ikke mere plads på disken" in str(caught.value)
    assert list(tmp_path.iterdir()) == []
