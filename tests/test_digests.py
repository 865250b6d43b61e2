"""The whole picture in every digest: true totals in the subject, every unfinished item in the
shared urgency groups, the returned reason, and what is new since the last digest."""

from datetime import date, datetime, timezone

from sqlalchemy import select

from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.reminders.decide import plan_daily, run_daily

from reminders_support import World, config  # noqa: F401 (fixture)

TODAY = date(2023, 10, 26)  # a Thursday


def officer_digest(plan):
    return next(d for d in plan.digests if d.recipient == "canbo.canhnau@test.vn")


def test_digest_tells_the_whole_picture_with_true_totals(app):
    """On a day one item hits a boundary, the digest still lists every unfinished item of the unit
    in the desks' groups, with true counts in the subject and the returned item's reason."""
    world = World(findings=7)
    items = world.of(world.canh_nau)
    world.set_deadline(items[0], date(2023, 10, 25))                      # overdue day 1: the trigger
    world.set_deadline(items[1], date(2023, 10, 20))                      # overdue day 6: no boundary
    world.set_deadline(items[2], TODAY)                                   # due today
    world.set_deadline(items[3], date(2023, 12, 1))                       # new (open, far away)
    world.set_deadline(items[4], date(2023, 12, 1), state="in_progress")  # in progress
    world.set_deadline(items[5], date(2023, 12, 1), state="reported")     # awaiting
    world.set_deadline(items[6], date(2023, 10, 1), state="in_progress")  # returned, also overdue
    items[6].returned_at = datetime(2023, 10, 24, 2, 0, tzinfo=timezone.utc)
    items[6].returned_reason = "Thiếu minh chứng"
    db.session.commit()
    digest = officer_digest(plan_daily(TODAY))
    assert digest.summary == "UBND xã Canh Nậu: 2 nhiệm vụ quá hạn, 1 đến hạn hôm nay, 1 bị trả lại"
    groups = {s.key: [line.item_id for line in s.lines] for s in digest.sections}
    assert groups == {"returned": [items[6].id], "overdue": [items[1].id, items[0].id],
                      "due_today": [items[2].id], "new": [items[3].id], "in_progress": [items[4].id],
                      "awaiting": [items[5].id]}
    returned = digest.sections[0].lines[0]
    assert returned.badge == "bị trả lại" and "Lý do trả lại: Thiếu minh chứng (ngày 24/10/2023)" in returned.note
    assert "Kết luận kiểm tra CCHC năm 2023" in digest.inspections[0]


def test_new_since_the_last_digest_is_marked(app):
    """Items whose group changed since the previous digest about the unit are marked "(mới)";
    the others are not."""
    world = World(findings=2)
    items = world.of(world.canh_nau)
    world.set_deadline(items[0], date(2023, 10, 25))  # overdue day 1 on 26/10, day 3 on 28/10
    world.set_deadline(items[1], date(2023, 10, 27))  # due soon on 26/10, overdue on 30/10
    db.session.commit()
    run_daily(TODAY)
    db.session.commit()
    digest = officer_digest(plan_daily(date(2023, 10, 30)))  # Monday: overdue day 3 was Saturday
    marks = {line.item_id: line.is_new for s in digest.sections for line in s.lines}
    assert marks == {items[0].id: False, items[1].id: True}
    row = db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == "canbo.canhnau@test.vn")).one()
    assert "(mới)" in row.body_text
