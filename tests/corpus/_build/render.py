"""Renderers: markup blocks -> .docx / .pdf / .txt / .md files."""
import copy
import html
import re

from markup import Counter, LIST_KINDS, parse, strip_marks

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"


def inline_runs(text):
    """Split "a **b** *c*" into [(text, bold, italic)]."""
    text = strip_marks(text)
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|(?<![\w*])\*(\S.*?\S|\S)\*(?![\w*])", text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False, False))
        if m.group(1) is not None:
            out.append((m.group(1), True, False))
        else:
            out.append((m.group(2), False, True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False, False))
    return out


# ---------------------------------------------------------------- text / md

def to_text(src, md=False, opts=None):
    opts = opts or {}
    blocks = parse(src)
    out = []
    counter = Counter("decimal")
    ln_count = 0
    prev = None
    for kind, val in blocks:
        if kind != "ln":
            ln_count = 0
        if kind == "hdr":
            parent, issuer, number, placedate = val
            if parent:
                out.append(parent)
            out.append(("**%s**" % issuer) if md else issuer)
            out.append(("**%s**" % MOTTO) if md else MOTTO)
            out.append(("**%s**" % MOTTO2) if md else MOTTO2)
            out.append("")
            out.extend(x.strip() for x in number.split("//"))
            out.append(("*%s*" % placedate) if md else placedate)
        elif kind == "title":
            out.append(("## " + val) if md else val.upper() if opts.get("upper_title") else val)
        elif kind == "sub":
            out.append(("### " + val) if md else val)
        elif kind == "list":
            counter = Counter(val)
            continue
        elif kind == "num":
            lvl, text = val
            label = counter.label(lvl)
            out.append("%s %s" % (label, text))
        elif kind == "heading":
            lvl, text = val
            out.append(("#" * (lvl + 1) + " " + text) if md else text)
        elif kind == "lb":
            out.append("- " + val)
        elif kind == "ln":
            ln_count += 1
            out.append("%d. %s" % (ln_count, val))
        elif kind == "table":
            rows = val
            if md:
                ncol = len(rows[0])
                for r, row in enumerate(rows):
                    cells = ["" if c in ("^", "<") else c.replace(" // ", "<br>").replace("//", "<br>") for c in row]
                    out.append("| " + " | ".join(cells) + " |")
                    if r == 0:
                        out.append("|" + "---|" * ncol)
            else:
                for row in rows:
                    cells = ["" if c in ("^", "<") else c.replace(" // ", "\n").replace("//", "\n") for c in row]
                    out.append("\t".join(cells))
        elif kind == "sig":
            out.append(val)
        elif kind == "pagebreak":
            continue
        else:
            out.append(val)
        out.append("")
        prev = kind
    text = "\n".join(out).rstrip() + "\n"
    text = strip_marks(text)
    if not md:
        text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    return text


# ---------------------------------------------------------------- docx

def to_docx(src, path, opts=None):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Cm

    opts = opts or {}
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    for sname in ("Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number"):
        st = doc.styles[sname]
        st.font.name = "Times New Roman"
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(a), "Times New Roman")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]
    doc.styles["Normal"].font.size = Pt(13)
    for lvl, size in ((1, 13), (2, 13), (3, 13)):
        st = doc.styles["Heading %d" % lvl]
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.italic = lvl == 3
        st.font.color.rgb = RGBColor(0, 0, 0)

    numbering = doc.part.numbering_part.element
    abstract_ids = {}

    def add_abstract(kind):
        aid = 50 + len(abstract_ids)
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "multilevel")
        an.append(mlt)
        for ilvl, (fmt, text) in enumerate(LIST_KINDS[kind]):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(ilvl))
            for tag, v in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
                e = OxmlElement(tag)
                e.set(qn("w:val"), v)
                lvl.append(e)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(360 + 360 * ilvl))
            ind.set(qn("w:hanging"), "360")
            ppr.append(ind)
            lvl.append(ppr)
            an.append(lvl)
        # abstractNum elements must precede num elements
        existing = numbering.findall(qn("w:abstractNum"))
        if existing:
            existing[-1].addnext(an)
        else:
            numbering.insert(0, an)
        abstract_ids[kind] = aid
        return aid

    next_num = [100]

    def new_num(kind):
        aid = abstract_ids.get(kind) or add_abstract(kind)
        nid = next_num[0]
        next_num[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        num.append(an)
        for ilvl in range(3):
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), str(ilvl))
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), "1")
            ov.append(so)
            num.append(ov)
        numbering.append(num)
        return nid

    def add_runs(p, text, bold=None, italic=None):
        for t, b, i in inline_runs(text):
            r = p.add_run(t)
            if b or bold:
                r.bold = True
            if i or italic:
                r.italic = True
        return p

    def para(text, style=None, align=None, bold=None, italic=None, indent=True):
        p = doc.add_paragraph(style=style)
        add_runs(p, text, bold, italic)
        pf = p.paragraph_format
        if align is not None:
            pf.alignment = align
        else:
            pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent and style is None:
                pf.first_line_indent = Cm(1.0)
        pf.space_after = Pt(4)
        return p

    def cell_text(cell, text, bold=None, align=None):
        p = cell.paragraphs[0]
        parts = re.split(r"\s*//\s*", text)
        for k, part in enumerate(parts):
            if k:
                p.runs[-1].add_break(WD_BREAK.LINE) if p.runs else p.add_run().add_break(WD_BREAK.LINE)
            add_runs(p, part, bold)
        if align is not None:
            p.alignment = align

    blocks = parse(src)
    numid = None
    sig_lines = []

    def flush_sig():
        if not sig_lines:
            return
        t = doc.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.paragraphs[0].add_run("")
        first = True
        for s in sig_lines:
            p = right.paragraphs[0] if first else right.add_paragraph()
            first = False
            add_runs(p, s, bold=not s.startswith("*"))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sig_lines.clear()

    for kind, val in blocks:
        if kind != "sig":
            flush_sig()
        if kind == "hdr":
            parent, issuer, number, placedate = val
            t = doc.add_table(rows=1, cols=2)
            left, right = t.rows[0].cells
            p = left.paragraphs[0]
            if parent:
                p.add_run(parent)
                p = left.add_paragraph()
            p.add_run(issuer).bold = True
            for x in number.split("//"):
                left.add_paragraph().add_run(x.strip())
            for p in left.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            right.paragraphs[0].add_run(MOTTO).bold = True
            right.add_paragraph().add_run(MOTTO2).bold = True
            right.add_paragraph().add_run(placedate).italic = True
            for p in right.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()
        elif kind == "title":
            para(val, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        elif kind == "sub":
            para(val, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        elif kind == "list":
            numid = new_num(val)
        elif kind == "num":
            lvl, text = val
            if numid is None:
                numid = new_num("decimal")
            p = para(text, indent=False)
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = lvl
            numpr.get_or_add_numId().val = numid
        elif kind == "heading":
            lvl, text = val
            p = doc.add_paragraph(style="Heading %d" % lvl)
            add_runs(p, text)
        elif kind == "lb":
            para(val, style="List Bullet")
        elif kind == "ln":
            para(val, style="List Number")
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(rows):
                for c in range(ncol):
                    v = row[c] if c < len(row) else ""
                    if v in ("^", "<"):
                        continue
                    cell_text(t.cell(r, c), v, bold=(r == 0) or None,
                              align=WD_ALIGN_PARAGRAPH.CENTER if r == 0 else None)
            # merges after filling, so merged text is not duplicated
            for r, row in enumerate(rows):
                for c in range(ncol):
                    v = row[c] if c < len(row) else ""
                    if v == "<":
                        c0 = c - 1
                        while rows[r][c0] == "<":
                            c0 -= 1
                        t.cell(r, c0).merge(t.cell(r, c))
                    elif v == "^":
                        r0 = r - 1
                        while rows[r0][c] == "^":
                            r0 -= 1
                        t.cell(r0, c).merge(t.cell(r, c))
            # python-docx keeps an empty paragraph in absorbed cells; drop empties
            for cell in t._cells:
                ps = cell.paragraphs
                if len(ps) > 1:
                    for p in ps:
                        if not p.text.strip() and len(cell.paragraphs) > 1:
                            p._p.getparent().remove(p._p)
            doc.add_paragraph()
        elif kind == "sig":
            sig_lines.append(val)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            para(val)
    flush_sig()
    doc.core_properties.author = opts.get("author", "")
    doc.core_properties.title = ""
    doc.save(path)


# ---------------------------------------------------------------- pdf

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def to_pdf(src, path, opts=None):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)
    from reportlab.lib.fonts import addMapping

    from reportlab import rl_config
    rl_config.invariant = 1  # reproducible output (no timestamps)
    opts = opts or {}
    for name, f in (("DV", "DejaVuSerif.ttf"), ("DV-B", "DejaVuSerif-Bold.ttf"),
                    ("DV-I", "DejaVuSerif-Italic.ttf"), ("DV-BI", "DejaVuSerif-BoldItalic.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, FONT_DIR + f))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-BI")
    size = opts.get("font_size", 11)
    normal = ParagraphStyle("n", fontName="DV", fontSize=size, leading=size * 1.35,
                            alignment=TA_JUSTIFY, firstLineIndent=0.8 * cm, spaceAfter=3)
    plain = ParagraphStyle("p", parent=normal, firstLineIndent=0)
    center = ParagraphStyle("c", parent=plain, alignment=TA_CENTER)
    cellst = ParagraphStyle("cell", parent=plain, fontSize=size - 1, leading=(size - 1) * 1.3,
                            alignment=TA_LEFT, spaceAfter=0)
    head = ParagraphStyle("h", parent=plain, fontName="DV-B", spaceBefore=4)

    def mk(text):
        text = html.escape(strip_marks(text), quote=False)
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
        text = re.sub(r"(?<![\w*])\*(\S.*?\S|\S)\*(?![\w*])", r"<i>\1</i>", text)
        return text

    story = []
    counter = Counter("decimal")
    ln_count = 0
    sig = []

    def flush_sig():
        if sig:
            cells = [Paragraph("<br/>".join("<b>%s</b>" % mk(s) if not s.startswith("*") else mk(s) for s in sig), center)]
            t = Table([["", cells[0]]], colWidths=[8 * cm, 8 * cm])
            story.append(Spacer(1, 6))
            story.append(t)
            sig.clear()

    for kind, val in parse(src):
        if kind != "sig":
            flush_sig()
        if kind != "ln":
            ln_count = 0
        if kind == "hdr":
            parent, issuer, number, placedate = val
            left = Paragraph("<br/>".join(x for x in [mk(parent) if parent else "", "<b>%s</b>" % mk(issuer), "<br/>".join(mk(y.strip()) for y in number.split("//"))] if x), center)
            right = Paragraph("<b>%s</b><br/><b>%s</b><br/><i>%s</i>" % (MOTTO, MOTTO2, mk(placedate)), center)
            t = Table([[left, right]], colWidths=[6.5 * cm, 9.5 * cm])
            story.append(t)
            story.append(Spacer(1, 10))
        elif kind in ("title", "sub"):
            story.append(Paragraph("<b>%s</b>" % mk(val), center))
        elif kind == "list":
            counter = Counter(val)
        elif kind == "num":
            lvl, text = val
            story.append(Paragraph("%s %s" % (counter.label(lvl), mk(text)), normal))
        elif kind == "heading":
            story.append(Paragraph(mk(val[1]), head))
        elif kind == "lb":
            story.append(Paragraph("- " + mk(val), normal))
        elif kind == "ln":
            ln_count += 1
            story.append(Paragraph("%d. %s" % (ln_count, mk(val)), normal))
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            widths = opts.get("col_widths")
            data, style = [], [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for r, row in enumerate(rows):
                line = []
                for c in range(ncol):
                    v = row[c] if c < len(row) else ""
                    if v in ("^", "<"):
                        line.append("")
                        continue
                    t = "<br/>".join(mk(x) for x in re.split(r"\s*//\s*", v))
                    if r == 0:
                        t = "<b>%s</b>" % t
                    line.append(Paragraph(t, cellst))
                data.append(line)
            for r, row in enumerate(rows):
                for c in range(ncol):
                    v = row[c] if c < len(row) else ""
                    if v == "<" and (c == 0 or row[c - 1] != "<"):
                        c0 = c - 1
                        c1 = c
                        while c1 + 1 < ncol and row[c1 + 1] == "<":
                            c1 += 1
                        style.append(("SPAN", (c0, r), (c1, r)))
                    if v == "^" and rows[r - 1][c] != "^":
                        r1 = r
                        while r1 + 1 < len(rows) and rows[r1 + 1][c] == "^":
                            r1 += 1
                        style.append(("SPAN", (c, r - 1), (c, r1)))
            t = Table(data, colWidths=[w * cm for w in widths] if widths else None, repeatRows=1)
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            sig.append(val)
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(mk(val), normal))
    flush_sig()
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, title="", author="")
    d.build(story)
