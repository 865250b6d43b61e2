"""From a conclusion's file to a draft, as a pipeline of small passes:

1. blocks (``reader``): paragraphs, list items with their level, table rows, with style facts;
2. outline (``outline``): the heading tree, from numbering, styles, bold and capitals;
3. selection (``select``): which parts are deficiencies and which are strengths, causes, tasks;
4. extraction (``extract``, ``tables``, ``prose``): findings by the strategy each layout calls for;
5. enrichment (``enrich``, ``header``): units, deadlines, CCHC area; header and report deadline;
6. flags (``flags``): what the coordinator must check, and a confidence per finding.

Every cue word lives in ``vocab``. Pure Python: no Flask, no database.
"""

import logging

from tracker.importer import enrich
from tracker.importer.dates import year_of
from tracker.importer.draft import Draft, DraftFinding, Problem
from tracker.importer.extract import segment_findings
from tracker.importer.flags import flag
from tracker.importer.header import FORWARD_TYPES, read_header, report_deadline
from tracker.importer.inspected import defined_short_names, inspected_units
from tracker.importer.outline import build_outline
from tracker.importer.prose import prose_findings
from tracker.importer.reader import Block, read_document
from tracker.importer.select import select
from tracker.importer.tables import table_findings
from tracker.importer.units import Registry, RegistryUnit

log = logging.getLogger(__name__)

REFUSAL = ("Không tìm thấy phần “hạn chế, khuyết điểm” (hay “tồn tại, hạn chế”) nào trong văn "
           "bản, cũng không có bảng tồn tại – giải pháp – thời hạn. Hãy kiểm tra lại tệp: đây có "
           "phải là thông báo kết luận kiểm tra không?")


MAX_FINDINGS = 1000  # a conclusion lists dozens; thousands mean this is not one


class ParseError(ValueError):
    """The document is readable but is not a conclusion we can import; Vietnamese message."""


def parse_file(filename: str, data: bytes, registry: Registry | list[RegistryUnit],
               default_inspected: list[RegistryUnit] | None = None) -> Draft:
    """Read and parse an uploaded file (``ReadError`` / ``ParseError`` on bad input)."""
    if not isinstance(registry, Registry):
        registry = Registry(registry)
    return parse_blocks(read_document(filename, data), registry, default_inspected)


def parse_blocks(blocks: list[Block], registry: Registry,
                 default_inspected: list[RegistryUnit] | None = None) -> Draft:
    """The draft of a document; raises ``ParseError`` when it holds no deficiency at all."""
    problems: list[Problem] = []
    header = read_header(blocks, problems)
    year = header.get("year") or year_of(_all_text(blocks))
    issued_on = header.get("issued_on")
    title = set(header.get("title_blocks", []))
    parts = build_outline([block for block in blocks if id(block) not in title])  # the title is no section
    selection = select(parts)
    findings = find_findings(selection, parts, year, problems,
                             prose=header.get("doc_type") not in FORWARD_TYPES)
    if not findings:
        raise ParseError(REFUSAL)
    if len(findings) > MAX_FINDINGS:
        raise ParseError(
            f"Văn bản có hơn {MAX_FINDINGS} nội dung được đọc như hạn chế, không giống một thông báo "
            "kết luận kiểm tra: hãy tải lên riêng phần kết luận.")
    body = [block for block in blocks if id(block) not in selection.selected and block.kind != "table"]
    kinds: dict[str, str] = {}
    tables = [block for block in blocks if block.kind == "table"]
    inspected, inspected_unresolved = inspected_units(body, registry, problems, kinds, header.get("place"), tables)
    districts = any(unit.kind == "huyen" for unit in inspected) or "huyen" in kinds.values()
    if not inspected and not inspected_unresolved and default_inspected:
        inspected = list(default_inspected)
    place = header.get("place")
    short_names = defined_short_names(body, registry)
    by_heading: dict[str | None, list[DraftFinding]] = {}
    for index, finding in enumerate(findings):
        before = by_heading.setdefault(finding.heading, [])
        enrich.resolve_units(finding, registry, place, inspected, inspected_unresolved, list(before), kinds,
                             districts, short_names)
        enrich.leave_out_issuer(finding, header.get("issuer"), inspected, inspected_unresolved)
        before.append(finding)
        enrich.own_deadline(finding, year, problems, index, issued_on)
    deadline = report_deadline(body, year, problems, issued_on)
    draft = Draft(
        title=header.get("title") or "Kết luận kiểm tra",
        findings=findings,
        number=header.get("number"),
        issued_on=issued_on,
        issue_place=place,
        issuer=header.get("issuer"),
        year=year,
        deadline=deadline.on if deadline else None,
        deadline_text=(deadline.rule or deadline.text) if deadline else None,
        inspected_units=inspected,
        inspected_unresolved=inspected_unresolved,
        problems=problems,
    )
    flag(draft)
    return draft


def find_findings(selection, parts, year: int | None, problems: list[Problem],
                  prose: bool = True) -> list[DraftFinding]:
    """Findings of the selected segments and tables, else (when ``prose``) low-confidence ones
    from the sentences of a report written as running text."""
    findings: list[DraftFinding] = []
    for segment in selection.segments:
        if len(findings) > MAX_FINDINGS:
            break  # refused below: no need to read on
        for finding in segment_findings(segment):
            finding.category = enrich.category_of(finding.text, segment.headings)
            if finding.scope is None:
                finding.scope = enrich.unit_scope(segment.headings)
            findings.append(finding)
    for headings, table in selection.tables:
        found = table_findings(table.rows, headings, year, problems, len(findings),
                               lambda text, hs=headings: enrich.category_of(text, [])
                               if enrich.category_of(text, [], "") else enrich.category_of(text, hs))
        for finding in found:
            if finding.scope is None:
                finding.scope = enrich.unit_scope(headings)
        findings.extend(found)
    if not findings and prose:
        findings = prose_findings(parts, limit=MAX_FINDINGS + 1)
        for finding in findings:
            finding.category = enrich.category_of(finding.text)
    return findings


def _all_text(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        parts.append(block.text)
        for row in block.rows:
            parts.extend(row)
    return "\n".join(parts)
