"""The app's frame: its title, the header's day, the title of a damaged-record toast."""

TEXTS: dict[str, tuple[str, str]] = {
    "app.title": ("KKR", "KKR"),
    "app.bad_record": ("Fejl i databasen", "Error in the database"),
    "app.as_of": ("pr. {day}", "as of {day}"),
}
