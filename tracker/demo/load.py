"""Load the demo: Yên Thế's units, the 2023 conclusion imported with the importer, accounts,
and a history that spreads the items over every state and time status.

Idempotent: running it again adds nothing. Demo accounts are only ever created here.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy import select

from tracker.clock import local_zone, today, vn_date
from tracker.demo import CONCLUSION, UNITS_CSV
from tracker.extensions import db
from tracker.importer.load import create_inspection
from tracker.importer.service import keep_source
from tracker.models import Inspection, Item, Unit, User
from tracker.operations.units import load_csv
from tracker.operations.users import create_user
from tracker.text import sort_key
from tracker.operations.items import transition

DEMO_PASSWORD = "demo1234"
DISTRICT = "Yên Thế"
COORDINATOR_UNIT = "Phòng Nội vụ huyện Yên Thế"
COMMUNE_KINDS = ("xa", "thi_tran", "phuong")


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

    def describe(self) -> str:
        """A Vietnamese summary with the logins."""
        items = db.session.scalar(
            select(db.func.count()).select_from(Item).join(Item.finding)
            .where(Item.finding.has(inspection_id=self.inspection.id))
        )
        lines = [
            ("Đã nạp" if self.created else "Dữ liệu demo đã có sẵn") + f": {self.inspection.title}",
            f"  {len(self.inspection.findings)} hạn chế, {items} nhiệm vụ khắc phục.",
            "  Hạn báo cáo kết quả khắc phục (demo): "
            + vn_date(self.inspection.report_deadline, "—")
            + " — văn bản gốc ghi 25/10/2023; các thời hạn được dời theo ngày nạp demo",
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
    data = CONCLUSION.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    inspection = db.session.scalar(select(Inspection).where(Inspection.source_sha256 == digest))
    created = inspection is None
    if created:
        coordinator = db.session.scalar(select(User).where(User.email == "noivu@demo.vn"))
        plan = _plan(data)
        keep_source(plan, CONCLUSION.name, data)  # downloadable like an uploaded conclusion
        plan.issuer_unit_id = by_name[DISTRICT].id
        plan.coordinator_unit_id = by_name[COORDINATOR_UNIT].id
        _set_demo_deadlines(plan)
        inspection = create_inspection(plan, coordinator, at=_moment(CREATED_DAYS_AGO, 8))
        _play_history(inspection)
    db.session.commit()
    return DemoSummary(inspection=inspection, accounts=accounts, created=created)


def _plan(data: bytes):
    """The conclusion read by the importer, exactly as a coordinator's upload for Yên Thế is."""
    from tracker.importer.plan import plan_from_draft
    from tracker.importer.service import read_draft

    plan, _problems = plan_from_draft(read_draft(CONCLUSION.name, data, district=DISTRICT))
    return plan


def _ensure_accounts(by_name: dict[str, Unit]) -> list[tuple[str, str]]:
    wanted = [
        ("admin@demo.vn", "Quản trị hệ thống", "admin", None),
        ("noivu@demo.vn", "Chuyên viên Phòng Nội vụ", "coordinator", by_name[COORDINATOR_UNIT]),
        ("lanhdao@demo.vn", "Lãnh đạo UBND huyện", "viewer", by_name[DISTRICT]),
    ]
    for unit in sorted(by_name.values(), key=lambda unit: sort_key(unit.name)):
        if unit.kind in COMMUNE_KINDS:
            wanted.append((login_for(unit.name), f"Công chức CCHC {unit.display_name}", "officer", unit))
    existing = set(db.session.scalars(select(User.email)))
    accounts = []
    for email, name, role, unit in wanted:
        if email not in existing:
            create_user(email, name, role, DEMO_PASSWORD, unit=unit)
        label = {"admin": "quản trị", "coordinator": "Phòng Nội vụ", "viewer": "lãnh đạo (xem)"}
        accounts.append((email, label.get(role) or f"cán bộ {unit.display_name}"))
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


def _play_history(inspection: Inspection) -> None:
    """Move the items through real transitions with backdated times (officer reports, Nội vụ verifies)."""
    coordinator = db.session.scalar(select(User).where(User.email == "noivu@demo.vn"))
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
