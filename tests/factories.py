"""Small builders for test data; they flush, the tests decide what to commit."""

from datetime import date

from tracker.extensions import db
from tracker.importer.load import PlannedFinding, PlannedInspection, create_inspection
from tracker.models import Item, Unit, User
from tracker.operations.users import create_user

from conftest import PASSWORD


def make_unit(name: str = "Canh Nậu", kind: str = "xa", **fields) -> Unit:
    """A unit."""
    unit = Unit(name=name, kind=kind, **fields)
    db.session.add(unit)
    db.session.flush()
    return unit


def make_user(role: str, unit: Unit | None = None, email: str | None = None, **fields) -> User:
    """A user with the shared test password."""
    email = email or f"{role}{db.session.query(User).count() + 1}@test.vn"
    return create_user(email, f"Người dùng {role}", role, PASSWORD, unit=unit, **fields)


def make_inspection(units: list[Unit], findings: int = 1, deadline: date | None = date(2023, 10, 25),
                    actor: User | None = None):
    """An inspection with ``findings`` findings, each assigned to every unit in ``units``."""
    plan = PlannedInspection(
        title="Kết luận kiểm tra CCHC năm 2023",
        report_deadline=deadline,
        findings=[
            PlannedFinding(text=f"Hạn chế số {n}", category="tthc", unit_ids=[u.id for u in units])
            for n in range(1, findings + 1)
        ],
    )
    return create_inspection(plan, actor)


def items_of(inspection) -> list[Item]:
    """All items of an inspection, in finding then unit order."""
    return [item for finding in inspection.findings for item in sorted(finding.items, key=lambda i: i.unit_id)]
