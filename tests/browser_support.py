"""Shared pieces of the browser tests: Debian's Chromium driven by Playwright, the app served on a
free port, signing in through the real form."""

import os
import shutil
import threading
from datetime import date

import pytest
from werkzeug.serving import make_server

from tracker.extensions import db

from conftest import PASSWORD
from factories import items_of, make_inspection, make_unit, make_user

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
        "--disable-background-networking", "--disable-component-update"]

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason="Chromium is not installed (apt-get install chromium)")


@pytest.fixture
def server(app):
    """The app served on a free port in a background thread."""
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(5)


@pytest.fixture
def browser():
    """A headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def district():
    """Two communes with officers, a coordinator, one inspection with three findings."""
    canh_nau, xuan_luong = make_unit("Canh Nậu"), make_unit("Xuân Lương")
    make_user("officer", canh_nau, email="canhnau@test.vn")
    make_user("officer", xuan_luong, email="xuanluong@test.vn")
    make_user("coordinator", email="noivu@test.vn")
    inspection = make_inspection([canh_nau, xuan_luong], findings=3, deadline=date(2099, 12, 31))
    ids = {"inspection": inspection.id, "canh_nau": canh_nau.id, "xuan_luong": xuan_luong.id,
           "item": items_of(inspection)[0].id}
    db.session.commit()
    db.session.close()
    return ids


def login(page, base, email):
    """Sign in through the login form and wait for the landing page."""
    page.goto(f"{base}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
