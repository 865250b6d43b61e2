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


def _header_like(chunks: list[tuple[int, str]]) -> bool:
    """A header cell wrapped onto the next line ("phục", "thành"): short words, no sentence."""
    return all(len(text) < 25 and not text.endswith(".") for _start, text in chunks)


def _table(lines: list[str], index: int, starts: list[int]) -> tuple[list[list[str]], int]:
    """The rows of the table whose header is ``lines[index]``, and the index after it.

    A row's number is on its first line when cells are aligned to the top (Word's default);
    when the first row's text comes before its number, cells are aligned to the bottom and a
    number closes its row instead.
    """
    width = len(starts)
    header: list[list[str]] = [[] for _ in range(width)]
    rows: list[list[list[str]]] = []
    pending: list[list[str]] | None = None  # bottom-aligned: the row being read, not yet numbered
    bottom = False
    end = index
    blank = 0

    def new_row() -> list[list[str]]:
        return [[] for _ in range(width)]

    def put(target: list[list[str]], chunks) -> None:
        for start, text in chunks:
            column = _column(starts, start)
            if column == 0 and _ROW_NUMBER.match(text):
                target[0].append(text)
            else:
                _cell_line(target[column], text)

    while end < len(lines):
        line = lines[end]
        if not line.strip():
            blank += 1
            if blank >= 2 and (rows or pending):
                break
            end += 1
            continue
        blank = 0
        chunks = _chunks(line)
        first_start, first_text = chunks[0]
        at_margin = first_start < starts[1] - 2
        if end == index:
            put(header, chunks)
        elif at_margin and _ROW_NUMBER.match(first_text):
            if bottom:
                put(pending, chunks)
                rows.append(pending)
                pending = new_row()
            else:
                rows.append(new_row())
                put(rows[-1], chunks)
        elif at_margin and len(chunks) == 1 and _GROUP.match(first_text):
            group = new_row()
            group[1].append(first_text)
            rows.append(group)
            rows.append(new_row())  # what follows a group row starts afresh
            if bottom:
                pending = new_row()
        elif at_margin and (rows or pending):
            break  # text at the margin that is neither a row nor a group: the table is over
        elif not rows and not bottom and _header_like(chunks):
            put(header, chunks)
        elif not rows and not bottom:
            bottom, pending = True, new_row()
            put(pending, chunks)
        elif bottom:
            put(pending, chunks)
        else:
            put(rows[-1], chunks)
        end += 1
    if pending and any(pending):
        rows.append(pending)
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
