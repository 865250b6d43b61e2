"""Word documents (.docx) read into blocks: paragraphs with their style facts and automatic
numbering, list items, tables with merged cells blanked, in body order; every part's size
checked before anything is inflated.

Pure Python over python-docx; no Flask, no database.
"""

import io
import logging
import re
import zipfile

from docx.oxml.ns import qn

from tracker.importer.numbering import WordNumbering
from tracker.importer.reader import (
    _ARTIFACT,
    _BULLET,
    MAX_BLOCKS,
    MAX_MEMBER_BYTES,
    MAX_TEXT_CHARS,
    MAX_UNPACKED_BYTES,
    Block,
    ReadError,
    _too_long,
)

log = logging.getLogger(__name__)


def check_docx_sizes(filename: str, data: bytes) -> None:
    """Refuse a .docx whose parts would inflate beyond the bounds, before inflating anything.

    The sizes come from the zip's directory; reading a part never yields more than the size the
    directory declares, so a lying directory cannot make a part grow past the bound either.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ReadError(f"Tệp “{filename}” không phải tài liệu Word (.docx) hợp lệ hoặc đã bị hỏng.") from error
    total = sum(member.file_size for member in members)
    if (len(members) > 2000 or total > MAX_UNPACKED_BYTES
            or any(member.file_size > MAX_MEMBER_BYTES for member in members)):
        log.warning("import: %s refused, %d members unpacking to %d bytes", filename, len(members), total)
        raise ReadError(
            f"Tệp “{filename}” khi giải nén lớn bất thường ({total / 1024 / 1024:.0f} MB), "
            "không giống một văn bản Word thông thường nên không được đọc. Hãy lưu lại tài liệu "
            "bằng Word rồi tải lên."
        )


def read_docx(filename: str, data: bytes) -> list[Block]:
    """Blocks of a Word document in body order, within the size bounds (``ReadError`` otherwise)."""
    check_docx_sizes(filename, data)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        log.warning("import: %s is not a readable docx: %r", filename, error)
        raise ReadError(
            f"Tệp “{filename}” không phải tài liệu Word (.docx) hợp lệ hoặc đã bị hỏng."
        ) from error
    except Exception as error:
        log.warning("import: %s could not be opened by python-docx: %r", filename, error)
        raise ReadError(
            f"Tệp “{filename}” không phải tài liệu Word (.docx) hợp lệ hoặc đã bị hỏng."
        ) from error
    blocks: list[Block] = []
    numbering = WordNumbering(document)
    styles = StyleCache(document)
    size = 0
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            block = _docx_paragraph(Paragraph(child, document), numbering, styles)
            if block is not None:
                blocks.append(block)
                size += len(block.text)
        elif tag == "tbl":
            rows = []
            for row in Table(child, document).rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats across the columns it spans
                        cells.append("")
                        continue
                    seen.add(id(cell._tc))
                    cells.append("\n".join(p.text.strip() for p in cell.paragraphs).strip())
                rows.append(cells)
            if rows:
                blocks.append(Block("table", rows=rows, blank_before=True))
                size += sum(len(cell) for row in rows for cell in row)
        if size > MAX_TEXT_CHARS or len(blocks) > MAX_BLOCKS:
            raise _too_long(filename)
    return blocks


def _docx_paragraph(paragraph, numbering: WordNumbering, styles: "StyleCache") -> Block | None:
    text = _ARTIFACT.sub("", paragraph.text).strip()
    if not text:
        return None
    paragraph_style = styles.of(paragraph)
    label = numbering.label(paragraph, paragraph_style)
    style = (paragraph_style.name if paragraph_style is not None else "") or ""
    level = None
    heading = re.match(r"(?:Heading|Tiêu đề)\s*(\d)", style, re.IGNORECASE)
    if heading:
        level = int(heading.group(1))
    else:
        level = styles.outline_level(paragraph, paragraph_style)  # a custom style set as a heading
    runs = [run for run in paragraph.runs if run.text.strip()]
    bold = bool(runs) and all(run.bold or (run.bold is None and styles.bold(paragraph_style)) for run in runs)
    bullet = _BULLET.match(text)
    if bullet:
        return Block("bullet", text[bullet.end():].strip(), marker=bullet.group(1), bold=bold)
    if label is not None:
        marker, depth, is_bullet = label
        if is_bullet and level is None and not bold:
            return Block("bullet", text, marker=marker, depth=depth)
        if not is_bullet:
            # Automatic numbering ("II.", "1.", "a)") reads as if typed: headings and numbered
            # paragraphs are then recognised the same way in every format.
            return Block("para", f"{marker} {text}", styled=bold or level is not None, level=level,
                         bold=bold, depth=depth, numbered=True)
    elif "List" in style and level is None and not bold:
        return Block("bullet", text, marker="•")
    return Block("para", text, styled=bold or level is not None or style.lower() == "title",
                 level=level, bold=bold)


class StyleCache:
    """Paragraph styles by id, looked up once (python-docx searches the styles part each time)."""

    def __init__(self, document):
        """Index the paragraph styles of ``document``."""
        from docx.enum.style import WD_STYLE_TYPE

        self.by_id = {style.style_id: style for style in document.styles
                      if style.type == WD_STYLE_TYPE.PARAGRAPH}
        self.default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self._bold: dict[str, bool] = {}

    def of(self, paragraph):
        """The paragraph's style (the default one when it names none or an unknown one)."""
        p_pr = paragraph._p.pPr
        style_id = p_pr.style if p_pr is not None else None
        return self.by_id.get(style_id, self.default) if style_id else self.default

    def outline_level(self, paragraph, style) -> int | None:
        """The outline level Word shows in its navigation pane (w:outlineLvl), 1-based."""
        for element in (paragraph._p.pPr, style.element.pPr if style is not None else None):
            found = element.find(qn("w:outlineLvl")) if element is not None else None
            if found is not None:
                value = int(found.get(qn("w:val"), "9"))
                return value + 1 if value < 9 else None  # 9 is "body text"
        return None

    def bold(self, style) -> bool:
        """Whether text in ``style`` is bold, through its base styles."""
        if style is None:
            return False
        if style.style_id not in self._bold:
            current, value = style, False
            while current is not None:
                if current.font is not None and current.font.bold is not None:
                    value = bool(current.font.bold)
                    break
                current = current.base_style
            self._bold[style.style_id] = value
        return self._bold[style.style_id]
