"""Pass 3: selection — which blocks of the outline are deficiencies.

* A part under a deficiency heading ("Hạn chế, khuyết điểm", "Tồn tại", "Thiếu sót"...) is
  taken whole, unless a heading between is about causes, remedies, tasks or strengths.
* Elsewhere, a label ("Hạn chế: ...", "- Tồn tại, hạn chế:") opens a segment: its own text and
  the items or paragraphs after it, until another label or heading.
* A sentence ending "... còn một số tồn tại, hạn chế sau:" (a letter's inline introduction)
  opens a segment of the list items or numbered paragraphs that follow.
* Tables go to the table strategy with the headings above them; a table in the tail is an
  appendix, captioned by its "PHỤ LỤC" lines.

Pure Python: no Flask, no database.
"""

import re
from dataclasses import dataclass, field

from tracker.importer import vocab
from tracker.importer.bodies import looks_like_unit_lead_in
from tracker.importer.outline import ARABIC, LETTER, Heading, Part
from tracker.importer.reader import Block
from tracker.text import fold


@dataclass
class Segment:
    """Blocks selected as deficiencies, with the headings above them and how they were found."""

    headings: list[Heading]
    blocks: list[Block] = field(default_factory=list)
    labelled: bool = False  # opened by a "Hạn chế:" label: its paragraphs count too
    how: str = "mục hạn chế"  # Vietnamese, for the review page


@dataclass
class Selection:
    """What the later passes work on."""

    segments: list[Segment]
    tables: list[tuple[list[Heading], Block]]
    selected: set[int]  # ids of the blocks taken as deficiencies (not part of the body)


def collecting(headings: list[Heading]) -> bool:
    """Inside a deficiency section and not inside one of its causes or remedy parts."""
    for index in range(len(headings) - 1, -1, -1):
        if headings[index].deficiency:
            return not any(heading.excluded for heading in headings[index + 1:])
    return False


def opens_list(text: str) -> bool:
    """A sentence that introduces deficiencies listed after it ("... hạn chế sau:")."""
    if not text.rstrip().endswith(":"):
        return False
    words = fold(text)
    if vocab.ORDERS_FOLLOW.search(words):
        return False  # "..., Chủ tịch UBND huyện yêu cầu:": what the units must do follows
    return names_deficiencies(words)



def names_deficiencies(words: str) -> bool:
    """Folded words that name deficiencies, not their remedy: "những hạn chế cần khắc phục"
    yes, "để khắc phục các hạn chế" no (the remedy word comes first)."""
    deficiency = vocab.DEFICIENCY.search(words)
    remedy = vocab.NOT_DEFICIENCY_IN.search(words)
    return deficiency is not None and (remedy is None or deficiency.start() < remedy.start())


_INLINE = re.compile(r"(?:sau|nhu sau|cu the|nhu|gom)\s*:\s*")


def inline_rest(text: str) -> str | None:
    """The deficiencies written on after an inline introduction ("... hạn chế sau: A; B")."""
    words = fold(text)
    if len(words) != len(text):
        return None  # folding changed the length (rare characters): no reliable offsets
    for match in _INLINE.finditer(words):
        before = words[:match.start()]
        if names_deficiencies(before[-120:]):
            rest = text[match.end():].strip()
            return rest or None
    # "Ưu điểm: ... . Hạn chế: A; B." — a label in the middle of a paragraph, at a sentence start.
    for start in _SENTENCE_START.finditer(words):
        label = _LABEL_HERE.match(words, start.end())
        if label is not None and start.end() > 0:
            rest = text[label.end():].strip()
            return rest or None
    return None


_SENTENCE_START = re.compile(r"(?:^|[.;!?]\s+)")
_LABEL_HERE = re.compile(vocab.DEFICIENCY_LABEL.pattern.removeprefix("^"))  # matched at a sentence start


def select(parts: list[Part]) -> Selection:
    """Deficiency segments and tables of an outline."""
    segments: list[Segment] = []
    tables: list[tuple[list[Heading], Block]] = []
    selected: set[int] = set()

    def take(segment: Segment, block: Block) -> None:
        segment.blocks.append(block)
        selected.add(id(block))

    for part in parts:
        if part.tail:
            _tail_tables(part, tables)
            continue
        inside = collecting(part.headings)
        per_unit = not inside and unit_part(part)
        elsewhere = not inside and not any(heading.excluded for heading in part.headings)
        current: Segment | None = None
        opener: Segment | None = None
        for block in part.blocks:
            if block.kind == "table":
                tables.append(([heading for heading in part.headings if not heading.excluded], block))
                current = opener = None
                continue
            if inside and _other_part_label(block.text):
                inside = False  # "Nguyên nhân: ..." inside a deficiency part: the causes follow
                current = None
                continue
            if inside or (per_unit and states_deficiency_item(block)) or (elsewhere and unit_item(block)):
                if current is None:
                    how = "mục hạn chế" if inside else "mục theo đơn vị, câu nêu hạn chế"
                    current = Segment(list(part.headings), how=how)
                    segments.append(current)
                take(current, block)
                continue
            words = fold(block.text)
            label = vocab.DEFICIENCY_LABEL.match(words)
            if label is not None and ":" in block.text:
                rest = block.text[block.text.index(":") + 1:].strip()
                opener = Segment(list(part.headings), labelled=True, how="sau nhãn “Hạn chế:”")
                segments.append(opener)
                if rest:
                    take(opener, Block("bullet", rest, marker="label"))
                selected.add(id(block))
                continue
            if opener is not None and _continues(opener, block):
                take(opener, block)
                continue
            opener = None
            if opens_list(block.text):
                opener = Segment(list(part.headings), how="sau câu dẫn “… hạn chế sau:”")
                segments.append(opener)
                continue
            rest = inline_rest(block.text)
            if rest is not None:
                segment = Segment(list(part.headings), labelled=True, how="sau câu dẫn “… hạn chế sau:”")
                segments.append(segment)
                take(segment, Block("bullet", rest, marker="label"))
    return Selection([segment for segment in segments if segment.blocks], tables, selected)


def _other_part_label(text: str) -> bool:
    """"* Nguyên nhân: ...", "Kiến nghị:" — a label opening causes, tasks or remedies."""
    label, colon, _rest = text.partition(":")
    if not colon or len(label) > 40:
        return False
    words = fold(label.strip(" *-–+•"))
    return bool(vocab.NOT_DEFICIENCY_AT_START.match(words)) and not vocab.DEFICIENCY.match(words)


def unit_part(part: Part) -> bool:
    """A part right under a heading naming a unit ("1. Xã Tân Lập") that has no "Ưu điểm:" /
    "Hạn chế:" labels: its items are what the inspection found there."""
    if not part.headings or any(heading.excluded for heading in part.headings):
        return False
    if not looks_like_unit_lead_in(part.headings[-1].text, emphasised=True):
        return False
    return not any(vocab.OTHER_LABEL.match(block.text) and len(block.text.split(":")[0]) < 25
                   for block in part.blocks if block.kind != "table")


_UNIT_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[a-zđ][.)])?\s*([^:]{3,70}):\s*(\S.*)$", re.DOTALL)


def unit_item(block: Block) -> bool:
    """"2. Chi cục Bảo vệ môi trường: Chưa cập nhật ..." anywhere in the body: a unit's
    deficiency under its name."""
    if block.kind == "table":
        return False
    match = _UNIT_ITEM.match(block.text)
    if match is None:
        return False
    label = match.group(1).strip()
    if not (looks_like_unit_lead_in(label + ":") or vocab.ALL_UNITS_LABEL.match(fold(label))):
        return False
    rest = match.group(2).lower()
    return bool(vocab.PROSE_DEFICIENCY.search(rest)) and not vocab.PROSE_PRAISE.search(rest)


def states_deficiency_item(block: Block) -> bool:
    """A list item or numbered paragraph that says something is lacking or wrong."""
    if block.kind == "table":
        return False
    if block.kind != "bullet" and not (ARABIC.match(block.text) or LETTER.match(block.text)):
        return False
    lower = block.text.lower()
    if vocab.PROSE_PRAISE.search(lower):
        return False
    return bool(vocab.PROSE_DEFICIENCY.search(lower) or vocab.DEFICIENCY.search(fold(block.text)))


def _continues(opener: Segment, block: Block) -> bool:
    """Whether ``block`` still belongs to the list a label or an introduction opened."""
    number = ARABIC.match(block.text) or LETTER.match(block.text)
    if number and vocab.OTHER_LABEL.match(block.text[number.end():]):
        return False  # "3. Yêu cầu: ...": the next part, not one more deficiency
    if block.kind == "bullet" or number:
        return True  # list items, numbered paragraphs too long to be headings
    return opener.labelled and not vocab.OTHER_LABEL.match(block.text)


def _tail_tables(part: Part, tables: list[tuple[list[Heading], Block]]) -> None:
    """Tables after the signature, each captioned by the "PHỤ LỤC ..." lines above it."""
    caption: list[str] = []
    for block in part.blocks:
        if block.kind == "table":
            title = " ".join(caption).strip()
            tables.append(([Heading(1, title[:250])] if title else [], block))
            caption = []
        elif any(word in fold(block.text) for word in vocab.folded(vocab.APPENDIX)):
            caption = [block.text.strip()]
        elif caption and len(" ".join(caption)) < 250:
            caption.append(block.text.strip())
