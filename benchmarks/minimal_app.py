"""The floor for first paint: a minimal Textual app that shows one Static."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class Minimal(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Minimal app ready")


if __name__ == "__main__":
    Minimal().run()
