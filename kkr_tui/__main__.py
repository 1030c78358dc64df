"""The `kkr` program: the console script (pyproject.toml) and `python -m kkr_tui`.

Python's cyclic garbage collector is paused while `kkr` loads its modules: they live
until the process ends and leave next to no garbage, yet the collector walked them
some 35 times (~4 ms CPU of `kkr status`'s start-up budget, BENCHMARKS.md).
`cli.main` freezes what was loaded and resumes it, as the app does after its first
paint (kkr_tui/ui/collector.py).
"""

import gc
import sys

gc.disable()  # before the import below (see the docstring)

from kkr_tui.cli import main  # noqa: E402

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
