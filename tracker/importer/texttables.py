"""Tables written as text: Word tables saved as .txt (a cell per tab-led line) and markdown
pipe tables ("| TT | Nội dung | Thời hạn |"), rebuilt into rows of cells.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer.dates import DateError, parse_deadline

_NUMBER_CELL = re.compile(r"\d{1,3}\.?")
_DEADLINE_HEADER = re.compile(r"thời\s+hạn|thời\s+gian\s+hoàn\s+thành", re.IGNORECASE)


def _deadline_like(cell: str) -> bool:
    """A deadline cell: dates, "Thường xuyên", dashes or nothing, line by line."""
    for line in cell.split("\n"):
        line = line.strip()
        if not line or line in {"-", "–", "x"}:
            continue
        try:
            if parse_deadline(line, 2000) is None:
                return False
        except DateError:
            return True
    return True


_HEADER_WORDS = re.compile(r"^(s?tt|số\s*tt|nội dung|tồn tại|hạn chế|giải pháp|thời hạn|tiến độ|ghi chú)", re.IGNORECASE)


def starts_tab_table(lines: list[str], index: int) -> bool:
    """A Word table saved as text: cells on lines that start with a tab, a "TT" cell first."""
    line = lines[index]
    if not line.startswith("\t") or line.strip().lower() not in {"tt", "stt", "số tt"}:
        return False
    following = [item for item in lines[index + 1:index + 12] if item.startswith("\t")]
    return sum(bool(_HEADER_WORDS.match(item.strip())) for item in following) >= 2


def tab_table(lines: list[str], index: int) -> tuple[list[list[str]], int]:
    """Cells start at a tab; lines without one continue the cell. Rows are rebuilt from the
    header's width, a row's first cell being its number (TT), which merged cells may lose."""
    cells: list[str] = []
    end = index
    while end < len(lines):
        line = lines[end]
        if "\t" in line:
            parts = line.split("\t")
            if cells:
                cells[-1] += "\n" + parts[0]
            cells.extend(parts[1:])
        elif cells:
            cells[-1] += "\n" + line
        end += 1
    cells = [cell.strip() for cell in cells]
    width = 0
    while width < len(cells) and not re.fullmatch(r"\(?1\)?", cells[width]) and width < 12:
        width += 1
    header, rest = cells[:width], cells[width:]
    if rest and re.fullmatch(r"\(1\)", rest[0]):
        rest = rest[width:]  # the "(1) (2) (3) ..." numbering row
    deadline_column = next((i for i, cell in enumerate(header) if _DEADLINE_HEADER.search(cell)), None)

    def row_starts_at(position: int) -> bool:
        """A row without its number cell: its deadline cell must sit where the header says."""
        if position >= len(rest):
            return False
        if _NUMBER_CELL.fullmatch(rest[position]):
            return True
        if deadline_column is None or deadline_column < 1 or len(rest[position]) < 20:
            return False
        probe = position + deadline_column - 1
        return probe < len(rest) and _deadline_like(rest[probe])

    rows = [header]
    position = 0
    while position < len(rest):
        if _NUMBER_CELL.fullmatch(rest[position]):
            row, position = [rest[position]], position + 1
        else:  # the number cell is missing (merged cells): the row starts with its content
            row = [""]
        while len(row) < width and position < len(rest):
            if len(row) == width - 1 and row_starts_at(position):
                break  # the last cell (notes) was lost: the next row begins here
            row.append(rest[position])
            position += 1
        if any(cell for cell in row):
            rows.append(row + [""] * (width - len(row)))
    return rows, end


_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def starts_pipe_table(lines: list[str], index: int) -> bool:
    """A markdown table: a "| a | b |" line followed by a "|---|---|" line."""
    return (lines[index].lstrip().startswith("|") and index + 1 < len(lines)
            and bool(_PIPE_SEPARATOR.match(lines[index + 1])))


def _pipe_cells(line: str) -> list[str]:
    line = line.strip()
    line = line.removeprefix("|")
    line = line.removesuffix("|")
    cells = re.split(r"(?<!\\)\|", line)
    return [re.sub(r"<br\s*/?>", "\n", cell.replace("\\|", "|"), flags=re.IGNORECASE).replace("**", "").strip()
            for cell in cells]


def pipe_table(lines: list[str], index: int) -> tuple[list[list[str]], int]:
    """The rows of a markdown table from its header line; shorter rows (group titles) are padded."""
    header = _pipe_cells(lines[index])
    rows = [header]
    end = index + 2
    while end < len(lines) and lines[end].lstrip().startswith("|"):
        cells = _pipe_cells(lines[end])
        rows.append(cells + [""] * (len(header) - len(cells)))
        end += 1
    return rows, end
