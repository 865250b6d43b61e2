"""The remediation workflow: one transition table, one shared ``transitions`` machine.

The table (``RULES``) is the only statement of where an item may move; who may move it is the
access table's (each rule names its action there). The machine executes the table,
``allowed_triggers`` asks it which buttons to show, and the tests iterate over it. Firing a
trigger, with its history line, is the ``transition`` operation (``tracker.operations.items``).

ORM objects are never attached to the machine (``add_model`` would rewrite stored states and
leave trigger methods on the instances): a trigger is fired with
``MACHINE.events[name].trigger(item, ...)``, which reads and writes ``item.state`` only.
"""

from dataclasses import dataclass

from transitions import Machine

from tracker.access import can
from tracker.clock import local_date
from tracker.models import STATES, Item, User


class WorkflowError(Exception):
    """A transition was refused; ``message`` is Vietnamese and safe to show the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAllowed(WorkflowError):
    """The user may not fire this trigger on this item, or something it needs is missing."""


class StaleVersion(WorkflowError):
    """Someone else changed the item since the user loaded it."""

    def __init__(self):
        super().__init__(
            "Nhiệm vụ này vừa được người khác cập nhật. Trang đã được tải lại với dữ liệu mới "
            "nhất; vui lòng kiểm tra rồi thực hiện lại."
        )


@dataclass(frozen=True)
class Rule:
    """One row of the transition table.

    ``action`` is the access table's name for it (who may fire it, on which items).
    ``needs`` names the text the trigger requires: ``"progress"`` (tiến độ) or ``"reason"`` (lý do).
    """

    trigger: str
    sources: tuple[str, ...]
    dest: str
    label: str
    action: str
    needs: str | None = None
    not_by_reporter: bool = False


RULES: tuple[Rule, ...] = (
    Rule("start", ("open",), "in_progress", "Bắt đầu thực hiện", "item.start"),
    Rule("report", ("open", "in_progress"), "reported", "Báo cáo hoàn thành", "item.report",
         needs="progress"),
    Rule("verify", ("reported",), "verified", "Xác nhận hoàn thành", "item.verify",
         not_by_reporter=True),
    Rule("return_", ("reported",), "in_progress", "Trả lại", "item.return", needs="reason"),
    Rule("reopen", ("verified",), "in_progress", "Mở lại", "item.reopen", needs="reason"),
)

RULES_BY_TRIGGER: dict[str, Rule] = {rule.trigger: rule for rule in RULES}

NEEDS_LABELS = {
    "progress": "Vui lòng nhập tiến độ, kết quả thực hiện trước khi báo cáo.",
    "reason": "Vui lòng nhập lý do.",
}


def may_act_on(rule: Rule, item: Item, user: User | None) -> bool:
    """Whether the access table lets ``user`` fire ``rule`` on ``item`` (text aside)."""
    if not can(user, rule.action, item):
        return False
    return not (rule.not_by_reporter and item.reported_by_id == user.id)


def refusal(item: Item, trigger: str, user: User | None, text: str | None) -> str | None:
    """Why ``user`` may not fire ``trigger`` on ``item`` now (Vietnamese), or None if they may."""
    rule = RULES_BY_TRIGGER.get(trigger)
    if rule is None:
        return "Thao tác không hợp lệ."
    if item.state not in rule.sources:
        return (
            f"Không thể “{rule.label.lower()}” khi nhiệm vụ đang ở trạng thái "
            f"“{STATES[item.state].lower()}”."
        )
    if not may_act_on(rule, item, user):
        if rule.not_by_reporter and user is not None and item.reported_by_id == user.id:
            return "Người đã báo cáo không được tự xác nhận kết quả của mình."
        return "Bạn không có quyền thực hiện thao tác này."
    if rule.needs and not (text or "").strip():
        return NEEDS_LABELS[rule.needs]
    if trigger == "report" and item.finding.inspection.requires_evidence and not item.evidence:
        return ("Đợt kiểm tra này yêu cầu báo cáo kèm ít nhất một tệp minh chứng: vui lòng tải minh "
                "chứng lên trước khi báo cáo hoàn thành.")
    return None


def _guard(event) -> bool:
    """Machine condition: the same check as ``refusal``, so the machine can never bypass it."""
    kwargs = event.kwargs
    return refusal(event.model, event.event.name, kwargs.get("actor"), kwargs.get("text")) is None


def _record_report(event) -> None:
    item, actor, text = event.model, event.kwargs["actor"], event.kwargs["text"].strip()
    moment = event.kwargs["moment"]
    item.progress = text
    item.reported_at = moment
    item.reported_on = local_date(moment)
    item.reported_by_id = actor.id
    item.returned_at = item.returned_reason = item.returned_by_id = None


def _record_verify(event) -> None:
    item = event.model
    item.verified_at = event.kwargs["moment"]
    item.verified_by_id = event.kwargs["actor"].id


def _clear_completion(event) -> None:
    item = event.model
    item.verified_at = None
    item.verified_by_id = None
    if event.event.name == "reopen":
        return
    item.reported_at = None
    item.reported_on = None
    item.reported_by_id = None
    # Bị trả lại: who sent it back, when and why, until it is reported again.
    item.returned_at = event.kwargs["moment"]
    item.returned_reason = (event.kwargs.get("text") or "").strip() or None
    item.returned_by_id = event.kwargs["actor"].id


EFFECTS = {
    "report": _record_report,
    "verify": _record_verify,
    "return_": _clear_completion,
    "reopen": _clear_completion,
}

MACHINE = Machine(
    model=None,
    states=list(STATES),
    initial="open",
    transitions=[
        {
            "trigger": rule.trigger,
            "source": list(rule.sources),
            "dest": rule.dest,
            "conditions": [_guard],
            "after": [EFFECTS[rule.trigger]] if rule.trigger in EFFECTS else [],
        }
        for rule in RULES
    ],
    auto_transitions=False,
    send_event=True,
    model_attribute="state",
)


def allowed_triggers(item: Item, user: User | None) -> list[Rule]:
    """The rules ``user`` may fire on ``item`` now: the buttons to show, in table order."""
    names = set(MACHINE.get_triggers(item.state))
    return [rule for rule in RULES if rule.trigger in names and may_act_on(rule, item, user)]


def fire(item: Item, trigger: str, actor: User, text: str | None, moment) -> None:
    """Move ``item`` by ``trigger`` on the shared machine, or raise ``NotAllowed`` with the reason.

    Changes the item only; the ``transition`` operation checks the version and writes history.
    """
    reason = refusal(item, trigger, actor, text)
    if reason:
        raise NotAllowed(reason)
    if not MACHINE.events[trigger].trigger(item, actor=actor, text=text, moment=moment):
        raise NotAllowed("Bạn không có quyền thực hiện thao tác này.")
