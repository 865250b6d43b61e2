"""Blueprints, template helpers and the request-level glue (login, CSRF, errors)."""

from flask import Flask, redirect, request, url_for
from flask_login import current_user

from tracker.access import can
from tracker.categories import CATEGORIES, category_label
from tracker.clock import now_utc, today, vn_date, vn_datetime
from tracker.extensions import login_manager
from tracker.models import STATE_SHORT, STATES
from tracker.operations.bulk import BULK_ACTIONS
from tracker.queries.timestatus import TIME_STATUSES, deadline_badge
from tracker.text import percent


def filesize(size: int) -> str:
    """A file size as people read it: "850 byte", "12,5 KB", "3,2 MB" (Vietnamese decimal comma)."""
    if size < 1024:
        return f"{size} byte"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}".replace(".", ",")
    return ""


def register(app: Flask) -> None:
    """Attach blueprints, filters and handlers to ``app``."""
    from tracker import api
    from tracker.views import (
        accounts,
        admin,
        auth,
        board,
        desk,
        errors,
        health,
        imports,
        inputs,
        inspections,
        items,
        reminders,
        reports,
        sessions,
        tokens,
        vendor,
    )

    inputs.register(app)  # first: the bounded id converter must exist before any route is added
    for module in (auth, board, desk, items, imports, inspections, reports, reminders, admin, accounts, tokens, health, vendor):
        app.register_blueprint(module.bp)
    errors.register(app)
    api.register(app)

    app.add_template_filter(vn_date, "vn_date")
    app.add_template_filter(vn_datetime, "vn_datetime")
    app.add_template_filter(filesize, "filesize")
    app.add_template_filter(category_label, "category_label")
    app.add_template_filter(percent, "percent")
    app.add_template_global(TIME_STATUSES, "TIME_STATUSES")
    app.add_template_global(STATES, "STATES")
    app.add_template_global(STATE_SHORT, "STATE_SHORT")
    app.add_template_global(deadline_badge, "deadline_badge")
    app.add_template_global(today, "today")
    app.add_template_global(now_utc, "now_local")
    app.add_template_global(CATEGORIES, "CATEGORIES")
    app.add_template_global(BULK_ACTIONS, "BULK_ACTIONS")
    app.add_template_global(lambda action, obj=None: can(current_user, action, obj), "can")

    login_manager.login_view = "auth.login"
    login_manager.login_message = "Vui lòng đăng nhập để tiếp tục."
    login_manager.login_message_category = "warning"

    login_manager.user_loader(sessions.load_user)
    sessions.register(app)

    @login_manager.unauthorized_handler
    def unauthorized():
        """An expired session on an htmx request sends the whole page to the login form."""
        target = url_for("auth.login", next=request.full_path if request.method == "GET" else None)
        if request.headers.get("HX-Request"):
            return "", 401, {"HX-Redirect": target}
        return redirect(target)

    @app.after_request
    def vary_on_htmx(response):
        response.headers.add("Vary", "HX-Request")  # the security headers come from Talisman
        return response

    @app.context_processor
    def inject_user():
        return {"current_user": current_user}
