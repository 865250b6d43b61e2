"""Pass 3, selection: which blocks are deficiencies — whole deficiency sections, labels, inline
introductions, per-unit parts — and which are not (strengths, causes, tasks)."""

import pytest

from tracker.importer.outline import build_outline
from tracker.importer.reader import Block
from tracker.importer.select import inline_rest, opens_list, select


def para(text, **facts):
    return Block("para", text, **facts)


def item(text, marker="-"):
    return Block("bullet", text, marker=marker)


def selected_texts(blocks):
    return [[block.text for block in segment.blocks] for segment in select(build_outline(blocks)).segments]


@pytest.mark.parametrize("name, blocks, expected", [
    ("deficiency section, strengths and causes left out",
     [para("I. Ưu điểm"), item("Đã ban hành kế hoạch, không còn hạn chế."), para("II. Hạn chế"),
      item("Chưa niêm yết."), para("III. Nguyên nhân"), item("Công chức kiêm nhiệm, còn hạn chế.")],
     [["Chưa niêm yết."]]),
    ("a label and the items after it",
     [para("1. Thủ tục hành chính"), para("Ưu điểm: Đủ công chức."), para("Hạn chế: Chưa niêm yết."),
      item("Chưa số hóa.")],
     [["Chưa niêm yết.", "Chưa số hóa."]]),
    ("an inline introduction in a letter",
     [para("Qua kiểm tra cho thấy còn một số tồn tại, hạn chế sau:"), item("Chưa niêm yết."),
      item("Chưa số hóa."), para("Đề nghị UBND các xã khắc phục.")],
     [["Chưa niêm yết.", "Chưa số hóa."]]),
    ("the introduction and the deficiencies on one line",
     [para("Kết quả kiểm tra cho thấy còn một số hạn chế như: chưa niêm yết; chưa số hóa.")],
     [["chưa niêm yết; chưa số hóa."]]),
    ("a numbered 'Yêu cầu:' paragraph ends the labelled list",
     [para("2. Tồn tại, hạn chế: Chưa niêm yết thủ tục."), para("3. Yêu cầu: Các xã khắc phục.")],
     [["Chưa niêm yết thủ tục."]]),
    ("a part under a unit heading without labels: its items stating deficiencies",
     [para("II. KẾT QUẢ KIỂM TRA TẠI TỪNG ĐƠN VỊ"), para("1. Xã Tân Lập", styled=True),
      para("1. Chưa kiện toàn Ban Chỉ đạo cải cách hành chính khi thay đổi nhân sự."),
      para("Đoàn ghi nhận sự cố gắng của xã.")],
     [["1. Chưa kiện toàn Ban Chỉ đạo cải cách hành chính khi thay đổi nhân sự."]]),
    ("a causes label inside a deficiency part ends it",
     [para("II. Hạn chế"), item("Chưa niêm yết."), para("* Nguyên nhân: công chức kiêm nhiệm, còn thiếu."),
      item("Kinh phí còn hạn chế.")],
     [["Chưa niêm yết."]]),
    ("a plan's contents are not deficiencies",
     [para("II. NỘI DUNG KIỂM TRA"), item("Việc niêm yết thủ tục hành chính; hồ sơ quá hạn.")], []),
])
def test_selection(name, blocks, expected):
    """Each layout selects exactly its deficiencies."""
    assert selected_texts(blocks) == expected, name


@pytest.mark.parametrize("text, opens", [
    ("Bên cạnh kết quả đạt được, còn một số tồn tại, hạn chế sau:", True),
    ("Những hạn chế cần khắc phục:", True),
    ("Để khắc phục các tồn tại, hạn chế trên, đề nghị:", False),
    ("Đoàn đã kiểm tra tại các đơn vị sau:", False),
])
def test_introductions(text, opens):
    """A sentence ending in ':' opens a list of deficiencies only when it announces them."""
    assert opens_list(text) is opens


def test_inline_rest_needs_a_deficiency_word_before_the_colon():
    """"… hạn chế như: A" gives A; "… gồm: A" without deficiency words gives nothing; a "Hạn
    chế:" label starting a sentence in the middle of a paragraph gives what follows it."""
    assert inline_rest("Còn một số hạn chế như: chưa niêm yết.") == "chưa niêm yết."
    assert inline_rest("Thành phần gồm: Phòng Nội vụ.") is None
    assert inline_rest("Ưu điểm: bố trí khoa học. Hạn chế: chưa niêm yết; sơ sài.") == "chưa niêm yết; sơ sài."
    assert inline_rest("Nguyên nhân của hạn chế: do thiếu người.") is None


def test_tables_keep_their_headings_and_tail_tables_their_caption():
    """A table in the body keeps its headings; an appendix after "Nơi nhận" its caption."""
    table = Block("table", rows=[["TT", "Nội dung tồn tại", "Thời hạn"]])
    blocks = [para("II. Hạn chế"), table, para("Nơi nhận:"), para("PHỤ LỤC"),
              para("Tồn tại và thời hạn khắc phục"), Block("table", rows=[["TT", "Tồn tại", "Thời hạn"]])]
    tables = select(build_outline(blocks)).tables
    assert [[h.text for h in headings] for headings, _table in tables] == [
        ["II. Hạn chế"], ["PHỤ LỤC Tồn tại và thời hạn khắc phục"]]
