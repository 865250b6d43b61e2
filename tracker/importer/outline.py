"""Pass 2: the document's outline — which blocks are headings, at which level.

A heading is recognised by its numbering ("II.", "3.", "6.2.", "a)", "B."), by being set as a
heading (a Word heading style, markdown ``#``, bold), or by capitals; the numbering gives its
level. Every content block then sits under a path of headings (``Part``); what lies after the
signature ("Nơi nhận", "Trên đây là...") is kept apart as the tail, where appendices live.

Pure Python: no Flask, no database.
"""

import re
from dataclasses import dataclass, field

from tracker.importer import vocab
from tracker.importer.reader import Block
from tracker.text import fold

ROMAN = re.compile(r"^([IVX]{1,5})\s*[.)/-]\s*(?!v\b)(?=\S)")  # not "V/v" (về việc)
ARABIC = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]?\s+(?=\S)")
LETTER = re.compile(r"^([a-zđ])\s*[).]\s+(?=\S)")
PART = re.compile(r"^([A-E])\s*[.)]\s+(?=\S)")  # "A. Ưu điểm", "B. Hạn chế" above "I."


@dataclass
class Heading:
    """A heading: its level (0 = "A.", 1 = "I.", 2 = "1.", 3 = "1.1.", 5 = "a)", 6 = bold) and
    what it says about the part under it."""

    level: float
    text: str  # as written, numbering kept
    deficiency: bool = False  # "II. Hạn chế, khuyết điểm"
    excluded: bool = False  # "Nguyên nhân", "Kiến nghị", "Kết quả đạt được"...


@dataclass
class Part:
    """The blocks under one heading path, in document order (tables included)."""

    headings: list[Heading]
    blocks: list[Block] = field(default_factory=list)
    tail: bool = False  # after the signature: an appendix


def heading_level(block: Block) -> int | None:
    """The level of a heading block, else None (see ``Heading.level``)."""
    if block.kind != "para" or len(block.text) > 250 or vocab.ADDRESSEES.match(fold(block.text)):
        return None
    text = block.text
    if not block.styled and not block.caps and states_something(strip_number(text)):
        return None  # a numbered item that says something ("a) Chưa ban hành kế hoạch"), not a title
    short = len(text) <= 160 and not text.rstrip().endswith((".", ";", ","))
    if PART.match(text) and (block.styled or short) and not ROMAN.match(text):
        return 0
    if ROMAN.match(text) and (block.styled or short or text.isupper()):
        return 1
    arabic = ARABIC.match(text)
    if arabic and (block.styled or short):
        return 2 + arabic.group(1).rstrip(".").count(".")
    if LETTER.match(text) and (block.styled or short):
        return 5
    if block.level is not None:
        return block.level
    if block.caps and len(text) <= 150:
        return 1
    if block.styled and len(text) <= 200:
        return 6
    return None


def states_something(text: str) -> bool:
    """"Việc chấm công còn một số hạn chế:" states a finding; "Hạn chế, khuyết điểm" and
    "Công tác chỉ đạo, điều hành" only name a section."""
    words = fold(text)
    if vocab.NOT_DEFICIENCY_AT_START.match(words):
        return False  # "Nguyên nhân của hạn chế", "Kiến nghị": a section's name
    found = vocab.DEFICIENCY.search(words)
    if found is not None and found.start() <= 12:
        return False  # "Những hạn chế chưa khắc phục": the section's name
    if found is not None and len(words.split()) <= 8 and all(
            word in vocab.SECTION_QUALIFIERS for word in words[:found.start()].split()):
        return False  # "Những mặt còn tồn tại", "Một số vấn đề còn hạn chế": a section's name too
    return bool(vocab.PROSE_DEFICIENCY.search(text.lower())) or found is not None


def strip_number(text: str) -> str:
    """A heading's words without its numbering ("II. Hạn chế" -> "Hạn chế")."""
    for pattern in (ROMAN, PART, ARABIC, LETTER):
        match = pattern.match(text)
        if match:
            return text[match.end():].strip()
    return text.strip()


def make_heading(level: int, text: str) -> Heading:
    """A heading, judged: a deficiency part, a part to leave out, or neither."""
    words = fold(strip_number(text))
    deficiency_at = vocab.DEFICIENCY.search(words)
    remedy_at = vocab.NOT_DEFICIENCY_IN.search(words)
    # "Những hạn chế cần khắc phục" names deficiencies; "Giải pháp khắc phục hạn chế" does not.
    remedy_first = remedy_at is not None and (deficiency_at is None or remedy_at.start() < deficiency_at.start())
    excluded = bool((vocab.NOT_DEFICIENCY_AT_START.match(words) and not vocab.NEUTRAL_START.match(words))
                    or remedy_first)
    deficiency = deficiency_at is not None and not excluded
    return Heading(level, text, deficiency, excluded and not vocab.DEFICIENCY.match(words))


def build_outline(blocks: list[Block]) -> list[Part]:
    """The document as parts: each run of content blocks with the headings above it.

    A heading block also opens a part of its own (with no blocks) so that the body's sentences,
    including headings, stay readable in order by later passes.
    """
    stack: list[Heading] = []
    parts: list[Part] = []
    current: Part | None = None
    tail = False
    for block in _split_lead_ins(blocks):
        if not tail and block.kind != "table":
            level = heading_level(block)
            if level == 0 and any(h.level == 1 for h in stack) and not any(h.level == 0 for h in stack):
                level = 1.5  # "A. Về thủ tục hành chính" under "II. Tồn tại, hạn chế"
            if level is not None:
                while stack and stack[-1].level >= level:
                    stack.pop()
                stack.append(make_heading(level, block.text))
                current = None
                continue
            if vocab.END_OF_BODY_AT_START.match(fold(block.text)):
                tail = True
                current = Part([], tail=True)
                parts.append(current)
                current.blocks.append(block)
                continue
        if current is None:
            current = Part(list(stack), tail=tail)
            parts.append(current)
        current.blocks.append(block)
    return parts


def _number_of(text: str) -> tuple[int, ...] | None:
    match = ARABIC.match(text)
    if match is None:
        return None
    return tuple(int(part) for part in match.group(1).rstrip(".").split("."))


def _split_lead_ins(blocks: list[Block]) -> list[Block]:
    """"3. Ban Tiếp công dân tỉnh: Sổ ... chưa ..." after headings "1. ...", "2. ...": the
    sibling of those headings, written with its content on the same line; read it as a
    heading ("3. Ban Tiếp công dân tỉnh") and a paragraph."""
    out: list[Block] = []
    last: dict[int, tuple[int, ...]] = {}  # heading numbers seen, by depth
    for block in blocks:
        number = _number_of(block.text) if block.kind == "para" else None
        if number is not None:
            if heading_level(block) is not None:
                last[len(number)] = number
            elif (last.get(len(number)) and last[len(number)][:-1] == number[:-1]
                  and last[len(number)][-1] + 1 == number[-1]):
                label, _colon, rest = block.text.partition(":")
                short_deficiency = len(strip_number(label)) <= 30  # "5. Hạn chế chung: ..."
                if (rest.strip() and len(label) <= 60
                        and (short_deficiency or not vocab.DEFICIENCY.search(fold(label)))
                        and not vocab.PROSE_DEFICIENCY.search(label.lower()) and "." not in label[4:]):
                    out.append(Block("para", label.strip(), styled=True, level=block.level, depth=block.depth))
                    out.append(Block("para", rest.strip(), depth=block.depth))
                    last[len(number)] = number
                    continue
        out.append(block)
    return out


def is_heading(block: Block) -> bool:
    """Whether the outline reads ``block`` as a heading."""
    return heading_level(block) is not None
