"""Forms never lose typing: every refusal shows the form again with what was typed."""

from datetime import date

import pytest

from tracker.extensions import db
from tracker.models import Item

from factories import items_of, make_inspection, make_unit, make_user


@pytest.fixture
def item():
    """Canh Nậu's open item, its officer signed in by the tests."""
    unit = make_unit("Canh Nậu")
    make_user("officer", unit, email="canhnau@test.vn")
    make_user("coordinator", email="noivu@test.vn")
    item = items_of(make_inspection([unit], deadline=date(2023, 10, 25)))[0]
    db.session.commit()
    return item


def test_a_wrong_date_keeps_the_reason(client, auth, item):
    """An impossible date in an extension request: 422, the message, the date and reason as typed."""
    auth.login("canhnau@test.vn")
    response = auth.post(f"/items/{item.id}/extension-request",
                         {"deadline": "31/02/2024", "text": "Chờ kinh phí từ huyện", "version": item.version})
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "không tồn tại" in page
    assert 'value="31/02/2024"' in page and "Chờ kinh phí từ huyện</textarea>" in page
    db.session.expire_all()
    assert db.session.get(Item, item.id).requested_deadline is None


def test_a_stale_page_keeps_the_texts(client, auth, item):
    """Someone else changed the item: the remedy and progress typed are shown again, not lost."""
    auth.login("canhnau@test.vn")
    response = auth.post(f"/items/{item.id}/texts", {"remedy": "Rà soát lại quy trình", "progress": "Đã họp",
                                                     "version": item.version + 5})
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "vừa được người khác cập nhật" in page
    assert "Rà soát lại quy trình</textarea>" in page and "Đã họp</textarea>" in page


def test_a_refused_report_keeps_the_progress_note(client, auth, item):
    """A report refused by the evidence rule: the progress note typed stays in its open form."""
    item.finding.inspection.requires_evidence = True
    db.session.commit()
    auth.login("canhnau@test.vn")
    response = auth.post(f"/items/{item.id}/transition/report",
                         {"text": "Đã niêm yết lại đầy đủ thủ tục", "version": item.version})
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "ít nhất một tệp minh chứng" in page
    assert "Đã niêm yết lại đầy đủ thủ tục</textarea>" in page and '<details class="needs-text" open>' in page


def test_several_files_of_the_limit_fit_in_one_request(app):
    """The request limit holds several evidence files of the per-file limit."""
    per_file = app.config.get("TRACKER_EVIDENCE_MAX_MB", 20) * 1024 * 1024
    assert app.config["MAX_CONTENT_LENGTH"] >= 5 * per_file
