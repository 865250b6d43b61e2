"""The officer's desk ("Việc của tôi"); the urgency grouping it shares with the digests is
pinned in test_urgency.py."""

from datetime import date

import time_machine

from tracker.extensions import db
from tracker.operations.items import transition

from factories import items_of, make_inspection, make_unit, make_user

TODAY = date(2023, 10, 20)


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
