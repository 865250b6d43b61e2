"""Pass 2, the outline: which blocks are headings, at which level, and what each heading says
about the part under it."""

import pytest

from tracker.importer.outline import build_outline, heading_level, make_heading
from tracker.importer.reader import Block


@pytest.mark.parametrize("block, level", [
    (Block("para", "II. HẠN CHẾ, KHUYẾT ĐIỂM"), 1),
    (Block("para", "1. Công tác chỉ đạo, điều hành"), 2),
    (Block("para", "6.2. Về số hóa"), 3),
    (Block("para", "a) Về thủ tục hành chính"), 5),
    (Block("para", "B. Hạn chế"), 0),
    (Block("para", "KẾT QUẢ KIỂM TRA"), 1),
    (Block("para", "Kết quả đạt được", styled=True), 6),
    (Block("para", "V/v khắc phục tồn tại, hạn chế"), None),  # "về việc", not section V
    (Block("para", "Kính gửi:", styled=True), None),
    (Block("para", "1. Chưa niêm yết đầy đủ thủ tục hành chính tại Bộ phận Một cửa của xã."), None),
    # Word's automatic numbering on an item that states a finding: a list item, not a section.
    (Block("para", "2. Việc chấm công còn một số hạn chế:", numbered=True), None),
    (Block("para", "2. Hạn chế, khuyết điểm", numbered=True), 2),
    # Typed numbers too: an unpunctuated item that states a deficiency is no section title.
    (Block("para", "a) Chưa ban hành kế hoạch tuyên truyền"), None),
    (Block("para", "b) Những hạn chế chưa khắc phục"), 5),
])
def test_heading_levels(block, level):
    """Numbering, style, capitals and wording decide a heading and its level."""
    assert heading_level(block) == level


@pytest.mark.parametrize("text, deficiency, excluded", [
    ("II. Hạn chế, khuyết điểm", True, False),
    ("2. Tồn tại, hạn chế và nguyên nhân", True, False),
    ("II. Những hạn chế cần khắc phục", True, False),
    ("III. Thiếu sót", True, False),
    ("I. Ưu điểm", False, True),
    ("1. Kết quả đạt được", False, True),
    ("c) Nguyên nhân của hạn chế", False, True),
    ("III. Giải pháp khắc phục hạn chế", False, True),
    ("IV. Kiến nghị", False, True),
    ("V. Tổ chức thực hiện", False, True),
    ("1. Công tác chỉ đạo, điều hành", False, False),
])
def test_heading_meaning(text, deficiency, excluded):
    """Deficiency parts versus strengths, causes, remedies, tasks and recommendations."""
    heading = make_heading(1, text)
    assert (heading.deficiency, heading.excluded) == (deficiency, excluded)


def test_parts_carry_their_heading_path_and_the_tail_is_apart():
    """Content blocks sit under their headings; "A." under "II." is a sub-part; after "Nơi
    nhận" comes the tail (appendices)."""
    blocks = [Block("para", "II. TỒN TẠI, HẠN CHẾ"), Block("para", "A. Về thủ tục hành chính"),
              Block("bullet", "Chưa niêm yết.", marker="-"), Block("para", "B. Về công vụ"),
              Block("bullet", "Chưa đeo thẻ.", marker="-"), Block("para", "Nơi nhận:"),
              Block("para", "PHỤ LỤC")]
    parts = build_outline(blocks)
    assert [[h.text for h in part.headings] for part in parts[:2]] == [
        ["II. TỒN TẠI, HẠN CHẾ", "A. Về thủ tục hành chính"], ["II. TỒN TẠI, HẠN CHẾ", "B. Về công vụ"]]
    assert parts[-1].tail and [block.text for block in parts[-1].blocks] == ["Nơi nhận:", "PHỤ LỤC"]


def test_a_numbered_line_continuing_the_headings_is_split_into_heading_and_content():
    """"3. Ban Tiếp công dân tỉnh: ..." after headings "1." and "2." is the third unit's part."""
    blocks = [Block("para", "II. Hạn chế"), Block("para", "1. Phòng A:"), Block("bullet", "Chưa lập.", marker="-"),
              Block("para", "2. Phòng B:"), Block("bullet", "Chưa ký.", marker="-"),
              Block("para", "3. Ban Tiếp công dân tỉnh: Sổ tiếp công dân chưa ghi đầy đủ kết quả.")]
    parts = build_outline(blocks)
    assert parts[-1].headings[-1].text == "3. Ban Tiếp công dân tỉnh"
    assert parts[-1].blocks[0].text == "Sổ tiếp công dân chưa ghi đầy đủ kết quả."
