"""The tracker's tables, one module per aggregate."""

from tracker.models import search  # noqa: F401,E402  (keeps the folded search columns)
from tracker.models.inspection import Finding, Inspection
from tracker.models.item import ACTIONS, STATE_SHORT, STATES, Evidence, Item, ItemEvent
from tracker.models.notice import NOTICE_KINDS, Notice
from tracker.models.outbox import MESSAGE_KINDS, OUTBOX_STATUSES, JobRun, OutboxMessage
from tracker.models.token import TOKEN_SCOPES, ApiToken
from tracker.models.unit import UNIT_KINDS, Unit
from tracker.models.user import ROLES, LoginFailure, RevokedSession, User

__all__ = [
    "ACTIONS",
    "ApiToken",
    "MESSAGE_KINDS",
    "NOTICE_KINDS",
    "OUTBOX_STATUSES",
    "ROLES",
    "STATE_SHORT",
    "STATES",
    "TOKEN_SCOPES",
    "UNIT_KINDS",
    "Evidence",
    "Finding",
    "Inspection",
    "Item",
    "ItemEvent",
    "JobRun",
    "LoginFailure",
    "Notice",
    "OutboxMessage",
    "RevokedSession",
    "Unit",
    "User",
]
