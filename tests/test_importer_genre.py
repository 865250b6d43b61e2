"""Rules of the genre learnt from the third blind set, pinned on short documents worded
differently from the corpus: what a clerk reads as a deficiency, a unit and a deadline."""

from datetime import date

from tracker.importer.bodies import body_spans
from tracker.importer.parser import parse_file
from tracker.importer.units import Registry, find_mentions


def parse(text):
    """The draft of a plain-text document, with an empty registry."""
    return parse_file("van_ban.txt", text.encode("utf-8"), Registry([]))


def names(finding):
    """The unit names of a finding (nothing is registered, so all come out unresolved)."""
    return finding.unresolved


LETTER = """ỦY BAN NHÂN DÂN HUYỆN SA THẦY
Số: 901/UBND-NV
V/v chấn chỉnh hoạt động của Bộ phận một cửa cấp xã
Sa Thầy, ngày 20 tháng 11 năm 2023
Kính gửi:
- UBND các xã: Mô Rai, Ya Xiêr, Rờ Kơi;
- UBND thị trấn Sa Thầy.
Qua kiểm tra đột xuất, Phòng Nội vụ nhận thấy còn một số thiếu sót như sau:
1. Công chức Bộ phận một cửa của UBND xã Rờ Kơi không mặc đồng phục theo quy định.
2. Sổ theo dõi hồ sơ chưa được cập nhật đầy đủ, trừ xã Mô Rai.
Để chấn chỉnh các thiếu sót nêu trên, Chủ tịch UBND huyện yêu cầu:
1. Chủ tịch UBND các xã, thị trấn kiểm điểm trách nhiệm cá nhân có liên quan.
2. UBND các xã, thị trấn báo cáo kết quả khắc phục trước ngày 05/01.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_orders_after_a_list_of_shortcomings_are_not_shortcomings():
    """"Để chấn chỉnh ..., Chủ tịch UBND huyện yêu cầu:" opens orders; a year-less date in a
    November letter falls in the next year."""
    draft = parse(LETTER)
    assert [finding.text[:20] for finding in draft.findings] == ["Công chức Bộ phận mộ", "Sổ theo dõi hồ sơ ch"]
    assert names(draft.findings[0]) == ["Rờ Kơi"]  # the officers of a body are no unit of their own
    assert draft.deadline == date(2024, 1, 5)


def test_a_tight_hyphen_belongs_to_the_name():
    """"Ya Xiêr-Đông" without a prefix is one name, as "xã Ya Xiêr-Đông" is."""
    mentions = find_mentions("UBND các xã: Mô Rai, Ya Xiêr-Đông;", Registry([]))
    assert [mention.written for mention in mentions] == ["Mô Rai", "Ya Xiêr-Đông"]


def test_names_listed_after_units_gom_are_units_without_any_prefix():
    """"03/10 đơn vị chưa ..., gồm: A, B và C" lists units, even with nothing registered."""
    text = "03/10 đơn vị chưa ban hành kế hoạch, gồm: Hiệp Hòa, Long Sơn và Mỹ Hòa."
    assert [mention.written for mention in find_mentions(text, Registry([]))] == ["Hiệp Hòa", "Long Sơn", "Mỹ Hòa"]
    assert find_mentions("Chưa niêm yết các văn bản, gồm: Nghị định Mới, Thông tư Cũ.", Registry([])) == []


DEPARTMENTS = """UBND TỈNH PHÚ YÊN
SỞ NỘI VỤ
Số: 77/KL-SNV
Phú Yên, ngày 02 tháng 6 năm 2022
KẾT LUẬN
Kiểm tra công tác cải cách hành chính tại một số sở, ngành
Từ ngày 10/5/2022 đến ngày 20/5/2022, Đoàn kiểm tra đã kiểm tra tại: Sở Giao thông vận tải, Ban Quản lý các dự án đầu tư xây dựng và Sở Y tế.
II. HẠN CHẾ
1. Hạn chế chung
a) Chưa ban hành kế hoạch tự kiểm tra cải cách hành chính.
2. Sở Giao thông vận tải
a) Chưa công khai thủ tục hành chính mới.
3. Ban Quản lý các dự án đầu tư xây dựng
a) Chưa cập nhật quy chế làm việc.
III. KIẾN NGHỊ
1. Các đơn vị báo cáo kết quả khắc phục về Sở Nội vụ trước ngày 30/6/2022.
"""


def test_departments_and_boards_are_units_of_a_provincial_inspection():
    """A Sở and a Ban named "các ..." are units, under their headings and in the inspected list."""
    draft = parse(DEPARTMENTS)
    assert draft.inspected_unresolved == ["Sở Giao thông vận tải", "Ban Quản lý các dự án đầu tư xây dựng", "Sở Y tế"]
    assert [names(finding) for finding in draft.findings] == [
        draft.inspected_unresolved, ["Sở Giao thông vận tải"], ["Ban Quản lý các dự án đầu tư xây dựng"]]


def test_the_issuer_is_never_a_unit_of_its_own_findings():
    """"Chưa gửi báo cáo về Sở Nội vụ" in the Sở Nội vụ's conclusion concerns the unit above it."""
    draft = parse(DEPARTMENTS.replace("a) Chưa công khai thủ tục hành chính mới.",
                                      "a) Chưa gửi báo cáo định kỳ về Sở Nội vụ."))
    assert names(draft.findings[1]) == ["Sở Giao thông vận tải"]


def test_a_commune_named_like_a_school_is_a_commune():
    """"Trường Xuân" is a commune; "Trường Tiểu học Kim Đồng" a school."""
    assert body_spans("gồm: Tân Hà, Trường Xuân và Ngọc Biên") == []
    assert body_spans("Trường Tiểu học Kim Đồng chưa niêm yết") == [(0, 24)]


NEWS = """Kiểm tra cải cách hành chính tại huyện Đăk Glei
Ngày 12/3, Đoàn kiểm tra của tỉnh đã kiểm tra công tác cải cách hành chính tại UBND huyện Đăk Glei và UBND xã Đăk Pék.
Tuy nhiên, tỷ lệ hồ sơ trực tuyến tại huyện còn thấp. Tại UBND xã Đăk Pék, hồ sơ lưu trữ chưa khoa học.
"""


def test_a_district_visited_with_a_commune_and_the_bare_word_huyen():
    """"tại UBND huyện A và UBND xã B": both visited; "tại huyện" alone means the district."""
    draft = parse(NEWS)
    assert draft.inspected_unresolved == ["Đăk Glei", "Đăk Pék"]
    assert [names(finding) for finding in draft.findings] == [["Đăk Glei"], ["Đăk Pék"]]


COMMUNES = """UBND HUYỆN TIỂU CẦN
Số: 12/KL-UBND
Tiểu Cần, ngày 05 tháng 9 năm 2022
KẾT LUẬN
Đoàn kiểm tra đã kiểm tra tại 05/05 xã, thị trấn, gồm: các xã Hùng Hòa, Long Thới, Tập Ngãi và thị trấn Cầu Quan, thị trấn Tiểu Cần.
II. HẠN CHẾ
- 02/05 đơn vị chưa niêm yết thủ tục hành chính, gồm: Long Thới và TT. Cầu Quan.
- Chưa thanh toán trực tuyến tại tất cả các xã, trừ xã Tập Ngãi.
- Việc gửi báo cáo chưa đúng hạn, cụ thể:
  + xã Hùng Hòa chưa gửi báo cáo quý III;
  + các đơn vị còn lại gửi báo cáo chậm.
- Thị trấn Tiểu Cần đã bố trí máy tra cứu; các đơn vị còn lại chưa bố trí.
III. KIẾN NGHỊ
- Các đơn vị báo cáo kết quả trước ngày 30/9/2022.
"""


def test_a_district_worked_with_before_its_communes_were_visited():
    """"làm việc với UBND huyện A và kiểm tra thực tế tại xã B": A was inspected too."""
    draft = parse(NEWS.replace("kiểm tra công tác cải cách hành chính tại UBND huyện Đăk Glei và UBND xã Đăk Pék",
                               "làm việc với UBND huyện Đăk Glei và kiểm tra thực tế tại xã Đăk Pék"))
    assert draft.inspected_unresolved == ["Đăk Glei", "Đăk Pék"]


def test_lists_exceptions_and_the_remaining_units():
    """"gồm: A và TT. B"; "tất cả các xã, trừ ..." leaves the towns out; the remaining units
    add those named for what they lack, not those named for what they did."""
    draft = parse(COMMUNES)
    found = [names(finding) for finding in draft.findings]
    assert found[0] == ["Long Thới", "Cầu Quan"]
    assert found[1] == ["Hùng Hòa", "Long Thới"]
    assert sorted(found[2]) == sorted(draft.inspected_unresolved)
    assert found[3] == ["Hùng Hòa", "Long Thới", "Tập Ngãi", "Cầu Quan"]


ANNEXED = """UBND HUYỆN HÀM YÊN
Số: 40/KL-UBND
Hàm Yên, ngày 10 tháng 5 năm 2024
KẾT LUẬN
Đoàn kiểm tra đã kiểm tra tại xã Bằng Cốc và xã Thái Hòa.
## II. Hạn chế
Bên cạnh những kết quả đạt được, các đơn vị được kiểm tra còn một số hạn chế, tồn tại (chi tiết tại Phụ lục kèm theo Kết luận này).
## III. Tổ chức thực hiện
Các đơn vị báo cáo kết quả khắc phục trước ngày 15/6/2024.

Nơi nhận:
- Lưu: VT.

PHỤ LỤC

| STT | Đơn vị | Nội dung hạn chế | Thời hạn |
|---|---|---|---|
| 1 | Xã Bằng Cốc | Chưa niêm yết thủ tục hành chính mới. | 30/5/2024 |
| 2 | Xã Thái Hòa | Chưa số hóa hồ sơ. | Thường xuyên |
"""


def test_a_pointer_to_the_annex_is_no_finding():
    """"... còn một số hạn chế, tồn tại (chi tiết tại Phụ lục kèm theo ...)" lists nothing itself."""
    draft = parse_file("ket_luan.md", ANNEXED.encode("utf-8"), Registry([]))
    assert [finding.text for finding in draft.findings] == ["Chưa niêm yết thủ tục hành chính mới.", "Chưa số hóa hồ sơ."]


TWO_COLUMN_TEXT = """ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THẠCH AN                  Độc lập - Tự do - Hạnh phúc
Số: 77/KL-UBND          Thạch An, ngày 04 tháng 3 năm 2024

KẾT LUẬN
Kiểm tra công tác cải cách hành chính tại xã Đức Long và xã Lê Lai

II. KẾT QUẢ KIỂM TRA
1. Những việc đã làm được
- Các xã đã ban hành kế hoạch cải cách hành chính năm 2024.
2. Những mặt còn tồn tại
- Việc cập nhật hồ sơ trên phần mềm một cửa điện tử còn chậm (xã Đức Long).
- Chưa tổ chức đối thoại với người dân về thủ tục hành chính.
III. YÊU CẦU
Các xã báo cáo kết quả khắc phục trong thời hạn 20 ngày kể từ ngày ký.
"""


def test_a_short_numbered_line_naming_a_part_is_its_heading():
    """"2. Những mặt còn tồn tại" names the deficiency part (it is not a finding of its own), and
    a header typed as two columns on one line still gives the number, place and date."""
    draft = parse(TWO_COLUMN_TEXT)
    assert [finding.text[:30] for finding in draft.findings] == [
        "Việc cập nhật hồ sơ trên phần ", "Chưa tổ chức đối thoại với ngư"]
    assert draft.number == "77/KL-UBND" and draft.issue_place == "Thạch An"
    assert draft.issued_on == date(2024, 3, 4) and draft.deadline == date(2024, 3, 24)


SELF_CHECK = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
KẾT LUẬN
Tự kiểm tra công tác cải cách hành chính năm 2025

Tổ tự kiểm tra đã kiểm tra tại Văn phòng Sở, Phòng Đất đai và Trung tâm Kỹ thuật tài nguyên và môi trường (sau đây gọi tắt là TTKT).
II. HẠN CHẾ
1. TTKT chưa cập nhật quy trình nội bộ giải quyết thủ tục hành chính.
2. Một số đơn vị chưa niêm yết số điện thoại đường dây nóng.
"""

DISTRICTS = """ỦY BAN NHÂN DÂN TỈNH THỬ
KẾT LUẬN KIỂM TRA
Đoàn kiểm tra đã kiểm tra tại huyện Sơn Hà và huyện Minh Long.
II. HẠN CHẾ, THIẾU SÓT
1. Việc số hóa hồ sơ tại Bộ phận Một cửa còn chậm.
2. Huyện Minh Long chưa ban hành kế hoạch tuyên truyền.
"""


def test_a_short_name_the_document_defines_names_that_unit():
    """"(sau đây gọi tắt là TTKT)" makes "TTKT" that centre in later findings."""
    draft = parse(SELF_CHECK)
    first, second = draft.findings
    assert names(first) == ["Trung tâm Kỹ thuật tài nguyên và môi trường"]
    assert first.all_inspected is False and second.all_inspected is True


def test_a_one_stop_desk_of_inspected_districts_is_theirs():
    """When districts were inspected, "Bộ phận Một cửa" is their body, not a unit of its own."""
    draft = parse(DISTRICTS)
    first, second = draft.findings
    assert "Bộ phận Một cửa" not in names(first) and first.all_inspected
    assert [fold_name.split()[-1] for fold_name in names(second)] == ["Long"]
