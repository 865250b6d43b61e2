"""The two mornings in Chromium, at phone and desktop width: every action answers with a message
inside the viewport. Screenshots go to ``test-output/browser/``."""

from datetime import date
from pathlib import Path

import pytest

from tracker.extensions import db
from tracker.operations.items import transition

from browser_support import login, pytestmark  # noqa: F401  (the skip mark applies here)
from factories import items_of, make_inspection, make_unit, make_user

OUTPUT = Path(__file__).resolve().parent.parent / "test-output" / "browser"
PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def morning():
    """Canh Nậu with three open items; Xuân Lương with five reported ones; their officers; Nội vụ."""
    canh_nau, xuan_luong = make_unit("Canh Nậu"), make_unit("Xuân Lương")
    officer = make_user("officer", canh_nau, email="canhnau@test.vn")
    other = make_user("officer", xuan_luong, email="xuanluong@test.vn")
    make_user("coordinator", email="noivu@test.vn")
    make_inspection([canh_nau], findings=3, deadline=date(2099, 12, 31))
    for item in items_of(make_inspection([xuan_luong], findings=5, deadline=date(2099, 12, 31))):
        transition(item, "report", other, text="Đã khắc phục, kèm biên bản.")
    db.session.commit()
    return officer


def _watch_csp(page) -> list[str]:
    """Collect the browser's Content-Security-Policy complaints (the policy is on in these tests)."""
    complaints: list[str] = []
    page.on("console", lambda message: complaints.append(message.text)
            if "Content Security Policy" in message.text else None)
    return complaints


def _toast_in_view(page, text: str) -> None:
    toast = page.locator("#messages .flash", has_text=text).last
    toast.wait_for()
    box = toast.bounding_box()
    height = page.viewport_size["height"]
    assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= height, (box, height)


@pytest.mark.parametrize("width", [360, 1366])
def test_officer_morning(browser, server, morning, width, tmp_path):
    """Desk → start an item (htmx) → add evidence → report it: each step's message is in view."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(viewport={"width": width, "height": 800}).new_page()
    complaints = _watch_csp(page)
    login(page, server, "canhnau@test.vn")
    assert page.url.endswith("/desk/")
    card = page.locator(".card-item").first
    card.scroll_into_view_if_needed()
    card.get_by_role("button", name="Bắt đầu thực hiện").click()
    _toast_in_view(page, "Đã bắt đầu thực hiện")
    page.screenshot(path=str(OUTPUT / f"officer-morning-start-{width}.png"))
    page.locator(".card-item a.card-title").first.click()
    evidence = tmp_path / "bien-ban.pdf"
    evidence.write_bytes(PDF)
    page.set_input_files("input[name=files]", str(evidence))
    page.click("#evidence button[type=submit]")
    _toast_in_view(page, "Đã thêm 1 tệp minh chứng")
    page.locator("summary", has_text="Báo cáo hoàn thành").first.click()
    page.fill("details.needs-text[open] textarea[name=text]", "Đã niêm yết lại, kèm biên bản.")
    page.locator("details.needs-text[open] button[type=submit]").click()
    _toast_in_view(page, "Đã báo cáo hoàn thành")
    page.screenshot(path=str(OUTPUT / f"officer-morning-report-{width}.png"))
    assert complaints == []  # everything above worked under the Content-Security-Policy


@pytest.mark.parametrize("width", [360, 1366])
def test_coordinator_morning(browser, server, morning, width, app):
    """Queue → select all → bulk verify after a confirm → return one with a reason → the officer
    sees "Bị trả lại" with it."""
    page = browser.new_context(viewport={"width": width, "height": 800}).new_page()
    complaints = _watch_csp(page)
    login(page, server, "noivu@test.vn")
    page.goto(f"{server}/desk/review")
    page.check("input[data-select-all]")
    first_id = page.locator("input[name=item_id]").first.get_attribute("value")
    page.locator("input[name=item_id]").first.uncheck()  # keep one to return
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#desk-bulk button[type=submit]")
    _toast_in_view(page, "Đã xác nhận hoàn thành 4 nhiệm vụ")
    page.screenshot(path=str(OUTPUT / f"coordinator-morning-verify-{width}.png"))
    page.goto(f"{server}/items/{first_id}")
    page.locator("summary", has_text="Trả lại").first.click()
    page.fill("details.needs-text[open] textarea[name=text]", "Thiếu ảnh chụp bàn quầy.")
    page.locator("details.needs-text[open] button[type=submit]").click()
    _toast_in_view(page, "Đã trả lại")
    officer = browser.new_context(viewport={"width": width, "height": 800}).new_page()
    login(officer, server, "xuanluong@test.vn")
    returned = officer.locator("#group-returned")
    assert "Bị trả lại" in returned.inner_text() and "Thiếu ảnh chụp bàn quầy." in returned.inner_text()
    officer.screenshot(path=str(OUTPUT / f"officer-returned-{width}.png"), full_page=True)
    assert complaints == []
