"""Chasing a late unit (đôn đốc): the nudge by email and the chasing letter.

Both are acts worth remembering, so each item they list gets a history line, in the caller's
transaction: a failure after the mail was queued or the letter built leaves nothing half-recorded.
"""

from datetime import date

from tracker.access import can
from tracker.clock import vn_date
from tracker.models import Inspection, Unit, User
from tracker.operations.history import record_many
from tracker.reminders.nudge import NudgeResult, enqueue_nudge
from tracker.reports.letter import Letter, build_letter
from tracker.workflow import NotAllowed

NO_RIGHT = "Bạn không có quyền thực hiện thao tác này."


def nudge(unit: Unit, actor: User, day: date) -> NudgeResult:
    """Email the unit's officers and mailbox a digest of their unfinished items of the actor's
    inspections (once per unit per day), and note it in each listed item's history."""
    if not can(actor, "unit.nudge", unit):
        return NudgeResult(False, NO_RIGHT)
    result = enqueue_nudge(unit, actor, day)
    if result.sent:
        record_many(result.item_ids, actor, "nudge",
                    f"Đôn đốc qua thư điện tử gửi {result.recipients} địa chỉ.")
    return result


def send_letter(inspection: Inspection, unit: Unit, actor: User, report_by: date, today: date) -> Letter:
    """Build the chasing letter to ``unit`` and record it in each listed item's history."""
    if not can(actor, "report.letter", (inspection, unit)):
        raise NotAllowed(NO_RIGHT)
    letter = build_letter(inspection, unit, actor, report_by, today)
    comment = (f"Văn bản đôn đốc gửi Chủ tịch UBND {unit.display_name}, đề nghị báo cáo trước ngày "
               f"{vn_date(report_by)}.")
    record_many([row.item_id for row in letter.rows], actor, "letter", comment)
    return letter
