"""Toast messages folded before Textual wraps them (kkr_tui/ui/toasts.py)."""

from __future__ import annotations

from kkr_tui.ui.toasts import TEXT_WIDTH, fold

LONG = (
    "/home/anna.eksempel/Dokumenter/KKR-sekretariatet/Syddanmark/2026/"
    "kkr-syddanmark-2026-06-15-referat.pdf"
)


def test_a_short_message_is_left_alone() -> None:
    assert fold("Kopieret til udklipsholderen: hast@kl.dk") == (
        "Kopieret til udklipsholderen: hast@kl.dk"
    )


def test_a_long_path_breaks_after_a_slash_and_keeps_its_file_name() -> None:
    lines = fold(f"Gemt: {LONG}").split("\n")
    assert all(len(line) <= TEXT_WIDTH for line in lines), lines
    assert len(lines) > 1 and lines[0].startswith("Gemt: /home/")
    assert all(line.endswith("/") for line in lines[:-1])  # broken after a "/" only
    assert lines[-1].endswith("kkr-syddanmark-2026-06-15-referat.pdf")
    assert "".join(lines) == f"Gemt: {LONG}"  # nothing lost


def test_words_break_at_spaces_and_paragraphs_stay() -> None:
    text = fold("en to tre fire fem seks\nsyv", width=10)
    assert text == "en to tre\nfire fem\nseks\nsyv"


def test_a_very_long_path_is_shortened_in_the_middle() -> None:
    deep = "/srv/" + "/".join(f"mappe-nummer-{n:02d}" for n in range(20)) + "/referat.pdf"
    lines = fold(deep).split("\n")
    assert len(lines) <= 3
    assert lines[0].startswith("/srv/mappe-nummer-00/")
    assert "…/" in "".join(lines)
    assert "".join(lines).endswith("/mappe-nummer-19/referat.pdf")


def test_markup_is_never_broken() -> None:
    word = "[b]" + "x/" * 40 + "[/b]"
    assert fold(word, markup=True) == word
