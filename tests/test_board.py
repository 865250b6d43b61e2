"""The board pages: overview per unit, unit board, htmx transitions, findings, bulk, query budget."""

from datetime import date, datetime, timezone

import pytest
import time_machine

from tracker.extensions import db
from tracker.operations.units import merge_unit

from conftest import Auth
from factories import items_of, make_inspection, make_unit, make_user

TODAY = datetime(2023, 10, 20, 3, 0, tzinfo=timezone.utc)  # 20/10/2023 in Hà Nội


@pytest.fixture(autouse=True)
def _frozen():
    """Board figures depend on today: freeze it 5 days before the 25/10/2023 deadline."""
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def district():
    """Three communes, two findings each, an officer per commune, a coordinator and a viewer."""
    units = [make_unit("Canh Nậu"), make_unit("Xuân Lương"), make_unit("Đồng Kỳ")]
    officers = {u.name: make_user("officer", u, email=f"u{u.id}@test.vn") for u in units}
    coordinator = make_user("coordinator", email="noivu@test.vn")
    make_user("viewer", email="lanhdao@test.vn")
    inspection = make_inspection(units, findings=2, deadline=date(2023, 10, 25))
    items = items_of(inspection)
    items[0].deadline = date(2023, 10, 1)  # Canh Nậu's first item: overdue (a Sunday: judged on 02/10)
    db.session.commit()
    return inspection, units, officers, coordinator, items


def test_home_lands_each_role_where_it_works(client, auth, district):
    """Officers land on their desk, coordinators and viewers on the overview."""
    inspection, units, officers, *_ = district
    auth.login(officers["Xuân Lương"].email)
    assert client.get("/").headers["Location"] == "/desk/"
    auth.post("/logout")
    auth.login("lanhdao@test.vn")
    assert client.get("/").headers["Location"] == f"/inspections/{inspection.id}"


def test_overview_counts_per_unit(client, auth, district):
    """The overview shows a row per unit with counts, overdue first, and totals per time status."""
    inspection, *_ = district
    auth.login("noivu@test.vn")
    page = client.get(f"/inspections/{inspection.id}").get_data(as_text=True)
    assert page.index("Canh Nậu") < page.index("Xuân Lương")  # most overdue first
    assert "<strong>6</strong> nhiệm vụ" in page and "<strong>3</strong> đơn vị" in page
    assert "<strong>1</strong> Quá hạn" in page and "<strong>5</strong> Sắp đến hạn" in page
    assert "<svg" in page and "Có nhiệm vụ quá hạn" in page  # server-drawn chart


def test_overview_filters_and_sort_are_kept_in_urls(client, auth, district):
    """Filters narrow the rows; the polling fragment and sort links keep them."""
    inspection, *_ = district
    auth.login("noivu@test.vn")
    page = client.get(f"/inspections/{inspection.id}?q=xuân&sort=name&dir=asc").get_data(as_text=True)
    assert "Xuân Lương" in page and "Canh Nậu" not in page.split('id="overview-body"')[1]
    assert 'hx-trigger="every 60s"' in page
    assert "q=xu%C3%A2n" in page.split('id="overview-body"')[0].rsplit("hx-get=", 1)[-1] or \
        "q=xu%C3%A2n" in page


def test_overview_fragment_for_htmx(client, auth, district):
    """An htmx refresh targeting the body gets only the body, with Vary: HX-Request."""
    inspection, *_ = district
    auth.login("noivu@test.vn")
    response = client.get(f"/inspections/{inspection.id}?time_status=overdue",
                          headers={"HX-Request": "true", "HX-Target": "overview-body"})
    body = response.get_data(as_text=True)
    assert body.lstrip().startswith('<div id="overview-body"') and "<html" not in body
    assert "HX-Request" in response.headers["Vary"]
    assert "Canh Nậu" in body and "Xuân Lương" not in body


def test_officer_is_sent_to_own_board_and_404_elsewhere(client, auth, district):
    """An officer cannot open the overview or another unit's board."""
    inspection, units, officers, *_ = district
    auth.login(officers["Canh Nậu"].email)
    assert client.get(f"/inspections/{inspection.id}").status_code == 302
    assert client.get(f"/inspections/{inspection.id}/units/{units[1].id}").status_code == 404
    page = client.get(f"/inspections/{inspection.id}/units/{units[0].id}").get_data(as_text=True)
    assert "quá hạn 18 ngày" in page and "còn 5 ngày" in page
    assert "Bắt đầu thực hiện" in page and "Xác nhận hoàn thành" not in page


def test_htmx_transition_moves_card_and_updates_counts(client, auth, district):
    """Pressing a button with htmx returns the card for its new column and the counters out-of-band."""
    inspection, units, officers, _, items = district
    item = items[0]
    auth.login(officers["Canh Nậu"].email)
    response = auth.post(f"/items/{item.id}/transition/start",
                         {"version": item.version, "from_state": "open", "context": "board"},
                         headers={"HX-Request": "true", "HX-Target": f"card-{item.id}"})
    body = response.get_data(as_text=True)
    assert 'hx-swap-oob="afterbegin:#cards-in_progress"' in body
    assert '<span id="count-open" class="count" hx-swap-oob="true">1</span>' in body
    assert '<span id="count-in_progress" class="count" hx-swap-oob="true">1</span>' in body
    assert 'id="unit-progress" hx-swap-oob="true"' in body


def test_htmx_stale_transition_shows_message_and_current_card(client, auth, district):
    """A stale htmx press answers with the message inside the current card; nothing changes."""
    inspection, units, officers, _, items = district
    item = items[0]
    auth.login(officers["Canh Nậu"].email)
    auth.post(f"/items/{item.id}/transition/start", {"version": item.version})
    response = auth.post(f"/items/{item.id}/transition/report",
                         {"version": 1, "text": "x", "from_state": "open", "context": "board"},
                         headers={"HX-Request": "true"})
    body = response.get_data(as_text=True)
    assert "vừa được người khác cập nhật" in body and f'id="card-{item.id}"' in body
    assert "hx-swap-oob=\"afterbegin" not in body
    db.session.refresh(item)
    assert item.state == "in_progress"


def test_findings_view_and_done_rule(client, auth, district):
    """A finding is done only when every unit's item is verified."""
    inspection, units, officers, coordinator, items = district
    from tracker.operations.items import transition

    for item in items:
        if item.finding.position == 2:
            transition(item, "report", officers[item.unit.name], text="Xong")
            transition(item, "verify", coordinator)
    db.session.commit()
    auth.login("lanhdao@test.vn")
    page = client.get(f"/inspections/{inspection.id}/findings").get_data(as_text=True)
    assert page.count("Đã hoàn thành ở mọi đơn vị") == 1


def test_bulk_verify_gives_each_item_its_event(client, auth, district):
    """Bulk verify verifies the reported items, each with its own event, and reports the rest."""
    inspection, units, officers, coordinator, items = district
    from tracker.operations.items import transition

    for item in items[:2]:
        transition(item, "report", officers[item.unit.name], text="Xong")
    db.session.commit()
    auth.login("noivu@test.vn")
    page = auth.post(f"/inspections/{inspection.id}/bulk",
                     {"action": "verify", "item_id": [str(items[0].id), str(items[1].id), str(items[2].id)]},
                     follow_redirects=True).get_data(as_text=True)
    assert "Đã xác nhận hoàn thành 2 nhiệm vụ. 1 nhiệm vụ không thực hiện được." in page
    for item in items[:2]:
        db.session.refresh(item)
        assert item.state == "verified" and item.events[-1].action == "verify"


def test_bulk_extend_needs_a_valid_date(client, auth, district):
    """A bulk extension with an impossible date is refused and changes nothing."""
    inspection, *_, items = district
    auth.login("noivu@test.vn")
    page = auth.post(f"/inspections/{inspection.id}/bulk",
                     {"action": "extend", "item_id": [str(items[0].id)], "deadline": "31/02/2024",
                      "text": "Lý do"}, follow_redirects=True).get_data(as_text=True)
    assert "không tồn tại" in page
    db.session.refresh(items[0])
    assert items[0].deadline == date(2023, 10, 1)


def test_bulk_is_for_coordinators_only(client, auth, district):
    """Officers and viewers get 403 on bulk actions."""
    inspection, *_ = district
    auth.login("lanhdao@test.vn")
    assert auth.post(f"/inspections/{inspection.id}/bulk", {"action": "verify"}).status_code == 403


@pytest.mark.parametrize("reader", ["coordinator", "viewer", "commune_viewer", "officer"])
@pytest.mark.parametrize("page", ["overview", "unit", "findings"])
def test_query_budget_is_fixed(client, auth, count_queries, page, reader):
    """Overview, unit board and findings make the same, small number of queries at two data
    sizes, for the coordinator, the district's leader, a commune's leader and its officer."""
    from factories import home_district

    district = home_district()
    units = [make_unit(f"Xã {n:02d}", parent_id=district.id) for n in range(2)]
    unit = units[0]
    make_user("coordinator", email="noivu@test.vn")
    make_user("viewer", email="viewer@test.vn")
    make_user("viewer", unit, email="commune_viewer@test.vn")
    make_user("officer", unit, email="officer@test.vn")
    inspection = make_inspection(units, findings=2)
    db.session.commit()
    auth.login(f"{reader}@test.vn")
    url = {"overview": f"/inspections/{inspection.id}",
           "unit": f"/inspections/{inspection.id}/units/{unit.id}",
           "findings": f"/inspections/{inspection.id}/findings"}[page]
    small = count_queries(lambda: client.get(url))
    more = [make_unit(f"Xã {n:02d}", parent_id=district.id) for n in range(2, 30)]
    inspection2 = make_inspection(units + more, findings=15)
    db.session.commit()
    url = url.replace(f"/inspections/{inspection.id}", f"/inspections/{inspection2.id}")
    large = count_queries(lambda: client.get(url))
    assert small == large <= 10


def test_merged_unit_keeps_its_row(client, auth, district):
    """A unit merged into another keeps its items on the overview, marked as no longer active."""
    inspection, units, *_ = district
    merge_unit(units[2], units[0])
    db.session.commit()
    auth.login("noivu@test.vn")
    page = client.get(f"/inspections/{inspection.id}").get_data(as_text=True)
    assert "Đồng Kỳ" in page and "đã ngừng hoạt động" in page


def test_overview_counts_match_item_by_item(district):
    """The grouped aggregate gives, per unit, the same state and time-status counts as the items."""
    import random
    from collections import Counter

    from tracker.clock import today
    from tracker.models import Inspection, User
    from tracker.queries.board import overview
    from tracker.queries.filters import ItemFilters
    from tracker.queries.timestatus import time_status

    inspection, units, officers, coordinator, items = district
    rng = random.Random(3)
    for item in items:
        item.state = rng.choice(["open", "in_progress", "reported", "verified"])
        item.deadline = rng.choice([None, date(2023, 10, 1), date(2023, 10, 22), date(2023, 12, 1)])
        item.reported_on = date(2023, 10, 10) if item.state in {"reported", "verified"} else None
    db.session.commit()
    data = overview(db.session.get(Inspection, inspection.id), coordinator, ItemFilters(), today())
    for row in data.rows:
        mine = [i for i in items if i.unit_id == row.unit_id]
        assert row.by_state == {**dict.fromkeys(row.by_state, 0), **Counter(i.state for i in mine)}
        expected = Counter(time_status(i.state, i.deadline, i.reported_on, today()) for i in mine)
        assert row.by_status == {**dict.fromkeys(row.by_status, 0), **expected}


def test_returned_cards_cost_no_query_each(client, auth, count_queries):
    """A unit board with one returned card and with six makes the same number of queries (who
    returned each card loads with the items)."""
    from factories import items_of

    from tracker.operations.items import transition

    unit = make_unit("Xã Trả Lại")
    officer = make_user("officer", unit, email="cb@test.vn")
    coordinator = make_user("coordinator", email="noivu@test.vn")
    inspection = make_inspection([unit], findings=6)
    items = items_of(inspection)
    for count, item in enumerate(items):
        transition(item, "report", officer, text="Xong.")
        if count == 0:
            transition(item, "return_", coordinator, text="Thiếu minh chứng.")
    db.session.commit()
    auth.login("noivu@test.vn")
    url = f"/inspections/{inspection.id}/units/{unit.id}"
    one = count_queries(lambda: client.get(url))
    for number, item in enumerate(items[1:]):  # each by another coordinator of the office
        transition(item, "return_", make_user("coordinator", email=f"noivu{number}@test.vn"),
                   text="Thiếu minh chứng.")
    db.session.commit()
    six = count_queries(lambda: client.get(url))
    assert "Bị trả lại" in client.get(url).get_data(as_text=True) and one == six
