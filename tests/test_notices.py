"""Event notices: returned (with the reason), verified, extension decided, new items for officers;
new reports and extension requests for coordinators; immediate or in the next digest, each once."""

from datetime import date, datetime, timezone

import time_machine
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Notice, OutboxMessage
from tracker.operations.items import decide_extension, request_extension, transition
from tracker.reminders.decide import run_daily

from reminders_support import World, config  # noqa: F401 (fixture)

UTC = timezone.utc


def notices_of(user) -> list[Notice]:
    return db.session.scalars(select(Notice).where(Notice.user_id == user.id).order_by(Notice.id)).all()


def test_officer_hears_of_return_verify_and_extension_once_in_the_chosen_way(app):
    """Immediate: one message per event at once, with the reason; the next digest does not repeat
    it. Coordinators hear of the report and the extension request in their next digest."""
    world = World(findings=2)
    world.officer.notice_mode = "immediate"
    world.coordinator.unit_id = world.inspection.coordinator_unit_id
    first, second = world.of(world.canh_nau)
    world.set_deadline(first, date(2023, 11, 30))
    world.set_deadline(second, date(2023, 11, 30))
    with time_machine.travel(datetime(2023, 10, 26, 2, 0, tzinfo=UTC), tick=False):
        transition(first, "report", world.officer, text="Đã ban hành kế hoạch.")
        transition(first, "return_", world.coordinator, text="Thiếu quyết định kèm theo.")
        request_extension(second, world.officer, date(2023, 12, 15), "Chờ kinh phí.")
        decide_extension(second, world.coordinator, approve=True)
        db.session.commit()
    kinds = [n.kind for n in notices_of(world.officer)]
    assert kinds[-2:] == ["returned", "extension_approved"]
    returned = next(n for n in notices_of(world.officer) if n.kind == "returned")
    assert "Lý do: Thiếu quyết định kèm theo." in returned.text and returned.delivered_on == date(2023, 10, 26)
    rows = db.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "notice",
                                                          OutboxMessage.recipient == "canbo.canhnau@test.vn")).all()
    assert len(rows) == 2 and "bị trả lại" in rows[0].subject and "Thiếu quyết định" in rows[0].body_text
    assert [n.kind for n in notices_of(world.coordinator)] == ["new_report", "extension_request"]
    assert all(n.delivered_on is None for n in notices_of(world.coordinator))
    run_daily(date(2023, 10, 27))
    db.session.commit()
    digest = db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == "noivu@test.vn")).one()
    assert "Thông báo mới (2)" in digest.body_text and "đề nghị gia hạn" in digest.body_text
    assert all(n.delivered_on == date(2023, 10, 27) for n in notices_of(world.coordinator))
    officer_rows = db.session.scalars(select(OutboxMessage).where(
        OutboxMessage.recipient == "canbo.canhnau@test.vn")).all()
    assert len(officer_rows) == 2  # nothing due, notices already told: no digest repeats them


def test_new_items_are_told_in_the_next_digest_by_default(app):
    """Assigning items tells the unit's officers once (per finding and unit), in the next digest."""
    from factories import make_inspection

    world = World(findings=1)
    make_inspection([world.canh_nau], findings=1)
    db.session.commit()
    fresh = [n for n in notices_of(world.officer) if n.delivered_on is None]
    assert [n.kind for n in fresh] == ["new_items"] and "được giao 1 nhiệm vụ mới theo Kết luận" in fresh[0].text
    run_daily(date(2023, 10, 26))
    db.session.commit()
    row = db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == "canbo.canhnau@test.vn")).one()
    assert "Thông báo mới (1)" in row.body_text
    run_daily(date(2023, 10, 27))
    db.session.commit()
    assert db.session.query(OutboxMessage).filter_by(recipient="canbo.canhnau@test.vn").count() == 1


def test_preferences_page_saves_mode_channels_and_address(app, client, auth):
    """The account page sets notices to immediate, adds the message channel with a phone number,
    and refuses the message channel without an address (in Vietnamese)."""
    from factories import make_unit, make_user

    user = make_user("officer", make_unit("Bố Hạ", "thi_tran"), email="boha@test.vn")
    db.session.commit()
    auth.login("boha@test.vn")
    page = client.get("/account/preferences").get_data(as_text=True)
    assert "Cách nhận nhắc việc" in page and "Gộp vào thư nhắc việc kế tiếp" in page
    response = auth.post("/account/preferences", {"notice_mode": "immediate", "channels": ["email", "webhook"],
                                                  "phone": "0912 345 678", "notify_due_soon": "1"})
    assert response.status_code == 302
    db.session.expire_all()
    user = db.session.get(type(user), user.id)
    assert (user.notice_mode, user.channels, user.phone) == ("immediate", "email,webhook", "0912345678")
    auth.post("/account/preferences", {"notice_mode": "digest", "channels": ["webhook"]})
    page = client.get("/account/preferences").get_data(as_text=True)
    assert "Để nhận tin nhắn, vui lòng nhập số điện thoại hoặc Zalo ID." in page
    db.session.expire_all()
    assert db.session.get(type(user), user.id).channels == "email,webhook"
