"""How the API writes the tracker's objects as JSON (dates in ISO 8601, times in UTC)."""

from flask import request, url_for

from tracker.api.errors import ApiError
from tracker.models import Evidence, Item, ItemEvent
from tracker.sanitize import parse_id

MAX_PER_PAGE = 100


def _iso(value):
    return value.isoformat() if value is not None else None


def page_args() -> tuple[int, int]:
    """``page`` and ``per_page`` from the query string (per_page 1 … 100, 20 by default)."""
    page = parse_id(request.args.get("page")) or 1 if request.args.get("page") else 1
    per_page = parse_id(request.args.get("per_page")) if request.args.get("per_page") else 20
    if per_page is None or per_page > MAX_PER_PAGE:
        raise ApiError(400, f"“per_page” phải từ 1 đến {MAX_PER_PAGE}.")
    return min(page, 1_000_000), per_page


def item_json(item: Item, time_status: str, triggers) -> dict:
    """An item as the list shows it: its finding, unit, state, deadlines and allowed triggers."""
    finding = item.finding
    return {
        "id": item.id, "version": item.version, "state": item.state, "time_status": time_status,
        "inspection_id": finding.inspection_id, "finding_id": finding.id, "finding": finding.text,
        "unit_id": item.unit_id, "unit": item.unit.name,
        "deadline": _iso(item.deadline), "original_deadline": _iso(item.original_deadline),
        "effective_deadline": _iso(item.effective_deadline),
        "requested_deadline": _iso(item.requested_deadline), "requested_reason": item.requested_reason,
        "remedy": item.remedy, "progress": item.progress,
        "reported_at": _iso(item.reported_at), "verified_at": _iso(item.verified_at),
        "returned_at": _iso(item.returned_at), "returned_reason": item.returned_reason,
        "updated_at": _iso(item.updated_at),
        "triggers": [rule.trigger for rule in triggers],
    }


def event_json(event: ItemEvent) -> dict:
    """One line of an item's history."""
    return {"id": event.id, "at": _iso(event.at), "action": event.action, "label": event.action_label,
            "from_state": event.from_state, "to_state": event.to_state, "comment": event.comment,
            "actor": event.actor.full_name if event.actor else None,
            "old_deadline": _iso(getattr(event, "old_deadline", None)),
            "new_deadline": _iso(getattr(event, "new_deadline", None))}


def evidence_json(evidence: Evidence) -> dict:
    """An evidence file's description and where to download it."""
    return {"id": evidence.id, "filename": evidence.original_filename, "content_type": evidence.content_type,
            "size": evidence.size, "uploaded_at": _iso(evidence.uploaded_at),
            "download_url": url_for("api.evidence.download", evidence_id=evidence.id)}
