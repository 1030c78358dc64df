"""The operating system's reasons (a file missing, the disk full) in the chosen language:
`OSError.strerror` is the C library's English."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.i18n import _OS_REASONS, os_reason, set_language, speaking


def test_every_named_cause_is_said_in_both_languages() -> None:
    for number, key in _OS_REASONS.items():
        exc = OSError(number, "the C library's English", "x")
        with speaking("da"):
            danish = str(os_reason(exc))
        with speaking("en"):
            english = str(os_reason(exc))
        assert danish != english, key
        assert "C library" not in danish + english


def test_the_reason_is_in_the_language_set_when_it_is_shown() -> None:
    """A store error raised before --lang was read is still shown in its language."""
    set_language("da")
    reason = os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory"))
    set_language("en")
    assert str(reason) == "does not exist"
    set_language("da")
    assert str(reason) == "findes ikke"


def test_a_cause_not_named_keeps_the_systems_words() -> None:
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        "Invalid cross-device link"
    )
    assert os_reason(OSError("no errno at all")) == "no errno at all"


def test_a_full_disk_is_said_in_danish_by_kkr_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def disk_full(path: Path, payload: bytes, **_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr("kkr_tui.exports.output.write_atomic", disk_full)
    target = str(tmp_path / "møder.csv")
    for extra, said in (([], "der er ikke mere plads på disken"), (["--lang", "en"], "no space")):
        assert main(["--demo", *extra, "export", "csv", "meetings", "-o", target]) == 2
        err = capsys.readouterr().err
        assert said in err
        assert "No space left on device" not in err
