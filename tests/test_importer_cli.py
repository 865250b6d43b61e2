"""``tracker conclusions import``: the dry-run JSON, a real import, duplicates, bad input."""

import json

import pytest
from sqlalchemy import func, select

from documents import DATA, table_conclusion_docx
from tracker.cli import main
from tracker.demo import CONCLUSION, UNITS_CSV
from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, ItemEvent, Unit
from tracker.operations.units import load_csv


@pytest.fixture
def yen_the(app):
    load_csv(UNITS_CSV.read_text(encoding="utf-8"))
    db.session.commit()


def run(app, *args, input=None):
    db.session.commit()
    return app.test_cli_runner().invoke(main, ["conclusions", "import", *args], input=input)


def counts():
    return tuple(db.session.scalar(select(func.count()).select_from(model))
                 for model in (Inspection, Finding, Item, ItemEvent))


def test_dry_run_json_prints_the_draft_and_writes_nothing(app, yen_the):
    result = run(app, str(CONCLUSION), "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["deadline"] == "2023-10-25"
    assert data["issued_on"] is None
    assert len(data["inspected_units"]) == 10
    assert len(data["findings"]) == 18
    assert sum(len(finding["units"]) for finding in data["findings"]) == 130
    assert data["findings"][17]["note"].startswith("Danh sách đơn vị kết thúc bằng")
    assert counts() == (0, 0, 0, 0)


def test_import_creates_the_inspection_with_items_events_and_the_original_file(app, yen_the):
    result = run(app, str(CONCLUSION))
    assert result.exit_code == 0, result.output
    assert "Đã tạo đợt kiểm tra" in result.output and "18 hạn chế, 130 nhiệm vụ" in result.output
    inspection = db.session.scalar(select(Inspection))
    assert inspection.report_deadline.isoformat() == "2023-10-25"
    assert inspection.source_filename == CONCLUSION.name
    from tracker.importer.service import source_path

    assert source_path(inspection).read_bytes() == CONCLUSION.read_bytes()
    assert counts() == (1, 18, 130, 130)  # one "giao nhiệm vụ" event per item
    assert inspection.findings[17].review_note.startswith("Danh sách đơn vị kết thúc bằng")
    items = db.session.scalars(select(Item)).all()
    assert {item.deadline.isoformat() for item in items} == {"2023-10-25"}
    assert {item.state for item in items} == {"open"}


def test_the_same_file_twice_is_refused_unless_forced(app, yen_the):
    assert run(app, str(CONCLUSION)).exit_code == 0
    again = run(app, str(CONCLUSION))
    assert again.exit_code != 0
    assert "đã được nhập thành đợt kiểm tra #" in again.output
    assert counts()[0] == 1
    assert run(app, str(CONCLUSION), "--force").exit_code == 0
    assert counts()[0] == 2


def test_word_table_import_keeps_row_deadlines(app, yen_the, tmp_path):
    path = tmp_path / "thong_bao.docx"
    path.write_bytes(table_conclusion_docx())
    result = run(app, str(path), "--district", "Yên Thế")
    assert result.exit_code == 0, result.output
    findings = db.session.scalars(select(Finding).order_by(Finding.position)).all()
    deadlines = [sorted({(item.deadline.isoformat() if item.deadline else None) for item in finding.items}, key=str)
                 for finding in findings]
    assert deadlines == [["2022-11-30"], ["2022-12-31"], ["2023-06-30"], [None]]
    # No inspected list in this document: with --district, "Các xã" means the district's communes.
    assert len(findings[1].items) == 19
    assert findings[3].items[0].remedy == "Thuê chỉnh lý"


def test_seed_003_rows(app, yen_the):
    result = run(app, str(DATA / "seed_003_bao_cao_khac_phuc.txt"), "--dry-run", "--json")
    data = json.loads(result.output)
    rows = [finding for finding in data["findings"] if finding["text"].startswith("Tiêu chí")]
    assert [(row["deadline"], row["ongoing"]) for row in rows] == [
        (None, True), (None, True), ("2022-12-31", False), (None, True), (None, True)]


@pytest.mark.parametrize("name, data, message", [
    ("rong.docx", b"", "trống"),
    ("hong.docx", b"PK\x03\x04 not really", "không phải tài liệu Word"),
    ("ke_hoach.txt", "I. MỤC TIÊU\n- Số hóa hồ sơ.\n".encode(), "Không tìm thấy phần"),
])
def test_bad_files_get_a_clear_message_and_nothing_is_written(app, yen_the, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    result = run(app, str(path))
    assert result.exit_code != 0
    assert message in result.output
    assert counts() == (0, 0, 0, 0)


def test_an_impossible_deadline_blocks_the_import(app, yen_the, tmp_path):
    path = tmp_path / "ket_luan.txt"
    text = CONCLUSION.read_text(encoding="utf-8").replace("trước ngày **25/10/2023**.", "trước ngày 31/02/2023.", 1)
    path.write_text(text, encoding="utf-8")
    result = run(app, str(path))
    assert result.exit_code != 0
    assert "tháng 2/2023 không có ngày 31" in result.output
    assert counts() == (0, 0, 0, 0)


def test_oversized_file_is_refused(app, yen_the, tmp_path):
    app.config["IMPORT_MAX_BYTES"] = 1000
    try:
        result = run(app, str(CONCLUSION))
    finally:
        app.config["IMPORT_MAX_BYTES"] = None
    assert result.exit_code != 0
    assert "quá lớn" in result.output
    assert counts() == (0, 0, 0, 0)


def test_unknown_district(app, yen_the):
    result = run(app, str(CONCLUSION), "--district", "Lục Nam", "--dry-run")
    assert result.exit_code != 0
    assert "Không tìm thấy huyện/tỉnh “Lục Nam”" in result.output


def test_a_renamed_commune_is_found_by_its_former_name(app, yen_the, tmp_path):
    from tracker.operations.units import rename_unit

    unit = db.session.scalar(select(Unit).where(Unit.name == "Canh Nậu"))
    rename_unit(unit, "Canh Nậu Hai")  # two renames: both former names must still resolve
    rename_unit(unit, "Canh Nậu Mới")
    db.session.commit()
    path = tmp_path / "ket_luan.txt"
    path.write_text(PLAIN_TEXT, encoding="utf-8")
    data = json.loads(run(app, str(path), "--dry-run", "--json").output)
    assert data["findings"][0]["units"] == ["Canh Nậu Mới"]


PLAIN_TEXT = """THÔNG BÁO
Kết luận kiểm tra năm 2024

II. HẠN CHẾ
- Chưa niêm yết thủ tục hành chính tại xã Canh Nậu.

Các xã báo cáo kết quả khắc phục trước ngày 30/6/2024.
"""
