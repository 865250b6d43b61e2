"""The first page: the item list with working buttons, the item page, stale forms."""

from tracker.extensions import db

from factories import items_of, make_inspection, make_unit, make_user


def _setup():
    unit = make_unit("Canh Nậu")
    officer = make_user("officer", unit, email="canhnau@test.vn")
    coordinator = make_user("coordinator", email="noivu@test.vn")
    item = items_of(make_inspection([unit]))[0]
    db.session.commit()
    return unit, officer, coordinator, item


def test_list_shows_state_unit_deadline_and_buttons(client, auth):
    """The list shows each item's state, unit, deadline (dd/mm/yyyy), time status and allowed buttons."""
    _setup()
    auth.login("canhnau@test.vn")
    page = client.get("/items").get_data(as_text=True)
    assert "Mới giao" in page and "Canh Nậu" in page and "25/10/2023" in page
    assert "Quá hạn" in page
    assert "Bắt đầu thực hiện" in page and "Báo cáo hoàn thành" in page
    assert "Xác nhận hoàn thành" not in page


def test_officer_and_coordinator_work_through_the_web(client, auth, app):
    """Start, report (with a note), return with a reason, report again, verify — all by plain POSTs."""
    _, _, _, item = _setup()
    auth.login("canhnau@test.vn")
    auth.post(f"/items/{item.id}/transition/start", {"version": 1})
    auth.post(f"/items/{item.id}/transition/report", {"version": 2, "text": "Đã niêm yết mã QR"})
    db.session.refresh(item)
    assert item.state == "reported" and item.progress == "Đã niêm yết mã QR"

    other = app.test_client()
    from conftest import Auth

    coordinator = Auth(other)
    coordinator.login("noivu@test.vn")
    coordinator.post(f"/items/{item.id}/transition/return_", {"version": item.version, "text": "Thiếu ảnh"})
    db.session.refresh(item)
    assert item.state == "in_progress"
    auth.post(f"/items/{item.id}/transition/report", {"version": item.version, "text": "Bổ sung ảnh"})
    db.session.refresh(item)
    coordinator.post(f"/items/{item.id}/transition/verify", {"version": item.version, "back": "item"})
    db.session.refresh(item)
    assert item.state == "verified"
    history = other.get(f"/items/{item.id}").get_data(as_text=True)
    for label in ("Giao nhiệm vụ", "Bắt đầu thực hiện", "Trả lại", "Thiếu ảnh", "Xác nhận hoàn thành"):
        assert label in history


def test_report_without_note_is_refused_with_message(client, auth):
    """A report with an empty note is refused in Vietnamese and the item stays as it was."""
    _, _, _, item = _setup()
    auth.login("canhnau@test.vn")
    response = auth.post(f"/items/{item.id}/transition/report", {"version": 1, "text": "  "}, follow_redirects=True)
    assert "Vui lòng nhập tiến độ" in response.get_data(as_text=True)
    db.session.refresh(item)
    assert item.state == "open" and item.version == 1


def test_stale_form_is_refused(client, auth, app):
    """A form rendered before someone else's change is refused with a message; nothing changes."""
    _, _, _, item = _setup()
    auth.login("canhnau@test.vn")
    auth.post(f"/items/{item.id}/transition/start", {"version": 1})
    from conftest import Auth

    coordinator = Auth(app.test_client())
    coordinator.login("noivu@test.vn")
    response = coordinator.post(f"/items/{item.id}/transition/report", {"version": 1, "text": "x"},
                                follow_redirects=True)
    assert "vừa được người khác cập nhật" in response.get_data(as_text=True)
    db.session.refresh(item)
    assert item.state == "in_progress" and item.progress is None


def test_unknown_trigger_is_refused(client, auth):
    """A made-up trigger name is refused, not executed."""
    _, _, _, item = _setup()
    auth.login("canhnau@test.vn")
    response = auth.post(f"/items/{item.id}/transition/to_verified", {"version": 1}, follow_redirects=True)
    assert "Thao tác không hợp lệ" in response.get_data(as_text=True)


def test_list_query_count_does_not_grow_with_items(client, auth, count_queries):
    """The list makes the same number of queries for 2 items as for 60 (no query per row)."""
    units = [make_unit(f"Xã {n}") for n in range(3)]
    make_user("coordinator", email="noivu@test.vn")
    make_inspection(units[:1], findings=2)
    db.session.commit()
    auth.login("noivu@test.vn")
    small = count_queries(lambda: client.get("/items"))
    make_inspection(units, findings=20)
    db.session.commit()
    large = count_queries(lambda: client.get("/items"))
    assert small == large <= 6  # user, inspections and units for the filters, count, page (+ session)
