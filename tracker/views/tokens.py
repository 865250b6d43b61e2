"""Everyone's own personal access tokens for the API (mã truy cập): create, list, revoke."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.extensions import db
from tracker.models import TOKEN_SCOPES
from tracker.operations import tokens as token_service
from tracker.sanitize import parse_id
from tracker.views.guard import requires

bp = Blueprint("tokens", __name__)


def _page(secret: str | None = None, status: int = 200):
    return render_template("accounts/tokens.html", tokens=token_service.user_tokens(current_user),
                           scopes=TOKEN_SCOPES, secret=secret), status


@bp.route("/account/tokens", methods=["GET", "POST"])
@requires("account.self")
def tokens():
    """List the user's tokens with their last use; a POST creates one and shows its secret once."""
    if request.method == "GET":
        return _page()
    form = request.form
    try:
        _, secret = token_service.create_token(current_user, form.get("name", ""), form.get("scope", ""),
                                               parse_id(form.get("days")) or 0)
    except token_service.TokenError as error:
        db.session.rollback()
        flash(str(error), "error")
        return _page(status=422)
    db.session.commit()
    flash("Đã tạo mã truy cập. Hãy sao chép ngay: mã chỉ hiện một lần.", "success")
    return _page(secret)


@bp.post("/account/tokens/<int:token_id>/revoke")
@requires("account.self")
def revoke(token_id: int):
    """Revoke one of the user's own tokens (another user's token is a 404)."""
    if token_service.revoke_token(current_user, token_id) is None:
        abort(404)
    db.session.commit()
    flash("Đã thu hồi mã truy cập.", "success")
    return redirect(url_for("tokens.tokens"))
