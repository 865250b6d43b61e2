"""Bulk actions for coordinators: verify, return or extend several items at once.

Each item is handled on its own (its own event, its own savepoint): one refusal does not undo the
others, and the result lists what could not be done and why.
"""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from tracker.access import can
from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, User
from tracker.operations.items import extend_deadline, transition
from tracker.queries.scope import scope_to_user
from tracker.workflow import WorkflowError

BULK_ACTIONS = {
    "verify": "Xác nhận hoàn thành",
    "return_": "Trả lại (cùng một lý do)",
    "extend": "Gia hạn (cùng một ngày)",
}
DONE = {"verify": "xác nhận hoàn thành", "return_": "trả lại", "extend": "gia hạn"}


@dataclass
class BulkResult:
    """How many items changed, and a Vietnamese line for each refusal."""

    action: str
    done: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        """A summary for the user."""
        text = f"Đã {DONE.get(self.action, self.action)} {self.done} nhiệm vụ."
        if self.failures:
            text += f" {len(self.failures)} nhiệm vụ không thực hiện được."
        return text


def run_bulk(inspection: Inspection | None, actor: User, action: str, item_ids: list[int], text: str,
             new_deadline: date | None) -> BulkResult:
    """Apply ``action`` to each selected item (of ``inspection``, or of any inspection the actor
    follows up: the desk's queue); flushes, the caller commits. Each item is checked on its own."""
    result = BulkResult(action=action)
    allowed = can(actor, "item.bulk", inspection) if inspection is not None else can(actor, "desk.review")
    if not allowed:
        result.failures.append("Bạn không có quyền thực hiện thao tác này.")
        return result
    if action not in BULK_ACTIONS:
        result.failures.append("Thao tác hàng loạt không hợp lệ.")
        return result
    if not item_ids:
        result.failures.append("Chưa chọn nhiệm vụ nào.")
        return result
    query = scope_to_user(select(Item).join(Item.finding).where(Item.id.in_(item_ids)), actor)
    if inspection is not None:
        query = query.where(Finding.inspection_id == inspection.id)
    items = db.session.scalars(query.order_by(Item.id)).all()
    for item in items:
        label = f"{item.unit.name} – {item.finding.short_text}"
        try:
            with db.session.begin_nested():
                if action == "extend":
                    extend_deadline(item, actor, new_deadline, text)
                else:
                    transition(item, action, actor, text=text)
            result.done += 1
        except WorkflowError as error:
            result.failures.append(f"{label}: {error.message}")
    return result
