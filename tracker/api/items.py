"""``/api/v1/items``: the items list with the board's filters, one item with its history and
evidence, and what people do to an item (transition, texts, comment, extensions)."""

from dataclasses import replace

from flask import Blueprint, jsonify, request
from flask_login import current_user

from tracker.api.errors import ApiError
from tracker.api.serialize import event_json, evidence_json, item_json, page_args
from tracker.clock import today
from tracker.extensions import db
from tracker.forms import FormError, clean_text, parse_date
from tracker.models import Item
from tracker.operations import items as item_actions
from tracker.operations.items import transition
from tracker.queries.items import (
    ItemSearch,
    item_history,
    item_time_status,
    search_items,
)
from tracker.views.guard import load_or_404, requires
from tracker.workflow import StaleVersion, WorkflowError, allowed_triggers

bp = Blueprint("items", __name__)


def _body() -> dict:
    """The request's JSON object (an empty one when there is none)."""
    data = request.get_json(silent=True)
    return data if isinstance(data, dict) else {}


def _version(body: dict) -> int | None:
    value = body.get("version")
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**31:
        raise ApiError(400, "Trường “version” phải là số nguyên.")
    return value


def _text(body: dict, name: str, limit: int = 10_000) -> str:
    value = body.get(name) or ""
    if not isinstance(value, str):
        raise ApiError(400, f"Trường “{name}” phải là chuỗi ký tự.")
    return clean_text(value, limit)


def _run(item_id: int, action):
    """Load the item (404 outside the jurisdiction), run one operation, commit, answer the item."""
    item = load_or_404(Item, item_id, "item.read")
    try:
        action(item)
        db.session.commit()
    except StaleVersion as stale:
        raise ApiError(409, stale.message) from None
    except WorkflowError as refused:
        raise ApiError(422, refused.message) from None
    except FormError as invalid:
        raise ApiError(400, str(invalid)) from None
    return jsonify(_full(load_or_404(Item, item_id, "item.read")))


def _full(item: Item) -> dict:
    """An item with its history, evidence list and the transitions this user may fire."""
    data = item_json(item, item_time_status(item), allowed_triggers(item, current_user))
    data["history"] = [event_json(event) for event in item_history(item)]
    data["evidence"] = [evidence_json(evidence) for evidence in item.evidence]
    return data


@bp.get("/items")
@requires("item.list")
def list_items():
    """Items the token's user may see, with the board's filters, search and pagination."""
    page, per_page = page_args()
    search = ItemSearch.from_args(request.args)
    search = replace(search, page=page)
    result = search_items(current_user, search, today(), per_page=per_page)
    return jsonify(
        items=[item_json(row.item, row.time_status, row.triggers) for row in result.rows],
        page=result.search.page, per_page=per_page, total=result.total,
        pages=max(1, -(-result.total // per_page)))


@bp.get("/items/<int:item_id>")
@requires("item.read")
def get_item(item_id: int):
    """One item with its history and evidence list."""
    return jsonify(_full(load_or_404(Item, item_id, "item.read")))


@bp.post("/items/<int:item_id>/transitions")
@requires("item.transition")
def fire(item_id: int):
    """Fire a workflow trigger (``start``, ``report``, ``verify``, ``return_``, ``reopen``);
    ``version`` guards against a stale read (409)."""
    load_or_404(Item, item_id, "item.read")
    body = _body()
    trigger = body.get("trigger")
    if not isinstance(trigger, str) or not trigger:
        raise ApiError(400, "Thiếu trường “trigger” (bước chuyển trạng thái).")
    version, text = _version(body), _text(body, "text")
    return _run(item_id, lambda item: transition(item, trigger, current_user, text=text or None,
                                                 expected_version=version))


@bp.post("/items/<int:item_id>/texts")
@requires("item.edit")
def edit_texts(item_id: int):
    """Save the remedy plan (``remedy``) and progress note (``progress``)."""
    load_or_404(Item, item_id, "item.read")
    body = _body()
    remedy, progress, version = _text(body, "remedy"), _text(body, "progress"), _version(body)
    return _run(item_id, lambda item: item_actions.edit_texts(item, current_user, remedy, progress, version))


@bp.post("/items/<int:item_id>/comments")
@requires("item.comment")
def comment(item_id: int):
    """Add a comment (``text``) to the item's history."""
    load_or_404(Item, item_id, "item.read")
    text = _text(_body(), "text", 5000)
    return _run(item_id, lambda item: item_actions.add_comment(item, current_user, text))


@bp.post("/items/<int:item_id>/extension-request")
@requires("item.request_extension")
def request_extension(item_id: int):
    """An officer asks for a new ``deadline`` (dd/mm/yyyy or yyyy-mm-dd) with a ``reason``."""
    load_or_404(Item, item_id, "item.read")
    body = _body()
    reason, version = _text(body, "reason", 2000), _version(body)
    deadline = _date(body)
    return _run(item_id, lambda item: item_actions.request_extension(item, current_user, deadline,
                                                                    reason, version))


@bp.post("/items/<int:item_id>/extension-decision")
@requires("item.decide_extension")
def decide_extension(item_id: int):
    """A coordinator approves (``approve``: true) or refuses (with a ``reason``) a request."""
    load_or_404(Item, item_id, "item.read")
    body = _body()
    approve = body.get("approve")
    if not isinstance(approve, bool):
        raise ApiError(400, "Trường “approve” phải là true hoặc false.")
    reason, version = _text(body, "reason", 2000), _version(body)
    return _run(item_id, lambda item: item_actions.decide_extension(item, current_user, approve,
                                                                   reason, version))


def _date(body: dict):
    value = body.get("deadline")
    if not isinstance(value, str):
        raise ApiError(400, "Thiếu trường “deadline” (ngày, ví dụ 2026-12-31).")
    try:
        return parse_date(value)
    except FormError as invalid:
        raise ApiError(400, str(invalid)) from None
