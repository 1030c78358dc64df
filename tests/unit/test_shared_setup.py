"""`kkr setup shared` and `kkr where` (issue 23 point 1): the secretariat's server.

The set-up is made in temporary folders with the current user's own group (and, as
root, with a group created for the test and removed again); two users are two HOME
folders that give no --db, no $KKR_DB and have no settings of their own."""

from __future__ import annotations

import grp
import json
import os
import shutil
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.commands import where as where_module
from kkr_tui.store import shared_setup
from kkr_tui.store.locking import Locked
from kkr_tui.store.paths import SYSTEM, choose_db


def own_group() -> str:
    return grp.getgrgid(os.getegid()).gr_name


def as_user(
    home: Path, system_config: Path, *args: str, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`kkr ARGS` as a user whose HOME is `home`: no --db, no $KKR_DB, no own settings
    (unless `extra` gives them)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("KKR_", "XDG_"))}
    env.update(HOME=str(home), KKR_SYSTEM_CONFIG=str(system_config), **(extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "kkr_tui", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def test_setup_makes_folder_database_and_setting(
    tmp_path: Path, system_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "srv"
    assert main(["setup", "shared", str(folder), "--group", own_group()]) == 0
    assert "usermod -aG" in capsys.readouterr().out
    st = folder.stat()
    assert stat.S_IMODE(st.st_mode) == 0o2770
    assert grp.getgrgid(st.st_gid).gr_name == own_group()
    db = folder / "kkr.json"
    assert stat.S_IMODE(db.stat().st_mode) == 0o660
    assert db.stat().st_gid == st.st_gid
    assert choose_db(None).path == db
    assert choose_db(None).source == SYSTEM
    assert stat.S_IMODE(system_config.stat().st_mode) == 0o644


def test_two_users_without_settings_open_the_shared_database(
    tmp_path: Path, system_config: Path
) -> None:
    folder = tmp_path / "srv"
    assert main(["setup", "shared", str(folder)]) == 0  # the primary group by default
    for user in ("hanne", "jens"):
        home = tmp_path / user
        home.mkdir()
        where = as_user(home, system_config, "where", "--json")
        assert where.returncode == 0, where.stderr
        report = json.loads(where.stdout)
        assert report["format"] == "kkr-where/1"
        assert report["path"] == str(folder / "kkr.json")
        assert report["source"] == "system"
        assert report["setting"] == str(system_config)
        assert report["shared"] and report["access"] == "write"
        assert report["warnings"] == []
        status = as_user(home, system_config, "status", "--today", "2026-09-10")
        assert status.returncode == 0, status.stderr  # the shared (empty) database
        assert not (home / ".local" / "share" / "kkr_tui").exists()


def test_where_in_each_case(tmp_path: Path, system_config: Path) -> None:
    """Option, environment, user setting, system setting and default, each said."""
    assert main(["setup", "shared", str(tmp_path / "srv")]) == 0
    home = tmp_path / "home"
    home.mkdir()
    other = tmp_path / "other.json"
    cases = {
        "option": (["--db", str(other)], {}, "valgt med --db"),
        "environment": ([], {"KKR_DB": str(other)}, "valgt med $KKR_DB"),
        "system": ([], {}, "valgt i systemets indstillinger"),
    }
    for argv, env, said in cases.values():
        result = as_user(home, system_config, *argv, "where", extra=env)
        assert said in result.stdout, result.stdout
    # the user's own setting wins over the system's
    settings = home / ".config" / "kkr_tui" / "config.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"theme": "lys", "db": str(other)}))
    result = as_user(home, system_config, "where")
    assert "valgt i brugerens indstillinger" in result.stdout
    assert str(other) in result.stdout
    assert "nævner den fælles database" in result.stdout  # not the shared one: said
    # no setting at all: the default
    settings.unlink()
    system_config.unlink()
    result = as_user(home, system_config, "where", "--lang", "en")
    assert "the default" in result.stdout and "does not exist (yet)" in result.stdout


def test_where_warns_of_a_private_database_beside_the_system_one(
    tmp_path: Path, system_config: Path
) -> None:
    assert main(["setup", "shared", str(tmp_path / "srv")]) == 0
    home = tmp_path / "home"
    private = home / ".local" / "share" / "kkr_tui" / "kkr.json"
    private.parent.mkdir(parents=True)
    private.write_text("{}")
    result = as_user(home, system_config, "where")
    assert f"der findes også en privat database {private}" in result.stdout


def test_where_warns_a_user_outside_the_group(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["setup", "shared", str(tmp_path / "srv")]) == 0
    capsys.readouterr()
    monkeypatch.setattr(where_module, "_in_group", lambda gid: False)
    assert main(["where"]) == 0
    assert f"er ikke med i gruppen {own_group()}" in capsys.readouterr().out


def test_where_sees_the_lock_held(
    tmp_path: Path, system_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["setup", "shared", str(tmp_path / "srv")]) == 0
    capsys.readouterr()
    with Locked(tmp_path / "srv" / "kkr.json"):
        assert main(["where", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["lock"] == "held"
    assert main(["where", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["lock"] == "free"


# --- refusals: nothing half-made ---------------------------------------------------------


def test_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, system_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "srv"
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    assert main(["setup", "shared", str(folder)]) == 2
    assert "ikke tom" in capsys.readouterr().err
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert not system_config.exists()


def test_refuses_an_unknown_group(
    tmp_path: Path, system_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["setup", "shared", str(tmp_path / "srv"), "--group", "kkr-no-such"]) == 2
    assert "gruppen »kkr-no-such« findes ikke" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [] or not (tmp_path / "srv").exists()
    assert not system_config.exists()


def test_refuses_without_the_right_to_chown(
    tmp_path: Path,
    system_config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An ordinary user outside the group may not give files to it."""
    group = grp.getgrgid(0).gr_name
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    monkeypatch.setattr(os, "getegid", lambda: 1000)
    monkeypatch.setattr(os, "getgroups", lambda: [1000])
    assert main(["setup", "shared", str(tmp_path / "srv"), "--group", group]) == 2
    assert "du må ikke give filer til gruppen" in capsys.readouterr().err
    assert not (tmp_path / "srv").exists()
    assert not system_config.exists()


def test_a_failure_halfway_leaves_nothing(
    tmp_path: Path,
    system_config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def no_room(*args: object) -> None:
        raise OSError(28, "No space left on device", str(system_config))

    monkeypatch.setattr(shared_setup, "_write_setting", no_room)
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o755)
    before = empty.stat()
    for folder in (tmp_path / "srv", empty):
        assert main(["setup", "shared", str(folder)]) == 2
        assert "intet er oprettet" in capsys.readouterr().err
    assert not (tmp_path / "srv").exists()
    assert list(empty.iterdir()) == []
    assert empty.stat().st_mode == before.st_mode
    assert not system_config.exists()


def test_refuses_when_the_system_setting_names_another_database(
    tmp_path: Path, system_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["setup", "shared", str(tmp_path / "one")]) == 0
    assert main(["setup", "shared", str(tmp_path / "two")]) == 2
    assert "findes allerede" in capsys.readouterr().err
    assert not (tmp_path / "two").exists()


# --- a broken system setting ------------------------------------------------------------


def test_a_broken_system_setting_is_named_and_ignored(
    tmp_path: Path, system_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    system_config.write_text('# shared\ndb = "/srv/kkr/kkr.json\n')
    assert main(["--db", str(tmp_path / "x.json"), "where"]) == 0  # --db: not even read
    choice = choose_db(None, {"KKR_SYSTEM_CONFIG": str(system_config), "HOME": str(tmp_path)})
    assert choice.source == "default"
    (warning,) = choice.warnings
    assert str(system_config) in warning and "line 2" in warning
    capsys.readouterr()
    assert main(["where"]) == 0
    captured = capsys.readouterr()
    assert "line 2" in captured.err  # every command says it, on stderr
    assert "Advarsel" in captured.out and "line 2" in captured.out


def test_a_system_setting_without_a_path(tmp_path: Path, system_config: Path) -> None:
    system_config.write_text("db = 3\n")
    choice = choose_db(None)
    assert choice.source == "default" and "db" in choice.warnings[0]


# --- as root: a group made for the test -------------------------------------------------


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a group needs root")
def test_as_root_with_a_created_group(tmp_path: Path, system_config: Path) -> None:
    if shutil.which("groupadd") is None:
        pytest.skip("groupadd not installed")
    group = f"kkrt{uuid.uuid4().hex[:8]}"
    subprocess.run(["groupadd", group], check=True)
    try:
        folder = tmp_path / "srv"
        assert main(["setup", "shared", str(folder), "--group", group]) == 0
        gid = grp.getgrnam(group).gr_gid
        assert folder.stat().st_gid == gid
        assert (folder / "kkr.json").stat().st_gid == gid
        assert (folder / "kkr.json.lock").stat().st_gid == gid
    finally:
        subprocess.run(["groupdel", group], check=True)
