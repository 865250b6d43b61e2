"""The item page: texts, comments, evidence upload/download, deadline extension and requests."""

import io
import zipfile
from datetime import date

import pytest
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Evidence

from conftest import Auth
from factories import items_of, make_inspection, make_unit, make_user

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.fixture
def setup():
    """One commune with its officer, a second commune's officer, a coordinator, a viewer, one item."""
    unit, other = make_unit("Canh Nậu"), make_unit("Xuân Lương")
    make_user("officer", unit, email="canhnau@test.vn")
    make_user("officer", other, email="xuanluong@test.vn")
    make_user("coordinator", email="noivu@test.vn")
    make_user("viewer", email="lanhdao@test.vn")
    item = items_of(make_inspection([unit], deadline=date(2023, 10, 25)))[0]
    db.session.commit()
    return item


def test_officer_edits_remedy_and_progress(client, auth, setup):
    """The unit's officer saves the remedy plan and progress note; history records it."""
    item = setup
    auth.login("canhnau@test.vn")
    page = auth.post(f"/items/{item.id}/texts", {"remedy": "Niêm yết lại mã QR", "progress": "Đã xong 50%",
                                                  "version": item.version}, follow_redirects=True)
    assert "Đã lưu giải pháp và tiến độ." in page.get_data(as_text=True)
    db.session.refresh(item)
    assert (item.remedy, item.progress) == ("Niêm yết lại mã QR", "Đã xong 50%")
    assert item.events[-1].action == "edit"


def test_viewer_cannot_edit_or_comment(client, auth, setup):
    """Leaders read only: no forms on the page, and posting is refused."""
    item = setup
    auth.login("lanhdao@test.vn")
    page = client.get(f"/items/{item.id}").get_data(as_text=True)
    assert "Gửi ý kiến" not in page and "Tải lên" not in page and 'name="remedy"' not in page
    auth.post(f"/items/{item.id}/comments", {"text": "Ý kiến"})
    db.session.refresh(item)
    assert [event.action for event in item.events] == ["create"]


def test_comment_does_not_make_forms_stale(client, auth, setup):
    """A comment is recorded without bumping the item's version."""
    item = setup
    auth.login("noivu@test.vn")
    version = item.version
    auth.post(f"/items/{item.id}/comments", {"text": "Đề nghị bổ sung minh chứng"})
    db.session.refresh(item)
    assert item.version == version and item.events[-1].comment == "Đề nghị bổ sung minh chứng"


def test_evidence_upload_and_download(client, auth, setup, app):
    """Several files are stored with their sha256 and downloaded under their original names."""
    item = setup
    auth.login("canhnau@test.vn")
    page = auth.post(f"/items/{item.id}/evidence", {
        "files": [(io.BytesIO(PDF), "Quyết định số 12.pdf"), (io.BytesIO(PNG), "ảnh bàn quầy.png"),
                  (io.BytesIO(_docx_bytes()), "báo cáo.docx")],
        "note": "Minh chứng đợt 1"}, content_type="multipart/form-data", follow_redirects=True)
    assert "Đã thêm 3 tệp minh chứng." in page.get_data(as_text=True)
    files = db.session.scalars(select(Evidence).order_by(Evidence.id)).all()
    assert [f.original_filename for f in files] == ["Quyết định số 12.pdf", "ảnh bàn quầy.png", "báo cáo.docx"]
    import hashlib

    assert files[0].sha256 == hashlib.sha256(PDF).hexdigest() and files[0].size == len(PDF)
    response = client.get(f"/evidence/{files[0].id}")
    assert response.data == PDF
    assert "attachment" in response.headers["Content-Disposition"]
    assert "filename*=UTF-8''Quy%E1%BA%BFt" in response.headers["Content-Disposition"]
    other = Auth(app.test_client())
    other.login("xuanluong@test.vn")
    assert other.client.get(f"/evidence/{files[0].id}").status_code == 404


@pytest.mark.parametrize("name,content,message", [
    ("virus.exe", b"MZ\x90\x00", "Không chấp nhận tệp"),
    ("gia-mao.pdf", b"MZ\x90\x00 not a pdf", "không đúng định dạng .pdf"),
    ("hong.docx", b"PK\x03\x04garbage", "không đúng định dạng .docx"),
    ("rong.png", b"", "rỗng"),
])
def test_bad_evidence_is_refused_and_nothing_kept(client, auth, setup, app, name, content, message):
    """Wrong types, disguised or corrupt files and empty files are refused; nothing is stored."""
    item = setup
    from pathlib import Path

    folder = Path(app.config["UPLOAD_FOLDER"]) / "evidence"
    before = set(folder.iterdir()) if folder.exists() else set()
    auth.login("canhnau@test.vn")
    page = auth.post(f"/items/{item.id}/evidence", {
        "files": [(io.BytesIO(PDF), "tot.pdf"), (io.BytesIO(content), name)]},
        content_type="multipart/form-data", follow_redirects=True)
    assert message in page.get_data(as_text=True)
    assert db.session.scalar(select(Evidence)) is None
    assert (set(folder.iterdir()) if folder.exists() else set()) == before


def test_evidence_size_limit(client, auth, setup, app):
    """A file over the evidence limit is refused with the limit in the message."""
    item = setup
    app.config["TRACKER_EVIDENCE_MAX_MB"] = 1
    try:
        auth.login("canhnau@test.vn")
        page = auth.post(f"/items/{item.id}/evidence", {
            "files": [(io.BytesIO(PDF + b"0" * (1024 * 1024)), "lon.pdf")]},
            content_type="multipart/form-data", follow_redirects=True)
        assert "vượt quá dung lượng cho phép (1 MB)" in page.get_data(as_text=True)
    finally:
        app.config["TRACKER_EVIDENCE_MAX_MB"] = 20


def test_extension_request_and_approval(client, auth, setup, app):
    """An officer asks for more time; the coordinator approves; the original deadline stays visible."""
    item = setup
    auth.login("canhnau@test.vn")
    auth.post(f"/items/{item.id}/extension-request", {"deadline": "15/11/2023", "text": "Chờ kinh phí",
                                                       "version": item.version})
    db.session.refresh(item)
    assert item.requested_deadline == date(2023, 11, 15)
    coordinator = Auth(app.test_client())
    coordinator.login("noivu@test.vn")
    listing = coordinator.client.get(f"/inspections/{item.finding.inspection_id}/extensions").get_data(as_text=True)
    assert "15/11/2023" in listing and "Chờ kinh phí" in listing
    coordinator.post(f"/items/{item.id}/extension-decision", {"decision": "approve", "version": item.version})
    db.session.refresh(item)
    assert item.deadline == date(2023, 11, 15) and item.original_deadline == date(2023, 10, 25)
    assert item.requested_deadline is None
    page = coordinator.client.get(f"/items/{item.id}").get_data(as_text=True)
    assert "ban đầu: 25/10/2023" in page and "Đồng ý gia hạn" in page


def test_refusal_needs_reason(client, auth, setup, app):
    """Refusing an extension request without a reason is refused; the request stays pending."""
    item = setup
    auth.login("canhnau@test.vn")
    auth.post(f"/items/{item.id}/extension-request", {"deadline": "15/11/2023", "text": "Lý do",
                                                       "version": item.version})
    coordinator = Auth(app.test_client())
    coordinator.login("noivu@test.vn")
    db.session.refresh(item)
    page = coordinator.post(f"/items/{item.id}/extension-decision", {"decision": "refuse", "text": "",
                                                                      "version": item.version},
                            follow_redirects=True).get_data(as_text=True)
    assert "Vui lòng nhập lý do không đồng ý gia hạn." in page
    db.session.refresh(item)
    assert item.requested_deadline == date(2023, 11, 15)


@pytest.mark.parametrize("value,message", [("31/02/2024", "không tồn tại"), ("mai", "không đúng dạng"),
                                           ("", "Vui lòng nhập ngày")])
def test_direct_extension_validates_date(client, auth, setup, value, message):
    """A coordinator's extension with a wrong date gets a clear message and changes nothing."""
    item = setup
    auth.login("noivu@test.vn")
    page = auth.post(f"/items/{item.id}/extend", {"deadline": value, "text": "Lý do", "version": item.version},
                     follow_redirects=True).get_data(as_text=True)
    assert message in page
    db.session.refresh(item)
    assert item.deadline == date(2023, 10, 25)


def test_officer_cannot_extend_directly(client, auth, setup):
    """Only coordinators extend deadlines directly."""
    item = setup
    auth.login("canhnau@test.vn")
    auth.post(f"/items/{item.id}/extend", {"deadline": "30/11/2023", "text": "x", "version": item.version})
    db.session.refresh(item)
    assert item.deadline == date(2023, 10, 25)
