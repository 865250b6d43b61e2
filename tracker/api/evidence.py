"""``/api/v1`` evidence files (minh chứng): upload to an item, download one."""

from flask import Blueprint, jsonify, request, send_file
from flask_login import current_user

from tracker.api.errors import ApiError
from tracker.api.serialize import evidence_json
from tracker.extensions import db
from tracker.forms import FormError, clean_text
from tracker.models import Evidence, Item
from tracker.operations.evidence import EvidenceError, add_evidence, evidence_path
from tracker.views.guard import load_or_404, requires
from tracker.workflow import WorkflowError

bp = Blueprint("evidence", __name__)


@bp.post("/items/<int:item_id>/evidence")
@requires("item.evidence")
def upload(item_id: int):
    """Upload one or more files (multipart field ``files``, optional ``note``)."""
    item = load_or_404(Item, item_id, "item.evidence")
    try:
        added = add_evidence(item, current_user, request.files.getlist("files"),
                             clean_text(request.form.get("note"), 2000))
        db.session.commit()
    except (WorkflowError, EvidenceError, FormError) as refused:
        raise ApiError(422, getattr(refused, "message", None) or str(refused)) from None
    return jsonify(evidence=[evidence_json(evidence) for evidence in added]), 201


@bp.get("/evidence/<int:evidence_id>")
@requires("item.read")
def download(evidence_id: int):
    """Download an evidence file with its original name."""
    evidence = load_or_404(Evidence, evidence_id, "item.read")
    path = evidence_path(evidence)
    if not path.exists():
        raise ApiError(404, "Tệp minh chứng không còn trên máy chủ.")
    return send_file(path, mimetype=evidence.content_type, as_attachment=True,
                     download_name=evidence.original_filename, max_age=0)
