"""Word's automatic numbering, rendered as a reader would see it ("II.", "1.", "a)", "-").

A paragraph numbered by Word holds no number in its text: the number lives in ``w:numPr``
(``w:numId`` and the level ``w:ilvl``), on the paragraph or inherited from its style (list
styles), and its format in the numbering part (``w:numFmt``, ``w:lvlText``). Counting the
paragraphs per list and level gives the label Word would print.

Pure Python over python-docx's XML; no Flask, no database.
"""

from docx.oxml.ns import qn

_BULLET_SIGNS = {"-", "–", "—", "+", "•", "·", "*", "o", "▪", "◦", "○", "●"}
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _letters(number: int) -> str:
    out = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out or "a"


def format_number(number: int, fmt: str) -> str:
    """One level's counter in Word's number format (decimal, lowerLetter, upperRoman...)."""
    if fmt in {"lowerLetter", "upperLetter"}:
        text = _letters(number)
        return text.upper() if fmt == "upperLetter" else text
    if fmt in {"lowerRoman", "upperRoman"}:
        text = _roman(number)
        return text.upper() if fmt == "upperRoman" else text
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


class WordNumbering:
    """Labels of numbered paragraphs, in document order (call ``label`` once per paragraph)."""

    def __init__(self, document):
        """Read the numbering definitions of ``document`` (a python-docx Document)."""
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for definition in root.findall(qn("w:abstractNum")):
            levels = {}
            for level in definition.findall(qn("w:lvl")):
                fmt = level.find(qn("w:numFmt"))
                text = level.find(qn("w:lvlText"))
                start = level.find(qn("w:start"))
                levels[int(level.get(qn("w:ilvl"), "0"))] = (
                    fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
                    text.get(qn("w:val"), "") if text is not None else "",
                    int(start.get(qn("w:val"), "1")) if start is not None else 1,
                )
            abstract[definition.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            reference = num.find(qn("w:abstractNumId"))
            if reference is not None:
                self.levels[num.get(qn("w:numId"))] = abstract.get(reference.get(qn("w:val")), {})

    @staticmethod
    def _num_pr(paragraph, style):
        p_pr = paragraph._p.pPr
        if p_pr is not None and p_pr.numPr is not None:
            return p_pr.numPr
        while style is not None:  # a list style carries the numbering for its paragraphs
            style_pr = style.element.pPr
            if style_pr is not None and style_pr.numPr is not None:
                return style_pr.numPr
            style = style.base_style
        return None

    def label(self, paragraph, style=None) -> tuple[str, int, bool] | None:
        """(label, level, is_bullet) for a numbered paragraph, else None. Counts it.
        ``style`` is the paragraph's style, whose numbering a list style carries."""
        num_pr = self._num_pr(paragraph, style)
        if num_pr is None:
            return None
        num_id = num_pr.numId.val if num_pr.numId is not None else None
        if num_id is None or str(num_id) == "0":
            return None
        level = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        levels = self.levels.get(str(num_id), {})
        fmt, text, start = levels.get(level, ("bullet", "•", 1))
        if fmt in {"bullet", "none"}:
            sign = text.strip()
            return (sign if sign in _BULLET_SIGNS else "•"), level, True
        counters = self.counters.setdefault(str(num_id), {})
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        rendered = text or f"%{level + 1}."
        for index in range(9, 0, -1):
            placeholder = f"%{index}"
            if placeholder in rendered:
                own_fmt, _text, own_start = levels.get(index - 1, ("decimal", "", 1))
                value = counters.get(index - 1, own_start)
                rendered = rendered.replace(placeholder, format_number(value, own_fmt))
        return rendered.strip() or "•", level, False
