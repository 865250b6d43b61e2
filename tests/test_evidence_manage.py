"""Evidence one can manage: delete one's own file before reporting, preview PDFs and images, and
the per-inspection rule that a report needs at least one file."""

import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Evidence, Item, ItemEvent

from conftest import Auth
from factories import items_of, make_inspection, make_unit, make_user

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def item():
    """Canh Nậu's item with its officer, and another officer of the same commune."""
    unit = make_unit("Canh Nậu")
    make_user("officer", unit, email="canhnau@test.vn")
    make_user("officer", unit, email="pho@test.vn")
    make_user("coordinator", email="noivu@test.vn")
    item = items_of(make_inspection([unit], deadline=date(2023, 10, 25)))[0]
    db.session.commit()
    return item


def _upload(auth, item, files):
    return auth.post(f"/items/{item.id}/evidence", {"files": files}, content_type="multipart/form-data",
                     follow_redirects=True)


def test_uploader_deletes_own_file_before_reporting(client, auth, item, app):
    """The uploader's file goes from the record and the disk, the history says so; another user's
    delete is refused; after the report nobody can delete."""
    auth.login("canhnau@test.vn")
    _upload(auth, item, [(io.BytesIO(PDF), "nhầm.pdf"), (io.BytesIO(PNG), "ảnh.png")])
    wrong, kept = db.session.scalars(select(Evidence).order_by(Evidence.id)).all()
    wrong_id, kept_id = wrong.id, kept.id
    stored = Path(app.config["UPLOAD_FOLDER"]) / "evidence" / wrong.stored_name
    assert stored.exists() and "Xóa</button>" in client.get(f"/items/{item.id}").get_data(as_text=True)
    other = Auth(app.test_client())
    other.login("pho@test.vn")
    refused = other.post(f"/evidence/{wrong_id}/delete", follow_redirects=True).get_data(as_text=True)
    assert "Chỉ người đã tải tệp lên mới xóa được" in refused
    page = auth.post(f"/evidence/{wrong_id}/delete", follow_redirects=True).get_data(as_text=True)
    assert "Đã xóa tệp minh chứng “nhầm.pdf”." in page
    db.session.expire_all()
    assert not stored.exists() and db.session.get(Evidence, wrong_id) is None
    assert db.session.scalar(select(ItemEvent).where(ItemEvent.action == "edit")).comment == "Xóa minh chứng “nhầm.pdf”."
    auth.post(f"/items/{item.id}/transition/report", {"text": "Đã xong.", "version": db.session.get(Item, item.id).version})
    late = auth.post(f"/evidence/{kept_id}/delete", follow_redirects=True).get_data(as_text=True)
    assert "chỉ khi nhiệm vụ chưa được báo cáo" in late
    assert db.session.get(Evidence, kept_id) is not None


def test_preview_serves_pdf_and_images_inline_framed_by_the_app_only(client, auth, item):
    """PDF and images open in the browser, sandboxed and framable by the app itself only."""
    auth.login("canhnau@test.vn")
    _upload(auth, item, [(io.BytesIO(PDF), "qd.pdf")])
    evidence = db.session.scalar(select(Evidence))
    response = client.get(f"/evidence/{evidence.id}/view")
    assert response.status_code == 200 and response.data == PDF
    assert response.headers["Content-Disposition"].startswith("inline")
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]


def test_inspection_rule_refuses_a_report_without_evidence(client, auth, item):
    """With "cần ít nhất một minh chứng" on, a report without a file is refused and nothing
    changes; with a file it goes through."""
    item.finding.inspection.requires_evidence = True
    db.session.commit()
    auth.login("canhnau@test.vn")
    page = auth.post(f"/items/{item.id}/transition/report", {"text": "Đã xong.", "version": item.version},
                     follow_redirects=True).get_data(as_text=True)
    assert "yêu cầu báo cáo kèm ít nhất một tệp minh chứng" in page
    db.session.expire_all()
    assert db.session.get(Item, item.id).state == "open"
    _upload(auth, item, [(io.BytesIO(PDF), "qd.pdf")])
    current = db.session.get(Item, item.id)
    auth.post(f"/items/{item.id}/transition/report", {"text": "Đã xong.", "version": current.version})
    db.session.expire_all()
    assert db.session.get(Item, item.id).state == "reported"


def test_the_rule_is_set_on_the_edit_page(client, auth, item):
    """The coordinator switches the rule on from the inspection's edit page."""
    inspection = item.finding.inspection
    auth.login("noivu@test.vn")
    auth.post(f"/inspections/{inspection.id}/edit", {"title": inspection.title, "requires_evidence": "1"})
    db.session.expire_all()
    assert db.session.get(type(inspection), inspection.id).requires_evidence is True
