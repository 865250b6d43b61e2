"""Writing the day's digests from the pictures: sections, true totals, the sentence of what to do.

Officers and unit mailboxes get their unit's whole picture in the shared urgency groups; heads of
units the items overdue long enough to escalate; coordinators their office's units ranked by
overdue items and the reports waiting too long. Lines are capped per group; counts never are.
"""

from datetime import date

from tracker.clock import vn_date
from tracker.queries.urgency import PRESSING, URGENCY_GROUPS, urgency
from tracker.reminders.digest import (
    Section,
    UnitGroup,
    inspection_label,
    line,
    short_text,
)
from tracker.reminders.picture import Pictures, Row, UnitPicture

GROUP_PHRASES = {
    "returned": "bị trả lại", "overdue": "quá hạn", "due_today": "đến hạn hôm nay",
    "due_soon": "sắp đến hạn", "new": "mới giao", "in_progress": "đang thực hiện",
    "awaiting": "chờ xác nhận",
}


def count_text(counts: dict[str, int], groups=PRESSING, first_noun: bool = True) -> str:
    """ "2 nhiệm vụ quá hạn, 1 đến hạn hôm nay, 3 sắp đến hạn" in table order; zero parts left out."""
    order = ["overdue", "due_today", "due_soon", "returned", "new", "in_progress", "awaiting"]
    parts = []
    for group in order:
        if group in groups and counts.get(group):
            noun = "nhiệm vụ " if first_noun and not parts else ""
            parts.append(f"{counts[group]} {noun}{GROUP_PHRASES[group]}")
    return ", ".join(parts)


class Composer:
    """Builds sections for one day, sharing them between recipients of the same unit."""

    def __init__(self, day: date, pictures: Pictures, policy, base_url: str):
        self.day, self.pictures, self.policy, self.base_url = day, pictures, policy, base_url
        self._unit_sections: dict[int, list[Section]] = {}
        self._texts: dict[int, str] = {}

    def _text(self, row: Row) -> str:
        if row.finding_id not in self._texts:
            self._texts[row.finding_id] = short_text(row.text)
        return self._texts[row.finding_id]

    def _is_new(self, row: Row) -> bool:
        """Whether ``row`` entered its group since the last digest about its unit."""
        last = self.pictures.last_digest.get(row.unit_id)
        if last is None:
            return True
        last_day, last_at = last
        if row.created_at > last_at or (row.returned_at is not None and row.returned_at > last_at):
            return True
        return urgency(row.state, row.effective, row.returned_at, last_day, self.policy.due_soon_horizon) != row.group

    def _line(self, row: Row, unit_name: str | None = None, badge: str | None = None):
        note = None
        if row.group == "returned":
            note = f"Lý do trả lại: {row.returned_reason or '(không ghi)'} (ngày {vn_date(row.returned_at)})"
            badge = badge or "bị trả lại"
        elif row.group == "awaiting" and row.reported_on:
            badge = badge or f"chờ xác nhận từ {vn_date(row.reported_on)}"
        return line(row.item_id, row.unit_id, self._text(row), row.deadline, self.day, self.base_url,
                    badge=badge, unit_name=unit_name, effective=row.effective, is_new=self._is_new(row),
                    note=note)

    def unit_sections(self, picture: UnitPicture) -> list[Section]:
        """The unit's whole picture: one section per urgency group, in the desks' order."""
        if picture.unit_id not in self._unit_sections:
            limit = self.policy.digest_items_per_group
            sections = []
            for group, title in URGENCY_GROUPS.items():
                rows = picture.groups.get(group, [])
                if not rows:
                    continue
                lines = [self._line(row) for row in rows[:limit]]
                more = len(rows) - len(lines)
                sections.append(Section(group, title, lines, count=len(rows),
                                        note=f"… và {more} nhiệm vụ khác." if more > 0 else None))
            self._unit_sections[picture.unit_id] = sections
        return self._unit_sections[picture.unit_id]

    def unit_summary(self, picture: UnitPicture) -> str:
        """The subject of a unit's digest, with true totals."""
        counts = picture.counts()
        label = self.pictures.units[picture.unit_id].label
        text = count_text(counts) or count_text(counts, groups=("new", "in_progress", "awaiting"))
        return f"{label}: {text}"

    def action(self, picture: UnitPicture) -> str:
        """One sentence of what to do by when."""
        counts = picture.counts()
        upcoming = [row.effective for group in ("due_today", "due_soon", "new", "in_progress")
                    for row in picture.groups.get(group, []) if row.effective is not None]
        parts = []
        if counts["returned"]:
            parts.append(f"bổ sung, báo cáo lại {counts['returned']} nhiệm vụ bị trả lại theo ý kiến nêu kèm")
        if counts["overdue"]:
            parts.append(f"khẩn trương hoàn thành và báo cáo ngay {counts['overdue']} nhiệm vụ quá hạn")
        if upcoming:
            parts.append(f"báo cáo các nhiệm vụ còn lại trước thời hạn ghi bên cạnh (gần nhất: ngày {vn_date(min(upcoming))})")
        if not parts:
            return "Đề nghị theo dõi các nhiệm vụ dưới đây."
        return "Đề nghị " + "; ".join(parts) + "."

    def inspections(self, picture: UnitPicture) -> list[str]:
        """The inspections the items come from, named with number and date."""
        infos = sorted((self.pictures.inspections[i] for i in picture.inspections), key=lambda i: i.id)
        return [inspection_label(i.title, i.number, i.issued_on) for i in infos]

    def contact(self, picture: UnitPicture) -> tuple[str | None, str | None]:
        """Who to ask at the coordinating office(s), and the first office's mailbox (Reply-To)."""
        offices = [self.pictures.units[office_id] for office_id in sorted(picture.offices)]
        if not offices:
            return None, None
        text = "; ".join(f"{office.label}" + (f" ({office.email})" if office.email else "") for office in offices)
        return f"Đầu mối liên hệ: {text}.", next((office.email for office in offices if office.email), None)

    def escalated(self, picture: UnitPicture) -> list[Section]:
        """The head's section: every item overdue ``escalate_after_days`` days or more."""
        after = self.policy.escalate_after_days
        rows = [row for row in picture.groups.get("overdue", []) if picture.overdue_days[row.item_id] >= after]
        rows.sort(key=lambda row: (-picture.overdue_days[row.item_id], row.item_id))
        return [Section("escalated", f"Nhiệm vụ quá hạn từ {after} ngày trở lên",
                        [self._line(row) for row in rows[: self.policy.digest_items_per_group]],
                        note="Đề nghị lãnh đạo đơn vị chỉ đạo khắc phục dứt điểm.", count=len(rows))]

    def office_sections(self, office) -> list[Section]:
        """Units ranked by overdue items (most first) with their other counts; reports waiting."""
        units, policy = self.pictures.units, self.policy
        ranked = sorted(
            (p for p in office.units.values() if any(p.groups.get(g) for g in (*PRESSING, "awaiting"))),
            key=lambda p: (-len(p.groups.get("overdue", ())), units[p.unit_id].label))
        groups = []
        for picture in ranked[: policy.digest_max_units]:
            overdue = sorted(picture.groups.get("overdue", []),
                             key=lambda row: (-picture.overdue_days[row.item_id], row.item_id))
            counts = picture.counts()
            groups.append(UnitGroup(units[picture.unit_id].label, len(overdue),
                                    [self._line(row) for row in overdue[: policy.digest_items_per_unit]],
                                    summary=count_text(counts, groups=("due_today", "due_soon", "returned", "awaiting"),
                                                       first_noun=False) or None))
        left_out = len(ranked) - len(groups)
        waiting_groups = []
        for unit_id, rows in sorted(office.waiting.items(), key=lambda pair: (-len(pair[1]), units[pair[0]].label)):
            rows = sorted(rows, key=lambda pair: (-pair[0], pair[1].item_id))
            waiting_groups.append(UnitGroup(units[unit_id].label, len(rows), [
                self._line(row, badge=f"chờ xác nhận {days} ngày") for days, row in rows[: policy.digest_items_per_unit]]))
        return [
            Section("units_overdue", "Tình hình theo đơn vị (xếp theo số nhiệm vụ quá hạn)", groups=groups,
                    count=office.total("overdue"),
                    note=f"Còn {left_out} đơn vị khác không liệt kê trong thư này." if left_out > 0 else None),
            Section("units_waiting", f"Báo cáo chờ xác nhận quá {policy.waiting_days} ngày", groups=waiting_groups,
                    count=sum(len(rows) for rows in office.waiting.values())),
        ]

    def office_summary(self, office) -> str:
        """The coordinator's subject: true totals over the office's inspections."""
        overdue, awaiting = office.total("overdue"), office.total("awaiting")
        waiting = sum(len(rows) for rows in office.waiting.values())
        parts = []
        if overdue:
            parts.append(f"{overdue} nhiệm vụ quá hạn tại {office.units_with('overdue')} đơn vị")
        if awaiting:
            parts.append(f"{awaiting} báo cáo chờ xác nhận"
                         + (f" ({waiting} quá {self.policy.waiting_days} ngày)" if waiting else ""))
        return f"Tổng hợp ngày {vn_date(self.day)}: " + (", ".join(parts) or "không có nhiệm vụ cần xử lý")
