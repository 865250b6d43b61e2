"""An item: its page, workflow buttons (htmx-aware), texts, comments, evidence, deadlines."""

import logging

from flask import (
    Blueprint,
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_login import current_user

from tracker.clock import today
from tracker.extensions import db, talisman
from tracker.forms import FormError, clean_text, parse_date, parse_version
from tracker.models import Evidence, Item
from tracker.operations import items as item_actions
from tracker.operations.evidence import (
    PREVIEWABLE,
    EvidenceError,
    add_evidence,
    evidence_path,
)
from tracker.operations.evidence import delete_evidence as remove_evidence
from tracker.operations.items import transition
from tracker.queries.board import card_for, unit_state_counts
from tracker.queries.inspections import visible_inspections
from tracker.queries.items import (
    SORTS,
    ItemSearch,
    item_history,
    item_time_status,
    search_items,
    units_in_scope,
)
from tracker.views.fragments import render_page_or_block
from tracker.views.guard import load_or_404, requires, safe_back
from tracker.workflow import WorkflowError, allowed_triggers

bp = Blueprint("items", __name__)
log = logging.getLogger(__name__)


def _item_or_404(item_id: int) -> Item:
    return load_or_404(Item, item_id, "item.read")


def _back(item_id: int) -> str:
    """Return to the page the form was on, if it is on this site; else the item page."""
    return safe_back(url_for("items.show", item_id=item_id))


@bp.get("/items")
@requires("item.list")
def index():
    """Every item the user may see, across inspections: searchable (case and diacritics
    ignored), filtered, sorted and paged, all kept in the URL; htmx gets the results only."""
    result = search_items(current_user, ItemSearch.from_args(request.args))
    response = make_response(render_page_or_block(
        "items/index.html", {"items-results": "results"}, result=result, search=result.search,
        sorts=SORTS, inspections=visible_inspections(current_user), units=units_in_scope(current_user)))
    if request.headers.get("HX-Request"):  # the address bar keeps the search, without empty fields
        response.headers["HX-Push-Url"] = url_for("items.index", **result.search.to_args(page=result.search.page))
    return response


@bp.get("/items/<int:item_id>")
@requires("item.read")
def show(item_id: int):
    """One item: finding, remedy, progress, evidence, deadline, history. Another unit's is a 404."""
    return _page(_item_or_404(item_id))


def _page(item, *, failed: str | None = None, error: str | None = None, status: int = 200):
    """The item page; after a refused form, the same page with that form as the user typed it
    (``failed`` names the form's endpoint) and the reason beside it, so nothing typed is lost."""
    return render_template(
        "items/show.html",
        item=item,
        time_status=item_time_status(item),
        triggers=allowed_triggers(item, current_user),
        history=item_history(item),
        failed=failed, error=error, typed=request.form if failed else {},
    ), status


@bp.post("/items/<int:item_id>/transition/<trigger>")
@requires("item.transition")
def fire(item_id: int, trigger: str):
    """Fire a workflow trigger. htmx gets the new card and the board's counters out-of-band;
    a plain POST is redirected back with a message."""
    item = _item_or_404(item_id)
    error = None
    try:
        record = transition(item, trigger, current_user, text=request.form.get("text"),
                            expected_version=parse_version(request.form.get("version")))
        db.session.commit()
        message = f"Đã {record.action_label.lower()}: {item.finding.short_text}"
    except WorkflowError as refused:
        db.session.rollback()
        log.info("transition %s on item %s by %s refused: %s",
                 trigger, item_id, current_user.email, refused.message)
        error = message = refused.message
        item = _item_or_404(item_id)  # reload: show the current state, not ours
    if request.headers.get("HX-Request"):
        return render_template(
            "board/_transition_result.html",
            card=card_for(item, current_user, today()),
            counts=unit_state_counts(item.finding.inspection_id, item.unit_id),
            moved=error is None and request.form.get("from_state") != item.state,
            error=error, message=message,
        )
    flash(message, "error" if error else "success")
    if error and request.form.get("text") and not request.form.get("context"):
        return _page(item, failed=f"items.fire:{trigger}", error=error, status=422)
    return redirect(_back(item_id))


def _act(item_id: int, action, success: str):
    """Run an item action, commit, flash the outcome, and go back (messages in Vietnamese).

    A refusal (a wrong date, a stale page, a missing reason, a refused file) shows the item page
    again with the form as typed and the reason beside it (422): nothing the user typed is lost."""
    item = _item_or_404(item_id)
    try:
        done = action(item)
        db.session.commit()
        if done is not None:
            flash(success, "success")
    except (WorkflowError, FormError, EvidenceError) as error:
        db.session.rollback()
        message = getattr(error, "message", None) or str(error)
        log.info("action on item %s by %s refused: %s", item_id, current_user.email, message)
        flash(message, "error")
        return _page(_item_or_404(item_id), failed=request.endpoint, error=message, status=422)
    return redirect(_back(item_id))


@bp.post("/items/<int:item_id>/texts")
@requires("item.edit")
def edit_texts(item_id: int):
    """Save the remedy plan and the progress note."""
    form = request.form
    return _act(item_id, lambda item: item_actions.edit_texts(
        item, current_user, clean_text(form.get("remedy")), clean_text(form.get("progress")),
        parse_version(form.get("version"))) or None, "Đã lưu giải pháp và tiến độ.")


@bp.post("/items/<int:item_id>/comments")
@requires("item.comment")
def comment(item_id: int):
    """Add a comment to the history."""
    return _act(item_id, lambda item: item_actions.add_comment(
        item, current_user, clean_text(request.form.get("text"), 5000)), "Đã gửi ý kiến.")


@bp.post("/items/<int:item_id>/evidence")
@requires("item.evidence")
def upload_evidence(item_id: int):
    """Upload one or more evidence files."""
    files = request.files.getlist("files")
    return _act(item_id, lambda item: add_evidence(item, current_user, files,
                                                   clean_text(request.form.get("note"), 2000)),
                f"Đã thêm {len([f for f in files if f.filename])} tệp minh chứng.")


@bp.get("/evidence/<int:evidence_id>")
@requires("item.read")
def download_evidence(evidence_id: int):
    """Download an evidence file, as an attachment with its original name, if the item is visible."""
    evidence = load_or_404(Evidence, evidence_id, "item.read")
    path = evidence_path(evidence)
    if not path.exists():
        log.error("evidence %s missing on disk: %s", evidence.id, path)
        abort(404)
    return send_file(path, mimetype=evidence.content_type, as_attachment=True,
                     download_name=evidence.original_filename, max_age=0)


@bp.get("/evidence/<int:evidence_id>/view")
@talisman(content_security_policy="sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'",
          frame_options="SAMEORIGIN")
@requires("item.read")
def view_evidence(evidence_id: int):
    """Show a PDF or an image in the browser (other types download); framed by the app only."""
    evidence = load_or_404(Evidence, evidence_id, "item.read")
    path = evidence_path(evidence)
    if not path.exists():
        log.error("evidence %s missing on disk: %s", evidence.id, path)
        abort(404)
    inline = evidence.content_type in PREVIEWABLE
    response = send_file(path, mimetype=evidence.content_type, as_attachment=not inline,
                         download_name=evidence.original_filename, max_age=0)
    return response


@bp.post("/evidence/<int:evidence_id>/delete")
@requires("evidence.delete")
def delete_evidence(evidence_id: int):
    """Delete one's own file before the item is reported (recorded in the history)."""
    evidence = load_or_404(Evidence, evidence_id, "item.read")
    item_id, name = evidence.item_id, evidence.original_filename
    try:
        path = remove_evidence(evidence, current_user)
        db.session.commit()
    except WorkflowError as error:
        db.session.rollback()
        flash(error.message, "error")
        return redirect(_back(item_id))
    path.unlink(missing_ok=True)  # only once the database no longer points at it
    flash(f"Đã xóa tệp minh chứng “{name}”.", "success")
    return redirect(_back(item_id))


@bp.post("/items/<int:item_id>/extend")
@requires("item.extend")
def extend(item_id: int):
    """A coordinator sets a new deadline, with a reason."""
    form = request.form
    return _act(item_id, lambda item: item_actions.extend_deadline(
        item, current_user, parse_date(form.get("deadline")), clean_text(form.get("text"), 2000),
        parse_version(form.get("version"))), "Đã gia hạn nhiệm vụ.")


@bp.post("/items/<int:item_id>/extension-request")
@requires("item.request_extension")
def request_extension(item_id: int):
    """An officer asks for a new deadline, with a reason."""
    form = request.form
    return _act(item_id, lambda item: item_actions.request_extension(
        item, current_user, parse_date(form.get("deadline")), clean_text(form.get("text"), 2000),
        parse_version(form.get("version"))), "Đã gửi đề nghị gia hạn tới đơn vị theo dõi đợt kiểm tra.")


@bp.post("/items/<int:item_id>/extension-decision")
@requires("item.decide_extension")
def decide_extension(item_id: int):
    """A coordinator approves or refuses a pending extension request."""
    form = request.form
    approve = form.get("decision") == "approve"
    return _act(item_id, lambda item: item_actions.decide_extension(
        item, current_user, approve, clean_text(form.get("text"), 2000),
        parse_version(form.get("version"))),
        "Đã đồng ý gia hạn." if approve else "Đã không đồng ý gia hạn.")
