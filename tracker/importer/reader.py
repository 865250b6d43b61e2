"""Read an uploaded document into blocks: headings, paragraphs, list items and tables.

The parser never sees a file format: ``.docx`` (python-docx: paragraphs, list bullets, tables,
in body order), ``.txt`` and ``.md`` (the seeds; markdown emphasis and ``#`` marks are dropped but
remembered as "looks like a heading"), and ``.pdf`` with a text layer (pypdf). Text exported from
Word keeps its tables as tab-separated cells; those are rebuilt into table blocks too.

Every failure is a ``ReadError`` whose message is Vietnamese and says what to do.
Pure Python: no Flask, no database.
"""

import io
import logging
import re
from dataclasses import dataclass, field

from tracker.importer.texttables import (
    pipe_table,
    starts_pipe_table,
    starts_tab_table,
    tab_table,
)

log = logging.getLogger(__name__)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUPPORTED = ("docx", "txt", "md", "pdf")
SUPPORTED_LABEL = "Word (.docx), PDF có lớp chữ (.pdf), văn bản (.txt, .md)"

# Bounds that keep a hostile or absurd file from holding a request: a conclusion is a few dozen
# pages, well under these.
MAX_MEMBER_BYTES = 30 * 1024 * 1024  # one part of a .docx, once inflated
MAX_UNPACKED_BYTES = 60 * 1024 * 1024  # all parts together
MAX_TEXT_CHARS = 2 * 1024 * 1024
MAX_BLOCKS = 5_000  # paragraphs, items and tables: about 150 pages
MAX_BLOCK_CHARS = 30_000  # one paragraph or cell: about ten pages without a break
MAX_PDF_PAGES = 300


class ReadError(ValueError):
    """The file cannot be read as a document; the message is Vietnamese."""


@dataclass
class Block:
    """One unit of a document's text.

    ``kind`` is "para", "bullet" or "table". ``styled`` means the source marked it as a heading
    (a Word heading style, markdown ``#``, or the whole line in bold); ``marker`` is the bullet
    sign ("-", "+", "•") for list items; ``rows`` holds a table's cells.
    """

    kind: str
    text: str = ""
    styled: bool = False
    marker: str = ""
    level: int | None = None  # a Word heading style's level, when there is one
    rows: list[list[str]] = field(default_factory=list)
    blank_before: bool = False
    bold: bool = False  # every run of the paragraph is bold
    depth: int | None = None  # a list item's nesting level (Word's w:ilvl), when known
    numbered: bool = False  # its number ("1.", "a)", "II.") came from Word's automatic numbering

    @property
    def caps(self) -> bool:
        """Written in capitals ("II. HẠN CHẾ, KHUYẾT ĐIỂM")."""
        return any(char.isalpha() for char in self.text) and self.text.upper() == self.text


_BULLET = re.compile(r"^\s*([-–—+•·*▪○●◦]|\u2022)\s+")
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s*")
_ARTIFACT = re.compile(r"\[bookmark:[^\]]*\]")


def extension_of(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def read_document(filename: str, data: bytes) -> list[Block]:
    """Blocks of the document, or ``ReadError`` saying why it cannot be read."""
    extension = extension_of(filename)
    if not data or not data.strip():
        raise ReadError(f"Tệp “{filename}” trống: không có nội dung để nhập.")
    if extension == "doc" or data.startswith(OLE_MAGIC):
        raise ReadError(
            f"Tệp “{filename}” là định dạng Word 97-2003 (.doc), chưa đọc được: "
            "hãy mở bằng Word và lưu lại thành .docx rồi tải lên."
        )
    if extension not in SUPPORTED:
        raise ReadError(
            f"Định dạng của tệp “{filename}” không được hỗ trợ. Hãy tải lên {SUPPORTED_LABEL}."
        )
    if extension == "docx":
        from tracker.importer.docx_reader import read_docx  # it imports Block from here

        try:
            blocks = read_docx(filename, data)
        except ReadError:
            raise
        except Exception as error:  # a damaged part met while reading (python-docx reads lazily)
            log.warning("import: %s broke while being read: %r", filename, error)
            raise ReadError(f"Tệp “{filename}” không phải tài liệu Word (.docx) hợp lệ hoặc đã bị hỏng.") from error
    elif extension == "pdf":
        blocks = _read_text(_capped(filename, _pdf_text(filename, data)), markdown=False)
    else:  # .txt exports carry markdown too
        blocks = _read_text(_capped(filename, _decode(filename, data)), markdown=True)
    if not any(block.text.strip() or block.rows for block in blocks):
        raise ReadError(f"Tệp “{filename}” không có nội dung chữ để nhập.")
    if len(blocks) > MAX_BLOCKS:
        raise _too_long(filename)
    if any(len(block.text) > MAX_BLOCK_CHARS or any(len(cell) > MAX_BLOCK_CHARS for row in block.rows for cell in row)
           for block in blocks):
        raise ReadError(
            f"Tệp “{filename}” có một đoạn văn dài bất thường (hơn {MAX_BLOCK_CHARS // 1000} nghìn ký tự "
            "liền, không xuống dòng), không giống một thông báo kết luận: hãy kiểm tra lại tệp."
        )
    return blocks


def _too_long(filename: str) -> ReadError:
    return ReadError(
        f"Tệp “{filename}” quá dài để là một thông báo kết luận (hơn {MAX_TEXT_CHARS // 1024 // 1024} "
        f"triệu ký tự hoặc hơn {MAX_BLOCKS:_} đoạn): hãy tải lên riêng phần kết luận.".replace("_", ".")
    )


def _capped(filename: str, text: str) -> str:
    """The text, or ``ReadError`` when it is far longer than any conclusion."""
    if len(text) > MAX_TEXT_CHARS:
        raise _too_long(filename)
    return text


# --- plain text and markdown -------------------------------------------------------------------


def _decode(filename: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ReadError(f"Tệp “{filename}” không phải tệp văn bản (có dữ liệu nhị phân).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")  # Windows Vietnamese, still met in old offices
    except UnicodeDecodeError as error:
        log.warning("import: %s is neither UTF-8 nor cp1258: %s", filename, error)
        raise ReadError(
            f"Không đọc được bảng mã của tệp “{filename}”: hãy lưu lại với bảng mã UTF-8."
        ) from error
    log.info("import: %s decoded as cp1258", filename)
    return text


def _clean_markdown(line: str) -> tuple[str, bool]:
    """Drop markdown marks; report whether the line was a heading or wholly bold."""
    styled = False
    heading = _MD_HEADING.match(line)
    if heading:
        styled = True
        line = line[heading.end():]
    stripped = line.strip()
    if re.fullmatch(r"\*\*\*?(.+?)\*\*\*?", stripped) or re.fullmatch(r"__(.+?)__", stripped):
        styled = True
    line = re.sub(r"(\*{1,3}|_{2,3})", "", line)
    line = line.replace("\\", "").replace("  ", " ")
    return line.strip(), styled


def _read_text(text: str, markdown: bool) -> list[Block]:
    """Lines into blocks; a tab-separated table exported from Word becomes a table block."""
    text = _ARTIFACT.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    blocks: list[Block] = []
    blank = False
    index = 0
    last_length = 0  # the previous physical line's length
    while index < len(lines):
        raw = lines[index]
        if starts_tab_table(lines, index) or starts_pipe_table(lines, index):
            reader = tab_table if starts_tab_table(lines, index) else pipe_table
            rows, index = reader(lines, index)
            blocks.append(Block("table", rows=rows, blank_before=True))
            blank = True
            continue
        index += 1
        if not raw.strip():
            blank = True
            continue
        if markdown or raw.lstrip().startswith(("#", "**")):
            line, styled = _clean_markdown(raw)
        else:
            line, styled = raw.strip(), False
        if not line:
            continue
        bullet = _BULLET.match(line)
        if bullet and not line.startswith("**"):
            block = Block("bullet", line[bullet.end():].strip(), marker=bullet.group(1))
        else:
            block = Block("para", line, styled=styled)
        block.blank_before = blank
        blank = False
        # A line cut by a page break or a PDF's line wrap continues the previous paragraph.
        previous = blocks[-1] if blocks else None
        if previous is not None and _continues_line(previous, block, line, last_length, not markdown):
            previous.text = f"{previous.text} {line}"
            last_length = len(line)
            continue
        last_length = len(line)
        blocks.append(block)
    return blocks


_NEW_ITEM = re.compile(r"^(?:[IVX]{1,5}\s*[.)]|\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\s*\)|[A-E]\s*\.)\s")
WRAP_WIDTH = 55  # a PDF line at least this long that stops mid-sentence was wrapped


def _continues_line(previous: Block, block: Block, line: str, last_length: int, wrapped: bool) -> bool:
    """Whether ``line`` continues the previous paragraph: it starts in lower case (a page
    break), or, in a PDF, the previous line was full and stopped mid-sentence."""
    if previous.kind not in {"para", "bullet"} or block.kind != "para" or block.styled or previous.styled:
        return False
    ended = previous.text.rstrip()
    if wrapped and re.search(r"\d{1,2}\.\d{1,2}\.$", ended) and re.match(r"\d{4}\b", line):
        return True  # "hết ngày 10.01." + "2026": a date cut at the line's end
    if ended.endswith((".", ";", "!", "?")) or (ended.endswith(":") and not (wrapped and last_length >= WRAP_WIDTH)):
        return False  # a full PDF line ending in ":" wraps too ("...; thời hạn:" / "trong thời hạn ...")
    if _NEW_ITEM.match(line):
        return False  # "a) ...", "2. ...": a new item, even in lower case
    if line[:1].islower():
        return True
    if block.caps and wrapped and len(line) <= 20 and line.endswith((".", ";", ",")) and last_length >= WRAP_WIDTH:
        return True  # "CCHC." ending a wrapped sentence
    if not wrapped or block.caps or previous.caps:
        return False
    return last_length >= WRAP_WIDTH


# --- Word ----------------------------------------------------------------------------------------


# --- PDF -------------------------------------------------------------------------------------------


_TABLE_HEADER_CELL = re.compile(
    r"^\s*(?:STT|TT|Số TT)(?:\s*$|\s+.*(?:[Nn]ội dung|[Tt]ồn tại|[Hh]ạn chế|[Tt]hời hạn|[Đđ]ơn vị))", re.MULTILINE)


def _pdf_page_text(page) -> str:
    """A page's text; a page holding a table (a "TT" header cell alone on its line) is read
    laid out, so that the table's rows can be rebuilt."""
    text = page.extract_text() or ""
    if _TABLE_HEADER_CELL.search(text):
        from tracker.importer.pdf_tables import with_tables

        rebuilt = with_tables(page.extract_text(extraction_mode="layout") or "")
        if rebuilt is not None:
            return rebuilt
    return text


def _pdf_text(filename: str, data: bytes) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise _too_long(filename)
        text = "\n".join(_pdf_page_text(page) for page in reader.pages)
    except ReadError:
        raise
    except Exception as error:
        log.warning("import: %s is not a readable pdf: %r", filename, error)
        raise ReadError(f"Tệp “{filename}” không phải tệp PDF hợp lệ hoặc đã bị hỏng.") from error
    if len(text.strip()) < 20:
        raise ReadError(
            f"Tệp PDF “{filename}” không có lớp chữ (có thể là bản scan): hãy tải lên bản Word "
            "hoặc PDF xuất từ Word."
        )
    return text
