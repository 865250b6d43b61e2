"""The route × role matrix: every route of the URL map, as every kind of user, on objects of their
own and of others, generated from the access table and the URL map.

Two organisations in one province: a district (its Phòng Nội vụ follows up inspection A over
communes A1 and A2) and a department (its Văn phòng follows up inspection B over room B1). Each
cell asserts the status the access table implies, that no text of an inspection, finding or
evidence file outside the user's jurisdiction appears in the answer (pages, CSV, Excel and Word
files alike), and that a request on a foreign object changed nothing.
"""

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date

import pytest
from conftest import Auth, csrf_token_from
from factories import make_unit, make_user
from sqlalchemy import func, select

from tracker.access import can
from tracker.extensions import db
from tracker.importer.load import PlannedFinding, PlannedInspection
from tracker.models import (
    Evidence,
    Finding,
    Inspection,
    Item,
    ItemEvent,
    OutboxMessage,
    Unit,
    User,
)
from tracker.operations.writing import create_inspection

ROLES = ("anonymous", "officer_a1", "officer_a2", "viewer_in", "viewer_out", "coordinator_a",
         "coordinator_b", "admin")
# Which object sets each role reads (written out by hand, not derived from the code under test).
READS = {
    "anonymous": set(),
    "officer_a1": {"A1"},
    "officer_a2": {"A2"},
    "viewer_in": {"A1", "A2"},     # the district's leader: what its Phòng Nội vụ follows up
    "viewer_out": {"B"},           # the department's leader: outside the district
    "coordinator_a": {"A1", "A2"},
    "coordinator_b": {"B"},        # another organisation's coordinator
    "admin": {"A1", "A2", "B"},
}
SETS = ("A1", "A2", "B")
SKIP_ENDPOINTS = {"static"}


@dataclass
class ObjectSet:
    """The ids a URL needs, all belonging to one side (a commune of A, or the department B)."""

    inspection_id: int
    unit_id: int
    item_id: int
    finding_id: int
    evidence_id: int
    user_id: int
    message_id: int
    secrets: list[str] = field(default_factory=list)  # texts only readers of this set may see


def _inspection(title: str, office: Unit, findings: list[tuple[str, list[Unit]]]) -> Inspection:
    plan = PlannedInspection(title=title, coordinator_unit_id=office.id, findings=[
        PlannedFinding(text=text, category="tthc", unit_ids=[unit.id for unit in units])
        for text, units in findings])
    return create_inspection(plan, None)


def _evidence(item: Item, name: str) -> Evidence:
    evidence = Evidence(item=item, original_filename=name, content_type="application/pdf", size=4,
                        sha256="0" * 64, stored_name=f"missing-{item.id}")
    db.session.add(evidence)
    return evidence


def _outbox(recipient: str, key: str) -> OutboxMessage:
    message = OutboxMessage(recipient=recipient, subject="Nhắc việc", body_text="…", dedupe_key=key,
                            kind="daily", status="failed", for_date=date(2026, 11, 24))
    db.session.add(message)
    return message


@pytest.fixture
def world(app):
    """Both organisations, their users, one object set per side; returns (sets, emails)."""
    province = make_unit("Tỉnh Thử", "tinh")
    district = make_unit("Huyện Thử", "huyen", parent_id=province.id)
    office_a = make_unit("Phòng Nội vụ huyện Thử", "phong", parent_id=district.id)
    a1 = make_unit("Xã Một", "xa", parent_id=district.id)
    a2 = make_unit("Xã Hai", "xa", parent_id=district.id)
    department = make_unit("Sở Thử", "so", parent_id=province.id)
    office_b = make_unit("Văn phòng Sở Thử", "phong", parent_id=department.id)
    b1 = make_unit("Phòng Hợp tác", "phong", parent_id=department.id)
    inspection_a = _inspection("Kết luận huyện BIMAT-TITLE-A", office_a, [
        ("Hạn chế riêng BIMAT-FA1 của xã một.", [a1]),
        ("Hạn chế riêng BIMAT-FA2 của xã hai.", [a2]),
        ("Hạn chế chung của hai xã.", [a1, a2]),
    ])
    inspection_b = _inspection("Báo cáo Sở BIMAT-TITLE-B", office_b, [("Hạn chế BIMAT-FB1 của phòng.", [b1])])
    db.session.flush()
    emails = {
        "officer_a1": make_user("officer", a1, email="a1@test.vn").email,
        "officer_a2": make_user("officer", a2, email="a2@test.vn").email,
        "viewer_in": make_user("viewer", district, email="huyen@test.vn").email,
        "viewer_out": make_user("viewer", department, email="so@test.vn").email,
        "coordinator_a": make_user("coordinator", office_a, email="noivu@test.vn").email,
        "coordinator_b": make_user("coordinator", office_b, email="vanphong@test.vn").email,
        "admin": make_user("admin", email="admin@test.vn").email,
    }
    spares = {name: make_user("officer", unit, email=f"spare-{name.lower()}@test.vn")
              for name, unit in (("A1", a1), ("A2", a2), ("B", b1))}

    def item_of(inspection, unit, marker):
        finding = next(f for f in inspection.findings if marker in f.text)
        return finding, next(i for i in finding.items if i.unit_id == unit.id)

    sets = {}
    for name, inspection, unit, marker, secrets in (
            ("A1", inspection_a, a1, "FA1", ["BIMAT-FA1", "BIMAT-FILE-A1"]),
            ("A2", inspection_a, a2, "FA2", ["BIMAT-FA2", "BIMAT-FILE-A2"]),
            ("B", inspection_b, b1, "FB1", ["BIMAT-FB1", "BIMAT-FILE-B", "BIMAT-TITLE-B"])):
        finding, item = item_of(inspection, unit, marker)
        evidence = _evidence(item, f"minh-chung-BIMAT-FILE-{name}.pdf")
        message = _outbox(spares[name].email, f"matrix:{name}")
        db.session.flush()
        sets[name] = ObjectSet(inspection.id, unit.id, item.id, finding.id, evidence.id, spares[name].id,
                               message.id, secrets)
    # Inspection A's title is read by everyone who reads A1 or A2.
    sets["A1"].secrets.append("BIMAT-TITLE-A")
    sets["A2"].secrets.append("BIMAT-TITLE-A")
    db.session.commit()
    return sets, emails


ARG_VALUES = {"trigger": "start", "name": "htmx.min.js", "token_id": 2**31 - 2}  # nobody's token


def url_of(rule, objects: ObjectSet | None) -> str | None:
    """The rule's path with the set's ids, or None when the rule needs an object and there is none."""
    path = rule.rule
    for argument in rule.arguments:
        if argument in ARG_VALUES:
            value = ARG_VALUES[argument]
        elif objects is None:
            return None
        else:
            value = getattr(objects, argument)
        path = re.sub(rf"<(?:[a-z]+:)?{argument}>", str(value), path)
    return path


def body_text(response) -> str:
    """What a person could read in the answer: the page, or the text inside a Word/Excel file."""
    data = response.get_data()
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "".join(archive.read(name).decode("utf-8", "replace")
                           for name in archive.namelist() if name.endswith(".xml"))
    return data.decode("utf-8", "replace")


def fingerprint(objects: ObjectSet) -> tuple:
    """Everything a request could change about one set: its item, events, finding, inspection."""
    db.session.expire_all()
    item = db.session.get(Item, objects.item_id)
    finding = db.session.get(Finding, objects.finding_id)
    inspection = db.session.get(Inspection, objects.inspection_id)
    events = db.session.scalar(select(func.count()).select_from(ItemEvent)
                               .where(ItemEvent.item_id == objects.item_id))
    unit = db.session.get(Unit, objects.unit_id)
    user = db.session.get(User, objects.user_id)
    message = db.session.get(OutboxMessage, objects.message_id)
    return (item.state, item.version, item.deadline, item.remedy, item.progress, events, finding.text,
            len(finding.items), inspection.title, inspection.coordinator_unit_id, unit.name,
            unit.retired_at, user.password_hash, user.role, user.is_active_account, message.status)


def expected_object(rule, objects: ObjectSet | None):
    """The object the access table is asked about for this rule and set."""
    if objects is None:
        return None
    args = set(rule.arguments)
    if "item_id" in args:
        return db.session.get(Item, objects.item_id)
    if "evidence_id" in args:
        return db.session.get(Evidence, objects.evidence_id).item
    if "finding_id" in args:
        return db.session.get(Finding, objects.finding_id)
    if "inspection_id" in args and "unit_id" in args:
        return (db.session.get(Inspection, objects.inspection_id), db.session.get(Unit, objects.unit_id))
    if "inspection_id" in args:
        return db.session.get(Inspection, objects.inspection_id)
    if "unit_id" in args:
        return db.session.get(Unit, objects.unit_id)
    if "user_id" in args:
        return db.session.get(User, objects.user_id)
    return db.session.get(OutboxMessage, objects.message_id)


def readable(role: str, rule, set_name: str, sets) -> bool:
    """Whether ``role`` reads what the URL names: its own set when the URL names a unit, item,
    finding, file, account or message; else the inspection, shared by the sets of one side."""
    if set(rule.arguments) - {"inspection_id", *ARG_VALUES}:
        return set_name in READS[role]
    inspection_id = sets[set_name].inspection_id
    return any(name in READS[role] for name in SETS if sets[name].inspection_id == inspection_id)


def matrix_rules(app) -> list:
    """Every route of the URL map but Flask's static files; signing out comes last."""
    return sorted((rule for rule in app.url_map.iter_rules() if rule.endpoint not in SKIP_ENDPOINTS),
                  key=lambda rule: (rule.endpoint in {"auth.logout"}, rule.rule))


def matrix_urls(rule, sets) -> dict[str, str | None]:
    """The rule's URLs, one per object set when it names an object: {url: set name or None}."""
    needs_object = any(arg not in ARG_VALUES for arg in rule.arguments)
    urls = {}
    for set_name in (SETS if needs_object else (None,)):
        urls.setdefault(url_of(rule, sets[set_name] if set_name else None), set_name)
    return urls


def signed_in_clients(app, emails) -> dict[str, Auth]:
    """One client per role, signed in through the login form (anonymous stays signed out)."""
    clients = {}
    for role in ROLES:
        auth = Auth(app.test_client())
        if role != "anonymous":
            assert auth.login(emails[role]).status_code == 302
        clients[role] = auth
    return clients


def bearer_tokens(app, emails, monkeypatch) -> dict[str, str]:
    """A read-write API token per signed-in role (the API takes no cookie), with the rate limit
    lifted so the matrix is not throttled."""
    from tracker.operations.tokens import create_token

    monkeypatch.setitem(app.config, "TRACKER_API_RATE_LIMIT", 1_000_000)
    secrets = {}
    for role, email in emails.items():
        user = db.session.scalar(select(User).where(User.email == email))
        secrets[role] = create_token(user, f"ma trận {role}", "write", 30)[1]
    db.session.commit()
    return secrets


def api_headers(url: str, secret: str | None) -> dict:
    """The Authorization header for an API URL when the role has a token; nothing otherwise."""
    if secret and url.startswith("/api/"):
        return {"headers": {"Authorization": f"Bearer {secret}"}}
    return {}


def test_every_route_declares_its_action(app):
    """A route without a declared action fails here (Flask's own static files aside)."""
    missing = [rule.rule for rule in app.url_map.iter_rules()
               if rule.endpoint not in SKIP_ENDPOINTS
               and not getattr(app.view_functions[rule.endpoint], "access_action", None)]
    assert missing == []


def test_route_role_matrix(app, world, monkeypatch):
    """Every route × every role × each object set: status per the access table, no foreign text,
    nothing changed on what the user may not touch."""
    sets, emails = world
    clients = signed_in_clients(app, emails)
    secrets = bearer_tokens(app, emails, monkeypatch)
    rules = matrix_rules(app)
    cells, problems = 0, []
    for role in ROLES:  # admin last: its permitted POSTs (retire, reset) change the most
        auth = clients[role]
        user = None if role == "anonymous" else db.session.scalar(select(User).where(User.email == emails[role]))
        token = None if role == "anonymous" else csrf_token_from(auth.client.get("/account/password").get_data(as_text=True))
        own = {secret for name in READS[role] for secret in sets[name].secrets}
        foreign = [secret for name in SETS if name not in READS[role] for secret in sets[name].secrets
                   if secret not in own]
        for rule in rules:
            action = app.view_functions[rule.endpoint].access_action
            for url, set_name in matrix_urls(rule, sets).items():
                objects = sets[set_name] if set_name else None
                for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                    before = {name: fingerprint(sets[name]) for name in SETS}
                    bearer = api_headers(url, secrets.get(role))
                    if method == "GET":
                        response = auth.client.get(url, **bearer)
                    else:
                        response = auth.client.post(url, data={"csrf_token": token} if token else {}, **bearer)
                    cells += 1
                    where = f"{role} {method} {url}"
                    status = response.status_code
                    text = body_text(response)
                    leaked = [secret for secret in foreign if secret in text]
                    if leaked:
                        problems.append(f"{where}: foreign text {leaked}")
                    if status >= 500:
                        problems.append(f"{where}: {status}")
                    if action == "public":
                        continue
                    if role == "anonymous":
                        if status not in (302, 400, 401):
                            problems.append(f"{where}: anonymous got {status}")
                        continue
                    if rule.endpoint == "auth.logout":
                        auth.login(emails[role])
                        token = csrf_token_from(auth.client.get("/account/password").get_data(as_text=True))
                        continue
                    db.session.expire_all()
                    user = db.session.get(User, user.id)
                    if not can(user, action):
                        if status != 403:
                            problems.append(f"{where}: role may never {action}, got {status}")
                    elif set_name is not None and not readable(role, rule, set_name, sets):
                        if status != 404:
                            problems.append(f"{where}: outside the jurisdiction, got {status}")
                    elif method == "GET" and set_name is not None:
                        allowed = can(user, action, expected_object(rule, objects))
                        if allowed and status >= 400 and status != 404 and rule.endpoint != "items.download_evidence":
                            problems.append(f"{where}: allowed, got {status}")
                        if not allowed and status < 400 and status != 302:
                            problems.append(f"{where}: not allowed, got {status}")
                    after = {name: fingerprint(sets[name]) for name in SETS}
                    for name in SETS:
                        if name not in READS[role] and before[name] != after[name]:
                            problems.append(f"{where}: changed set {name}")
    print(f"access matrix: {cells} cells")
    assert cells > 400
    assert problems == [], "\n".join(problems)


def test_reminder_emails_stay_in_jurisdiction(app, world):
    """The daily digests and a nudge name nothing outside their recipient's jurisdiction: each
    coordinator hears of their own office's inspection only."""
    from tracker.operations.chasing import nudge
    from tracker.reminders.decide import plan_daily
    from tracker.reminders.digest import Renderer

    sets, emails = world
    for item in db.session.scalars(select(Item)):
        item.deadline = item.original_deadline = date(2026, 11, 16)  # all overdue on the run's day
    db.session.commit()
    plan = plan_daily(date(2026, 11, 17))
    roles = {email: role for role, email in emails.items()}
    renderer = Renderer()
    seen = {}
    for digest in plan.digests:
        role = roles.get(digest.recipient)
        if role is None:
            continue
        text = "".join(renderer.render(digest))
        own = {secret for name in READS[role] for secret in sets[name].secrets}
        foreign = [s for name in SETS if name not in READS[role] for s in sets[name].secrets if s not in own]
        assert [s for s in foreign if s in text] == [], digest.recipient
        seen[role] = text
    assert "BIMAT-FA1" in seen["coordinator_a"] and "BIMAT-FB1" in seen["coordinator_b"]
    assert {"officer_a1", "officer_a2", "coordinator_a", "coordinator_b"} <= set(seen)
    # Event notices (a report, its return) and the leaders' Monday summary stay in jurisdiction too.
    from tracker.models import Notice
    from tracker.operations.items import transition
    from tracker.reminders.summary import plan_weekly

    users = {role: db.session.scalar(select(User).where(User.email == email)) for role, email in emails.items()}
    item = db.session.scalar(select(Item).where(Item.unit_id == sets["A1"].unit_id).limit(1))
    transition(item, "report", users["officer_a1"], text="Đã xong.")
    transition(item, "return_", users["coordinator_a"], text="Thiếu minh chứng.")
    for notice in db.session.scalars(select(Notice)):
        role = roles.get(notice.user.email)
        if role is not None:
            foreign = [s for name in SETS if name not in READS[role] for s in sets[name].secrets]
            assert [s for s in foreign if s in notice.text] == [], (role, notice.text)
    summaries = {roles.get(d.recipient): "".join(renderer.render(d)) for d in plan_weekly(date(2026, 11, 16))}
    for role, text in summaries.items():
        foreign = [s for name in SETS if name not in READS[role] for s in sets[name].secrets]
        assert [s for s in foreign if s in text] == [], role
    assert {"viewer_in", "viewer_out"} <= set(summaries)
    db.session.rollback()
    coordinator_b = db.session.scalar(select(User).where(User.email == emails["coordinator_b"]))
    refused = nudge(db.session.get(Unit, sets["A1"].unit_id), coordinator_b, date(2026, 11, 17))
    assert not refused.sent and "không có quyền" in refused.message


def test_a_coordinator_without_unit_can_do_nothing(app, client, auth):
    """A version-1 coordinator left without a unit keeps their account but may not import,
    create or read anything until an admin gives them one."""
    from tracker.models import User as UserModel

    user = UserModel(email="cu@test.vn", full_name="Cũ", role="coordinator", is_active_account=True)
    user.set_password("mat-khau-1234")
    db.session.add(user)
    db.session.commit()
    assert not any(can(user, action) for action in ("inspection.import", "inspection.create", "board.overview",
                                                    "item.bulk", "report.export"))
    auth.login("cu@test.vn")
    assert client.get("/inspections/import").status_code == 403
    assert client.get("/inspections/new").status_code == 403
    assert client.get("/account/password").status_code == 200


def test_access_command_prints_the_table(app):
    """``tracker access`` prints every action of the table."""
    from tracker.access import ACTIONS
    from tracker.cli import main

    result = app.test_cli_runner().invoke(main, ["access"])
    assert result.exit_code == 0 and all(f"`{action}`" in result.output for action in ACTIONS)
