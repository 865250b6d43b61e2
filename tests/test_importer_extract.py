"""Pass 4, extraction: the strategies that turn selected blocks into findings, and the table
strategy."""

import pytest

from tracker.importer.extract import (
    introduces_separate,
    segment_findings,
    split_clauses,
    topic_lead,
    unit_clauses,
)
from tracker.importer.outline import Heading
from tracker.importer.reader import Block
from tracker.importer.select import Segment
from tracker.importer.tables import split_cell, table_columns, table_findings


def item(text, marker="-", depth=None):
    return Block("bullet", text, marker=marker, depth=depth)


def para(text, **facts):
    return Block("para", text, **facts)


def texts(blocks, labelled=False):
    segment = Segment([Heading(1, "II. Hạn chế", deficiency=True)], blocks, labelled=labelled)
    return [(finding.text, finding.scope) for finding in segment_findings(segment)]


@pytest.mark.parametrize("name, blocks, labelled, expected", [
    ("list items", [item("Chưa niêm yết."), item("Chưa số hóa.")], False,
     [("Chưa niêm yết.", None), ("Chưa số hóa.", None)]),
    ("numbered paragraphs", [para("1. Chưa niêm yết đầy đủ thủ tục hành chính theo quy định."),
                             para("2. Chưa số hóa hồ sơ khi tiếp nhận tại Bộ phận Một cửa.")], False,
     [("Chưa niêm yết đầy đủ thủ tục hành chính theo quy định.", None),
      ("Chưa số hóa hồ sơ khi tiếp nhận tại Bộ phận Một cửa.", None)]),
    ("paragraphs, the introduction left out",
     [para("Bên cạnh kết quả đạt được, còn các hạn chế sau:"),
      para("Việc tuyên truyền cải cách hành chính chưa thường xuyên, hình thức chưa đa dạng.")], False,
     [("Việc tuyên truyền cải cách hành chính chưa thường xuyên, hình thức chưa đa dạng.", None)]),
    ("a label's clauses split on ';'",
     [item("Chưa ban hành kế hoạch tuyên truyền năm 2021; chưa kiện toàn tổ công tác cải cách", marker="label")],
     True, [("Chưa ban hành kế hoạch tuyên truyền năm 2021", None), ("chưa kiện toàn tổ công tác cải cách", None)]),
    ("a parent with '+' evidence stays one finding",
     [item("Việc niêm yết thủ tục hành chính chưa đầy đủ, cụ thể:"), item("xã A còn niêm yết thủ tục cũ;", "+"),
      item("xã B chưa niêm yết mã QR.", "+")], False,
     [("Việc niêm yết thủ tục hành chính chưa đầy đủ, cụ thể:\n+ xã A còn niêm yết thủ tục cũ;\n"
       "+ xã B chưa niêm yết mã QR.", None)]),
    ("a parent introducing separate deficiencies gives one per child",
     [item("Về chế độ công vụ, còn các hạn chế sau:"), item("Chưa xây dựng kế hoạch đào tạo;", "+"),
      item("Công chức đi làm trễ.", "+")], False,
     [("Chưa xây dựng kế hoạch đào tạo;", None), ("Công chức đi làm trễ.", None)]),
    ("Word levels decide the children",
     [item("Việc chấm công còn các hạn chế sau:", "•", 0), item("Chưa ban hành nội quy.", "•", 1),
      item("Chưa chấm công hằng ngày.", "•", 1)], False,
     [("Chưa ban hành nội quy.", None), ("Chưa chấm công hằng ngày.", None)]),
    ("a unit lead-in scopes the items after it",
     [para("Xã Tân Hiệp:", bold=True), item("Chưa niêm yết."), para("Phường 2:", bold=True), item("Chưa số hóa.")],
     False, [("Chưa niêm yết.", "Xã Tân Hiệp"), ("Chưa số hóa.", "Phường 2")]),
    ("a topic label before several sentences",
     [para("1. Về chỉ đạo, điều hành: Các xã A, B chưa ban hành kế hoạch. Việc chấm điểm còn chậm.")], False,
     [("Các xã A, B chưa ban hành kế hoạch.", None), ("Việc chấm điểm còn chậm.", None)]),
    ("a unit's paragraph among items",
     [item("Hồ sơ lưu trữ chưa đúng quy định."), para("Phường Tân Xuyên: Còn tiếp nhận hồ sơ giấy.")], False,
     [("Hồ sơ lưu trữ chưa đúng quy định.", None), ("Còn tiếp nhận hồ sơ giấy.", "Phường Tân Xuyên")]),
])
def test_strategies(name, blocks, labelled, expected):
    """Each layout gives its deficiencies, one finding each."""
    assert texts(blocks, labelled) == expected, name


@pytest.mark.parametrize("parent, separate", [
    ("Về tổ chức thực hiện chế độ công vụ, còn các hạn chế sau:", True),
    ("Một số xã còn các tồn tại, gồm:", True),
    ("Về thủ tục hành chính:", True),
    ("Việc niêm yết công khai thủ tục hành chính chưa đầy đủ, kịp thời, cụ thể:", False),
    ("Hồ sơ lưu trữ thủ tục hành chính chưa đầy đủ thành phần, như:", False),
    ("Chưa niêm yết.", False),
])
def test_a_parents_colon(parent, separate):
    """"… sau:" introduces deficiencies; "… cụ thể:" the evidence of its own."""
    assert introduces_separate(parent) is separate


@pytest.mark.parametrize("text, pieces", [
    ("Các xã A, B chưa ban hành kế hoạch. Việc chấm điểm còn chậm so với quy định.", 2),
    ("Chưa cập nhật TTHC tại xã A. Thời hạn hoàn thành: trước ngày 30/11/2024.", 1),
    ("Trang thông tin chưa cập nhật thường xuyên. Nguyên nhân do thiếu người phụ trách.", 1),
])
def test_sentences_after_a_label(text, pieces):
    """One finding per sentence, a deadline or a cause staying with the sentence before it."""
    from tracker.importer.extract import split_sentences

    assert len(split_sentences(text)) == pieces


def test_clauses_and_leads():
    """Short fragments are not split; a unit or topic label leads; a new group of units splits."""
    assert split_clauses("Chưa ban hành; chưa ký") == ["Chưa ban hành; chưa ký"]
    assert topic_lead("Xã Ea Kar: còn 17 hồ sơ quá hạn.") == ("Xã Ea Kar", "còn 17 hồ sơ quá hạn.")
    assert topic_lead("Hồ sơ chưa đầy đủ: thiếu phiếu.") is None
    assert unit_clauses("Chưa ban hành quy chế phối hợp (xã A); các đơn vị còn lại chưa xác định thời gian.") == [
        "Chưa ban hành quy chế phối hợp (xã A)", "các đơn vị còn lại chưa xác định thời gian."]


@pytest.mark.parametrize("header, columns", [
    (["TT", "Nội dung tồn tại, hạn chế", "Đơn vị thực hiện", "Thời hạn"],
     {"deficiency": 1, "unit": 2, "deadline": 3}),
    (["STT", "Tồn tại, hạn chế", "Giải pháp khắc phục", "Thời hạn hoàn thành", "Tiến độ", "Ghi chú"],
     {"deficiency": 1, "remedy": 2, "deadline": 3, "progress": 4, "note": 5}),
    (["TT", "Nội dung kiểm tra", "Kết quả", "Tồn tại, hạn chế", "Thời hạn khắc phục"],
     {"deficiency": 3, "deadline": 4}),
])
def test_table_columns(header, columns):
    """Columns are recognised by their header words."""
    assert table_columns(header) == columns


@pytest.mark.parametrize("cell, pieces", [
    ("- Chưa niêm yết số điện thoại đường dây nóng.\n- Hồ sơ trễ hạn chưa có phiếu xin lỗi.", 2),
    ("Chưa niêm yết số điện thoại đường dây nóng.\nHồ sơ trễ hạn chưa có phiếu xin lỗi.", 2),
    ("Tiêu chí 1: bị trừ điểm các tiêu chí sau:\n- Tiêu chí 1.2: chưa đạt.", 1),
    ("Chưa niêm yết.", 1),
])
def test_several_deficiencies_in_one_cell(cell, pieces):
    """Items or whole sentences one per line are separate; an introduction keeps its details."""
    assert len(split_cell(cell)) == pieces


def test_table_rows_group_rows_merged_unit_cells_and_row_deadlines():
    """A group row heads the rows under it; an empty unit cell continues the one above (a
    vertically merged cell); each row keeps its own deadline."""
    rows = [["TT", "Nội dung tồn tại, hạn chế", "Đơn vị", "Thời hạn"],
            ["I", "Cải cách thủ tục hành chính", "", ""],
            ["1", "Chưa niêm yết mã QR.", "xã A, xã B", "30/11/2024"],
            ["2", "Chưa số hóa hồ sơ.", "", "Thường xuyên"]]
    findings = table_findings(rows, [], 2024, [], 0, lambda text, headings: "khac")
    assert [(f.heading, f.unit_cell, f.deadline.isoformat() if f.deadline else None, f.ongoing)
            for f in findings] == [("Cải cách thủ tục hành chính", "xã A, xã B", "2024-11-30", False),
                                   ("Cải cách thủ tục hành chính", "xã A, xã B", None, True)]
