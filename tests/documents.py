"""Conclusions in other styles than seed 001, built in the tests: Word documents with bullets,
with a remedy table, and plain text with other phrasings. They guard the parser's rules for the
genre against fitting one document's wording."""

import csv
import io
from pathlib import Path

import docx

from tracker.demo import UNITS_CSV
from tracker.importer.units import RegistryUnit

DATA = Path(__file__).resolve().parent / "data"


def yen_the_registry() -> list[RegistryUnit]:
    """The demo's units as plain registry records (ids by file order)."""
    rows = list(csv.DictReader(UNITS_CSV.read_text(encoding="utf-8").splitlines()))
    return [RegistryUnit(index + 1, row["name"], row["kind"]) for index, row in enumerate(rows)]


def ward_registry() -> list[RegistryUnit]:
    """A city district's wards, two of them sharing a name once diacritics are dropped."""
    names = [("Tân Định", "phuong"), ("Đa Kao", "phuong"), ("Bến Nghé", "phuong"),
             ("Phường 12", "phuong"), ("Cầu Kho", "phuong"), ("Tân An", "phuong"), ("Tân Ân", "phuong"),
             ("Nguyễn Cư Trinh", "phuong")]
    return [RegistryUnit(100 + index, name, kind) for index, (name, kind) in enumerate(names)]


def docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def bold(document, text: str):
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


def ward_conclusion_docx() -> bytes:
    """Heading styles, "List Bullet" items without dash, "a)" sub-sections, a causes part."""

    def build(document):
        bold(document, "ỦY BAN NHÂN DÂN QUẬN 1")
        document.add_paragraph("Số: 125/KL-UBND")
        document.add_paragraph("Quận 1, ngày 5 tháng 3 năm 2024")
        bold(document, "KẾT LUẬN")
        document.add_paragraph("Kiểm tra công tác cải cách hành chính năm 2024 tại các phường")
        document.add_paragraph(
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2024, Đoàn kiểm tra đã kiểm tra tại 5 phường "
            "(P. Tân Định, phường Đa Kao, phường Bến Nghé, Phường 12 và phường Cầu Kho)."
        )
        document.add_heading("I. Kết quả đạt được", level=1)
        document.add_paragraph("Phường Tân Định có nhiều cách làm hay, hạn chế được hồ sơ trễ hạn.",
                               style="List Bullet")
        document.add_heading("II. Tồn tại, hạn chế và nguyên nhân", level=1)
        document.add_heading("a) Về thủ tục hành chính", level=2)
        document.add_paragraph("Niêm yết thủ tục hành chính chưa đầy đủ tại phường Đa Kao và P. Bến Nghé.",
                               style="List Bullet")
        document.add_paragraph("Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp ở hầu hết các phường.",
                               style="List Bullet")
        document.add_heading("b) Về chế độ công vụ", level=2)
        document.add_paragraph(
            "Một số công chức chưa đeo thẻ khi làm nhiệm vụ, cần hoàn thành chấn chỉnh chậm nhất "
            "ngày 30/4/2024 (Phường 12).", style="List Bullet")
        document.add_paragraph("Phường Tân Ấn chưa kiện toàn tổ công nghệ số cộng đồng.", style="List Bullet")
        document.add_heading("c) Nguyên nhân", level=2)
        document.add_paragraph("Cơ sở vật chất của các phường còn hạn chế, thiếu kinh phí.", style="List Bullet")
        document.add_heading("III. Kiến nghị", level=1)
        document.add_paragraph(
            "UBND các phường khắc phục các hạn chế nêu trên, báo cáo kết quả khắc phục về UBND quận "
            "(qua Phòng Nội vụ) trong quý II năm 2024.", style="List Bullet")

    return docx_bytes(build)


def table_conclusion_docx() -> bytes:
    """A remedy table with a unit column, group rows, and deadlines in several forms."""

    def build(document):
        bold(document, "UBND HUYỆN YÊN THẾ")
        bold(document, "PHÒNG NỘI VỤ")
        document.add_paragraph("Số: 88/TB-NV")
        document.add_paragraph("Yên Thế, ngày 14 tháng 9 năm 2022")
        bold(document, "THÔNG BÁO")
        document.add_paragraph("Kết quả kiểm tra công tác văn thư, lưu trữ năm 2022")
        document.add_paragraph(
            "Đề nghị UBND các xã hoàn thành khắc phục, báo cáo kết quả trước ngày 15/12/2022.")
        bold(document, "PHỤ LỤC: TỒN TẠI, HẠN CHẾ VÀ GIẢI PHÁP KHẮC PHỤC")
        table = document.add_table(rows=1, cols=6)
        for cell, text in zip(table.rows[0].cells, ["STT", "Nội dung tồn tại, hạn chế", "Đơn vị",
                                                     "Giải pháp khắc phục", "Thời hạn hoàn thành", "Tiến độ"]):
            cell.text = text
        rows = [
            ["I", "Công tác văn thư", "", "", "", ""],
            ["1", "Sổ đăng ký văn bản đến chưa ghi đủ các cột.", "xã Canh Nậu, xã Tân Sỏi",
             "Rà soát, ghi bổ sung", "tháng 11/2022", ""],
            ["2", "Chưa lập danh mục hồ sơ năm 2022.", "Các xã", "Ban hành danh mục", "Quý IV", ""],
            ["II", "Công tác lưu trữ", "", "", "", ""],
            ["3", "Kho lưu trữ chưa có giá, kệ đạt chuẩn.", "TT Bố Hạ", "Mua sắm giá, kệ",
             "6 tháng đầu năm 2023", ""],
            ["4", "Chưa chỉnh lý tài liệu tồn đọng.", "xã Đồng Kỳ", "Thuê chỉnh lý", "Thường xuyên",
             "Đang thực hiện"],
        ]
        for values in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, values):
                cell.text = text
        document.add_paragraph("Nơi nhận:")

    return docx_bytes(build)


PLAIN_CONCLUSION = """UBND HUYỆN YÊN THẾ
Số: 301/TB-UBND
Yên Thế, ngày 02 tháng 11 năm 2023

THÔNG BÁO
Kết luận kiểm tra công tác dân vận chính quyền năm 2023

Qua kiểm tra tại các xã: Xuân Lương, Canh Nậu, Tam Tiến và Đồng Tiến, Chủ tịch UBND huyện kết luận:

1. Ưu điểm
- Các xã đã ban hành kế hoạch, không còn hạn chế lớn.

2. Hạn chế
Bên cạnh kết quả đạt được, còn một số tồn tại sau:
- Việc tiếp công dân định kỳ chưa đúng lịch tại xã Xuân Lương và xã Canh Nậu.
- Một số xã chưa công khai kết quả giải quyết khiếu nại.
- Hòm thư góp ý đặt tại vị trí khó thấy (xã Tam Tiến, xã Xuân Lươnh).
+ chưa có sổ theo dõi
3. Nguyên nhân
- Cán bộ kiêm nhiệm nhiều việc, hạn chế về thời gian.

4. Yêu cầu
Các xã báo cáo kết quả khắc phục chậm nhất là ngày 31/02/2024.
"""


def topic_conclusion_docx() -> bytes:
    """Each area with its "Ưu điểm:" and "Hạn chế:" labels; inspected units listed on the lines
    after the sentence that announces them; findings numbered "1.", "2." as long paragraphs."""

    def build(document):
        document.add_paragraph("UBND HUYỆN YÊN THẾ")
        document.add_paragraph("Số: 17/KL-UBND")
        document.add_paragraph("Yên Thế, ngày 20 tháng 12 năm 2024")
        bold(document, "KẾT LUẬN KIỂM TRA CÔNG TÁC CCHC NĂM 2024")
        document.add_paragraph("Từ ngày 02/12 đến ngày 06/12/2024, Đoàn kiểm tra đã kiểm tra tại các đơn vị sau:")
        for name in ("UBND xã Tân Hiệp;", "UBND xã Tiến Thắng;", "UBND thị trấn Phồn Xương."):
            document.add_paragraph(name, style="List Bullet")
        document.add_heading("I. KẾT QUẢ KIỂM TRA", level=1)
        document.add_heading("1. Cải cách thủ tục hành chính", level=2)
        document.add_paragraph("Ưu điểm: Bộ phận Một cửa bố trí đủ công chức trực.")
        document.add_paragraph("Hạn chế: Chưa cập nhật kịp thời thủ tục hành chính mới trên bảng niêm yết (xã Tân Hiệp).")
        document.add_heading("2. Hiện đại hóa hành chính", level=2)
        document.add_paragraph("Ưu điểm: Tỷ lệ văn bản ký số đạt trên 98%.")
        document.add_paragraph("Tồn tại, hạn chế:")
        document.add_paragraph("Trang thông tin điện tử của xã Tiến Thắng chưa cập nhật văn bản chỉ đạo điều hành năm 2024.",
                               style="List Bullet")
        document.add_paragraph("Máy tính tại Bộ phận Một cửa đã cũ, thường xuyên hỏng.", style="List Bullet")
        document.add_heading("II. HẠN CHẾ CHUNG", level=1)
        document.add_paragraph("1. Việc tự kiểm tra công tác cải cách hành chính tại các đơn vị chưa được thực hiện "
                               "đúng kế hoạch, biên bản tự kiểm tra còn sơ sài.")
        document.add_paragraph("2. Chế độ báo cáo định kỳ về công tác cải cách hành chính còn chậm so với thời hạn "
                               "quy định, nhất là ở thị trấn Phồn Xương.")
        document.add_heading("III. YÊU CẦU", level=1)
        document.add_paragraph("Các đơn vị khắc phục và báo cáo kết quả khắc phục chậm nhất vào ngày 15/01/2025.")

    return docx_bytes(build)
