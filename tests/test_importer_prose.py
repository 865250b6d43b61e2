"""The prose strategy: a report written as running text gives its deficiency sentences as
low-confidence findings; praise, orders and plans give none, and nothing of the kind is refused."""

import pytest

from tracker.importer.parser import ParseError, parse_file
from tracker.importer.prose import states_deficiency

NEWS = """Kiểm tra công tác cải cách hành chính tại xã Trung Lý và xã Pù Nhi

Ngày 12/6/2024, Đoàn kiểm tra cải cách hành chính huyện đã kiểm tra tại xã Trung Lý và xã Pù Nhi.

Đoàn đánh giá cao sự chủ động của hai xã trong hướng dẫn người dân thanh toán không dùng tiền mặt. Tuy nhiên, việc niêm yết thủ tục hành chính tại xã Pù Nhi chưa đầy đủ. Hồ sơ lưu trữ của cả hai xã còn thiếu tài liệu kiểm chứng.

Trưởng đoàn yêu cầu các xã khắc phục và báo cáo kết quả về Phòng Nội vụ trước ngày 15/7/2024.
"""


@pytest.mark.parametrize("sentence, deficiency", [
    ("Tuy nhiên, việc niêm yết thủ tục hành chính tại xã Pù Nhi chưa đầy đủ.", True),
    ("Hồ sơ lưu trữ của cả hai xã còn thiếu tài liệu kiểm chứng.", True),
    ("Đoàn đánh giá cao sự chủ động của hai xã trong thanh toán không dùng tiền mặt.", False),
    ("Trong năm, xã chưa để xảy ra hồ sơ trễ hạn nào.", False),
    ("Trưởng đoàn yêu cầu các xã khắc phục những hạn chế chưa được xử lý.", False),
])
def test_sentences_that_state_a_deficiency(sentence, deficiency):
    """Cues with their diacritics: "không dùng" is not "không đúng"."""
    assert states_deficiency(sentence) is deficiency


def test_a_news_report_gives_reviewable_low_confidence_findings():
    """Each deficiency sentence is a finding, said to come from prose, with its units."""
    draft = parse_file("tin_bai.txt", NEWS.encode(), [])
    assert [finding.text for finding in draft.findings] == [
        "Việc niêm yết thủ tục hành chính tại xã Pù Nhi chưa đầy đủ.",
        "Hồ sơ lưu trữ của cả hai xã còn thiếu tài liệu kiểm chứng."]
    assert all(finding.confidence < 0.5 and "câu văn xuôi, cần kiểm tra" in finding.how
               for finding in draft.findings)
    assert draft.findings[0].unresolved == ["Pù Nhi"]
    assert draft.deadline.isoformat() == "2024-07-15"


@pytest.mark.parametrize("text", [
    "KẾ HOẠCH\nKiểm tra cải cách hành chính năm 2026\nI. NỘI DUNG\n- Việc niêm yết còn chậm, chưa đầy đủ (nếu có).\n",
    "GIẤY MỜI\nHội nghị khắc phục tồn tại\nĐề nghị các xã chưa hoàn thành việc khắc phục chuẩn bị ý kiến.\n",
    "Báo cáo tình hình\nCác xã đã hoàn thành tốt nhiệm vụ trong năm.\n",
])
def test_plans_invitations_and_praise_are_refused(text):
    """Nothing of the kind: the clear refusal."""
    with pytest.raises(ParseError, match="Không tìm thấy phần “hạn chế, khuyết điểm”"):
        parse_file("van_ban.txt", text.encode(), [])
