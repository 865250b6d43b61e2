"""The web import (upload → review → confirm), corrections on the review page, unknown names,
duplicates, bad input, and inspections made or extended by hand."""

import re
import io
from html.parser import HTMLParser

import pytest
from sqlalchemy import func, select

from documents import PLAIN_CONCLUSION
from factories import make_user
from tracker.demo import CONCLUSION, UNITS_CSV
from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, ItemEvent, Unit
from tracker.operations.units import load_csv


class FormFields(HTMLParser):
    """What a browser would submit from the page's form with the given action."""

    def __init__(self, action: str):
        super().__init__()
        self.action, self.inside, self.fields = action, False, []
        self._textarea = self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("action") == self.action
        if not self.inside:
            return
        if tag == "input" and attrs.get("name"):
            if attrs.get("type") in {"checkbox", "radio"}:
                if "checked" in attrs and "disabled" not in attrs:
                    self.fields.append((attrs["name"], attrs.get("value", "on")))
            elif attrs.get("type") != "file":
                self.fields.append((attrs["name"], attrs.get("value", "")))
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]
        elif tag == "select":
            self._select = [attrs["name"], None]
        elif tag == "option" and self._select is not None:
            if self._select[1] is None or "selected" in attrs:
                self._select[1] = attrs.get("value", "")
                self._select.append("selected" in attrs)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            self.fields.append(tuple(self._textarea))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            self.fields.append((self._select[0], self._select[1] or ""))
            self._select = None
        elif tag == "form":
            self.inside = False


def form_of(html: str, action: str) -> list[tuple[str, str]]:
    parser = FormFields(action)
    parser.feed(html)
    return parser.fields


def replace(fields, name, value):
    return [(key, value if key == name else old) for key, old in fields]


@pytest.fixture
def coordinator(app, auth):
    load_csv(UNITS_CSV.read_text(encoding="utf-8"))
    office = db.session.scalar(select(Unit).where(Unit.name == "Phòng Nội vụ huyện Yên Thế"))
    user = make_user("coordinator", office, email="noivu@test.vn")
    db.session.commit()
    auth.login(user.email)
    return user


def counts():
    return tuple(db.session.scalar(select(func.count()).select_from(model))
                 for model in (Inspection, Finding, Item, ItemEvent))


def upload(auth, data: bytes, filename: str, **extra):
    return auth.post("/inspections/import", {"file": (io.BytesIO(data), filename), **extra},
                     content_type="multipart/form-data")


def confirm(auth, fields):
    token = auth.token()
    fields = [(key, value) for key, value in fields if key != "csrf_token"] + [("csrf_token", token)]
    from werkzeug.datastructures import MultiDict

    return auth.client.post("/inspections/import/confirm", data=MultiDict(fields))


def test_upload_shows_the_draft_and_writes_nothing(coordinator, auth):
    response = upload(auth, CONCLUSION.read_bytes(), "ket_luan.md")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert re.search(r"18 hạn chế · <span id=\"pair-count\"[^>]*>130</span> nhiệm vụ", html)
    assert "Danh sách đơn vị kết thúc bằng “...”" in html
    assert 'value="25/10/2023"' in html
    assert counts() == (0, 0, 0, 0)


def test_confirm_writes_everything_and_keeps_the_file(coordinator, auth, app):
    html = upload(auth, CONCLUSION.read_bytes(), "ket_luan.md").get_data(as_text=True)
    response = confirm(auth, form_of(html, "/inspections/import/confirm"))
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    assert counts() == (1, 18, 130, 130)
    inspection = db.session.scalar(select(Inspection))
    assert inspection.created_by_id == coordinator.id
    assert inspection.findings[17].review_note
    download = auth.client.get(f"/inspections/{inspection.id}/source")
    assert download.status_code == 200 and download.data == CONCLUSION.read_bytes()
    assert "attachment" in download.headers["Content-Disposition"]
    # The same file again: a warning on the review page.
    again = upload(auth, CONCLUSION.read_bytes(), "ket_luan.md").get_data(as_text=True)
    assert "Tệp này đã được nhập" in again


def test_corrections_on_the_review_page(coordinator, auth):
    html = upload(auth, CONCLUSION.read_bytes(), "ket_luan.md").get_data(as_text=True)
    fields = form_of(html, "/inspections/import/confirm")
    canh_nau = db.session.scalar(select(Unit.id).where(Unit.name == "Canh Nậu"))
    fields = [(k, v) for k, v in fields if not (k == "f0-units" and v == str(canh_nau))]  # untick
    fields = replace(fields, "f1-text", "Chưa có sáng kiến CCHC (đã sửa).")
    fields = replace(fields, "f1-category", "cong_vu")
    fields = [(k, v) for k, v in fields if k != "f2-include"]  # drop finding 3
    fields = replace(fields, "f3-deadline", "31/02/2023")
    response = confirm(auth, fields)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "không tồn tại" in page and "31/02/2023" in page  # the wrong date is kept and explained
    assert "Chưa có sáng kiến CCHC (đã sửa)." in page
    assert counts() == (0, 0, 0, 0)
    fields = replace(fields, "f3-deadline", "15/11/2023")
    response = confirm(auth, fields)
    assert response.status_code == 302
    findings = db.session.scalars(select(Finding).order_by(Finding.position)).all()
    assert len(findings) == 17
    assert canh_nau not in {item.unit_id for item in findings[0].items} and len(findings[0].items) == 9
    assert findings[1].text == "Chưa có sáng kiến CCHC (đã sửa)." and findings[1].category == "cong_vu"
    assert {item.deadline.isoformat() for item in findings[2].items} == {"2023-11-15"}


def test_unknown_names_mapped_or_created(coordinator, auth):
    document = PLAIN_CONCLUSION.replace("31/02/2024", "29/02/2024").replace(
        "(xã Tam Tiến, xã Xuân Lươnh)", "(xã Tam Tiến, xã Tân Lập, xã Hồng Kì Mới)")
    html = upload(auth, document.encode("utf-8"), "ket_luan.txt").get_data(as_text=True)
    assert "Tên đơn vị chưa xác định" in html
    fields = form_of(html, "/inspections/import/confirm")
    names = [value for key, value in fields if key == "unresolved"]
    assert names == ["Tân Lập", "Hồng Kì Mới"]
    hong_ky = db.session.scalar(select(Unit.id).where(Unit.name == "Hồng Kỳ"))
    fields = replace(replace(fields, "map-0", "new"), "map-1", str(hong_ky))
    response = confirm(auth, fields)
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    created = db.session.scalar(select(Unit).where(Unit.name == "Tân Lập"))
    assert created is not None and created.kind == "xa"
    finding = db.session.scalars(select(Finding).order_by(Finding.position)).all()[2]
    assert {item.unit.name for item in finding.items} == {"Tam Tiến", "Tân Lập", "Hồng Kỳ"}


@pytest.mark.parametrize("filename, data, message", [
    ("ket_luan.docx", b"not a docx", "không phải tài liệu Word"),
    ("ket_luan.docx", b"", "trống"),
    ("ke_hoach.txt", "I. MỤC TIÊU\n- Số hóa hồ sơ.\n".encode(), "Không tìm thấy phần"),
    ("bang.xlsx", b"PK\x03\x04", "không được hỗ trợ"),
])
def test_bad_uploads(coordinator, auth, filename, data, message):
    response = upload(auth, data, filename)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert counts() == (0, 0, 0, 0)


def test_oversized_upload(coordinator, auth, app):
    app.config["IMPORT_MAX_BYTES"] = 2000
    try:
        response = upload(auth, CONCLUSION.read_bytes(), "ket_luan.md")
    finally:
        app.config["IMPORT_MAX_BYTES"] = None
    assert response.status_code == 422 and "quá lớn" in response.get_data(as_text=True)


def test_a_stale_or_foreign_token_saves_nothing(coordinator, auth):
    html = upload(auth, CONCLUSION.read_bytes(), "ket_luan.md").get_data(as_text=True)
    fields = replace(form_of(html, "/inspections/import/confirm"), "token", "forged-token")
    response = confirm(auth, fields)
    assert response.status_code == 302 and response.headers["Location"].endswith("/inspections/import")
    assert counts() == (0, 0, 0, 0)


def test_officers_cannot_import(app, auth):
    unit = Unit(name="Canh Nậu", kind="xa")
    db.session.add(unit)
    officer = make_user("officer", unit)
    db.session.commit()
    auth.login(officer.email)
    assert auth.client.get("/inspections/import").status_code == 403
    assert upload(auth, CONCLUSION.read_bytes(), "ket_luan.md").status_code == 403


def test_inspection_by_hand(coordinator, auth):
    response = auth.post("/inspections/new", {"title": "Kiểm tra công vụ quý I/2024", "report_deadline": "30/02/2024"})
    assert response.status_code == 422 and "không tồn tại" in response.get_data(as_text=True)
    assert counts() == (0, 0, 0, 0)
    response = auth.post("/inspections/new", {"title": "Kiểm tra công vụ quý I/2024", "report_deadline": "29/03/2024"})
    assert response.status_code == 302
    inspection = db.session.scalar(select(Inspection))
    ids = {unit.name: unit.id for unit in db.session.scalars(select(Unit))}
    response = auth.post(f"/inspections/{inspection.id}/findings", {
        "text": "Công chức không đeo thẻ khi làm nhiệm vụ.", "category": "cong_vu",
        "units": [ids["Canh Nậu"], ids["Tân Sỏi"]]})
    assert response.status_code == 302
    finding = db.session.scalar(select(Finding))
    assert {item.unit.name for item in finding.items} == {"Canh Nậu", "Tân Sỏi"}
    assert {item.deadline.isoformat() for item in finding.items} == {"2024-03-29"}
    # Later: correct the text and give the finding to one more commune, with its own deadline.
    page = auth.client.get(f"/inspections/{inspection.id}/findings/{finding.id}/edit").get_data(as_text=True)
    assert 'value="29/03/2024"' in page
    response = auth.post(f"/inspections/{inspection.id}/findings/{finding.id}/edit", {
        "text": "Công chức chưa đeo thẻ công chức.", "category": "cong_vu",
        "units": [ids["Đồng Kỳ"]], "deadline": "15/04/2024"})
    assert response.status_code == 302
    db.session.expire_all()
    finding = db.session.get(Finding, finding.id)
    assert finding.text == "Công chức chưa đeo thẻ công chức."
    added = next(item for item in finding.items if item.unit.name == "Đồng Kỳ")
    assert added.deadline.isoformat() == "2024-04-15" and added.state == "open"
    assert len(finding.items) == 3
    assert db.session.scalar(select(func.count()).select_from(ItemEvent).where(ItemEvent.item_id == added.id)) == 1


def test_the_edit_page_runs_the_same_queries_whatever_the_size(coordinator, auth, count_queries):
    from factories import make_inspection

    units = db.session.scalars(select(Unit).where(Unit.kind == "xa")).all()
    small = make_inspection(units[:2], findings=2)
    large = make_inspection(units, findings=12)
    db.session.commit()
    counts = [count_queries(lambda inspection=inspection: auth.client.get(f"/inspections/{inspection.id}/edit"))
              for inspection in (small, large)]
    assert counts[0] == counts[1]
    page = auth.client.get(f"/inspections/{large.id}/edit").get_data(as_text=True)
    assert "12 hạn chế" in page and units[-1].name in page
