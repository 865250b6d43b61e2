"""Vietnamese text helpers: folding for matching, a sort key for alphabetical order."""

import unicodedata
from functools import lru_cache

_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # ă, â/ê/ô, ơ/ư
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng


def fold(text: str) -> str:
    """Lower-case, without diacritics, đ as d, spaces collapsed: for matching what people type."""
    text = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.lower().split())


def percent(part: int, whole: int) -> str:
    """A share with a Vietnamese decimal comma, as the reports print it: "33,3"."""
    return f"{part * 100 / whole:.1f}".replace(".", ",") if whole else "0"


@lru_cache(maxsize=65536)
def sort_key(text: str) -> tuple:
    """Key for Vietnamese alphabetical order: a < ă < â, d < đ, o < ô < ơ; tones break ties."""
    letters, tones = [], []
    for char in (text or "").lower():
        if char == "đ":
            letters.append(("d", 1))
            tones.append(0)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        letter = tone = 0
        for mark in decomposed[1:]:
            letter = _LETTER_MARKS.get(mark, letter)
            tone = _TONE_MARKS.get(mark, tone)
        letters.append((decomposed[0], letter))
        tones.append(tone)
    return (letters, tones)
