"""The Textual user interface. Reads through the domain; writes only through the store's verbs."""
