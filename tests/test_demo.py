"""``tracker demo``: the Yên Thế data, spread over every state and time status, idempotent."""

from collections import Counter

from sqlalchemy import func, select

from tracker.clock import today
from tracker.demo.load import DEMO_PASSWORD, load_demo, login_for
from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, User
from tracker.queries.timestatus import TIME_STATUSES, time_status


def test_demo_loads_seed_001_once(app):
    """The demo holds the 18 findings and 130 items of seed 001 over 11 communes; loading again adds nothing."""
    summary = load_demo()
    assert summary.created
    assert db.session.scalar(select(func.count()).select_from(Finding)) == 18
    items = db.session.scalars(select(Item)).all()
    assert len(items) == 130 and len({item.unit_id for item in items}) == 11
    again = load_demo()
    assert not again.created
    assert db.session.scalar(select(func.count()).select_from(Item)) == 130
    assert db.session.scalar(select(func.count()).select_from(Inspection)) == 1


def test_demo_spreads_states_and_time_statuses(app):
    """Every state and every time status appears in the demo, whatever day it is loaded."""
    load_demo()
    items = db.session.scalars(select(Item)).all()
    assert set(Counter(item.state for item in items)) == {"open", "in_progress", "reported", "verified"}
    statuses = {time_status(i.state, i.deadline, i.reported_on, today()) for i in items}
    assert statuses == set(TIME_STATUSES)
    # The report deadline moves with the load day, and most items keep it.
    inspection = db.session.scalar(select(Inspection))
    assert (inspection.report_deadline - today()).days == 7
    assert sum(item.deadline == inspection.report_deadline for item in items) >= 40


def test_demo_accounts(app, client):
    """Admin, coordinator, viewer and one officer per commune, all with the demo password."""
    load_demo()
    emails = set(db.session.scalars(select(User.email)))
    assert {"admin@demo.vn", "noivu@demo.vn", "lanhdao@demo.vn", "canhnau@demo.vn", "phonxuong@demo.vn",
            "boha@demo.vn", "dongvuong@demo.vn"} <= emails
    assert len(emails) == 3 + 19
    assert login_for("Phồn Xương") == "phonxuong@demo.vn"
    from conftest import Auth

    for email, landing in [("canhnau@demo.vn", "/units/"), ("noivu@demo.vn", "/inspections/"),
                           ("lanhdao@demo.vn", "/inspections/"), ("admin@demo.vn", "/inspections/")]:
        auth = Auth(app.test_client())
        assert auth.login(email, DEMO_PASSWORD).status_code == 302
        assert landing in auth.client.get("/").headers["Location"]
