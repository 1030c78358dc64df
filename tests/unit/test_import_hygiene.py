"""The domain and the store never pull in Textual (they serve the CLI and cron too)."""

import subprocess
import sys


def test_domain_and_store_import_no_textual() -> None:
    """The exports too: the UI calls them, but so do the shell and cron."""
    code = (
        "import sys, pkgutil, importlib\n"
        "import kkr_tui.domain, kkr_tui.store, kkr_tui.exports\n"
        "for pkg in (kkr_tui.domain, kkr_tui.store, kkr_tui.exports):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(f'{pkg.__name__}.{m.name}')\n"
        "import kkr_tui.store.demo\n"
        "assert 'textual' not in sys.modules, [m for m in sys.modules if 'textual' in m]\n"
        "print('clean')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "clean" in result.stdout


def test_cli_parser_imports_no_textual() -> None:
    """Building the `kkr` parser (every subcommand registered) stays Textual-free."""
    code = (
        "import sys\n"
        "from kkr_tui.cli_parser import build_parser\n"
        "build_parser()\n"
        "assert 'textual' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
