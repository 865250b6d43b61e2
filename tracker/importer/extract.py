"""Pass 4: extraction — the findings of each selected segment, by the strategy its layout calls for.

* List items: each top-level item is a finding. A parent ending in ":" that introduces items
  under it gives one finding per child; a parent with "+" evidence lines under it stays one
  finding with its evidence.
* Numbered paragraphs ("1.", "a)" too long to be headings) are list items.
* Paragraphs: where a segment has no list, each paragraph that is not an introduction is one.
* Clauses: a label's text ("Hạn chế: A; B; C") is split on ";" when each clause is a sentence.
* Unit groups: a short lead-in naming a unit ("Xã Tân Hiệp:", "**UBND phường 2**") scopes the
  findings after it to that unit, until the next lead-in.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer import vocab
from tracker.importer.bodies import looks_like_unit_lead_in
from tracker.importer.draft import DraftFinding
from tracker.importer.outline import ARABIC, LETTER, Heading
from tracker.importer.reader import Block
from tracker.importer.select import Segment
from tracker.text import fold

MIN_PARAGRAPH = 30  # shorter paragraphs are titles or fragments, not findings
MIN_CLAUSE = 20


def as_item(block: Block) -> Block:
    """A paragraph numbered "1." or "a)" (too long for a heading) is a list item."""
    if block.kind == "para":
        for pattern, marker in ((LETTER, "a)"), (ARABIC, "1.")):
            match = pattern.match(block.text)
            if match:
                return Block("bullet", block.text[match.end():].strip(), marker=marker, depth=block.depth)
    return block


def split_clauses(text: str) -> list[str]:
    """"A; B; C" as three clauses when each is long enough to be a deficiency, else [text]."""
    clauses = [clause.strip(" .;") for clause in re.split(r";\s+", text)]
    if len(clauses) > 1 and all(len(clause) >= MIN_CLAUSE for clause in clauses):
        return clauses
    return [text]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“\"])")
_TOPIC = re.compile(r"^(?:về|đối với|công tác|lĩnh vực|tại|ở)\b", re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences ("A còn chậm. Xã B chưa ..."), or [text] if they are fragments."""
    pieces: list[str] = []
    for piece in (piece.strip() for piece in _SENTENCE_END.split(text)):
        if not piece:
            continue
        if pieces and _FOLLOW_UP.match(piece):
            pieces[-1] += " " + piece  # "Thời hạn hoàn thành: ...", "Nguyên nhân ...": of the one before
        else:
            pieces.append(piece)
    if len(pieces) > 1 and all(len(piece) >= MIN_CLAUSE for piece in pieces):
        return pieces
    return [text]


_FOLLOW_UP = re.compile(r"(?i)(?:thời hạn|hoàn thành|chậm nhất|hạn chót|thực hiện trước|nguyên nhân|lý do|do\s|vì\s)")


def _outside_brackets(text: str, position: int) -> bool:
    return text.count("(", 0, position) <= text.count(")", 0, position)


_NEW_SUBJECT = re.compile(r"(?<=\));\s+(?!(?:thời\s+)?hạn\b|hoàn\s+thành\b|chậm\s+nhất\b)|;\s+(?=(?:các|những)\s+(?:đơn vị|xã|phường)[^;]{0,20}còn lại|(?:UBND\s+)?(?:xã|phường|thị trấn|đặc khu)\s+[A-ZĐ0-9])",
                          re.IGNORECASE)


def unit_clauses(text: str) -> list[str]:
    """"A (xã X); các đơn vị còn lại B." and "A (xã X); B (xã Y)." are two deficiencies, each
    with its own units."""
    cuts = [match for match in _NEW_SUBJECT.finditer(text) if _outside_brackets(text, match.start())]
    pieces, start = [], 0
    for match in cuts:
        pieces.append(text[start:match.start()].strip())
        start = match.end()
    pieces = [piece for piece in pieces + [text[start:].strip()] if piece]
    # "Thị trấn A đã triển khai ...; các xã còn lại chưa ...": one deficiency, of the others.
    if len(pieces) > 1 and all(len(piece) >= MIN_CLAUSE and _states(piece) for piece in pieces):
        return pieces
    return [text]


def _states(text: str) -> bool:
    """A clause that states a deficiency ("chưa", "còn chậm", "hạn chế"...)."""
    return bool(vocab.PROSE_DEFICIENCY.search(text.lower()) or vocab.DEFICIENCY.search(fold(text)))


def topic_lead(text: str) -> tuple[str, str] | None:
    """"Về chỉ đạo, điều hành: A. B." -> ("Về chỉ đạo, điều hành", "A. B."): a short topic or unit
    label before a colon, with the deficiencies written after it."""
    if ":" not in text[:70]:
        return None
    lead, rest = text.split(":", 1)
    lead, rest = lead.strip(), rest.strip()
    words = fold(lead)
    if not rest or len(lead) > 60 or vocab.PROSE_DEFICIENCY.search(lead.lower()) or vocab.DEFICIENCY.search(words):
        return None
    if _TOPIC.match(lead) or looks_like_unit_lead_in(lead + ":"):
        return lead, rest
    return None


def introduces_separate(parent: str) -> bool:
    """A parent item ending in ":" whose children are deficiencies of their own ("... còn các
    hạn chế sau:", "Về công vụ:"), rather than the evidence of the parent's own deficiency
    ("... chưa đầy đủ, cụ thể:", "... như:"), which stays one finding with its children."""
    text = parent.rstrip()
    if not text.endswith(":"):
        return False
    words = fold(text)
    if vocab.SEPARATE_LIST.search(words):
        return True
    return not (vocab.EVIDENCE_LIST.search(words) or vocab.PROSE_DEFICIENCY.search(text.lower()))


def _no_deficiency(finding: DraftFinding) -> bool:
    """"Hạn chế: chưa phát hiện hạn chế đáng kể." says there is none."""
    return len(finding.text) < 100 and bool(vocab.PROSE_PRAISE.search(finding.text.lower()))


def segment_findings(segment: Segment) -> list[DraftFinding]:
    """The findings of one segment, each with its heading, context, unit scope and ``how``."""
    heading = segment.headings[-1].text if segment.headings else None
    findings: list[DraftFinding] = []
    scope: str | None = None
    run: list[Block] = []

    def flush() -> None:
        if run:
            findings.extend(_run_findings(segment, list(run), heading, scope))
            run.clear()

    for block in segment.blocks:
        if looks_like_unit_lead_in(block.text, block.bold or block.styled):
            flush()
            scope = block.text.strip().rstrip(":").strip()
            continue
        run.append(block)
    flush()
    return [finding for finding in findings if not _no_deficiency(finding)]


def _run_findings(segment: Segment, blocks: list[Block], heading: str | None,
                  scope: str | None) -> list[DraftFinding]:
    items = [as_item(block) for block in blocks]
    bullets = [block for block in items if block.kind == "bullet"]
    how = [segment.how]
    if segment.labelled and bullets and bullets[0].marker == "label":
        # "Hạn chế: A" then "- B", "- C": each is a finding of its own; "A; B; C" is three.
        texts = []
        for block in items:
            if not block.text.strip() or _refers_to_appendix(block.text):
                continue
            parts = ([clause for sentence in split_sentences(block.text) for clause in split_clauses(sentence)]
                     if block.marker == "label" else [block.text])
            texts.extend(parts)
        clause_how = how + (["tách theo dấu “;”"] if len(texts) > len(items) else [])
        return [_finding(text, heading, scope, clause_how) for text in texts]
    if not bullets:
        out = []
        for block in blocks:
            text = block.text.strip()
            if text.endswith(":") or len(text) < MIN_PARAGRAPH or _refers_to_appendix(text):
                continue
            out.extend(_item_findings(text, heading, scope, how + ["đoạn văn"]))
        return out
    out: list[DraftFinding] = []
    if len(bullets) < len(items):  # paragraphs among the items stand on their own
        bullets = [block if block.kind == "bullet" else Block("bullet", block.text, marker="¶")
                   for block in items if block.kind == "bullet" or _standalone(block.text)]
    for parent, children in _groups(bullets):
        if children and introduces_separate(parent.text):
            for child in children:
                finding = _finding(child.text, _child_heading(heading, parent.text), scope,
                                   how + ["ý con của “" + _short(parent.text) + "”"])
                finding.context = parent.text
                out.append(finding)
        elif children:
            text = parent.text + "\n" + "\n".join(f"{child.marker} {child.text}" for child in children)
            out.append(_finding(text, heading, scope, how + ["gạch đầu dòng kèm các ý “+”"]))
        else:
            kind = {"¶": "đoạn văn", "1.": "mục đánh số", "a)": "mục đánh số"}.get(parent.marker, "gạch đầu dòng")
            out.extend(_item_findings(parent.text, heading, scope, how + [kind]))
    return out


def _item_findings(text: str, heading: str | None, scope: str | None, how: list[str]) -> list[DraftFinding]:
    """One item, or one finding per sentence when a topic or unit label leads several."""
    lead = topic_lead(text)
    if lead is None:
        clauses = unit_clauses(text)
        extra = ["tách theo dấu “;” trước nhóm đơn vị khác"] if len(clauses) > 1 else []
        return [_finding(clause, heading, scope, how + extra) for clause in clauses]
    label, rest = lead
    if looks_like_unit_lead_in(label + ":"):
        scope = label
    else:
        heading = f"{heading} — {label}" if heading else label
    pieces = split_sentences(rest)
    extra = ["tách theo câu sau nhãn “" + _short(label, 40) + ":”"] if len(pieces) > 1 else []
    return [_finding(piece, heading, scope, how + extra) for piece in pieces]


def _groups(bullets: list[Block]) -> list[tuple[Block, list[Block]]]:
    """Top-level items with the items nested under them (by Word level, else by marker)."""
    top = bullets[0]
    groups: list[tuple[Block, list[Block]]] = []
    for block in bullets:
        if block.depth is not None and top.depth is not None:
            is_top = block.depth <= top.depth
        else:
            is_top = block.marker == top.marker
        if is_top or not groups or block.marker == "¶" or groups[-1][0].marker == "¶" and block.marker != "+":
            groups.append((block, []))
        else:
            groups[-1][1].append(block)
    return groups


def _standalone(text: str) -> bool:
    """A paragraph among list items that holds a unit's deficiencies itself; other paragraphs
    there are commentary (progress, conclusions)."""
    lead = topic_lead(text.strip())
    return lead is not None and looks_like_unit_lead_in(lead[0] + ":")  # "Phường 2: ..."


def _finding(text: str, heading: str | None, scope: str | None, how: list[str]) -> DraftFinding:
    finding = DraftFinding(text=text, heading=heading, how=list(how))
    finding.scope = scope
    return finding


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _refers_to_appendix(text: str) -> bool:
    """"(chi tiết tại Phụ lục kèm theo)": the deficiencies are listed there, not here. A long
    sentence is such a pointer when it only says "còn một số hạn chế" in general."""
    words = fold(text)
    if "phu luc" not in words and "kem theo" not in words:
        return False
    return len(text) < 120 or bool(vocab.DEFICIENCY.search(fold(re.sub(r"\([^)]*\)", "", text))))


def _child_heading(heading: str | None, parent: str) -> str | None:
    parent = parent.rstrip(": ").strip()
    if len(parent) <= 120:
        return f"{heading} — {parent}" if heading else parent
    return heading


def headings_text(headings: list[Heading]) -> list[str]:
    """The texts of a heading path, outermost first."""
    return [heading.text for heading in headings]
