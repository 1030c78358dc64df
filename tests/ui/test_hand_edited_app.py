"""A hand-edited record the app cannot read at start (`"rev": []` on a meeting) ends it
with one line naming table, id, field and value, status 2: never a traceback or exit 1
(issue 19, point 7)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from kkr_tui.store.demo import DEMO_TODAY, build_demo
from kkr_tui.ui.app import make_app


def test_a_wrong_type_at_start_ends_the_app_with_status_2(tmp_path: Path) -> None:
    path = tmp_path / "kkr.json"
    build_demo(path)
    data = json.loads(path.read_text())
    last = sorted(data["meetings"], key=int)[-1]
    data["meetings"][last]["rev"] = []
    path.write_text(json.dumps(data))
    app = make_app(path, DEMO_TODAY, cursor_blink=False)

    told: list[str] = []
    real_exit = app.exit

    def exit_told(result: object = None, return_code: int = 0, message: object = None) -> None:
        told.append(str(message))
        real_exit(result, return_code, message)  # type: ignore[arg-type]

    app.exit = exit_told  # type: ignore[method-assign]

    asyncio.run(asyncio.wait_for(app.run_async(headless=True, size=(80, 24)), 60))
    assert app.return_code == 2
    assert any(f"meetings/{last}: rev: [] er ikke et heltal" in line for line in told), told
