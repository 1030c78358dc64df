"""Pure domain: models, date rules, readiness. Never imports Textual (a test checks).

Derived values (a deadline, a readiness line, a clock) are NamedTuples, not dataclasses:
Python 3.11 compiles a frozen dataclass's methods when its module is imported, ~0.5 ms
a class, and `kkr status` imports these on every run (BENCHMARKS.md). The stored
records (models.py) stay dataclasses: they validate in __post_init__.
"""
