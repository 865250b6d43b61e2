"""The header pass: title, number, date, the inspected units (a sentence, a list, "Kính gửi:"),
and the report deadline."""

from datetime import date

import pytest

from tracker.importer.draft import Problem
from tracker.importer.header import read_header, report_deadline
from tracker.importer.inspected import inspected_units
from tracker.importer.reader import Block
from tracker.importer.units import Registry


def para(text):
    return Block("para", text)


@pytest.mark.parametrize("blocks, names", [
    ([para("Kính gửi: UBND các xã Đông Sơn, Tân Tiến và thị trấn Xuân Mai.")], ["Đông Sơn", "Tân Tiến", "Xuân Mai"]),
    ([para("Kính gửi:"), Block("bullet", "UBND Phường 1;", marker="-"), Block("bullet", "UBND xã Bình Kiến.", marker="-")],
     ["1", "Bình Kiến"]),
    ([para("Căn cứ Kế hoạch của UBND phường Tân Định, Tổ đã kiểm tra tại Văn phòng HĐND và UBND phường, "
           "Phòng Kinh tế, Hạ tầng và Đô thị và Trung tâm Phục vụ hành chính công phường.")],
     ["Văn phòng HĐND và UBND phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Phục vụ hành chính công phường"]),
    ([para("Tổ kiểm tra đã kiểm tra tại Văn phòng Sở, Phòng Kế hoạch - Tài chính (sau đây gọi tắt là VP Sở, "
           "Phòng KH-TC).")], ["Văn phòng Sở", "Phòng Kế hoạch - Tài chính"]),
    ([para("Tổ kiểm tra đã kiểm tra tại Bộ phận Một cửa và các công chức chuyên môn: Văn phòng - Thống kê, "
           "Tư pháp - Hộ tịch.")],
     ["Bộ phận Một cửa", "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch"]),
    ([para("Kính gửi: Ủy ban nhân dân các huyện Nghi Lộc, Diễn Châu và thị xã Cửa Lò.")],
     ["Nghi Lộc", "Diễn Châu", "Cửa Lò"]),
    ([para("Tổ kiểm tra đã kiểm tra tại Phòng Hành chính - Tổ chức (Phòng HC-TC), Trung tâm Phục vụ hành chính "
           "công tỉnh (TTPVHCC) và Ban Tiếp công dân tỉnh.")],
     ["Phòng Hành chính - Tổ chức", "Trung tâm Phục vụ hành chính công tỉnh", "Ban Tiếp công dân tỉnh"]),
])
def test_inspected_units(blocks, names):
    """Every way a document lists the units it inspected."""
    problems: list[Problem] = []
    units, unresolved = inspected_units(blocks, Registry([]), problems, {}, "Nghệ An")
    assert units == [] and unresolved == names


def test_a_count_that_disagrees_with_the_inspected_list_is_flagged():
    """"06/10 xã" with five names: the coordinator is told."""
    problems: list[Problem] = []
    inspected_units([para("Đoàn đã kiểm tra tại 06/10 xã gồm: xã A Lưới, xã Hồng Hạ, xã Hương Phong, "
                          "xã Hồng Kim, xã Trung Sơn.")], Registry([]), problems, {}, None)
    assert any("nêu kiểm tra 6 đơn vị nhưng danh sách có 5 tên" in problem.message for problem in problems)


@pytest.mark.parametrize("text, expected", [
    ("Báo cáo kết quả khắc phục về UBND huyện trước ngày 25/10/2023.", date(2023, 10, 25)),
    ("Báo cáo kết quả khắc phục trong thời hạn 30 ngày kể từ ngày ký.", date(2023, 12, 3)),
    ("Khắc phục xong trước ngày 30/11/2023, báo cáo kết quả trước ngày 05/12/2023.", date(2023, 12, 5)),
    ("Thực hiện Kế hoạch số 35/KH-UBND ngày 15/02/2023, Đoàn đã kiểm tra từ ngày 01/10 đến ngày 05/10/2023.", None),
])
def test_report_deadline(text, expected):
    """The deadline of a sentence about reporting the remediation; dates cited in passing are not."""
    found = report_deadline([para(text)], 2023, [], date(2023, 11, 3))
    assert (found.on if found else None) == expected


def test_header_title_number_and_date():
    """The title from the document type and its subject line; the number; place and date."""
    blocks = [para("UBND HUYỆN YÊN THẾ"), para("Số: 12/TB-UBND"), para("Yên Thế, ngày 3 tháng 4 năm 2025"),
              para("THÔNG BÁO"), para("Kết luận kiểm tra công tác cải cách hành chính")]
    header = read_header(blocks, [])
    assert (header["title"], header["number"], header["issued_on"], header["issuer"]) == (
        "Thông báo kết luận kiểm tra công tác cải cách hành chính", "12/TB-UBND", date(2025, 4, 3),
        "UBND HUYỆN YÊN THẾ")
    assert read_header([para("V/v khắc phục tồn tại sau kiểm tra")], [])["title"] == (
        "Công văn về việc khắc phục tồn tại sau kiểm tra")


def test_the_inspected_list_from_an_annex_table_when_no_sentence_names_it():
    """A table of the units checked (not a deficiency table) gives the inspected list."""
    table = Block("table", rows=[["STT", "Đơn vị", "Điểm"], ["1", "Xã Tân Lập", "85"], ["2", "Thị trấn Tam Sơn", "90"]])
    units, unresolved = inspected_units([para("Đoàn đã kiểm tra các đơn vị (danh sách kèm theo).")], Registry([]),
                                        [], {}, None, [table])
    assert unresolved == ["Tân Lập", "Tam Sơn"]
