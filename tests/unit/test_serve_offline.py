"""`kkr serve` as an extra (issue 23 point 4): without textual-serve it says how to
install it; with it, the page it serves loads nothing from the internet."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.commands.serve_page import offline_page, offline_templates

# A reference that makes the browser fetch something: src=, href= (stylesheets, icons),
# url() in CSS, @import. The SVG namespace (xmlns=) is a name, never fetched.
_FETCHED = re.compile(r"""(?:src|href)\s*=\s*["'](?P<a>[^"']*)|url\(\s*["']?(?P<b>[^"')]*)""")


def fetched(html: str) -> list[str]:
    return [m.group("a") or m.group("b") for m in _FETCHED.finditer(html)]


def test_the_served_page_loads_nothing_from_the_internet(tmp_path: Path) -> None:
    pytest.importorskip("textual_serve", reason="kkr serve's extra [serve] not installed")
    import textual_serve

    page = (offline_templates(tmp_path) / "app_index.html").read_text()
    references = fetched(page)
    assert references, "the page's own scripts and styles are found"
    for reference in references:
        assert reference.startswith("{{ config.static.url }}"), reference
    static = Path(textual_serve.__file__).parent / "static"
    for reference in references:
        assert (static / reference.removeprefix("{{ config.static.url }}")).is_file()
    assert '"Roboto Mono"' in page and "@font-face" in page


def test_remote_links_and_scripts_are_removed_whatever_their_layout() -> None:
    html = (
        '<html><head>\n<link\n  rel="stylesheet"\n  href="https://fonts.example/css" />\n'
        '<script src="http://cdn.example/x.js"></script>\n'
        '<script src="/static/local.js"></script>\n</head><body></body></html>'
    )
    page = offline_page(html)
    assert "example" not in page
    assert '<script src="/static/local.js"></script>' in page


def test_serve_without_the_extra_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # As if textual-serve were not installed (None in sys.modules: the import fails),
    # also for kkr's own module built on it, even if another test imported it already.
    for name in ("textual_serve", "textual_serve.server"):
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, "kkr_tui.commands.serve_guard", raising=False)
    assert main(["serve", "--db", str(tmp_path / "kkr.json")]) == 2
    assert "pip install 'kkr-tui[serve]'" in capsys.readouterr().err
    assert not (tmp_path / "kkr.json").exists()  # nothing made
