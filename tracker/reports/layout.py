"""Page layout of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I).

A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman (East Asian and complex
script slots too, or Word falls back to another font for Vietnamese letters); the header block
as a borderless two-column table; page numbers centred at the top from page 2; "Nơi nhận" and
the signature side by side at the end. Wide tables go into a landscape section.

Long appendix tables are written straight as WordprocessingML elements: python-docx's cell
API costs about a millisecond per cell, which is minutes for a 100,000-item inspection.
"""

import io
import zipfile
from collections.abc import Iterable, Sequence

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Mm, Pt
from lxml import etree

from tracker.reports.wording import Issuer

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
TEXT_WIDTH_CM = (210 - 30 - 15) / 10  # 16.5 cm portrait
LANDSCAPE_TEXT_WIDTH_CM = (297 - 30 - 15) / 10  # 25.2 cm landscape
TWIPS_PER_CM = 567


def _set_fonts(rpr, size_pt: int | None = None) -> None:
    """Times New Roman in every script slot of ``rpr`` (theme fonts removed), Vietnamese language."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        if attribute.endswith(("Theme", "theme")):
            del fonts.attrib[attribute]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    if size_pt:
        for tag in ("w:sz", "w:szCs"):
            element = rpr.find(qn(tag))
            if element is None:
                element = OxmlElement(tag)
                rpr.append(element)
            element.set(qn("w:val"), str(size_pt * 2))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")
    lang.set(qn("w:eastAsia"), "vi-VN")


def new_document():
    """An empty A4 portrait document with the decree's margins, fonts and page numbering."""
    document = Document()
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    _set_fonts(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), BODY_PT)
    normal = styles["Normal"]
    _set_fonts(normal.element.get_or_add_rPr(), BODY_PT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    table_text = styles.add_style("Table Text", 1)  # 1 = paragraph style
    table_text.base_style = normal
    table_text.font.size = Pt(TABLE_PT)
    table_text.paragraph_format.space_before = Pt(2)
    table_text.paragraph_format.space_after = Pt(2)
    table_text.paragraph_format.line_spacing = 1.0
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    for side, value in MARGINS.items():
        setattr(section, f"{side}_margin", value)
    section.header_distance = section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True  # no number on the first page
    _page_number(section.header.paragraphs[0])
    return document


def _page_number(paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def landscape_section(document):
    """Start a landscape section (for a wide appendix); its pages keep their numbers."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = PAGE_HEIGHT, PAGE_WIDTH
    section.different_first_page_header_footer = False
    return section


def paragraph(container, text: str = "", *, bold=False, italic=False, size: int | None = None,
              align: str = "justify", indent: bool = False, after: float | None = None,
              before: float | None = None, keep_next: bool = False):
    """A paragraph of one run. ``indent`` is the body text's first-line indent (1.27 cm)."""
    para = container.add_paragraph()
    para.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                      "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    fmt = para.paragraph_format
    if indent:
        fmt.first_line_indent = Cm(1.27)
    if after is not None:
        fmt.space_after = Pt(after)
    if before is not None:
        fmt.space_before = Pt(before)
    if keep_next:
        fmt.keep_with_next = True
    if text:
        run = para.add_run(text)
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
    return para


def rule(container, width_cm: float, box_cm: float) -> None:
    """A short centred line (the rule under a body's name or the motto): the top border of an
    empty, one-point-high paragraph indented to ``width_cm`` inside a ``box_cm`` wide cell."""
    para = container.add_paragraph()
    fmt = para.paragraph_format
    fmt.left_indent = fmt.right_indent = Cm(max(0.0, (box_cm - width_cm) / 2))
    fmt.space_before, fmt.space_after = Pt(3), Pt(0)
    fmt.line_spacing = Pt(1)
    ppr = para._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(key), value)
    borders.append(top)
    ppr.insert(0, borders)
    mark = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")
    mark.append(size)
    ppr.append(mark)


def _plain_table(container, widths_cm: Sequence[float]):
    table = container.add_table(rows=1, cols=len(widths_cm))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)
    for cell, width in zip(table.rows[0].cells, widths_cm):
        cell.width = Cm(width)
    return table


def _cell_lines(cell, lines, size, bold=False, italic=False, align="center", after=0):
    first = True
    for line in lines:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.LEFT
        para.paragraph_format.space_after = Pt(after)
        para.paragraph_format.line_spacing = 1.0
        if line:
            run = para.add_run(line)
            run.font.size = Pt(size)
            run.bold, run.italic = bold or None, italic or None


def header_block(document, issuer: Issuer, number: str, date_line: str,
                 subject: str | None = None) -> None:
    """The top of the first page: issuing body, number (and "V/v" subject of a letter) on the
    left; national name and motto, then the place and date, on the right."""
    left_cm, right_cm = 6.3, TEXT_WIDTH_CM - 6.3
    table = _plain_table(document, (left_cm, right_cm))
    left, right = table.rows[0].cells
    if issuer.parent_line:
        _cell_lines(left, [issuer.parent_line], 13)
        para = left.add_paragraph()
        _cell_lines_into(para, issuer.name_lines[0], 13, bold=True)
        names = issuer.name_lines[1:]
    else:
        names = issuer.name_lines
        _cell_lines(left, names[:1], 13, bold=True)
        names = names[1:]
    for name in names:
        _cell_lines_into(left.add_paragraph(), name, 13, bold=True)
    longest = max(len(name) for name in issuer.name_lines)
    rule(left, min(left_cm - 1, max(1.5, longest * 0.26 * 0.45)), left_cm)
    _cell_lines_into(left.add_paragraph(), number, 13, before=6)
    if subject:
        _cell_lines_into(left.add_paragraph(), subject, 12, before=3)
    _cell_lines(right, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], 12, bold=True)
    _cell_lines_into(right.add_paragraph(), "Độc lập - Tự do - Hạnh phúc", 14, bold=True)
    rule(right, 6.2, right_cm)
    _cell_lines_into(right.add_paragraph(), date_line, 14, italic=True, before=6)
    paragraph(document, "", after=6)


def _cell_lines_into(para, text, size, bold=False, italic=False, before=0):
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.space_after = Pt(0)
    para.paragraph_format.space_before = Pt(before)
    para.paragraph_format.line_spacing = 1.0
    run = para.add_run(text)
    run.font.size = Pt(size)
    run.bold, run.italic = bold or None, italic or None


def title_block(document, kind: str, lines: Iterable[str]) -> None:
    """The document's kind in bold capitals ("BÁO CÁO") and its subject under it, with a rule."""
    paragraph(document, kind, bold=True, align="center", after=0, before=6)
    for line in lines:
        paragraph(document, line, bold=True, align="center", after=0)
    rule(document, 4.0, TEXT_WIDTH_CM)
    paragraph(document, "", after=0)


def signature_block(document, recipients: Sequence[str], signer_lines: Sequence[str],
                    width_cm: float = TEXT_WIDTH_CM) -> None:
    """"Nơi nhận" on the left, the signer's title, room to sign and a name line on the right."""
    left_cm = min(7.5, width_cm / 2)
    table = _plain_table(document, (left_cm, width_cm - left_cm))
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))
    left, right = table.rows[0].cells
    _cell_lines(left, ["Nơi nhận:"], 12, bold=True, italic=True, align="left")
    for line in recipients:
        _cell_lines_into(left.add_paragraph(), line, 11)
        left.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.LEFT
    _cell_lines(right, signer_lines, 14, bold=True)
    for _ in range(4):
        right.add_paragraph()
    _cell_lines_into(right.add_paragraph(), "……………………………", 14, bold=True)


# Tag names resolved once: these run for every cell of a 100,000-row appendix.
_B = qn("w:b")
_BR = qn("w:br")
_GRIDSPAN = qn("w:gridSpan")
_I = qn("w:i")
_JC = qn("w:jc")
_P = qn("w:p")
_PPR = qn("w:pPr")
_PSTYLE = qn("w:pStyle")
_R = qn("w:r")
_RPR = qn("w:rPr")
_SZ = qn("w:sz")
_T = qn("w:t")
_TBLHEADER = qn("w:tblHeader")
_TC = qn("w:tc")
_TCPR = qn("w:tcPr")
_TCW = qn("w:tcW")
_TR = qn("w:tr")
_TRPR = qn("w:trPr")
_TYPE = qn("w:type")
_VALIGN = qn("w:vAlign")
_VMERGE = qn("w:vMerge")
_VAL = qn("w:val")
_W = qn("w:w")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class FastTable:
    """A bordered table whose body rows are appended as raw XML (see the module docstring).

    ``groups`` adds a first header row of (label, span) pairs: a span of 1 is one column whose
    header cell covers both rows (vertical merge), a wider span heads the columns under it.
    """

    def __init__(self, container, headers: Sequence[str], widths_cm: Sequence[float],
                 numbered: bool = False, centered: Sequence[int] = (),
                 groups: Sequence[tuple[str, int]] = ()):
        self.widths = [int(width * TWIPS_PER_CM) for width in widths_cm]
        self.centered = set(centered)
        self._tbl = _grid_table(container, self.widths)
        _cell_margins(self._tbl.tblPr, 85)
        if groups:
            top, merged, column = [], set(), 0
            for label, span in groups:
                top.append((label, span, "restart" if span == 1 else None))
                if span == 1:
                    merged.add(column)
                column += span
            self._row(top, bold=True, header=True)
            self._row([(None if i in merged else text, 1, "continue" if i in merged else None)
                       for i, text in enumerate(headers)], bold=True, header=True)
        else:
            self.add_row(headers, bold=True, header=True, align_all="center")
        if numbered:
            self.add_row([f"({n})" for n in range(1, len(headers) + 1)], italic=True,
                         header=True, align_all="center")

    def add_row(self, values: Sequence[str], *, bold=False, italic=False, header=False,
                align_all: str | None = None) -> None:
        """Append a row; ``\\n`` in a value starts a new line within the cell."""
        self._row([(value, 1, None) for value in values], bold=bold, italic=italic, header=header,
                  align_all=align_all)

    def _row(self, cells, *, bold=False, italic=False, header=False, align_all=None) -> None:
        tr = etree.SubElement(self._tbl, _TR)
        if header:
            trpr = etree.SubElement(tr, _TRPR)
            etree.SubElement(trpr, _TBLHEADER)
            align_all = "center"
        column = 0
        for value, span, vmerge in cells:
            tc = etree.SubElement(tr, _TC)
            tcpr = etree.SubElement(tc, _TCPR)
            width = etree.SubElement(tcpr, _TCW)
            width.set(_W, str(sum(self.widths[column:column + span])))
            width.set(_TYPE, "dxa")
            if span > 1:
                etree.SubElement(tcpr, _GRIDSPAN).set(_VAL, str(span))
            if vmerge:
                merge = etree.SubElement(tcpr, _VMERGE)
                if vmerge == "restart":
                    merge.set(_VAL, "restart")
            if header:
                etree.SubElement(tcpr, _VALIGN).set(_VAL, "center")
            p = etree.SubElement(tc, _P)
            ppr = etree.SubElement(p, _PPR)
            etree.SubElement(ppr, _PSTYLE).set(_VAL, "TableText")
            align = align_all or ("center" if column in self.centered else "left")
            etree.SubElement(ppr, _JC).set(_VAL, align)
            column += span
            text = "" if value is None else str(value)
            if not text:
                continue
            r = etree.SubElement(p, _R)
            if bold or italic or header:
                rpr = etree.SubElement(r, _RPR)
                if bold:
                    etree.SubElement(rpr, _B)
                if italic:
                    etree.SubElement(rpr, _I)
                if header:  # one point smaller, so headings fit narrow number columns
                    etree.SubElement(rpr, _SZ).set(_VAL, str((TABLE_PT - 1) * 2))
            for number, line in enumerate(text.split("\n")):
                if number:
                    etree.SubElement(r, _BR)
                t = etree.SubElement(r, _T)
                t.text = line
                t.set(_SPACE, "preserve")


def _grid_table(container, widths_twips: Sequence[int]):
    """An empty bordered ("Table Grid"), centred, fixed-layout table at the end of ``container``.

    Built as XML: python-docx's ``add_table`` looks the default table style up by scanning every
    style, a few milliseconds a table, which adds up over thousands of units.
    """
    tbl = CT_Tbl.new_tbl(0, len(widths_twips), Cm(sum(widths_twips) / TWIPS_PER_CM))
    body = container._body if hasattr(container, "_body") else container  # a Document or a cell
    body._element._insert_tbl(tbl)
    tblpr = tbl.tblPr
    style = OxmlElement("w:tblStyle")
    style.set(qn("w:val"), "TableGrid")
    tblpr.insert(0, style)
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center")
    tblpr.append(jc)
    layout_ = OxmlElement("w:tblLayout")
    layout_.set(qn("w:type"), "fixed")
    tblpr.append(layout_)
    for column, width in zip(tbl.tblGrid.gridCol_lst, widths_twips):
        column.set(qn("w:w"), str(width))
    return tbl


def _cell_margins(tblpr, twips: int) -> None:
    """Narrow left/right cell padding, so short headers ("Quá hạn") fit narrow columns."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("w:left", "w:right"):
        element = OxmlElement(side)
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tblpr.append(margins)


def to_bytes(document, streamed: Iterable[str] = ()) -> bytes:
    """The document as .docx bytes, with ``streamed`` XML fragments in place of its marker
    paragraph (see ``stream_marker``)."""
    buffer = io.BytesIO()
    document.save(buffer)
    if not streamed:
        return buffer.getvalue()
    result = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename != "word/document.xml":
                out.writestr(info, data)
                continue
            text = data.decode("utf-8")
            at = text.index(STREAM_MARKER)
            start = max(text.rfind("<w:p>", 0, at), text.rfind("<w:p ", 0, at))
            end = text.index("</w:p>", at) + len("</w:p>")
            entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with out.open(entry, "w") as stream:
                stream.write(text[:start].encode("utf-8"))
                for fragment in streamed:
                    stream.write(fragment.encode("utf-8"))
                stream.write(text[end:].encode("utf-8"))
    return result.getvalue()


STREAM_MARKER = "@@tracker-streamed-body@@"


def stream_marker(document) -> None:
    """Mark where ``to_bytes`` will splice the streamed fragments.

    A 100,000-item appendix held as one lxml tree costs about 2 GB; built one unit at a time,
    serialised and dropped, it costs one unit's worth.
    """
    paragraph(document, STREAM_MARKER)


def detach(document, build) -> str:
    """Run ``build(document)`` (which appends paragraphs and tables at the end of the body) and
    return what it added as XML text, removing it from the document again."""
    body = document.element.body
    before = len(body)
    build(document)
    added = list(body)[before - 1:-1]  # new elements sit before the body's final sectPr
    text = "".join(etree.tostring(element, encoding="unicode") for element in added)
    for element in added:
        body.remove(element)
    return text
