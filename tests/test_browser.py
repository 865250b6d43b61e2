"""End to end in headless Chromium (Debian's ``chromium``, driven by Playwright).

An officer starts and reports an item with an evidence file; the coordinator returns it; the
officer reports again; the coordinator verifies; the overview's counters change without a full
page reload; an officer cannot reach another commune's board. Screenshots of the overview, a unit
board and an item page go to ``test-output/browser/``.
"""

from datetime import datetime, timezone
from pathlib import Path

from tracker.extensions import db

from browser_support import login, pytestmark  # noqa: F401  (the skip mark applies here)

OUTPUT = Path(__file__).resolve().parent.parent / "test-output" / "browser"

def _press(page, item_id, label, text=None):
    """Press a card's button (opening its small form when it needs text) and wait for htmx. On a
    phone, first pick the card's column with the segmented control, as a person would."""
    card = page.locator(f"#card-{item_id}")
    if not card.is_visible():
        state = card.evaluate("el => el.closest('.column').className.match(/col-(\\w+)/)[1]")
        page.click(f"[data-segment={state}]")
    if text is None:
        with page.expect_response(lambda r: "/transition/" in r.url):
            card.get_by_role("button", name=label).click()
    else:
        card.locator("summary", has_text=label).click()
        card.locator("textarea[name=text]").fill(text)
        with page.expect_response(lambda r: "/transition/" in r.url):
            card.locator("form button[type=submit]", has_text=label).click()
    page.wait_for_timeout(100)  # let htmx settle the swap (not a clock wait: a render tick)


def test_remediation_round_trip(browser, server, district):
    """Officer and coordinator work an item to verified through the board, without full reloads."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    base, ids, item = server, district, district["item"]
    officer = browser.new_context(viewport={"width": 390, "height": 844}).new_page()  # a phone
    login(officer, base, "canhnau@test.vn")
    assert officer.url.endswith("/desk/")  # "Việc của tôi"
    officer.goto(f"{base}/inspections/{ids['inspection']}/units/{ids['canh_nau']}")
    officer.evaluate("window.__noReload = true")
    _press(officer, item, "Bắt đầu thực hiện")
    assert officer.locator(f"#cards-in_progress #card-{item}").count() == 1
    assert officer.locator("#count-in_progress").inner_text() == "1"
    assert officer.evaluate("window.__noReload") is True

    officer.goto(f"{base}/items/{item}")
    evidence = OUTPUT / "quyet-dinh.pdf"
    evidence.write_bytes(b"%PDF-1.4\n%%EOF\n")
    officer.set_input_files("input[name=files]", str(evidence))
    officer.click("#evidence button[type=submit]")
    assert "Đã thêm 1 tệp minh chứng." in officer.content()
    officer.goto(f"{base}/inspections/{ids['inspection']}/units/{ids['canh_nau']}")
    _press(officer, item, "Báo cáo hoàn thành", "Đã niêm yết lại mã QR, kèm quyết định.")
    assert officer.locator(f"#cards-reported #card-{item}").count() == 1

    coordinator = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    coordinator.clock.install(time=datetime.now(timezone.utc))
    login(coordinator, base, "noivu@test.vn")
    assert coordinator.url.endswith(f"/inspections/{ids['inspection']}")
    coordinator.evaluate("window.__noReload = true")
    coordinator.screenshot(path=str(OUTPUT / "overview.png"), full_page=True)
    coordinator.goto(f"{base}/inspections/{ids['inspection']}/units/{ids['canh_nau']}")
    _press(coordinator, item, "Trả lại", "Chưa có ảnh chụp bàn quầy.")
    assert coordinator.locator(f"#cards-in_progress #card-{item}").count() == 1

    officer.goto(f"{base}/desk/")
    returned = officer.locator("#group-returned").inner_text()
    assert "Bị trả lại" in returned and "Chưa có ảnh chụp bàn quầy." in returned
    officer.screenshot(path=str(OUTPUT / "officer-desk.png"), full_page=True)
    officer.goto(f"{base}/inspections/{ids['inspection']}/units/{ids['canh_nau']}")
    _press(officer, item, "Báo cáo hoàn thành", "Đã bổ sung ảnh chụp.")
    coordinator.reload()
    _press(coordinator, item, "Xác nhận hoàn thành")
    assert coordinator.locator(f"#cards-verified #card-{item}").count() == 1
    assert coordinator.locator("#unit-progress").inner_text().strip() == "33,3%"  # as the reports write it
    coordinator.screenshot(path=str(OUTPUT / "unit-board.png"), full_page=True)
    officer.screenshot(path=str(OUTPUT / "unit-board-phone.png"), full_page=True)

    coordinator.goto(f"{base}/inspections/{ids['inspection']}")
    coordinator.evaluate("window.__noReload = true")
    verified_cell = coordinator.locator("table.overview tbody tr").first.locator("td").nth(5)
    assert verified_cell.inner_text() in {"0", "1"}
    before = coordinator.locator("#overview-body").inner_text()
    # Someone else verifies more work meanwhile; the overview polls every minute: move its clock.
    from tracker.models import Item
    from tracker.operations.items import transition
    from tracker.models import User
    from sqlalchemy import select

    other = db.session.get(Item, item + 1)
    officer_user = db.session.scalar(select(User).where(User.unit_id == other.unit_id))
    transition(other, "report", officer_user, text="Xong")
    db.session.commit()
    with coordinator.expect_response(lambda r: f"/inspections/{ids['inspection']}" in r.url):
        coordinator.clock.fast_forward("01:05")
    coordinator.wait_for_timeout(200)
    assert coordinator.locator("#overview-body").inner_text() != before
    assert coordinator.evaluate("window.__noReload") is True
    coordinator.goto(f"{base}/items/{item}")
    assert "Xác nhận hoàn thành" in coordinator.content() and "Trả lại" in coordinator.content()
    coordinator.screenshot(path=str(OUTPUT / "item-page.png"), full_page=True)


def test_officer_cannot_reach_another_board(browser, server, district):
    """Another commune's board answers 'not found' to an officer."""
    page = browser.new_page()
    login(page, server, "canhnau@test.vn")
    response = page.goto(f"{server}/inspections/{district['inspection']}/units/{district['xuan_luong']}")
    assert response.status == 404 and "Không tìm thấy" in page.content()


def test_too_large_a_file_is_stopped_in_the_browser(browser, server, district, app, tmp_path):
    """A file over the per-file limit is refused before sending: a toast says so, the note typed
    stays, nothing is stored."""
    from sqlalchemy import func, select

    from tracker.models import Evidence

    app.config["TRACKER_EVIDENCE_MAX_MB"] = 1
    try:
        big = tmp_path / "bien-ban-lon.pdf"
        big.write_bytes(b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024))
        page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
        login(page, server, "canhnau@test.vn")
        page.goto(f"{server}/items/{district['item']}")
        page.fill("input[name=note]", "Biên bản họp ngày 12/10")
        page.set_input_files("input[name=files]", str(big))
        page.click("#evidence button[type=submit]")
        toast = page.locator("#messages .flash-error").last
        toast.wait_for()
        assert "vượt quá giới hạn 1 MB mỗi tệp" in toast.inner_text() and toast.is_visible()
        assert page.input_value("input[name=note]") == "Biên bản họp ngày 12/10"
        assert db.session.scalar(select(func.count()).select_from(Evidence)) == 0
    finally:
        app.config["TRACKER_EVIDENCE_MAX_MB"] = 20
