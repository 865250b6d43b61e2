"""The API's OpenAPI 3 document, built with apispec from the URL map and the views' docstrings,
and a readable page listing it (served by the app itself, nothing from a CDN)."""

import re

from apispec import APISpec
from flask import Blueprint, current_app, jsonify, render_template

from tracker.access import ACTIONS
from tracker.api.errors import CODES, MESSAGES
from tracker.views.guard import requires

bp = Blueprint("docs", __name__)

PREFIX = "/api/v1"
_ARGUMENT = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")


def _error_schema() -> dict:
    return {"type": "object", "required": ["code", "message"],
            "properties": {"code": {"type": "string", "enum": sorted(set(CODES.values()) | {"read_only_token"})},
                           "message": {"type": "string", "description": "Vietnamese"}}}


def build_spec() -> dict:
    """The OpenAPI document of every ``/api/v1`` route: path, method, summary from the view's
    docstring, the access action it requires, its path parameters and error answers."""
    spec = APISpec(title="Theo dõi khắc phục – API", version="1", openapi_version="3.0.3",
                   info={"description": "Gọi bằng mã truy cập cá nhân: Authorization: Bearer <mã>."})
    spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer"})
    spec.components.schema("Error", _error_schema())
    paths: dict[str, dict] = {}
    for rule in current_app.url_map.iter_rules():
        if not rule.rule.startswith(PREFIX + "/"):
            continue
        view = current_app.view_functions[rule.endpoint]
        action = view.access_action
        doc = (view.__doc__ or "").strip()
        path = _ARGUMENT.sub(r"{\1}", rule.rule)
        parameters = [{"name": name, "in": "path", "required": True,
                       "schema": {"type": "integer", "minimum": 1}} for name in sorted(rule.arguments)]
        responses = {"200": {"description": "Thành công"}}
        for status in (400, 401, 403, 404, 409, 422, 429):
            responses[str(status)] = {"description": MESSAGES[status], "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            operation = {"operationId": rule.endpoint.replace(".", "_") + f"_{method.lower()}",
                         # The summary in Vietnamese (the access table's words), the docstring below it.
                         "summary": "Tài liệu API" if ACTIONS[action].scope == "public" else ACTIONS[action].label,
                         "description": doc,
                         "x-access-action": action, "tags": [rule.endpoint.split(".")[1]],
                         "parameters": parameters, "responses": responses}
            if ACTIONS[action].scope != "public":
                operation["security"] = [{"bearer": []}]
            else:
                operation["security"] = []
            paths.setdefault(path, {})[method.lower()] = operation
    for path, operations in sorted(paths.items()):
        spec.path(path=path, operations=operations)
    return spec.to_dict()


@bp.get("/openapi.json")
@requires("public")
def openapi():
    """The OpenAPI 3 document of this API."""
    return jsonify(build_spec())


@bp.get("/docs")
@requires("public")
def page():
    """A readable page of the API: every path, method, summary and required access."""
    return render_template("api/docs.html", spec=build_spec())
