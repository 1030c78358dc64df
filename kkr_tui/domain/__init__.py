"""Pure domain: models, date rules, readiness. Never imports Textual (a test checks)."""
