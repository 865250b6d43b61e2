"""Pass 4 for tables: one finding per row of a deficiency table.

A table is a deficiency table when a header row (among its first three) names a deficiency
column ("Tồn tại, hạn chế", "Nội dung") and a remedy, deadline or progress column, or a unit
column. Rows spanning the table with only a title ("I. Cải cách thể chế") are group rows: they
become the heading of the rows under them. A merged unit cell left empty in the rows below it
carries on. A cell holding several deficiencies, one per line or "1. … 2. …", gives one finding
per deficiency. A row's own deadline is kept for its findings.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer.dates import DateError, parse_deadline
from tracker.importer.draft import DraftFinding, Problem
from tracker.importer.outline import Heading
from tracker.text import fold

_COLUMNS = {
    "deficiency": re.compile(r"ton tai|han che|khuyet diem|thieu sot|noi dung|sai sot|yeu kem|bat cap"),
    "remedy": re.compile(r"giai phap|bien phap|khac phuc|kien nghi|de nghi|yeu cau"),
    "deadline": re.compile(r"thoi han|thoi gian hoan thanh|han hoan thanh|thoi gian"),
    "progress": re.compile(r"tien do|ket qua thuc hien|ket qua khac phuc"),
    "note": re.compile(r"ghi chu"),
    "unit": re.compile(r"^(?:ten\s+)?(don vi|co quan|xa|phuong|dia phuong|phong)\b"),
}
_ITEM_IN_CELL = re.compile(r"(?:^|\n)\s*(?:[-–+•]|\d{1,2}[.)]|[a-zđ]\))\s+")


_STRONG_DEFICIENCY = re.compile(r"ton tai|han che|khuyet diem|thieu sot|sai sot|yeu kem|bat cap")
_CHECKED = re.compile(r"noi dung (?:kiem tra|cong viec|danh gia)")


def table_columns(header: list[str]) -> dict[str, int]:
    """Which column holds what, from a header row. A column named for deficiencies wins over a
    plain "Nội dung" one; "Nội dung kiểm tra" (what was checked) is no deficiency column."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        words = fold(cell.split("\n")[0] if "\n" in cell and len(cell) > 80 else cell)
        if _STRONG_DEFICIENCY.search(words) and not _COLUMNS["remedy"].search(words.split("han che")[0]):
            columns["deficiency"] = index
            break
    for index, cell in enumerate(header):
        words = fold(cell.split("\n")[0] if "\n" in cell and len(cell) > 80 else cell)
        if index == columns.get("deficiency") or (_CHECKED.search(words) and "deficiency" not in columns):
            continue
        for name in ("unit", "deficiency", "deadline", "progress", "remedy", "note"):
            if name not in columns and _COLUMNS[name].search(words):
                if name == "deficiency" and _COLUMNS["remedy"].search(words) and "ton tai" not in words \
                        and "han che" not in words:
                    continue
                columns[name] = index
                break
    return columns


def split_cell(text: str) -> list[str]:
    """Several deficiencies written in one cell ("- A\\n- B", "1. A\\n2. B"), else [text]."""
    if "\n" not in text:
        return [text]
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not _ITEM_IN_CELL.match(text):
        # Sentences one per line, none introducing the others: one deficiency each.
        if len(lines) > 1 and all(len(line) >= 20 and line.endswith((".", ";")) for line in lines):
            return [line.rstrip(";").strip() for line in lines]
        return [text]  # one deficiency, or an introduction with its details under it
    pieces = [piece.strip() for piece in _ITEM_IN_CELL.split(text) if piece and piece.strip()]
    if len(pieces) > 1 and len(_ITEM_IN_CELL.findall(text)) >= 2 and all(len(piece) >= 15 for piece in pieces):
        return pieces
    return [text]


def table_findings(rows: list[list[str]], headings: list[Heading], year: int | None,
                   problems: list[Problem], offset: int, category_of) -> list[DraftFinding]:
    """The findings of a deficiency table, or [] when the table is of another kind."""
    for header_index, header in enumerate(rows[:3]):
        columns = table_columns(header)
        if "deficiency" in columns and ({"remedy", "deadline", "progress", "unit"} & columns.keys()):
            break
    else:
        return []
    findings: list[DraftFinding] = []
    group_heading = headings[-1].text if headings else None
    last_unit = ""
    for row in rows[header_index + 1:]:

        def cell(name: str, row=row) -> str:
            position = columns.get(name)
            return row[position].strip() if position is not None and position < len(row) else ""

        text = cell("deficiency")
        if not text or re.fullmatch(r"\(?\d+\)?", text):
            continue
        others = [cell(name) for name in ("remedy", "deadline", "progress", "unit")]
        if not any(others) and len(text) < 150 and "\n" not in text:
            group_heading = text  # a row spanning the table: a group title ("I. Cải cách thể chế")
            continue
        unit_text = cell("unit")
        if "unit" in columns:
            unit_text = unit_text or last_unit  # a merged unit cell spans the rows below it
            last_unit = unit_text
        pieces = split_cell(text)
        deadline = None
        written = cell("deadline")
        if written:
            try:
                deadline = parse_deadline(written, year)
            except DateError as error:
                problems.append(Problem(str(error), blocking=True, finding=offset + len(findings)))
        for piece in pieces:
            how = ["dòng bảng"] + (["nhiều hạn chế trong một ô"] if len(pieces) > 1 else [])
            finding = DraftFinding(
                text=piece, heading=group_heading, source="table",
                category=category_of(piece.split("\n")[0], headings),
                remedy=cell("remedy") or None, progress=cell("progress") or None, how=how,
            )
            if written:
                finding.deadline_text = " ".join(written.split())
                if deadline is not None:
                    finding.deadline, finding.ongoing = deadline.on, deadline.ongoing
                    finding.how.append("thời hạn lấy từ cột thời hạn của dòng")
            if unit_text:
                finding.unit_cell = unit_text
                finding.how.append("đơn vị lấy từ cột đơn vị")
            findings.append(finding)
    return findings
