"""The item list (first page after sign-in), the item page and workflow actions."""

import logging

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from tracker.extensions import db
from tracker.services.items import get_visible_item, item_history, item_time_status, list_items
from tracker.workflow import WorkflowError, allowed_triggers, transition

bp = Blueprint("items", __name__)
log = logging.getLogger(__name__)


@bp.get("/")
@login_required
def index():
    """Every item the user may see, with its state, time status and the buttons they may press."""
    return render_template("items/index.html", rows=list_items(current_user))


@bp.get("/items/<int:item_id>")
@login_required
def show(item_id: int):
    """One item: the finding, its deadline, its history. Another unit's item is a 404."""
    item = get_visible_item(current_user, item_id) or abort(404)
    return render_template(
        "items/show.html",
        item=item,
        time_status=item_time_status(item),
        triggers=allowed_triggers(item, current_user),
        history=item_history(item),
    )


@bp.post("/items/<int:item_id>/<trigger>")
@login_required
def fire(item_id: int, trigger: str):
    """Fire a workflow trigger; the form carries the version it was rendered from."""
    item = get_visible_item(current_user, item_id) or abort(404)
    try:
        version = int(request.form.get("version", ""))
    except ValueError:
        version = None
    try:
        record = transition(
            item, trigger, current_user, text=request.form.get("text"), expected_version=version
        )
        db.session.commit()
        flash(f"Đã {record.action_label.lower()}: {item.finding.short_text}", "success")
    except WorkflowError as error:
        db.session.rollback()
        log.info("transition %s on item %s by %s refused: %s",
                 trigger, item_id, current_user.email, error.message)
        flash(error.message, "error")
    return redirect(_back(item_id))


def _back(item_id: int) -> str:
    """Return to the page the form was on (the list or the item page)."""
    if request.form.get("back") == "item":
        return url_for("items.show", item_id=item_id)
    return url_for("items.index") + f"#item-{item_id}"
