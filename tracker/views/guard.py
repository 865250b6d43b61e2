"""How a request meets the access table: every route declares its action, objects are loaded
through ``load_or_404``, and form redirects stay on this site.

``requires(action)`` marks a view with the action it serves (a test walks the URL map and fails
on a route without one), sends anonymous users to the login page and refuses, with a 403, a role
that may never take the action (the same answer whatever id the URL names, so it reveals
nothing). ``load_or_404`` then checks the object itself: one the user may not read is a 404, as if
it did not exist (never a 403 that would confirm it does); one they may read but not act on is a
403, or the operation's Vietnamese refusal on a form.
"""

from functools import wraps

from flask import abort, request
from flask_login import current_user, login_required

from tracker.access import ACTIONS, PUBLIC, can
from tracker.extensions import db
from tracker.models import Evidence, Finding, Inspection, Item, Unit, User
from tracker.queries.items import get_item
from tracker.sanitize import MAX_ID, safe_target


def requires(action: str):
    """Declare the action a view serves and enforce its role-level check."""
    if action not in ACTIONS:
        raise KeyError(f"unknown action {action!r}")

    def decorate(view):
        if ACTIONS[action].scope == PUBLIC:
            view.access_action = action
            return view

        @wraps(view)
        @login_required
        def wrapper(*args, **kwargs):
            if not can(current_user, action):
                abort(403)
            return view(*args, **kwargs)

        wrapper.access_action = action
        return wrapper

    return decorate


READ_ACTIONS = {Item: "item.read", Evidence: "item.read", Inspection: "inspection.read",
                Finding: "inspection.read"}


def load_or_404(model, ident: int, action: str):
    """The object ``model``/``ident`` if the signed-in user may take ``action`` on it.

    Not there, or outside the user's jurisdiction: 404. Readable but not for this action: 403.
    Units and users (no read action of their own) are checked against ``action`` alone, as a 404.
    """
    if not 0 < ident <= MAX_ID:
        abort(404)
    obj = get_item(ident) if model is Item else db.session.get(model, ident)
    if obj is None:
        abort(404)
    read = READ_ACTIONS.get(model)
    target = obj.item if model is Evidence else obj  # a file is read as part of its item
    if not can(current_user, read or action, target):
        abort(404)
    if read and action != read and not can(current_user, action, target):
        abort(403)
    return obj


def load_unit_board_or_404(inspection_id: int, unit_id: int, action: str = "board.unit"):
    """An inspection and one of its units, if the user may take ``action`` on that unit's part
    of it: a 404 when they may not read it, a 403 when they may read it but not do this."""
    inspection = load_or_404(Inspection, inspection_id, "inspection.read")
    unit = db.session.get(Unit, unit_id) if 0 < unit_id <= MAX_ID else None
    if unit is None or not can(current_user, "board.unit", (inspection, unit)):
        abort(404)
    if not can(current_user, action, (inspection, unit)):
        abort(403)
    return inspection, unit


def load_user_or_404(user_id: int) -> User:
    """An account, for the administrators who manage them."""
    return load_or_404(User, user_id, "user.manage")


def safe_back(default: str) -> str:
    """Where a form wants to return to (its ``back`` field), if it stays on this site."""
    return safe_target(request.form.get("back")) or default
