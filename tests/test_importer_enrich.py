"""Pass 5, enrichment: units as documents name them, deadlines every way they are written, and
the CCHC area; then the flags and confidences."""

from datetime import date

import pytest

from tracker.importer.dates import deadline_in_sentence, parse_deadline
from tracker.importer.draft import Draft, DraftFinding
from tracker.importer.enrich import category_of, resolve_units
from tracker.importer.flags import flag
from tracker.importer.units import Registry, RegistryUnit, find_mentions, key

UNITS = [RegistryUnit(1, "Yên Hòa", "xa", "Yên Mô"), RegistryUnit(2, "Yên Hòa", "thi_tran", "Yên Mô"),
         RegistryUnit(3, "Khánh Thiện", "xa", "Yên Mô"), RegistryUnit(4, "1", "phuong", "Tuy Hòa"),
         RegistryUnit(5, "1", "phuong", "Vĩnh Long"), RegistryUnit(6, "Ea H'Leo", "xa", "Ea H'Leo"),
         RegistryUnit(7, "Phòng Tổ chức - Hành chính", "phong", "Sở Y tế"),
         RegistryUnit(8, "Trung tâm Phục vụ hành chính công", "trung_tam", "Sở Y tế"),
         RegistryUnit(9, "Văn phòng Sở", "phong", "Sở Y tế"), RegistryUnit(10, "Xuân Hương - Đà Lạt", "phuong", "Lâm Đồng")]


@pytest.mark.parametrize("text, names", [
    ("(xã Yên Hòa)", [[1]]),
    ("(thị trấn Yên Hòa)", [[2]]),
    ("(TT. Yên Hòa, UBND xã Khánh Thiện)", [[2], [3]]),
    ("tại Yên Hòa", [[1, 2]]),  # no kind: both candidates, never a guess
    ("(Phường 1)", [[4, 5]]),  # two provinces' "Phường 1"
    ("(P.1)", [[4, 5]]),
    ("xã Ea H'Leo chưa", [[6]]),
    ("phường Xuân Hương - Đà Lạt chưa", [[10]]),
    ("Phòng TC-HC chưa niêm yết", [[7]]),
    ("TTPVHCC còn chậm", [[8]]),
    ("VP Sở chưa lập", [[9]]),
])
def test_names_as_documents_write_them(text, names):
    """Prefixes, abbreviations, apostrophes and hyphens; a name fitting two units is ambiguous."""
    mentions = find_mentions(text, Registry(UNITS))
    found = [[mention.resolution.unit.id] if mention.resolution.unit else
             sorted(unit.id for unit in mention.resolution.candidates) for mention in mentions]
    assert found == names


@pytest.mark.parametrize("name, expected", [
    ("xã Phượng Mao", "phuong mao"), ("Phượng Mao", "phuong mao"), ("phường 2", "2"), ("P.2", "2"),
    ("UBND thị trấn Bố Hạ", "bo ha"), ("TT. Bố Hạ", "bo ha"),
])
def test_matching_keys_drop_only_real_prefixes(name, expected):
    """"phường" is a prefix, "Phượng" the first syllable of a name."""
    assert key(name) == expected


INSPECTED = [UNITS[0], UNITS[2], UNITS[1]]


def units_of(text, before=(), scope=None, inspected=INSPECTED):
    finding = DraftFinding(text=text, scope=scope)
    resolve_units(finding, Registry(UNITS), None, list(inspected), [], list(before))
    return finding


@pytest.mark.parametrize("text, scope, ids, all_inspected", [
    ("Một số xã chưa niêm yết.", None, [], True),
    ("Các xã, trừ xã Khánh Thiện, chưa số hóa.", None, [1, 2], False),
    ("Tất cả các xã, trừ xã Khánh Thiện, chưa số hóa.", None, [1], False),  # "tất cả các xã": the xã only
    ("Các xã, trừ 01 thị trấn, chưa số hóa.", None, [1, 3], False),
    ("Chưa niêm yết.", "Xã Khánh Thiện", [3], False),
    ("Chưa niêm yết (cùng với thị trấn Yên Hòa).", "Xã Khánh Thiện", [3, 2], False),
])
def test_units_of_a_finding(text, scope, ids, all_inspected):
    """Named units, "trừ", a kind left out, the scope of a heading."""
    finding = units_of(text, scope=scope)
    assert ([unit.id for unit in finding.units], finding.all_inspected) == (ids, all_inspected)


def test_the_remaining_units_are_those_not_named_before():
    """"Các đơn vị còn lại" = inspected minus the units named in the same part before it."""
    first = units_of("Chưa niêm yết (xã Yên Hòa).")
    rest = units_of("Chưa số hóa (các đơn vị còn lại).", before=[first])
    assert [unit.id for unit in rest.units] == [3, 2]


def test_with_an_empty_registry_the_inspected_names_come_out_unresolved():
    """A finding for every inspected unit lists the inspected names it could not resolve."""
    finding = DraftFinding(text="Một số xã chưa niêm yết.")
    resolve_units(finding, Registry([]), None, [], ["Yên Hòa", "Khánh Thiện"], [])
    assert finding.unresolved == ["Yên Hòa", "Khánh Thiện"] and finding.note is None


@pytest.mark.parametrize("sentence, issued, expected, rule", [
    ("báo cáo trong thời hạn 30 ngày kể từ ngày ký Thông báo này", date(2025, 11, 3), date(2025, 12, 3),
     "30 ngày kể từ 03/11/2025 → 03/12/2025"),
    ("trong thời hạn 15 ngày kể từ ngày nhận được văn bản", date(2025, 12, 22), date(2026, 1, 6), None),
    ("báo cáo trước ngày 15/01", date(2025, 12, 22), date(2026, 1, 15), None),
    ("báo cáo trước ngày 25/01", date(2024, 1, 5), date(2024, 1, 25), None),
    ("gửi báo cáo trước 17 giờ 00 ngày 20/11/2025", date(2025, 10, 20), date(2025, 11, 20), None),
    ("hết ngày 10.01.2026", date(2025, 12, 22), date(2026, 1, 10), None),
    ("hoàn thành trong Quý I năm 2026", date(2025, 12, 22), date(2026, 3, 31), None),
    ("chậm nhất ngày 20-01-2024", date(2024, 1, 5), date(2024, 1, 20), None),
])
def test_deadlines_every_way_they_are_written(sentence, issued, expected, rule):
    """Relative, year-less, with an hour, "hết ngày", quarters, dots and dashes."""
    found = deadline_in_sentence(sentence, issued.year, issued)
    assert found.on == expected
    if rule:
        assert found.rule == rule


def test_a_cell_without_a_year_takes_the_documents():
    """"15/01" in a table cell of a 2025 document."""
    assert parse_deadline("15/01", 2025).on == date(2025, 1, 15)


@pytest.mark.parametrize("text, category", [
    ("Chưa niêm yết thủ tục hành chính tại Bộ phận Một cửa.", "tthc"),
    ("Công chức chưa đeo thẻ.", "cong_vu"),
    ("Trang thông tin điện tử chưa cập nhật.", "chinh_quyen_so"),
    ("Chưa xây dựng phương án tự chủ tài chính.", "tai_chinh_cong"),
    ("Hồ sơ lưu trữ chưa khoa học.", "tthc"),
])
def test_categories(text, category):
    """The CCHC area from the finding's words when no heading names one."""
    assert category_of(text) == category


def test_flags_lower_the_confidence_of_what_needs_a_look():
    """Ambiguous names and units outside the inspected list are flagged, never dropped."""
    clear = units_of("Chưa niêm yết (xã Khánh Thiện).")
    ambiguous = units_of("Chưa niêm yết (Yên Hòa).")
    outside = units_of("Chưa niêm yết (phường Xuân Hương - Đà Lạt).")
    draft = Draft(title="Kết luận", findings=[clear, ambiguous, outside], inspected_units=INSPECTED)
    flag(draft)
    assert clear.confidence > ambiguous.confidence and clear.confidence > outside.confidence
    assert [unit.id for unit in outside.units] == [10]
    assert any("không có trong danh sách được kiểm tra" in problem.message for problem in draft.problems)
    assert draft.to_json()["findings"][1]["candidates"] == {"Yên Hòa": [
        {"id": 1, "name": "Yên Hòa", "kind": "xa", "area": "Yên Mô"},
        {"id": 2, "name": "Yên Hòa", "kind": "thi_tran", "area": "Yên Mô"}]}


def test_the_report_deadline_is_the_one_after_the_reporting_words():
    """"Khắc phục xong trước X, báo cáo trước Y": the report deadline is Y."""
    from tracker.importer import vocab

    sentence = "Các xã hoàn thành khắc phục trước ngày 30/11/2024, báo cáo kết quả trước ngày 05/12/2024."
    assert deadline_in_sentence(sentence, 2024, None, after=vocab.REPORT_WORDS).on == date(2024, 12, 5)


def test_a_name_with_the_wrong_kind_resolves_to_the_only_unit_with_a_note():
    """"xã Bố Hạ" when only "thị trấn Bố Hạ" exists: read as the town, and said so."""
    registry = Registry([RegistryUnit(1, "Bố Hạ", "thi_tran")])
    finding = DraftFinding(text="Chưa niêm yết (xã Bố Hạ).")
    resolve_units(finding, registry, None, [], [], [])
    assert [unit.id for unit in finding.units] == [1]
    assert finding.note == "Đã hiểu “Bố Hạ” là thị trấn Bố Hạ."
