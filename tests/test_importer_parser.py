"""The importer's parser, without Flask or a database: seed 001 exactly, seed 003's appendix,
conclusions in other styles, every deadline form, unit names with typos, and bad input."""

from datetime import date

import pytest

from documents import (
    DATA,
    PLAIN_CONCLUSION,
    table_conclusion_docx,
    ward_conclusion_docx,
    ward_registry,
    yen_the_registry,
)
from tracker.demo import CONCLUSION
from tracker.importer.dates import DateError, deadline_in_sentence, parse_deadline
from tracker.importer.parser import ParseError, parse_file
from tracker.importer.reader import ReadError
from tracker.importer.units import Registry, find_mentions

INSPECTED = ["Xuân Lương", "Đồng Vương", "Canh Nậu", "Đồng Hưu", "Bố Hạ", "Phồn Xương", "Đồng Tâm",
             "Tam Hiệp", "Tân Sỏi", "Hương Vĩ"]


@pytest.fixture(scope="module")
def seed_001():
    return parse_file(CONCLUSION.name, CONCLUSION.read_bytes(), yen_the_registry())


def test_seed_001_header(seed_001):
    assert seed_001.title == ("Thông báo kết luận kiểm tra công tác cải cách hành chính Nhà nước "
                              "các xã, thị trấn năm 2023")
    assert seed_001.number == "/TB-UBND"
    assert seed_001.issue_place == "Yên Thế"
    assert seed_001.issued_on is None  # "ngày   tháng 10 năm 2023": the day was never filled in
    assert seed_001.issuer == "UBND huyện Yên Thế"
    assert seed_001.deadline == date(2023, 10, 25)
    assert seed_001.deadline_text == "trước ngày 25/10/2023"


def test_seed_001_inspected_units_resolved_despite_typos(seed_001):
    # The document writes Đông Vương, Đông Hưu, Bó Hạ and Đông Tâm.
    assert [unit.name for unit in seed_001.inspected_units] == INSPECTED


def test_seed_001_every_bullet_of_section_ii_and_nothing_else(seed_001):
    texts = [finding.text for finding in seed_001.findings]
    assert len(texts) == 18
    assert texts[0].startswith("Việc tuyên truyền về cải cách hành chính")
    assert texts[-1].startswith("Công thông tin điện tử một số xã")
    joined = " ".join(texts)
    assert "Năm không chờ" not in joined  # a strength (section I)
    assert "Kiểm điểm" not in joined  # a task (section III)
    assert "Bên cạnh kết quả đạt được" not in joined  # the introduction
    assert [finding.category for finding in seed_001.findings] == (
        ["chi_dao_dieu_hanh"] * 2 + ["the_che"] * 2 + ["tthc"] * 5 + ["cong_vu"] * 3
        + ["tai_chinh_cong"] * 2 + ["chinh_quyen_so"] * 4)
    assert seed_001.findings[0].heading == "1. Công tác chỉ đạo, điều hành"


def test_seed_001_units_per_finding(seed_001):
    named = {index + 1: [unit.name for unit in finding.units]
             for index, finding in enumerate(seed_001.findings) if not finding.all_inspected}
    assert named == {
        2: ["Canh Nậu", "Xuân Lương", "Đồng Hưu", "Đồng Tâm", "Phồn Xương"],
        6: ["Đồng Kỳ"],
        8: ["Đồng Kỳ", "Canh Nậu", "Bố Hạ", "Phồn Xương"],
        12: ["Xuân Lương", "Phồn Xương"],
        15: ["Đồng Vương"],
        16: ["Tam Hiệp", "Xuân Lương", "Đồng Kỳ"],
        18: ["Canh Nậu", "Xuân Lương", "Hương Vĩ", "Đồng Hưu"],
    }
    for finding in seed_001.findings:
        if finding.all_inspected:
            assert [unit.name for unit in seed_001.units_of(finding)] == INSPECTED
        assert finding.unresolved == []
    assert seed_001.pair_count() == 130
    assert len({unit.id for f in seed_001.findings for unit in seed_001.units_of(f)}) == 11


def test_seed_001_open_ended_list_is_flagged(seed_001):
    flagged = [index for index, finding in enumerate(seed_001.findings) if finding.more_implied]
    assert flagged == [17]
    assert "có thể còn đơn vị khác" in seed_001.findings[17].note
    assert not seed_001.blocking


def test_seed_001_json_shape(seed_001):
    data = seed_001.to_json()
    assert data["deadline"] == "2023-10-25"
    assert data["inspected_units"] == INSPECTED
    finding = data["findings"][14]
    assert finding["units"] == ["Đồng Vương"] and finding["all_inspected"] is False
    assert finding["deadline"] == "2023-10-25"
    assert {"heading", "category", "text", "units", "all_inspected", "unresolved", "deadline"} <= finding.keys()
    assert data["counts"] == {"findings": 18, "items": 130, "units": 11}


def test_seed_003_appendix_rows():
    path = DATA / "seed_003_bao_cao_khac_phuc.txt"
    draft = parse_file(path.name, path.read_bytes(), yen_the_registry())
    table = [finding for finding in draft.findings if finding.source == "table"]
    assert [finding.text.split(":")[0] for finding in table] == [
        "Tiêu chí 1", "Tiêu chí 2", "Tiêu chí 4", "Tiêu chí 6", "Tiêu chí 7"]
    assert [(finding.deadline, finding.ongoing) for finding in table] == [
        (None, True), (None, True), (date(2022, 12, 31), False), (None, True), (None, True)]
    assert table[2].remedy.startswith("Trung tâm DTDVĐN phối hợp")
    assert table[2].progress == "Đang triển khai thực hiện"
    assert table[3].progress.startswith("Sở chỉ có 01 đơn vị")
    # The self-inspection's list ("... một số tồn tại, hạn chế sau:") is read too; the
    # recommendations of part 3 are not.
    listed = [finding for finding in draft.findings if finding.source == "text"]
    assert len(listed) == 6
    assert not any("Tiếp tục" in finding.text for finding in draft.findings)


def test_word_document_with_heading_styles_and_list_bullets():
    draft = parse_file("ket_luan.docx", ward_conclusion_docx(), ward_registry())
    assert draft.title == "Kết luận kiểm tra công tác cải cách hành chính năm 2024 tại các phường"
    assert draft.number == "125/KL-UBND"
    assert draft.issued_on == date(2024, 3, 5)
    assert draft.issuer == "ỦY BAN NHÂN DÂN QUẬN 1"
    assert [unit.name for unit in draft.inspected_units] == [
        "Tân Định", "Đa Kao", "Bến Nghé", "Phường 12", "Cầu Kho"]
    assert draft.deadline == date(2024, 6, 30)  # "trong quý II năm 2024"
    texts = [finding.text for finding in draft.findings]
    assert len(texts) == 4  # not the strength, not the cause
    assert [unit.name for unit in draft.findings[0].units] == ["Đa Kao", "Bến Nghé"]
    assert draft.findings[1].all_inspected and len(draft.units_of(draft.findings[1])) == 5
    assert draft.findings[2].deadline == date(2024, 4, 30)  # its own "chậm nhất ngày 30/4/2024"
    assert [unit.name for unit in draft.findings[2].units] == ["Phường 12"]
    # "Tân Ấn" matches both Tân An and Tân Ân once diacritics are dropped, and neither exactly.
    assert draft.findings[3].unresolved == ["Tân Ấn"] and draft.findings[3].units == []
    assert {finding.category for finding in draft.findings} == {"tthc", "cong_vu"}


def test_word_document_with_a_remedy_table():
    draft = parse_file("thong_bao.docx", table_conclusion_docx(), yen_the_registry())
    assert draft.issuer == "UBND HUYỆN YÊN THẾ PHÒNG NỘI VỤ"
    assert draft.deadline == date(2022, 12, 15)
    rows = [(finding.text, finding.heading, [unit.name for unit in finding.units], finding.deadline,
             finding.ongoing) for finding in draft.findings]
    assert rows == [
        ("Sổ đăng ký văn bản đến chưa ghi đủ các cột.", "Công tác văn thư", ["Canh Nậu", "Tân Sỏi"],
         date(2022, 11, 30), False),
        ("Chưa lập danh mục hồ sơ năm 2022.", "Công tác văn thư", [], date(2022, 12, 31), False),
        ("Kho lưu trữ chưa có giá, kệ đạt chuẩn.", "Công tác lưu trữ", ["Bố Hạ"], date(2023, 6, 30), False),
        ("Chưa chỉnh lý tài liệu tồn đọng.", "Công tác lưu trữ", ["Đồng Kỳ"], None, True),
    ]
    assert draft.findings[1].all_inspected
    assert draft.findings[3].progress == "Đang thực hiện"


def test_plain_text_with_other_phrasings():
    draft = parse_file("ket_luan.txt", PLAIN_CONCLUSION.encode("utf-8"), yen_the_registry())
    assert [unit.name for unit in draft.inspected_units] == ["Xuân Lương", "Canh Nậu", "Tam Tiến", "Đồng Tiến"]
    assert len(draft.findings) == 3  # not the strength, not the cause
    assert [unit.name for unit in draft.findings[0].units] == ["Xuân Lương", "Canh Nậu"]
    assert draft.findings[1].all_inspected
    assert [unit.name for unit in draft.findings[2].units] == ["Tam Tiến", "Xuân Lương"]
    assert draft.findings[2].fuzzy == {"Xuân Lươnh": draft.findings[2].units[1]}  # a typo, shown
    assert "chưa có sổ theo dõi" in draft.findings[2].text  # a "+" item joins its parent
    # 31/02/2024 does not exist: the import is blocked with a clear message.
    assert [problem.message for problem in draft.blocking] == [
        "Thời hạn báo cáo: Ngày “31/02/2024” không hợp lệ: tháng 2/2024 không có ngày 31."]


@pytest.mark.parametrize("written, expected", [
    ("25/10/2023", date(2023, 10, 25)),
    ("5/1/2024", date(2024, 1, 5)),
    ("25-10-2023", date(2023, 10, 25)),
    ("25.10.2023", date(2023, 10, 25)),
    ("ngày 25 tháng 10 năm 2023", date(2023, 10, 25)),
    ("tháng 11/2023", date(2023, 11, 30)),
    ("tháng 2 năm 2024", date(2024, 2, 29)),
    ("Quý IV", date(2022, 12, 31)),
    ("quý 4 năm 2022", date(2022, 12, 31)),
    ("Quý I/2023", date(2023, 3, 31)),
    ("6 tháng đầu năm", date(2022, 6, 30)),
    ("6 tháng cuối năm 2023", date(2023, 12, 31)),
    ("cuối năm 2023", date(2023, 12, 31)),
    ("Thường xuyên\nThường xuyên\n-", None),
])
def test_deadline_forms(written, expected):
    deadline = parse_deadline(written, year=2022)
    assert deadline.on == expected
    assert deadline.ongoing is (expected is None)


@pytest.mark.parametrize("sentence, expected", [
    ("báo cáo kết quả khắc phục trước ngày 25/10/2023./.", date(2023, 10, 25)),
    ("hoàn thành chậm nhất ngày 5/1/2024", date(2024, 1, 5)),
    ("báo cáo chậm nhất là ngày 30 tháng 11 năm 2023", date(2023, 11, 30)),
    ("gửi báo cáo trong tháng 11/2023", date(2023, 11, 30)),
    ("Thực hiện Kế hoạch số 35/KH-UBND ngày 15/02/2023 của Chủ tịch UBND huyện", None),
])
def test_deadline_in_a_sentence_needs_a_cue(sentence, expected):
    found = deadline_in_sentence(sentence, 2023)
    assert (found.on if found else None) == expected


def test_impossible_dates_are_refused():
    with pytest.raises(DateError, match="31/02/2023"):
        parse_deadline("31/02/2023")
    with pytest.raises(DateError, match="không có tháng 13"):
        parse_deadline("01/13/2023")
    with pytest.raises(DateError, match="không ghi năm"):
        parse_deadline("Quý IV", year=None)


@pytest.mark.parametrize("text, names", [
    ("như: Canh Nậu, Xuân Lương và thị trấn Phồn Xương.", ["Canh Nậu", "Xuân Lương", "Phồn Xương"]),
    ("diện tích hẹp (Xã Đồng Vương).", ["Đồng Vương"]),
    ("(xã Tam Hiệp, xã Tân Sỏi)", ["Tam Hiệp", "Tân Sỏi"]),
    ("các xã: Đồng Kỳ, Hồng Kỳ", ["Đồng Kỳ", "Hồng Kỳ"]),
    ("tại Tam Tiến và Đồng Tiến", ["Tam Tiến", "Đồng Tiến"]),
    ("UBND xã Canh Nậu và TT Bố Hạ", ["Canh Nậu", "Bố Hạ"]),
    ("thị trấn Bó Hạ, Đông Hưu", ["Bố Hạ", "Đồng Hưu"]),
    ("CANH NẬU", []),  # capitals are headings, not names
    ("Một số xã chưa hoàn thành", []),
    ("Bộ phận Một cửa của huyện Yên Thế", []),
])
def test_unit_names_in_running_text(text, names):
    mentions = find_mentions(text, Registry(yen_the_registry()))
    assert [mention.resolution.unit.name for mention in mentions if mention.resolution.unit] == names


def test_unknown_name_after_a_prefix_is_flagged_not_dropped():
    mentions = find_mentions("tại xã Tân Lập và xã Canh Nậu", Registry(yen_the_registry()))
    assert [(m.written, m.resolution.unit.name if m.resolution.unit else None) for m in mentions] == [
        ("Tân Lập", None), ("Canh Nậu", "Canh Nậu")]


@pytest.mark.parametrize("filename, data, message", [
    ("ket_luan.docx", b"", "trống"),
    ("ket_luan.docx", b"this is not a word document at all", "không phải tài liệu Word"),
    ("ket_luan.docx", b"PK\x03\x04broken zip", "không phải tài liệu Word"),
    ("ket_luan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "Word 97-2003"),
    ("ket_luan.xlsx", b"PK\x03\x04", "không được hỗ trợ"),
    ("ket_luan.pdf", b"%PDF-1.4 garbage", "PDF"),
])
def test_unreadable_files(filename, data, message):
    with pytest.raises(ReadError, match=message):
        parse_file(filename, data, yen_the_registry())


def test_a_document_without_deficiencies_is_refused():
    plan = ("KẾ HOẠCH\nCải cách hành chính năm 2024\n\nI. MỤC TIÊU\n- Nâng cao chỉ số hài lòng.\n"
            "II. NHIỆM VỤ\n- Số hóa 100% hồ sơ.\n")
    with pytest.raises(ParseError, match="Không tìm thấy phần “hạn chế, khuyết điểm”"):
        parse_file("ke_hoach.txt", plan.encode("utf-8"), yen_the_registry())


def test_pdf_with_a_text_layer():
    pytest.importorskip("pypdf")
    from tests_pdf import make_pdf  # noqa: PLC0415 - only this test needs it

    data = make_pdf(["II. HAN CHE", "- Chua niem yet thu tuc hanh chinh tai xa Canh Nau."])
    draft = parse_file("ket_luan.pdf", data, yen_the_registry())
    assert len(draft.findings) == 1
    assert [unit.name for unit in draft.findings[0].units] == ["Canh Nậu"]


def test_word_document_with_labels_per_area():
    from documents import topic_conclusion_docx

    draft = parse_file("ket_luan.docx", topic_conclusion_docx(), yen_the_registry())
    assert draft.title == "Kết luận kiểm tra công tác CCHC năm 2024"
    assert draft.issued_on == date(2024, 12, 20)
    assert [unit.name for unit in draft.inspected_units] == ["Tân Hiệp", "Tiến Thắng", "Phồn Xương"]
    assert draft.deadline == date(2025, 1, 15)
    summary = [(finding.text[:40], finding.category, [unit.name for unit in draft.units_of(finding)])
               for finding in draft.findings]
    assert summary == [
        ("Chưa cập nhật kịp thời thủ tục hành chín", "tthc", ["Tân Hiệp"]),
        ("Trang thông tin điện tử của xã Tiến Thắn", "chinh_quyen_so", ["Tiến Thắng"]),
        ("Máy tính tại Bộ phận Một cửa đã cũ, thườ", "chinh_quyen_so", ["Tân Hiệp", "Tiến Thắng", "Phồn Xương"]),
        ("Việc tự kiểm tra công tác cải cách hành ", "chi_dao_dieu_hanh", ["Tân Hiệp", "Tiến Thắng", "Phồn Xương"]),
        ("Chế độ báo cáo định kỳ về công tác cải c", "chi_dao_dieu_hanh", ["Phồn Xương"]),
    ]
    assert not any("Bộ phận Một cửa bố trí" in finding.text for finding in draft.findings)  # a strength


def test_lower_case_names_after_a_prefix_resolve_only_when_exact():
    mentions = find_mentions("tại xã canh nậu và thị trấn bố hạ, xã chưa có", Registry(yen_the_registry()))
    assert [mention.resolution.unit.name for mention in mentions] == ["Canh Nậu", "Bố Hạ"]


SINGLE_COMMUNE = """UBND HUYỆN YÊN THẾ
Số: 5/TB-UBND
Yên Thế, ngày 3 tháng 4 năm 2025
THÔNG BÁO
Kết luận kiểm tra tại UBND xã Đồng Lạc

A. Ưu điểm
1. Đã ban hành kế hoạch CCHC đúng thời hạn, không còn hạn chế về kế hoạch.
B. Hạn chế, khuyết điểm
1. Về cải cách thủ tục hành chính
- Chưa niêm yết đầy đủ TTHC lĩnh vực đất đai.
- Sổ theo dõi hồ sơ ghi chưa đầy đủ.
2. Về chế độ công vụ
- Công chức chưa đeo thẻ.
C. Kiến nghị
- UBND xã khắc phục, báo cáo kết quả khắc phục trước ngày 30/5/2025.
"""


def test_one_commune_inspected_with_parts_a_b_c():
    draft = parse_file("ket_luan.txt", SINGLE_COMMUNE.encode("utf-8"), yen_the_registry())
    assert [unit.name for unit in draft.inspected_units] == ["Đồng Lạc"]
    assert draft.deadline == date(2025, 5, 30)
    assert [(finding.category, finding.heading) for finding in draft.findings] == [
        ("tthc", "1. Về cải cách thủ tục hành chính"), ("tthc", "1. Về cải cách thủ tục hành chính"),
        ("cong_vu", "2. Về chế độ công vụ")]
    assert draft.pair_count() == 3
