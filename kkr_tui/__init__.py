"""kkr_tui: plan and track the meetings of the five Danish KKR from a terminal."""

__version__ = "0.1.0"
