"""Texts of the keyboard layer: key descriptions, help screen, command palette, themes.

Binding descriptions are catalogue KEYS ("key.help"), resolved when shown (footer,
help screen, palette), so the language is the one of the running app, not the one
that happened to be active when the module was imported.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # What a key does (binding descriptions).
    "key.help": ("Hjælp", "Help"),
    "key.palette": ("Søg", "Search"),
    "key.panes": ("Skift visning", "Switch view"),
    "key.theme": ("Farvetema", "Colour theme"),
    "key.focus_next": ("Næste felt", "Next field"),
    "key.focus_previous": ("Forrige felt", "Previous field"),
    "key.copy": ("Kopiér markeret tekst", "Copy selected text"),
    "key.close": ("Luk", "Close"),
    "key.list.select": ("Åbn det valgte", "Open the selected row"),
    "key.list.down": ("Ned", "Down"),
    "key.list.up": ("Op", "Up"),
    "key.list.left": ("Rul til venstre", "Scroll left"),
    "key.list.right": ("Rul til højre", "Scroll right"),
    "key.list.page_up": ("En side op", "Page up"),
    "key.list.page_down": ("En side ned", "Page down"),
    "key.list.page_left": ("En side til venstre", "Page left"),
    "key.list.page_right": ("En side til højre", "Page right"),
    "key.list.first": ("Første række", "First row"),
    "key.list.last": ("Sidste række", "Last row"),
    "key.list.find": ("Søg i listen", "Search the list"),
    # In a text field.
    "key.input.left": ("Markør til venstre", "Cursor left"),
    "key.input.right": (
        "Markør til højre (eller tag forslaget)",
        "Cursor right (or accept the suggestion)",
    ),
    "key.input.home": ("Til starten", "To the start"),
    "key.input.end": ("Til slutningen", "To the end"),
    "key.input.select_left": ("Markér til venstre", "Select left"),
    "key.input.select_right": ("Markér til højre", "Select right"),
    "key.input.word_left": ("Et ord til venstre", "One word left"),
    "key.input.word_right": ("Et ord til højre", "One word right"),
    "key.input.select_word_left": ("Markér et ord til venstre", "Select a word left"),
    "key.input.select_word_right": ("Markér et ord til højre", "Select a word right"),
    "key.input.select_home": ("Markér til starten", "Select to the start"),
    "key.input.select_end": ("Markér til slutningen", "Select to the end"),
    "key.input.select_all": ("Markér alt", "Select all"),
    "key.input.delete_left": ("Slet tegnet til venstre", "Delete the character left"),
    "key.input.delete_right": ("Slet tegnet til højre", "Delete the character right"),
    "key.input.delete_left_word": ("Slet ordet til venstre", "Delete the word left"),
    "key.input.delete_left_all": ("Slet alt til venstre", "Delete everything left"),
    "key.input.delete_right_word": ("Slet ordet til højre", "Delete the word right"),
    "key.input.delete_right_all": ("Slet alt til højre", "Delete everything right"),
    "key.input.cut": ("Klip markeret tekst", "Cut the selected text"),
    "key.input.copy": ("Kopiér markeret tekst", "Copy the selected text"),
    "key.input.paste": ("Indsæt", "Paste"),
    "key.input.submit": ("Bekræft", "Confirm"),
    "key.input.scroll_up": ("Rul op", "Scroll up"),
    "key.input.scroll_down": ("Rul ned", "Scroll down"),
    "key.input.scroll_left": ("Rul til venstre", "Scroll left"),
    "key.input.scroll_right": ("Rul til højre", "Scroll right"),
    # Names of keys where the key itself is a word.
    "keys.name.space": ("Mellemrum", "Space"),
    # Help screen.
    "keys.help.title": ("Taster: {screen}", "Keys: {screen}"),
    "keys.help.group.screen": ("Her", "Here"),
    "keys.help.group.list": ("I listen", "In the list"),
    "keys.help.group.app": ("Overalt", "Everywhere"),
    "keys.help.col.group": ("Hvor", "Where"),
    "keys.help.col.key": ("Tast", "Key"),
    "keys.help.col.action": ("Handling", "Action"),
    "keys.help.not_now": ("(ikke mulig lige nu)", "(not possible right now)"),
    "keys.help.hint": (
        "Esc lukker · Ctrl+P: kommandoer, råd, møder, punkter, kontakter",
        "Esc closes · Ctrl+P: commands, councils, meetings, items, contacts",
    ),
    # Search in a list.
    "keys.find.label": ("Søg:", "Search:"),
    "keys.find.hint": ("Enter: næste · Escape: tilbage", "Enter: next · Escape: back"),
    "keys.find.not_found": ("»{query}« findes ikke i listen", "“{query}” is not in the list"),
    # Command palette.
    "keys.palette.placeholder": (
        "Søg: kommando, råd, møde, punkt eller kontakt…",
        "Search: command, council, meeting, item or contact…",
    ),
    "keys.palette.key": ("Tast {shortcut}", "Key {shortcut}"),
    "keys.palette.no_match": ("Intet fundet for »{query}«", "Nothing found for “{query}”"),
    "keys.palette.no_match_help": (
        "Prøv færre bogstaver, fx »sjæl apr« for et møde i KKR Sjælland i april",
        "Try fewer letters, e.g. “sjæl apr” for a KKR Sjælland meeting in April",
    ),
    "keys.palette.council": (
        "Råd · {municipalities} kommuner · {seats} pladser",
        "Council · {municipalities} municipalities · {seats} seats",
    ),
    "keys.palette.meeting": ("Møde · {series} · {state}", "Meeting · {series} · {state}"),
    "keys.palette.item_title": ("Punkt {number}: {title}", "Item {number}: {title}"),
    "keys.palette.item": ("Dagsordenspunkt · {meeting}", "Agenda item · {meeting}"),
    "keys.palette.contact": ("Kontakt · {details}", "Contact · {details}"),
    # Themes.
    "keys.theme.placeholder": ("Vælg farvetema…", "Choose a colour theme…"),
    "keys.theme.current": ("valgt nu", "current"),
    "keys.theme.textual-dark": ("Mørk (standard)", "Dark (default)"),
    "keys.theme.textual-light": ("Lys", "Light"),
    "keys.theme.kkr-high-contrast": ("Høj kontrast", "High contrast"),
    "keys.theme.ansi-dark": ("Terminalens egne farver, mørk", "The terminal's own colours, dark"),
    "keys.theme.ansi-light": ("Terminalens egne farver, lys", "The terminal's own colours, light"),
    "keys.theme.unknown": (
        "Farvetemaet »{name}« fra {path} findes ikke; standard bruges.",
        "The colour theme “{name}” from {path} does not exist; using the default.",
    ),
    # The small settings file.
    "keys.config.broken": (
        "Indstillingsfilen {path} kunne ikke læses ({reason}); standard bruges.",
        "The settings file {path} could not be read ({reason}); using the defaults.",
    ),
    "keys.config.bad_json": (
        "ugyldig JSON i linje {line}, kolonne {column}",
        "invalid JSON on line {line}, column {column}",
    ),
    "keys.config.not_object": (
        "indholdet er ikke et JSON-objekt",
        "the content is not a JSON object",
    ),
    "keys.config.bad_theme": ("»theme« er ikke en tekst", "“theme” is not a text"),
    "keys.config.unsaved": (
        "Farvetemaet kunne ikke gemmes i {path}: {reason}",
        "The colour theme could not be saved to {path}: {reason}",
    ),
}
