"""The names of the meeting series (models.Series), as a meeting is called in lists."""

TEXTS: dict[str, tuple[str, str]] = {
    "series.kkr": ("KKR-møde", "Council meeting"),
    "series.konstituerende": ("Konstituerende møde", "Constituting meeting"),
    "series.formandskab": ("Formandskabsmøde", "Chairmanship meeting"),
    "series.direktoerforum": ("Kommunaldirektørforum", "Municipal directors' forum"),
    "series.fagdirektoerforum": ("Fagdirektørforum", "Professional directors' forum"),
}
