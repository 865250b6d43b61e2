"""Third-party browser scripts, served from installed Python packages (never a CDN, never copied
into this repository): government intranets are often offline."""

import importlib.util
from pathlib import Path

from flask import Blueprint, abort, send_file

from tracker.views.guard import requires

bp = Blueprint("vendor", __name__, url_prefix="/vendor")

# file name -> (package, path inside the package)
ASSETS = {
    "htmx.min.js": ("forgehtmx", "static/htmx/htmx.min.js"),
}


def asset_path(name: str) -> Path | None:
    """Where an installed package keeps ``name`` (without importing the package)."""
    package, inner = ASSETS[name]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / inner
    return path if path.exists() else None


@bp.get("/<name>")
@requires("public")
def asset(name: str):
    """Serve a vendored asset with a long cache lifetime."""
    if name not in ASSETS:
        abort(404)
    path = asset_path(name)
    if path is None:
        abort(404)
    return send_file(path, mimetype="text/javascript", max_age=7 * 24 * 3600)
