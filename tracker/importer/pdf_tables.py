"""Tables in a PDF's text layer, rebuilt from the page laid out in columns.

pypdf's plain text gives a table cell by cell, one per line, which no longer says where a row
ends. Its layout mode keeps the columns at their place on the line; a header row ("TT | Nội dung
tồn tại, hạn chế | Đơn vị | Thời hạn") then gives the column starts, a number in the first column
starts a row, a line in the first column alone ("A. Cải cách thủ tục hành chính") is a group
row, and other lines continue the cells above. The table is handed on as a markdown pipe table,
which the text reader already reads.

Pure Python: no Flask, no database.
"""

import re

_CHUNK = re.compile(r"\S+(?: \S+)*")  # words separated by single spaces; columns by two or more
_FIRST_CELL = re.compile(r"^(?:s?tt|số\s*tt)$", re.IGNORECASE)
_HEADER_WORD = re.compile(r"nội dung|tồn tại|hạn chế|thời hạn|đơn vị|giải pháp|tiến độ|ghi chú", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")
_GROUP = re.compile(r"^(?:[IVX]{1,5}|[A-E]|\d{1,2})\s*[.)]\s+\S")


def _chunks(line: str) -> list[tuple[int, str]]:
    return [(match.start(), match.group(0)) for match in _CHUNK.finditer(line)]


def _header_at(lines: list[str], index: int) -> list[int] | None:
    """Column starts when ``lines[index]`` is a table's header row."""
    chunks = _chunks(lines[index])
    if len(chunks) < 3 or not _FIRST_CELL.match(chunks[0][1]):
        return None
    if sum(bool(_HEADER_WORD.search(text)) for _start, text in chunks[1:]) < 2:
        return None
    return [start for start, _text in chunks]


def _column(starts: list[int], position: int) -> int:
    column = 0
    for index, start in enumerate(starts):
        if position + 2 >= start:
            column = index
    return column


def _cell_line(cell: list[str], text: str) -> None:
    """A wrapped line continues the cell's last line; after a full stop it starts a new one."""
    if cell and not cell[-1].endswith((".", ";", ":")):
        cell[-1] += " " + text
    else:
        cell.append(text)


def _table(lines: list[str], index: int, starts: list[int]) -> tuple[list[list[str]], int]:
    width = len(starts)
    header: list[list[str]] = [[] for _ in range(width)]
    rows: list[list[list[str]]] = []
    end = index
    blank = 0
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            blank += 1
            if blank >= 2 and rows:
                break
            end += 1
            continue
        blank = 0
        chunks = _chunks(line)
        first_start, first_text = chunks[0]
        if end > index and first_start < starts[1] - 2 and _ROW_NUMBER.match(first_text):
            rows.append([[] for _ in range(width)])
        elif end > index and first_start < starts[1] - 2 and len(chunks) == 1 and _GROUP.match(first_text):
            rows.append([[] for _ in range(width)])
            rows[-1][1].append(first_text)
            rows.append([[] for _ in range(width)])  # what follows a group row starts afresh
            end += 1
            continue
        elif end > index and first_start < starts[1] - 2 and rows:
            break  # text at the margin that is neither a row nor a group: the table is over
        target = rows[-1] if rows else header
        for start, text in chunks:
            column = _column(starts, start)
            if column == 0 and _ROW_NUMBER.match(text):
                target[0].append(text)
            else:
                _cell_line(target[column], text)
        end += 1
    table = [[" ".join(cell) for cell in header]]
    table += [["\n".join(cell) for cell in row] for row in rows if any(row)]
    return table, end


def _pipe(rows: list[list[str]]) -> list[str]:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " <br> ")

    lines = ["| " + " | ".join(cell(text) for text in rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(cell(text) for text in row) + " |" for row in rows[1:]]
    return lines


def with_tables(layout_text: str) -> str | None:
    """The page's text with each table as a pipe table, or None when the page has no table.

    Outside tables, the columns of the layout (a two-column header) are joined by one space.
    """
    lines = layout_text.split("\n")
    out: list[str] = []
    found = False
    index = 0
    while index < len(lines):
        starts = _header_at(lines, index)
        if starts is not None:
            rows, index = _table(lines, index, starts)
            if len(rows) > 1:
                out.extend(_pipe(rows))
                found = True
                continue
            index += 1
            continue
        out.append(" ".join(text for _start, text in _chunks(lines[index])))
        index += 1
    return "\n".join(out) if found else None
