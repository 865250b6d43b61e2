"""The coordinator's desk: the review queue across their inspections and the bulk actions."""

import re
from datetime import datetime, timezone

import time_machine
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Evidence, Item
from tracker.operations.items import transition

from factories import items_of, make_inspection, make_unit, make_user


def _reported(count: int):
    """A coordinator, an officer, and ``count`` items reported one minute apart."""
    units = [make_unit(f"Xã {n}") for n in range(count)]
    make_user("coordinator", email="noivu@test.vn")
    officers = {unit.id: make_user("officer", unit, email=f"cb{unit.id}@test.vn") for unit in units}
    inspection = make_inspection(units)
    items = items_of(inspection)
    for minute, item in enumerate(reversed(items)):  # the last item reports first
        with time_machine.travel(datetime(2023, 10, 1, 8, minute, tzinfo=timezone.utc), tick=False):
            transition(item, "report", officers[item.unit_id], text=f"Đã khắc phục xong {item.unit_id}")
    db.session.add(Evidence(item=items[0], original_filename="bien-ban.pdf", content_type="application/pdf",
                            size=2048, sha256="0" * 64, stored_name="x"))
    db.session.commit()
    return inspection, items


def test_queue_lists_reports_oldest_first_with_progress_and_evidence(client, auth):
    """Oldest report first, the progress note and evidence files shown inline, counts on the tabs."""
    _, items = _reported(3)
    auth.login("noivu@test.vn")
    page = client.get("/desk/review").get_data(as_text=True)
    order = [int(n) for n in re.findall(r'<li class="card queue-item" id="item-(\d+)"', page)]
    assert order == [item.id for item in reversed(items)]
    assert "Đã khắc phục xong" in page and "bien-ban.pdf" in page
    assert re.search(r'Chờ xác nhận <span class="count">3</span>', page)
    assert 'data-select-all="item_id"' in page


def test_bulk_verify_ten_from_the_queue_and_return_needs_a_reason(client, auth):
    """Ten reports verified in one action, each with its own history line; a return without a
    reason is refused and changes nothing."""
    _, items = _reported(12)
    auth.login("noivu@test.vn")
    chosen = [item.id for item in items[:10]]
    refused = auth.post("/desk/review", {"action": "return_", "item_id": chosen}, follow_redirects=True)
    assert "Vui lòng nhập lý do trả lại" in refused.get_data(as_text=True)
    db.session.expire_all()
    assert {item.state for item in db.session.scalars(select(Item))} == {"reported"}
    done = auth.post("/desk/review", {"action": "verify", "item_id": chosen}, follow_redirects=True)
    assert "Đã xác nhận hoàn thành 10 nhiệm vụ" in done.get_data(as_text=True)
    db.session.expire_all()
    states = {item.id: item.state for item in db.session.scalars(select(Item))}
    assert [states[i] for i in chosen] == ["verified"] * 10 and states[items[10].id] == "reported"
    assert sum(1 for item in db.session.scalars(select(Item)) for e in item.events if e.action == "verify") == 10


def test_queue_holds_only_the_office_s_own_inspections(client, auth):
    """Another office's reports are neither listed nor acted on from this desk."""
    inspection, items = _reported(2)
    other_office = make_unit("Văn phòng Sở", "phong")
    make_user("coordinator", other_office, email="vanphong@test.vn")
    db.session.commit()
    auth.login("vanphong@test.vn")
    page = client.get("/desk/review").get_data(as_text=True)
    assert "Không có báo cáo nào đang chờ xác nhận" in page and "Hạn chế số 1" not in page
    auth.post("/desk/review", {"action": "verify", "item_id": [items[0].id]})
    db.session.expire_all()
    assert db.session.get(Item, items[0].id).state == "reported"


def test_unit_board_cards_carry_bulk_checkboxes(client, auth):
    """Every card the coordinator may act on has a checkbox bound to the bulk form."""
    inspection, items = _reported(1)
    auth.login("noivu@test.vn")
    page = client.get(f"/inspections/{inspection.id}/units/{items[0].unit_id}").get_data(as_text=True)
    assert 'id="bulk-form"' in page and f'value="{items[0].id}" form="bulk-form"' in page


def test_all_pages_of_the_queue_in_one_action(client, auth):
    """"Chọn cả N báo cáo" verifies every waiting report, beyond the page shown."""
    _, items = _reported(12)
    auth.login("noivu@test.vn")
    page = client.get("/desk/review").get_data(as_text=True)
    assert "Chọn cả 12 báo cáo (mọi trang)" in page
    auth.post("/desk/review", {"action": "verify", "everything": "1"})
    db.session.expire_all()
    assert {item.state for item in db.session.scalars(select(Item))} == {"verified"}
