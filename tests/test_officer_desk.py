"""The officer's desk ("Việc của tôi") and the urgency grouping it shares with the digests."""

from datetime import date

import pytest
import time_machine

from tracker.extensions import db
from tracker.operations.items import transition
from tracker.queries.urgency import GROUPS, group_of

from factories import items_of, make_inspection, make_unit, make_user

TODAY = date(2023, 10, 20)


@pytest.mark.parametrize("state, deadline, returned, expected", [
    ("in_progress", date(2023, 10, 1), True, "returned"),     # returned beats overdue
    ("open", date(2023, 10, 19), False, "overdue"),
    ("in_progress", date(2023, 10, 20), False, "due_today"),
    ("open", date(2023, 10, 27), False, "due_soon"),          # within the 7-day window
    ("open", date(2023, 10, 28), False, "open"),
    ("open", None, False, "open"),
    ("in_progress", date(2023, 12, 1), False, "in_progress"),
    ("in_progress", None, False, "in_progress"),
    ("reported", date(2023, 10, 1), False, "reported"),       # waiting: not the unit's to act on
    ("verified", date(2023, 10, 1), False, None),
])
def test_each_item_lands_in_one_group_first_match_wins(state, deadline, returned, expected):
    """The grouping's order, boundary by boundary."""
    assert group_of(state, deadline, returned, TODAY, window=7) == expected
    assert expected is None or expected in GROUPS


@time_machine.travel(date(2023, 10, 20), tick=False)
def test_desk_groups_the_units_work_across_inspections(client, auth):
    """Two inspections' items on one desk, each once, in its group; a returned item says why and
    who; another unit's items never appear."""
    own, other = make_unit("Canh Nậu"), make_unit("Xuân Lương")
    officer = make_user("officer", own, email="canhnau@test.vn")
    coordinator = make_user("coordinator", email="noivu@test.vn")
    first = make_inspection([own, other], findings=2, deadline=date(2023, 10, 10))
    second = make_inspection([own], findings=1, deadline=date(2023, 10, 25))
    mine = [item for item in items_of(first) if item.unit_id == own.id]
    transition(mine[0], "report", officer, text="Đã xong.")
    transition(mine[0], "return_", coordinator, text="Thiếu biên bản họp.")
    db.session.commit()
    auth.login("canhnau@test.vn")
    page = auth.client.get("/desk/").get_data(as_text=True)
    assert page.count('class="card-item') == 3
    returned = page[page.index('id="group-returned"'):page.index('id="group-overdue"')]
    assert "Thiếu biên bản họp." in returned and coordinator.full_name in returned
    assert 'id="group-due_soon"' in page and f'id="card-{items_of(second)[0].id}"' in page
    assert "Xuân Lương" not in page
    item_page = auth.client.get(f"/items/{mine[0].id}").get_data(as_text=True)
    assert "Bị trả lại" in item_page and "Thiếu biên bản họp." in item_page


def test_desk_is_the_officers_landing_and_theirs_only(client, auth):
    """Officers land on the desk; coordinators may not open it (their desk is the review queue)."""
    unit = make_unit("Canh Nậu")
    make_user("officer", unit, email="canhnau@test.vn")
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    auth.login("canhnau@test.vn")
    assert client.get("/").headers["Location"] == "/desk/"
    assert "Đơn vị không còn nhiệm vụ nào" in client.get("/desk/").get_data(as_text=True)
    auth.client.post("/logout", data={"csrf_token": auth.token()})
    auth.login("noivu@test.vn")
    assert client.get("/desk/").status_code == 403
