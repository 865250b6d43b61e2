"""Vietnamese text helpers: folding for matching, a sort key for alphabetical order."""

import re
import unicodedata
from functools import lru_cache

_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # ă, â/ê/ô, ơ/ư
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng


def _fold_table() -> dict[int, str]:
    """Each precomposed Latin letter with diacritics (Vietnamese included) to its bare letter."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in range(0xC0, 0x1F00):
        decomposed = unicodedata.normalize("NFD", chr(code))
        bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
        if bare != chr(code) and len(bare) == 1 and bare.isascii():
            table[code] = bare
    return table


_FOLD_TABLE = _fold_table()
# Left after the table: ASCII and punctuation ("“", "–", "…") need nothing more; anything else
# (combining marks, other scripts) goes the general way.
_NOT_PLAIN = re.compile("[^\x00-\x7f\u2000-\u206f\u20a0-\u20cf]")


def fold(text: str) -> str:
    """Lower-case, without diacritics, đ as d, spaces collapsed: for matching what people type."""
    text = (text or "").translate(_FOLD_TABLE)
    if not text.isascii() and _NOT_PLAIN.search(text):
        text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
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
