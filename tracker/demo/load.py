"""Load the demo: a province with two organisations, each following up its own inspection.

- Yên Thế district: Phòng Nội vụ (``noivu@demo.vn``) follows up the 2023 conclusion on its
  communes, read by the importer as an upload is;
- Sở Ngoại vụ: its Văn phòng - Thanh tra Sở (``vanphong@demo.vn``) follows up the department's
  own rooms and centres (the self-inspection deficiencies and the appendix of seed 003);
- a provincial leader (``tinh@demo.vn``) reads both; neither coordinator sees the other's.

Each inspection's history spreads its items over every state and time status. Idempotent:
running it again adds nothing. Demo accounts are only ever created here.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy import select, update

from tracker.clock import local_zone, today, vn_date
from tracker.demo import CONCLUSION, DEPARTMENT_REPORT, UNITS_CSV
from tracker.extensions import db
from tracker.models import Inspection, Item, Notice, Unit, User
from tracker.operations.inspections import confirm_import
from tracker.operations.items import transition
from tracker.operations.units import load_csv
from tracker.operations.users import create_user
from tracker.text import sort_key

DEMO_PASSWORD = "demo1234"
PROVINCE = "Bắc Giang"
DISTRICT = "Yên Thế"
COORDINATOR_UNIT = "Phòng Nội vụ huyện Yên Thế"
COMMUNE_KINDS = ("xa", "thi_tran", "phuong")
DEPARTMENT = "Sở Ngoại vụ"
DEPARTMENT_OFFICE = "Văn phòng - Thanh tra Sở"
# The department's rooms and centres that receive its items, with their officers' logins.
DEPARTMENT_UNITS = {
    "Phòng Hợp tác quốc tế": "hoptacquocte@demo.vn",
    "Phòng Lãnh sự - Biên giới": "lanhsu@demo.vn",
    "Trung tâm Dịch thuật - Dịch vụ đối ngoại": "dichthuat@demo.vn",
}


def login_for(unit_name: str) -> str:
    """Demo login of a commune's officer: its name without diacritics or spaces ("canhnau")."""
    folded = unicodedata.normalize("NFD", unit_name.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Mn")
    return re.sub(r"[^a-z0-9]", "", folded.lower()) + "@demo.vn"


@dataclass
class DemoSummary:
    """What the demo loaded, for printing."""

    inspection: Inspection
    accounts: list[tuple[str, str]] = field(default_factory=list)
    created: bool = False
    department_inspection: Inspection | None = None

    def describe(self) -> str:
        """A Vietnamese summary with the logins."""
        lines = []
        for inspection, office in ((self.inspection, "Phòng Nội vụ huyện Yên Thế"),
                                   (self.department_inspection, "Văn phòng - Thanh tra Sở Ngoại vụ")):
            if inspection is None:
                continue
            items = db.session.scalar(
                select(db.func.count()).select_from(Item).where(Item.finding.has(inspection_id=inspection.id)))
            lines += [
                ("Đã nạp" if self.created else "Dữ liệu demo đã có sẵn") + f": {inspection.title}",
                f"  {office} theo dõi: {len(inspection.findings)} hạn chế, {items} nhiệm vụ khắc phục;"
                f" hạn báo cáo (demo) {vn_date(inspection.report_deadline, '—')}.",
            ]
        lines += [
            "  Văn bản gốc ghi thời hạn năm 2022–2023; các thời hạn được dời theo ngày nạp demo",
            "  để minh họa đủ các tình trạng (đúng hạn, sắp đến hạn, quá hạn, thường xuyên).",
            "",
            "Tài khoản demo:",
        ]
        lines += [f"  {email:<24} {label}" for email, label in self.accounts]
        return "\n".join(lines)


def load_demo() -> DemoSummary:
    """Load everything the demo needs and commit."""
    load_csv(UNITS_CSV.read_text(encoding="utf-8"))
    units = db.session.scalars(select(Unit)).all()
    by_name = {unit.name: unit for unit in units}
    accounts = _ensure_accounts(by_name)
    district, created = _import(CONCLUSION, "noivu@demo.vn", by_name[DISTRICT], lambda plan: plan)
    rooms = [by_name[name].id for name in DEPARTMENT_UNITS]
    department, _ = _import(DEPARTMENT_REPORT, "vanphong@demo.vn", by_name[DEPARTMENT],
                            lambda plan: _to_rooms(plan, rooms))
    if created:  # the played history is backdated, not news: its notices count as told
        db.session.execute(update(Notice).where(Notice.delivered_on.is_(None)).values(delivered_on=today()))
    db.session.commit()
    return DemoSummary(inspection=district, accounts=accounts, created=created,
                       department_inspection=department)


def _import(path, coordinator_email: str, issuer: Unit, assign) -> tuple[Inspection, bool]:
    """Import one document as its coordinator would (once), then play a history over its items."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    inspection = db.session.scalar(select(Inspection).where(Inspection.source_sha256 == digest))
    if inspection is not None:
        return inspection, False
    coordinator = db.session.scalar(select(User).where(User.email == coordinator_email))
    plan = assign(_plan(path, data, district=DISTRICT if issuer.name == DISTRICT else None))
    plan.issuer_unit_id = issuer.id
    _set_demo_deadlines(plan)
    inspection = confirm_import(coordinator, path.name, data, lambda _created: plan,
                                at=_moment(CREATED_DAYS_AGO, 8))  # the upload's own path
    _play_history(inspection, coordinator)
    return inspection, True


def _plan(path, data: bytes, district: str | None):
    """The document read by the importer, exactly as a coordinator's upload is."""
    from tracker.importer.plan import plan_from_draft
    from tracker.importer.service import read_draft

    plan, _problems = plan_from_draft(read_draft(path.name, data, district=district))
    return plan


def _to_rooms(plan, rooms: list[int]):
    """The department's report names no rooms ("một số phòng, đơn vị"): as its coordinator does on
    the review page, every deficiency goes to each room and centre."""
    for finding in plan.findings:
        finding.unit_ids = finding.unit_ids or list(rooms)
    return plan


def _ensure_accounts(by_name: dict[str, Unit]) -> list[tuple[str, str]]:
    wanted = [
        ("admin@demo.vn", "Quản trị hệ thống", "admin", None, "quản trị"),
        ("tinh@demo.vn", "Lãnh đạo UBND tỉnh", "viewer", by_name[PROVINCE], "lãnh đạo tỉnh (xem cả hai)"),
        ("noivu@demo.vn", "Chuyên viên Phòng Nội vụ", "coordinator", by_name[COORDINATOR_UNIT],
         "Phòng Nội vụ huyện Yên Thế"),
        ("lanhdao@demo.vn", "Lãnh đạo UBND huyện", "viewer", by_name[DISTRICT], "lãnh đạo huyện (xem)"),
        ("vanphong@demo.vn", "Chuyên viên Văn phòng - Thanh tra Sở", "coordinator", by_name[DEPARTMENT_OFFICE],
         "Văn phòng - Thanh tra Sở Ngoại vụ"),
    ]
    for name, email in DEPARTMENT_UNITS.items():
        wanted.append((email, f"Công chức {name}", "officer", by_name[name], f"cán bộ {name}"))
    for unit in sorted(by_name.values(), key=lambda unit: sort_key(unit.name)):
        if unit.kind in COMMUNE_KINDS:
            wanted.append((login_for(unit.name), f"Công chức CCHC {unit.display_name}", "officer", unit,
                           f"cán bộ {unit.display_name}"))
    existing = set(db.session.scalars(select(User.email)))
    accounts = []
    for email, name, role, unit, label in wanted:
        if email not in existing:
            create_user(email, name, role, DEMO_PASSWORD, unit=unit)
        accounts.append((email, label))
    return accounts


# The document's deadline (25/10/2023) is long past; the demo moves it to a week after the day it is
# loaded, so reminders, the board and the reports have something to say. Most findings keep that
# report deadline; the others get their own offsets (days from the load day; None = "Thường
# xuyên") so the board shows every time status whatever day the demo is run.
REPORT_OFFSET = 7
DEADLINE_OFFSETS = [-10, 7, 3, -4, 0, 7, None, 12, -20, 7, 30, -2, 7, 60, 1, -8, 7, 7]
CREATED_DAYS_AGO = 45


def _moment(days_ago: int, hour: int) -> datetime:
    return datetime.combine(today() - timedelta(days=days_ago), time(hour), tzinfo=local_zone())


def _set_demo_deadlines(plan) -> None:
    plan.report_deadline = today() + timedelta(days=REPORT_OFFSET)
    for index, finding in enumerate(plan.findings):
        offset = DEADLINE_OFFSETS[index % len(DEADLINE_OFFSETS)]
        finding.ongoing = offset is None
        own = offset is not None and offset != REPORT_OFFSET
        finding.deadline = today() + timedelta(days=offset) if own else None


def _steps(kind: int, offset: int | None) -> list[tuple[str, int, int, str | None]]:
    """(trigger, days ago, hour, text) for one of six behaviours; never in the future."""
    due = 10 if offset is None else -offset  # days ago of the deadline
    on_time = max(2, due + 1)  # reported the day before the deadline, at least 2 days ago
    late = due - 1 if due >= 2 else None  # reported the day after a past deadline
    report = late if kind == 4 and late else on_time
    plans = {
        0: [],
        1: [("start", 30, 9, None)],
        2: [("start", 30, 9, None), ("report", 1, 10, "Đã ban hành kế hoạch khắc phục, gửi kèm.")],
        3: [("start", 30, 9, None), ("report", on_time, 10, "Đã khắc phục xong, có minh chứng."),
            ("verify", max(1, on_time - 1), 15, None)],
        4: [("start", 30, 9, None), ("report", report, 10, "Đã hoàn thành."),
            ("verify", max(1, report - 1), 15, None)],
        5: [("start", 30, 9, None), ("report", on_time, 10, "Đã niêm yết lại."),
            ("return_", max(1, on_time - 1), 15, "Chưa có minh chứng, đề nghị bổ sung ảnh chụp.")],
    }
    return plans[kind]


def _play_history(inspection: Inspection, coordinator: User) -> None:
    """Move the items through real transitions with backdated times (officer reports, the
    coordinating office verifies)."""
    officers = {user.unit_id: user for user in db.session.scalars(select(User).where(User.role == "officer"))}
    unit_order = sorted({item.unit_id for finding in inspection.findings for item in finding.items})
    for f_index, finding in enumerate(inspection.findings):
        offset = DEADLINE_OFFSETS[f_index % len(DEADLINE_OFFSETS)]
        for item in finding.items:
            kind = (f_index + unit_order.index(item.unit_id)) % 6
            for trigger, days_ago, hour, text in _steps(kind, offset):
                actor = coordinator if trigger in {"verify", "return_"} else officers[item.unit_id]
                transition(item, trigger, actor, text=text, at=_moment(days_ago, hour))
    db.session.flush()
