"""Reports and exports: the Word report and a unit's report, Excel, CSV, the chasing letter, CLI."""

import csv
import io
import re
from collections import Counter
from datetime import date, datetime, timezone

import openpyxl
import pytest
import time_machine
from docx import Document
from sqlalchemy import select

from tracker.cli import main
from tracker.extensions import db
from tracker.models import ItemEvent, Unit
from tracker.reports.columns import ITEM_HEADERS
from tracker.reports.files import content_disposition
from tracker.reports.word import APPENDIX_COLUMNS
from tracker.reports.wording import issuer_for, long_date
from tracker.queries.filters import ItemFilters, filtered_items
from tracker.queries.timestatus import time_status
from tracker.operations.items import transition

from factories import items_of, make_inspection, make_unit, make_user

TODAY = datetime(2023, 10, 20, 3, 0, tzinfo=timezone.utc)  # 20/10/2023 in Hà Nội
SEED_003_COLUMNS = ("TT", "Tồn tại, hạn chế", "Giải pháp khắc phục", "Thời hạn hoàn thành",
                    "Tiến độ thực hiện", "Ghi chú")


@pytest.fixture(autouse=True)
def _frozen():
    """Counts and notes depend on today: freeze it 5 days before the 25/10/2023 deadline."""
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def district():
    """Yên Thế with Phòng Nội vụ and three communes; two findings each; varied states and dates."""
    district_unit = make_unit("Yên Thế", "huyen")
    noi_vu = make_unit("Phòng Nội vụ huyện Yên Thế", "phong", parent=district_unit)
    units = [make_unit("Canh Nậu", parent=district_unit), make_unit("Xuân Lương", parent=district_unit),
             make_unit("Phồn Xương", "thi_tran", parent=district_unit)]
    officers = {u.name: make_user("officer", u, email=f"u{u.id}@test.vn") for u in units}
    coordinator = make_user("coordinator", noi_vu, email="noivu@test.vn")
    make_user("viewer", email="lanhdao@test.vn")
    inspection = make_inspection(units, findings=2, deadline=date(2023, 10, 25))
    inspection.number, inspection.issued_on = "12/TB-UBND", date(2023, 10, 2)
    inspection.issue_place, inspection.issuer_unit, inspection.coordinator_unit = "Yên Thế", district_unit, noi_vu
    items = items_of(inspection)  # finding 1: Canh Nậu, Xuân Lương, Phồn Xương; then finding 2
    items[0].deadline = date(2023, 10, 1)  # Canh Nậu, finding 1: a Sunday, so due 02/10, overdue 18 days
    items[0].remedy = "Ban hành kế hoạch tuyên truyền"
    items[3].deadline = None  # Canh Nậu, finding 2: "Thường xuyên"
    items[1].deadline = date(2023, 10, 10)  # Xuân Lương, finding 1: verified late
    transition(items[1], "start", officers["Xuân Lương"])
    transition(items[1], "report", officers["Xuân Lương"], text="Đã niêm yết lại.")
    items[1].reported_on = date(2023, 10, 12)
    transition(items[1], "verify", coordinator)
    db.session.commit()
    return inspection, units, officers, coordinator, items


def _docx(response):
    assert response.status_code == 200, response.status_code
    return Document(io.BytesIO(response.data))


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def _appendix_tables(document):
    return [t for t in document.tables if tuple(c.text for c in t.rows[0].cells) == SEED_003_COLUMNS]


def _expected_statuses(items) -> Counter:
    return Counter(time_status(i.state, i.deadline, i.reported_on, date(2023, 10, 20)) for i in items)


def test_inspection_report_layout_counts_and_appendix(client, auth, district):
    """The Word report has the decree's header, counts that match the database, and one
    appendix table per unit in exactly seed 003's columns."""
    inspection, units, _, _, items = district
    auth.login("noivu@test.vn")
    response = client.get(f"/inspections/{inspection.id}/report.docx")
    assert "filename*=UTF-8''" in response.headers["Content-Disposition"]
    document = _docx(response)
    left, right = (cell.text for cell in document.tables[0].rows[0].cells)
    assert left.split("\n")[:2] == ["UBND HUYỆN YÊN THẾ", "PHÒNG NỘI VỤ"] and "/BC-PNV" in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
    assert "Yên Thế, ngày 20 tháng 10 năm 2023" in right
    text = _all_text(document)
    assert "BÁO CÁO" in text
    assert "Thông báo kết luận số 12/TB-UBND ngày 02/10/2023 của UBND huyện Yên Thế" in text
    assert "Nơi nhận:" in text and "TRƯỞNG PHÒNG" in text
    # Counts per time status (table 1) against the database.
    expected = _expected_statuses(items)
    status_table = next(t for t in document.tables if t.rows[0].cells[1].text == "Tình trạng")
    found = {row.cells[1].text: int(row.cells[2].text) for row in status_table.rows[1:]}
    assert found["Quá hạn"] == expected["overdue"] == 1
    assert found["Hoàn thành quá hạn"] == expected["done_late"] == 1
    assert found["Không thời hạn"] == expected["no_deadline"] == 1
    assert found["Tổng cộng"] == len(items) == 6
    assert "Còn 1 đơn vị có nhiệm vụ quá hạn chưa hoàn thành: xã Canh Nậu (1 nhiệm vụ)" in text
    # Appendix: one table per unit, Vietnamese alphabetical order, rows = the unit's items.
    tables = _appendix_tables(document)
    assert len(tables) == 3
    headings = [p.text for p in document.paragraphs if re.match(r"\d+\. (Xã|Thị trấn) ", p.text)]
    assert headings == ["1. Xã Canh Nậu", "2. Thị trấn Phồn Xương", "3. Xã Xuân Lương"]
    canh_nau = tables[0]
    assert [c.text for c in canh_nau.rows[1].cells] == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
    body = [[c.text for c in row.cells] for row in canh_nau.rows[2:]]
    assert len(body) == 2
    assert body[0][:4] == ["1", "Hạn chế số 1", "Ban hành kế hoạch tuyên truyền", "01/10/2023"]
    assert body[0][5] == ("Mới giao; quá hạn 18 ngày (hạn trùng ngày nghỉ, chuyển sang 02/10/2023) "
                          "(đã gia hạn, hạn ban đầu 25/10/2023)")
    assert body[1][3] == "Thường xuyên"
    xuan_luong = [[c.text for c in row.cells] for row in tables[2].rows[2:]]
    assert xuan_luong[0][4] == "Đã niêm yết lại." and xuan_luong[0][5].startswith(
        "Đã xác nhận hoàn thành, quá hạn")


def test_report_is_a4_with_decree_margins_and_times_new_roman(client, auth, district):
    """A4 portrait with the decree's margins, a landscape appendix, Times New Roman for Vietnamese."""
    inspection, *_ = district
    auth.login("lanhdao@test.vn")
    document = _docx(client.get(f"/inspections/{inspection.id}/report.docx"))
    first, appendix = document.sections[0], document.sections[-1]
    def mm(*lengths):
        return tuple(round(length.mm) for length in lengths)

    assert mm(first.page_width, first.page_height) == (210, 297)
    assert mm(first.top_margin, first.bottom_margin, first.left_margin, first.right_margin) == (20, 20, 30, 15)
    assert mm(appendix.page_width) == (297,)
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert {fonts.get(f"{{{fonts.nsmap['w']}}}{slot}") for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {
        "Times New Roman"}
    assert document.styles["Normal"].font.size.pt == 14
    assert APPENDIX_COLUMNS == SEED_003_COLUMNS


def test_unit_report_for_its_officer_and_404_for_others(client, auth, district):
    """An officer downloads their commune's own report (issued by its UBND); another unit's
    report, the district report and other units' data are 404."""
    inspection, units, officers, *_ = district
    auth.login(officers["Canh Nậu"].email)
    document = _docx(client.get(f"/inspections/{inspection.id}/units/{units[0].id}/report.docx"))
    left, right = (cell.text for cell in document.tables[0].rows[0].cells)
    assert left.split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "XÃ CANH NẬU"] and "/BC-UBND" in left
    assert "Canh Nậu, ngày 20 tháng 10 năm 2023" in right
    tables = _appendix_tables(document)
    assert len(tables) == 1 and len(tables[0].rows) == 2 + 2
    assert "TM. ỦY BAN NHÂN DÂN" in _all_text(document)
    other = units[1].id
    for url in (f"/inspections/{inspection.id}/units/{other}/report.docx",
                f"/inspections/{inspection.id}/units/{other}/export.xlsx",
                f"/inspections/{inspection.id}/units/{other}/export.csv",
                f"/inspections/{inspection.id}/report.docx"):
        assert client.get(url).status_code == 404, url
    assert client.get(f"/inspections/{inspection.id}/units/{other}/letter").status_code == 403  # coordinators' only
    rows = list(csv.reader(io.StringIO(client.get(f"/inspections/{inspection.id}/export.csv")
                                       .data.decode("utf-8-sig"))))
    assert {row[1] for row in rows[1:]} == {"Xã Canh Nậu"}


def test_xlsx_items_and_summary(client, auth, district):
    """The workbook: every item with real dd/mm/yyyy dates, frozen header and filters; a
    summary of units × time status whose totals match the database."""
    inspection, units, _, _, items = district
    auth.login("noivu@test.vn")
    response = client.get(f"/inspections/{inspection.id}/export.xlsx")
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.data))
    assert book.sheetnames == ["Tổng hợp", "Nhiệm vụ"]
    sheet = book["Nhiệm vụ"]
    assert tuple(c.value for c in sheet[1]) == ITEM_HEADERS
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:M7"
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(items)
    by_id = {row[12].value: row for row in rows}
    overdue = by_id[items[0].id]
    assert overdue[1].value == "Xã Canh Nậu" and overdue[5].value == "Quá hạn"
    assert overdue[6].value == datetime(2023, 10, 1) and overdue[6].number_format == "dd/mm/yyyy"
    assert overdue[7].value == datetime(2023, 10, 25)
    assert by_id[items[3].id][6].value == "Thường xuyên"
    assert by_id[items[1].id][8].value == datetime(2023, 10, 12)  # reported
    assert by_id[items[1].id][9].value == datetime(2023, 10, 20)  # verified (local date)
    summary = book["Tổng hợp"]
    header = [c.value for c in summary[4]]
    totals = [c.value for c in list(summary.iter_rows())[-1]]
    assert totals[1] == "Tổng cộng" and totals[2] == len(items)
    expected = _expected_statuses(items)
    assert totals[header.index("Quá hạn")] == expected["overdue"]
    assert totals[header.index("Hoàn thành quá hạn")] == expected["done_late"]


def test_csv_has_bom_and_exports_what_the_board_filters_show(client, auth, district, app):
    """The CSV starts with a BOM and holds exactly the items the same filters select on the board."""
    inspection, units, _, coordinator, items = district
    auth.login("noivu@test.vn")
    response = client.get(f"/inspections/{inspection.id}/export.csv?time_status=due_soon&q=xuân")
    assert response.data.startswith(b"\xef\xbb\xbf")
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == ITEM_HEADERS
    filters = ItemFilters.from_args({"time_status": "due_soon", "q": "xuân"})
    board = db.session.execute(filtered_items(inspection, coordinator, filters, date(2023, 10, 20))).all()
    assert sorted(int(row[12]) for row in rows[1:]) == sorted(item.id for item, _ in board)
    assert {row[1] for row in rows[1:]} == {"Xã Xuân Lương"} and len(rows) == 2
    unit_csv = client.get(f"/inspections/{inspection.id}/units/{units[0].id}/export.csv?time_status=overdue")
    unit_rows = list(csv.reader(io.StringIO(unit_csv.data.decode("utf-8-sig"))))
    assert [(r[1], r[6]) for r in unit_rows[1:]] == [("Xã Canh Nậu", "01/10/2023")]


def test_chasing_letter_validates_date_and_records_history(client, auth, district):
    """The letter lists the unit's overdue items, refuses past or impossible dates in Vietnamese,
    and records a "letter" event on each listed item only."""
    inspection, units, officers, _, items = district
    auth.login("noivu@test.vn")
    url = f"/inspections/{inspection.id}/units/{units[0].id}/letter"
    page = client.get(url).get_data(as_text=True)
    assert "Hạn chế số 1" in page and "18 ngày" in page
    response = auth.post(url, {"report_by": "19/10/2023"})
    assert response.status_code == 400 and "đã qua" in response.get_data(as_text=True)
    response = auth.post(url, {"report_by": "31/02/2024"})
    assert response.status_code == 400 and "không tồn tại" in response.get_data(as_text=True)
    assert db.session.scalar(select(ItemEvent).where(ItemEvent.action == "letter")) is None
    response = auth.post(url, {"report_by": "30/10/2023"})
    document = _docx(response)
    text = _all_text(document)
    assert "Kính gửi: Chủ tịch UBND xã Canh Nậu." in text and "trước ngày 30/10/2023" in text
    assert "V/v đôn đốc" in document.tables[0].rows[0].cells[0].text
    rows = [[c.text for c in r.cells] for r in document.tables[1].rows]
    assert rows[1][:4] == ["1", "Hạn chế số 1", "01/10/2023", "18"] and len(rows) == 2
    events = db.session.scalars(select(ItemEvent).where(ItemEvent.action == "letter")).all()
    assert [event.item_id for event in events] == [items[0].id]
    assert "30/10/2023" in events[0].comment
    auth.post("/logout")
    auth.login("lanhdao@test.vn")
    assert client.get(url).status_code == 403
    auth.post("/logout")
    auth.login(officers["Canh Nậu"].email)
    assert client.get(url).status_code == 403


def test_download_buttons_on_board_headers(client, auth, district):
    """The overview and the unit board offer the downloads; the letter only to coordinators."""
    inspection, units, officers, *_ = district
    auth.login("noivu@test.vn")
    page = client.get(f"/inspections/{inspection.id}?time_status=overdue").get_data(as_text=True)
    assert f"/inspections/{inspection.id}/report.docx" in page
    assert f"/inspections/{inspection.id}/export.csv?time_status=overdue" in page
    board = client.get(f"/inspections/{inspection.id}/units/{units[0].id}").get_data(as_text=True)
    assert f"/units/{units[0].id}/report.docx" in board and f"/units/{units[0].id}/letter" in board
    auth.post("/logout")
    auth.login(officers["Canh Nậu"].email)
    board = client.get(f"/inspections/{inspection.id}/units/{units[0].id}").get_data(as_text=True)
    assert f"/units/{units[0].id}/export.xlsx" in board and "/letter" not in board


def test_cli_report(app, district, tmp_path):
    """``tracker report`` writes each format; unknown inspections and units fail in Vietnamese."""
    inspection, *_ = district
    runner = app.test_cli_runner()
    for fmt in ("docx", "xlsx", "csv"):
        target = tmp_path / f"out.{fmt}"
        result = runner.invoke(main, ["report", str(inspection.id), "--format", fmt, "-o", str(target)])
        assert result.exit_code == 0, result.output
        assert target.stat().st_size > 0
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert openpyxl.load_workbook(tmp_path / "out.xlsx")["Nhiệm vụ"].max_row == 7
    target = tmp_path / "unit.docx"
    result = runner.invoke(main, ["report", str(inspection.id), "--unit", "xa canh nau", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "XÃ CANH NẬU" in Document(str(target)).tables[0].rows[0].cells[0].text
    result = runner.invoke(main, ["report", "999", "-o", str(tmp_path / "x.docx")])
    assert result.exit_code != 0 and "Không tìm thấy đợt kiểm tra số 999" in result.output
    result = runner.invoke(main, ["report", str(inspection.id), "--unit", "Không Có", "-o",
                                  str(tmp_path / "x.docx")])
    assert result.exit_code != 0 and "Không tìm thấy đơn vị" in result.output


def test_wording_follows_the_decree():
    """Leading zeros for days < 10 and months < 3; body names; ASCII fallback keeps "đ" as "d"."""
    assert long_date("Yên Thế", date(2026, 2, 5)) == "Yên Thế, ngày 05 tháng 02 năm 2026"
    assert long_date("Yên Thế", date(2026, 11, 23)) == "Yên Thế, ngày 23 tháng 11 năm 2026"
    district = Unit(name="Yên Thế", kind="huyen")
    office = issuer_for(Unit(name="Phòng Nội vụ huyện Yên Thế", kind="phong", parent=district))
    assert (office.parent_line, office.name_lines, office.abbreviation) == (
        "UBND HUYỆN YÊN THẾ", ("PHÒNG NỘI VỤ",), "PNV")
    assert office.place == "Yên Thế" and office.signer_lines == ("TRƯỞNG PHÒNG",)
    commune = issuer_for(Unit(name="Đồng Kỳ", kind="xa", parent=district))
    assert commune.name_lines == ("ỦY BAN NHÂN DÂN", "XÃ ĐỒNG KỲ") and commune.parent_line is None
    header = content_disposition("Văn bản đôn đốc - Xã Đồng Kỳ - 20-10-2023.docx")
    assert 'filename="van_ban_don_doc_-_xa_dong_ky_-_20-10-2023.docx"' in header
    assert "filename*=UTF-8''V%C4%83n%20b%E1%BA%A3n" in header
