"""Feedback that is always seen, pages without inline code, and the overview's cheap refresh."""

import re
from pathlib import Path

from tracker.extensions import db
from tracker.operations.items import transition

from factories import items_of, make_inspection, make_unit, make_user

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def test_templates_hold_no_inline_script_style_or_handlers():
    """No inline <script>, no style attribute, no on*/hx-on handler in page templates (the
    Content-Security-Policy allows our own static files only). Email templates are exempt."""
    offenders = []
    for path in TEMPLATES.rglob("*.html"):
        if path.parts[-2] == "email":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"<script(?![^>]*\bsrc=)", text) or re.search(r"\sstyle=\"", text) \
                or re.search(r"\s(on[a-z]+|hx-on[:\w-]*)=", text):
            offenders.append(path.name)
    assert offenders == []


def _district(count: int = 2):
    units = [make_unit(f"Xã {n}") for n in range(count)]
    coordinator = make_user("coordinator", email="noivu@test.vn")
    inspection = make_inspection(units, findings=2)
    db.session.commit()
    return inspection, units, coordinator


def test_messages_live_in_the_fixed_toast_area(client, auth):
    """Every page has one polite live region for messages; a transition answers into it."""
    inspection, units, _ = _district()
    make_user("officer", units[0], email="canbo@test.vn")
    db.session.commit()
    auth.login("canbo@test.vn")
    page = client.get(f"/inspections/{inspection.id}/units/{units[0].id}").get_data(as_text=True)
    assert page.count('id="messages"') == 1 and 'class="toasts" aria-live="polite"' in page
    assert "app.js" in page and "favicon.svg" in page
    item = items_of(inspection)[0]
    answer = auth.post(f"/items/{item.id}/transition/start", {"version": item.version, "context": "board"},
                       headers={"HX-Request": "true"}).get_data(as_text=True)
    assert 'hx-swap-oob="beforeend:#messages"' in answer and "flash-success" in answer
    refused = auth.post(f"/items/{item.id}/transition/start", {"version": item.version, "context": "board"},
                        headers={"HX-Request": "true"}).get_data(as_text=True)
    assert 'hx-swap-oob="beforeend:#messages"' in refused and "flash-error" in refused


def test_overview_poll_answers_204_when_nothing_changed(client, auth):
    """The minute's refresh gets 204 while the inspection is unchanged, the page after a change."""
    inspection, units, coordinator = _district()
    auth.login("noivu@test.vn")
    page = client.get(f"/inspections/{inspection.id}").get_data(as_text=True)
    version = re.search(r'"X-Board-Version": "([0-9a-f]+)"', page).group(1)
    url = re.search(r'id="overview-body" hx-get="([^"]+)"', page).group(1).replace("&amp;", "&")
    headers = {"HX-Request": "true", "X-Board-Version": version}
    assert client.get(url, headers=headers).status_code == 204
    item = items_of(inspection)[0]
    transition(item, "start", coordinator)
    db.session.commit()
    fresh = client.get(url, headers=headers)
    assert fresh.status_code == 200 and 'id="overview-body"' in fresh.get_data(as_text=True)


def test_clearing_filters_keeps_the_sort(client, auth):
    """"Bỏ lọc" returns to the overview with the sort and direction as two parameters."""
    inspection, *_ = _district()
    auth.login("noivu@test.vn")
    page = client.get(f"/inspections/{inspection.id}?sort=name&dir=asc&state=open").get_data(as_text=True)
    link = re.search(r'href="([^"]+)">Bỏ lọc', page).group(1).replace("&amp;", "&")
    assert link == f"/inspections/{inspection.id}?sort=name&dir=asc"
