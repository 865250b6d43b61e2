"""A last strategy for documents with no deficiency heading, label or table: news-style prose.

Reports and news items about an inspection state deficiencies in running sentences ("Tuy nhiên,
việc niêm yết thủ tục hành chính tại xã A còn chậm"). Each sentence that states one is offered
as a low-confidence finding for review; sentences of praise, orders and remedies are not.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer import vocab
from tracker.importer.draft import DraftFinding
from tracker.importer.outline import Part, is_heading

PROSE_CONFIDENCE = 0.4
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZĐÀ-Ỹ“\"(-])")
_TURN_PREFIX = re.compile(r"^(?:tuy nhiên|bên cạnh đó|mặt khác|ngoài ra|song)\s*,\s*", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """A paragraph's sentences."""
    return [sentence.strip() for sentence in _SENTENCE_END.split(text) if sentence.strip()]


def states_deficiency(sentence: str) -> bool:
    """A sentence that says something is lacking, late or wrong, and is not an order or praise."""
    lower = sentence.lower()
    if len(sentence) < 30 or not vocab.PROSE_DEFICIENCY.search(lower):
        return False
    return not (vocab.PROSE_NOT.search(lower) or vocab.PROSE_PRAISE.search(lower))


def prose_findings(parts: list[Part], limit: int = 10_000) -> list[DraftFinding]:
    """Low-confidence findings from the sentences of a document's body (its tail excluded),
    at most ``limit`` of them."""
    findings: list[DraftFinding] = []
    for part in parts:
        if part.tail or any(heading.excluded for heading in part.headings):
            continue
        for block in part.blocks:
            if block.kind != "para" or is_heading(block):
                continue  # running text only: list items belong to plans and agendas
            for sentence in sentences(block.text):
                if not states_deficiency(sentence):
                    continue
                text = _TURN_PREFIX.sub("", sentence)
                text = text[:1].upper() + text[1:]
                heading = part.headings[-1].text if part.headings else None
                findings.append(DraftFinding(text=text, heading=heading, how=["câu văn xuôi, cần kiểm tra"],
                                             confidence=PROSE_CONFIDENCE))
                if len(findings) >= limit:
                    return findings
    return findings
