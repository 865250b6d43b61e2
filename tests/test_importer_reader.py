"""Pass 1, blocks: what each format gives the parser — Word's automatic numbering with its real
levels, list styles, bold and capitals; markdown pipe tables; lines a PDF wrapped mid-sentence
joined again; a header laid out as a table."""

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tracker.importer.docx_reader import read_docx
from tracker.importer.reader import read_document

OUTLINE = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
    '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>'
    '</w:abstractNum>'
)


def numbered_docx(lines: list[tuple[int, str, bool]]) -> bytes:
    """A document whose paragraphs carry only Word numbering (level, text, bold), no typed numbers."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(OUTLINE))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text, bold in lines:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = 90
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_automatic_numbering_reads_as_written_with_its_levels():
    """Labels are counted per level and restart under a new parent; bullets keep their level."""
    data = numbered_docx([(0, "ƯU ĐIỂM", True), (0, "HẠN CHẾ", True), (1, "Về thủ tục hành chính", True),
                          (2, "Chưa niêm yết đầy đủ.", False), (2, "Chưa số hóa.", False),
                          (3, "xã A", False), (1, "Về công vụ", True), (2, "Chưa đeo thẻ.", False)])
    blocks = read_docx("ket_luan.docx", data)
    assert [(block.kind, block.text, block.depth) for block in blocks] == [
        ("para", "I. ƯU ĐIỂM", 0), ("para", "II. HẠN CHẾ", 0), ("para", "1. Về thủ tục hành chính", 1),
        ("para", "a) Chưa niêm yết đầy đủ.", 2), ("para", "b) Chưa số hóa.", 2), ("bullet", "xã A", 3),
        ("para", "2. Về công vụ", 1), ("para", "a) Chưa đeo thẻ.", 2)]
    assert blocks[1].bold and blocks[1].caps and blocks[1].numbered


def test_list_styles_number_their_paragraphs():
    """"List Number" paragraphs get their numbers, "List Bullet" ones become items."""
    document = docx.Document()
    for style, text in [("List Number", "Chưa niêm yết."), ("List Number", "Chưa số hóa."),
                        ("List Bullet", "Chưa đeo thẻ.")]:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = read_docx("ket_luan.docx", buffer.getvalue())
    assert [(block.kind, block.text) for block in blocks] == [
        ("para", "1. Chưa niêm yết."), ("para", "2. Chưa số hóa."), ("bullet", "Chưa đeo thẻ.")]


@pytest.mark.parametrize("text, rows", [
    ("| TT | Nội dung tồn tại, hạn chế | Thời hạn |\n|---|---|---|\n| I | **Thủ tục** |\n"
     "| 1 | Chưa niêm yết. <br> Chưa số hóa. | 30/11/2024 |\n",
     [["TT", "Nội dung tồn tại, hạn chế", "Thời hạn"], ["I", "Thủ tục", ""],
      ["1", "Chưa niêm yết. \n Chưa số hóa.", "30/11/2024"]]),
])
def test_markdown_pipe_tables(text, rows):
    """A pipe table becomes a table block; short group rows are padded; <br> breaks a cell."""
    blocks = read_document("ket_luan.md", text.encode())
    assert blocks[0].kind == "table" and blocks[0].rows == rows


def test_lines_a_pdf_wrapped_are_joined_again():
    """A full line that stops mid-sentence continues on the next, even with a capital or a
    number; a new item or a short line does not."""
    from tracker.importer.reader import _read_text

    text = ("Đoàn kiểm tra đã kiểm tra tại 06/10 xã, thị trấn gồm: Đắk Lao, Đắk Gằn, Thuận An và thị trấn\n"
            "Đắk Mil. Chủ tịch UBND huyện kết luận như sau:\n"
            "1. Chưa hoàn thành việc chuyển đổi dữ liệu hộ tịch điện tử của các xã cũ; thời hạn:\n"
            "trong thời hạn 15 ngày kể từ ngày ký.\n"
            "2. Chưa niêm yết.\n"
            "Kính gửi:\n"
            "UBND xã A")
    blocks = _read_text(text, markdown=False)
    assert [block.text for block in blocks] == [
        "Đoàn kiểm tra đã kiểm tra tại 06/10 xã, thị trấn gồm: Đắk Lao, Đắk Gằn, Thuận An và thị trấn "
        "Đắk Mil. Chủ tịch UBND huyện kết luận như sau:",
        "1. Chưa hoàn thành việc chuyển đổi dữ liệu hộ tịch điện tử của các xã cũ; thời hạn: "
        "trong thời hạn 15 ngày kể từ ngày ký.",
        "2. Chưa niêm yết.", "Kính gửi:", "UBND xã A"]


def test_a_header_laid_out_as_a_table_is_read():
    """Issuer and number on the left, motto and date on the right, in a borderless table."""
    from tracker.importer.header import read_header
    from tracker.importer.reader import Block

    table = Block("table", rows=[["UBND TỈNH BÌNH ĐỊNH\nSỞ CÔNG THƯƠNG\nSố: 1388/TB-SCT",
                                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBình Định, ngày 20 tháng 7 năm 2023"]])
    header = read_header([table, Block("para", "THÔNG BÁO"), Block("para", "Kết quả tự kiểm tra")], [])
    assert header["number"] == "1388/TB-SCT" and header["issued_on"].isoformat() == "2023-07-20"
    assert header["issuer"] == "UBND TỈNH BÌNH ĐỊNH SỞ CÔNG THƯƠNG"


def test_a_custom_style_set_as_a_heading_gives_its_outline_level():
    """A paragraph with Word's outline level (as in a "Mục 1" style) is a heading of that level."""
    document = docx.Document()
    paragraph = document.add_paragraph("Hạn chế, khuyết điểm")
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    document.add_paragraph("Chưa niêm yết thủ tục hành chính.", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = read_docx("ket_luan.docx", buffer.getvalue())
    assert (blocks[0].level, blocks[0].styled) == (2, True)


TOP = """PHỤ LỤC
TT    Nội dung tồn tại, hạn chế                 Đơn vị khắc           Thời hạn hoàn
                                                phục                  thành
A. Công tác chỉ đạo, điều hành
1     Kế hoạch kiểm tra chưa xác định           Huyện Nghi Lộc,       20.11.2023
      cụ thể các đơn vị được kiểm tra.          huyện Diễn Châu
2     Chưa công khai tiến độ giải quyết.        Huyện Quỳnh           30.11.2023
      Còn 214 hồ sơ quá hạn.                    Lưu
"""
BOTTOM = """STT    Tồn tại, hạn chế                              Đơn vị                     Thời hạn
       Chưa cập nhật danh mục thủ tục hành chính
1      mới công bố trên bảng niêm yết.               xã Tân Hưng                30/10/2024
       Hồ sơ quá hạn chưa có văn bản xin lỗi tổ
2      chức, công dân theo quy định.                 xã Vĩnh Phong              Thường xuyên
"""


@pytest.mark.parametrize("layout, rows", [
    (TOP, [["TT", "Nội dung tồn tại, hạn chế", "Đơn vị khắc phục", "Thời hạn hoàn thành"],
           ["", "A. Công tác chỉ đạo, điều hành", "", ""],
           ["1", "Kế hoạch kiểm tra chưa xác định cụ thể các đơn vị được kiểm tra.",
            "Huyện Nghi Lộc, huyện Diễn Châu", "20.11.2023"],
           ["2", "Chưa công khai tiến độ giải quyết.\nCòn 214 hồ sơ quá hạn.", "Huyện Quỳnh Lưu", "30.11.2023"]]),
    (BOTTOM, [["STT", "Tồn tại, hạn chế", "Đơn vị", "Thời hạn"],
              ["1", "Chưa cập nhật danh mục thủ tục hành chính mới công bố trên bảng niêm yết.",
               "xã Tân Hưng", "30/10/2024"],
              ["2", "Hồ sơ quá hạn chưa có văn bản xin lỗi tổ chức, công dân theo quy định.",
               "xã Vĩnh Phong", "Thường xuyên"]]),
])
def test_pdf_tables_are_rebuilt_from_the_laid_out_page(layout, rows):
    """Column starts from the header; numbers start rows (or close them, when cells are aligned
    to the bottom); a margin line alone is a group row; wrapped lines continue their cell."""
    from tracker.importer.pdf_tables import with_tables

    blocks = read_document("phu_luc.md", with_tables(layout).encode())
    table = next(block for block in blocks if block.kind == "table")
    assert [[cell.replace(" \n ", "\n") for cell in row] for row in table.rows] == rows
