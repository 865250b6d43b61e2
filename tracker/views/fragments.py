"""Render a page, or only one named block of it for an htmx request (chosen from an allow-list)."""

from flask import current_app, render_template, request


def render_block(template_name: str, block: str, **context) -> str:
    """Render one ``{% block %}`` of a template with the normal Flask template context."""
    template = current_app.jinja_env.get_template(template_name)
    current_app.update_template_context(context)
    return "".join(template.blocks[block](template.new_context(context)))


def render_page_or_block(template_name: str, blocks: dict[str, str], **context) -> str:
    """The whole page, or for htmx requests whose ``HX-Target`` names an allowed element, that
    element's block. ``blocks`` maps element ids to block names; the client cannot pick others."""
    target = request.headers.get("HX-Target", "")
    if request.headers.get("HX-Request") and target in blocks:
        return render_block(template_name, blocks[target], **context)
    return render_template(template_name, **context)
