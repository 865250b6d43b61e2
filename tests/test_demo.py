"""``tracker demo``: the Yên Thế data, spread over every state and time status, idempotent."""

from collections import Counter

from sqlalchemy import func, select

from tracker.clock import today
from tracker.demo.load import DEMO_PASSWORD, load_demo, login_for
from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, User
from tracker.queries.timestatus import TIME_STATUSES, time_status


def _items_of(inspection) -> list[Item]:
    return db.session.scalars(select(Item).join(Item.finding).where(Finding.inspection_id == inspection.id)).all()


def test_demo_loads_seed_001_once(app):
    """The demo holds the 18 findings and 130 items of seed 001 over 11 communes, and the
    department's report over its three rooms and centres; loading again adds nothing."""
    summary = load_demo()
    assert summary.created
    assert len(summary.inspection.findings) == 18
    items = _items_of(summary.inspection)
    assert len(items) == 130 and len({item.unit_id for item in items}) == 11
    department = summary.department_inspection
    assert department.coordinator_unit.name == "Văn phòng - Thanh tra Sở"
    assert {item.unit.name for item in _items_of(department)} == {
        "Phòng Hợp tác quốc tế", "Phòng Lãnh sự - Biên giới", "Trung tâm Dịch thuật - Dịch vụ đối ngoại"}
    total = db.session.scalar(select(func.count()).select_from(Item))
    again = load_demo()
    assert not again.created
    assert db.session.scalar(select(func.count()).select_from(Item)) == total
    assert db.session.scalar(select(func.count()).select_from(Inspection)) == 2


def test_demo_spreads_states_and_time_statuses(app):
    """Every state and every time status appears in the demo, whatever day it is loaded."""
    load_demo()
    items = _items_of(db.session.scalar(select(Inspection).order_by(Inspection.id)))
    assert set(Counter(item.state for item in items)) == {"open", "in_progress", "reported", "verified"}
    statuses = {time_status(i.state, i.deadline, i.reported_on, today()) for i in items}
    assert statuses == set(TIME_STATUSES)
    # The report deadline moves with the load day, and most items keep it.
    inspection = db.session.scalar(select(Inspection).order_by(Inspection.id))
    assert (inspection.report_deadline - today()).days == 7
    assert sum(item.deadline == inspection.report_deadline for item in items) >= 40


def test_demo_accounts(app, client):
    """Admin, two coordinators, the district's and the province's leaders, one officer per commune
    and per room of the department, all with the demo password."""
    load_demo()
    emails = set(db.session.scalars(select(User.email)))
    assert {"admin@demo.vn", "noivu@demo.vn", "lanhdao@demo.vn", "canhnau@demo.vn", "phonxuong@demo.vn",
            "boha@demo.vn", "dongvuong@demo.vn"} <= emails
    assert {"vanphong@demo.vn", "tinh@demo.vn", "hoptacquocte@demo.vn"} <= emails
    assert len(emails) == 5 + 3 + 19
    assert login_for("Phồn Xương") == "phonxuong@demo.vn"
    from conftest import Auth

    for email, landing in [("canhnau@demo.vn", "/desk/"), ("noivu@demo.vn", "/inspections/"),
                           ("lanhdao@demo.vn", "/inspections/"), ("admin@demo.vn", "/inspections/")]:
        auth = Auth(app.test_client())
        assert auth.login(email, DEMO_PASSWORD).status_code == 302
        assert landing in auth.client.get("/").headers["Location"]


def test_demo_organisations_see_only_their_own(app):
    """noivu@ and vanphong@ each see their own inspection only; tinh@ (the province) sees both."""
    from conftest import Auth

    summary = load_demo()
    district, department = summary.inspection.title, summary.department_inspection.title
    seen = {}
    for email in ("noivu@demo.vn", "vanphong@demo.vn", "tinh@demo.vn", "lanhdao@demo.vn",
                  "hoptacquocte@demo.vn"):
        auth = Auth(app.test_client())
        auth.login(email, DEMO_PASSWORD)
        page = auth.client.get("/inspections").get_data(as_text=True)
        seen[email] = {name for name, title in (("district", district), ("department", department))
                       if title in page}
    assert seen == {"noivu@demo.vn": {"district"}, "vanphong@demo.vn": {"department"},
                    "tinh@demo.vn": {"district", "department"}, "lanhdao@demo.vn": {"district"},
                    "hoptacquocte@demo.vn": {"department"}}


def test_demo_port_sets_the_links_in_mail(app, monkeypatch):
    """``tracker demo --port 8080`` makes the links in the demo's mail point at port 8080."""
    from tracker.cli import main

    monkeypatch.delenv("TRACKER_BASE_URL", raising=False)
    before = app.config["TRACKER_BASE_URL"]
    try:
        result = app.test_cli_runner().invoke(main, ["demo", "--load-only", "--port", "8080"])
        assert result.exit_code == 0, result.output
        assert app.config["TRACKER_BASE_URL"] == "http://127.0.0.1:8080"
    finally:
        app.config["TRACKER_BASE_URL"] = before
