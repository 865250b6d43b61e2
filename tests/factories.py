"""Small builders for test data; they flush, the tests decide what to commit."""

from datetime import date

from conftest import PASSWORD
from sqlalchemy import select

from tracker.extensions import db
from tracker.importer.load import PlannedFinding, PlannedInspection
from tracker.models import Item, Unit, User
from tracker.operations.users import create_user
from tracker.operations.writing import create_inspection


def make_unit(name: str = "Canh Nậu", kind: str = "xa", **fields) -> Unit:
    """A unit."""
    unit = Unit(name=name, kind=kind, **fields)
    db.session.add(unit)
    db.session.flush()
    return unit


def home_district() -> Unit:
    """The tests' district (huyện Yên Thế), made on first use."""
    return db.session.scalar(select(Unit).where(Unit.name == "Yên Thế", Unit.kind == "huyen")) or \
        make_unit("Yên Thế", "huyen")


def home_office() -> Unit:
    """The tests' coordinating office (Phòng Nội vụ of the district), made on first use."""
    district = home_district()
    office = db.session.scalar(select(Unit).where(Unit.name.startswith("Phòng Nội vụ"),
                                                  Unit.parent_id == district.id).limit(1))
    return office or make_unit("Phòng Nội vụ", "phong", parent_id=district.id)


DEFAULT_UNITS = {"coordinator": home_office, "viewer": home_district}


def make_user(role: str, unit: Unit | None = None, email: str | None = None, **fields) -> User:
    """A user with the shared test password. A coordinator without a unit given works in the
    district's Phòng Nội vụ, a viewer leads the district (what the tests' inspections belong to)."""
    email = email or f"{role}{db.session.query(User).count() + 1}@test.vn"
    if unit is None and role in DEFAULT_UNITS:
        unit = DEFAULT_UNITS[role]()
    return create_user(email, f"Người dùng {role}", role, PASSWORD, unit=unit, **fields)


def make_inspection(units: list[Unit], findings: int = 1, deadline: date | None = date(2023, 10, 25),
                    actor: User | None = None, coordinator_unit: Unit | None = None):
    """An inspection with ``findings`` findings, each assigned to every unit in ``units``,
    coordinated by ``coordinator_unit`` (by default the district's Phòng Nội vụ)."""
    plan = PlannedInspection(
        title="Kết luận kiểm tra CCHC năm 2023",
        report_deadline=deadline,
        coordinator_unit_id=(coordinator_unit or home_office()).id,
        findings=[
            PlannedFinding(text=f"Hạn chế số {n}", category="tthc", unit_ids=[u.id for u in units])
            for n in range(1, findings + 1)
        ],
    )
    return create_inspection(plan, actor)


def items_of(inspection) -> list[Item]:
    """All items of an inspection, in finding then unit order."""
    return [item for finding in inspection.findings for item in sorted(finding.items, key=lambda i: i.unit_id)]
