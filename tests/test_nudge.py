"""The "Đôn đốc" button (once per unit per day, recorded in history) and the admin outbox page."""

from datetime import date, datetime, timezone

import time_machine
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import ItemEvent, OutboxMessage

from conftest import Auth
from factories import make_user
from reminders_support import World

UTC = timezone.utc
MORNING = datetime(2023, 10, 26, 2, 0, tzinfo=UTC)  # 09:00 in Hà Nội


def nudge_world() -> World:
    """Canh Nậu with one overdue, one due-soon, one ongoing, one reported and one verified item."""
    world = World(findings=5)
    items = world.of(world.canh_nau)
    world.set_deadline(items[0], date(2023, 10, 20))
    world.set_deadline(items[1], date(2023, 10, 28), state="in_progress")
    world.set_deadline(items[2], None)
    world.set_deadline(items[3], date(2023, 10, 30), state="reported")
    world.set_deadline(items[4], date(2023, 10, 30), state="verified")
    db.session.commit()
    return world


def nudge_events() -> list[ItemEvent]:
    db.session.rollback()
    return db.session.scalars(select(ItemEvent).where(ItemEvent.action == "nudge")).all()


def outbox() -> list[OutboxMessage]:
    db.session.rollback()
    return db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()


def test_nudge_once_per_unit_per_day(app, client):
    """The coordinator's plain POST enqueues a digest to each officer and the mailbox, writes a
    "nudge" event on every unfinished item, and the second press that day changes nothing."""
    world = nudge_world()
    auth = Auth(client)
    with time_machine.travel(MORNING, tick=False):
        auth.login("noivu@test.vn")
        response = auth.post(f"/units/{world.canh_nau.id}/nudge", {"back": "/inspections/1"})
        assert response.status_code == 302 and response.headers["Location"] == "/inspections/1"
        page = client.get("/items").get_data(as_text=True)
    assert "Đã gửi thư đôn đốc Xã Canh Nậu tới 2 địa chỉ (3 nhiệm vụ chưa hoàn thành)." in page
    rows = outbox()
    assert [r.recipient for r in rows] == ["canbo.canhnau@test.vn", "ubnd.canhnau@test.vn"]
    row = rows[0]
    assert row.kind == "nudge" and row.for_date == date(2023, 10, 26)
    assert row.dedupe_key == f"nudge:{world.canh_nau.id}:canbo.canhnau@test.vn:2023-10-26"
    assert row.subject == ("[Theo dõi khắc phục] Đôn đốc: UBND xã Canh Nậu còn 3 nhiệm vụ chưa hoàn thành "
                           "(1 nhiệm vụ quá hạn, 1 sắp đến hạn)")
    text = row.body_text
    # The desks' shared urgency groups, in their order.
    assert text.index("== Quá hạn (1)") < text.index("== Sắp đến hạn (1)") < text.index("thường xuyên")
    assert "Hạn: Thường xuyên" in text and "Hạn: 20/10/2023" in text
    items = world.of(world.canh_nau)
    events = nudge_events()
    assert sorted(e.item_id for e in events) == sorted(i.id for i in items[:3])
    assert all(e.actor_id == world.coordinator.id and "2 địa chỉ" in e.comment for e in events)
    with time_machine.travel(MORNING, tick=False):
        auth.post(f"/units/{world.canh_nau.id}/nudge")
        page = client.get("/items").get_data(as_text=True)
    assert "đã được đôn đốc hôm nay" in page
    assert len(outbox()) == 2 and len(nudge_events()) == 3
    with time_machine.travel(datetime(2023, 10, 27, 2, 0, tzinfo=UTC), tick=False):
        auth.login("noivu@test.vn")  # a day later: the idle session has ended
        auth.post(f"/units/{world.canh_nau.id}/nudge")
    assert len(outbox()) == 4 and len(nudge_events()) == 6  # a new day, a new nudge


def test_nudge_with_htmx_answers_a_status_line(app, client):
    """An htmx press gets the line that replaces the button, in Vietnamese."""
    world = nudge_world()
    auth = Auth(client)
    auth.login("noivu@test.vn")
    token = auth.token()
    response = client.post(f"/units/{world.canh_nau.id}/nudge", headers={"HX-Request": "true", "X-CSRFToken": token})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'class="nudge-status nudge-sent"' in html and "Đã gửi thư đôn đốc" in html
    again = client.post(f"/units/{world.canh_nau.id}/nudge", headers={"HX-Request": "true", "X-CSRFToken": token})
    assert "đã được đôn đốc hôm nay" in again.get_data(as_text=True)


def test_nudge_refusals(app, client):
    """Officers and viewers may not nudge; a unit without addresses or open items is told so;
    a POST without CSRF token is refused."""
    world = nudge_world()
    for email in ("canbo.canhnau@test.vn", "chutich.canhnau@test.vn"):
        auth = Auth(app.test_client())
        auth.login(email)
        assert auth.post(f"/units/{world.canh_nau.id}/nudge").status_code == 403
    auth = Auth(client)
    auth.login("noivu@test.vn")
    assert client.post(f"/units/{world.canh_nau.id}/nudge").status_code == 400  # no CSRF token
    world.officer2.is_active_account = False
    db.session.commit()
    auth.post(f"/units/{world.xuan_luong.id}/nudge")
    assert "chưa có cán bộ hay hộp thư nào" in client.get("/items").get_data(as_text=True)
    world.officer2.is_active_account = True
    for item in world.of(world.xuan_luong):
        item.state = "verified"
    db.session.commit()
    auth.post(f"/units/{world.xuan_luong.id}/nudge")
    assert "không còn nhiệm vụ nào cần đôn đốc" in client.get("/items").get_data(as_text=True)
    assert outbox() == [] and nudge_events() == []


def test_nudge_button_on_overview_and_unit_board(app, client):
    """Coordinators see "Đôn đốc" on each overview row and on the unit board; viewers do not."""
    world = nudge_world()
    inspection_id = world.inspection.id
    auth = Auth(client)
    auth.login("noivu@test.vn")
    overview = client.get(f"/inspections/{inspection_id}").get_data(as_text=True)
    assert overview.count(">Đôn đốc</button>") == 2
    assert f'hx-post="/units/{world.canh_nau.id}/nudge"' in overview
    fragment = client.get(f"/inspections/{inspection_id}",
                          headers={"HX-Request": "true", "HX-Target": "overview-body"}).get_data(as_text=True)
    assert "<html" not in fragment and fragment.count(">Đôn đốc</button>") == 2  # the refreshed rows too
    board = client.get(f"/inspections/{inspection_id}/units/{world.canh_nau.id}").get_data(as_text=True)
    assert board.count(">Đôn đốc</button>") == 1
    viewer = Auth(app.test_client())
    make_user("viewer", email="lanhdao@test.vn")
    db.session.commit()
    viewer.login("lanhdao@test.vn")
    assert ">Đôn đốc</button>" not in viewer.client.get(f"/inspections/{inspection_id}").get_data(as_text=True)


def test_admin_outbox_page_shows_failed_rows_and_retries(app, client):
    """Admins see every row with status, recipient, subject, attempts and error; a failed row can
    be queued again; others may not open the page."""
    nudge_world()
    make_user("admin", email="admin@test.vn")
    db.session.add(OutboxMessage(recipient="sai@dia-chi", kind="daily", for_date=date(2023, 10, 26),
                                 dedupe_key="daily:sai@dia-chi:2023-10-26", subject="Thư thử", body_text="x",
                                 status="failed", attempts=8, last_error="SMTPRecipientsRefused: 550"))
    db.session.commit()
    officer = Auth(app.test_client())
    officer.login("noivu@test.vn")
    assert officer.client.get("/admin/outbox").status_code == 403
    auth = Auth(client)
    auth.login("admin@test.vn")
    page = client.get("/admin/outbox?status=failed").get_data(as_text=True)
    assert "sai@dia-chi" in page and "SMTPRecipientsRefused: 550" in page and "Gửi lỗi (1)" in page
    assert 'href="/admin/outbox"' in client.get("/items").get_data(as_text=True)  # in the admin menu
    row = outbox()[0]
    auth.post(f"/admin/outbox/{row.id}/retry")
    row = outbox()[0]
    assert row.status == "pending" and row.attempts == 0
