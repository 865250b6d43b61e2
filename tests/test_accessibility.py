"""Accessibility of the main pages, checked by axe-core in Chromium at phone and desktop width:
no critical or serious violation.

axe-core comes from the npm registry; it is installed once into ``test-output/node`` (npm is on
every machine that runs the suite; without npm or the registry the test is skipped, saying why).
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Item, User
from tracker.operations.items import transition

from browser_support import login, pytestmark  # noqa: F401  (the skip mark applies here)

NODE_DIR = Path(__file__).resolve().parent.parent / "test-output" / "node"
AXE = NODE_DIR / "node_modules" / "axe-core" / "axe.min.js"
OUTPUT = Path(__file__).resolve().parent.parent / "test-output" / "browser"


@pytest.fixture(scope="session")
def axe_script() -> str:
    """The axe-core script, installed from npm on first use."""
    if not AXE.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed: axe-core cannot be fetched")
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(NODE_DIR),
                               "axe-core@4"], capture_output=True, text=True, timeout=300)
        if done.returncode != 0 or not AXE.exists():
            pytest.skip(f"axe-core could not be installed from npm: {done.stderr[-300:]}")
    return AXE.read_text(encoding="utf-8")


def _violations(page, script: str) -> list[dict]:
    page.add_script_tag(content=script)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [v for v in result if v["impact"] in ("critical", "serious")]


def test_main_pages_have_no_serious_violations(browser, server, district, axe_script):
    """Login, officer desk, unit board, item page, items list, overview, findings, the coordinator's
    desk and the inspections list: zero critical or serious axe violations at 360 and 1366 px."""
    officer = db.session.scalar(select(User).where(User.email == "canhnau@test.vn"))
    item = db.session.get(Item, district["item"])
    transition(item, "start", officer)
    db.session.commit()
    inspection, unit = district["inspection"], district["canh_nau"]
    pages = {
        None: ["/login"],
        "canhnau@test.vn": ["/desk/", f"/inspections/{inspection}/units/{unit}", f"/items/{district['item']}",
                            "/items"],
        "noivu@test.vn": [f"/inspections/{inspection}", f"/inspections/{inspection}/findings", "/desk/review",
                          "/inspections", f"/inspections/{inspection}/edit"],
    }
    problems = {}
    for width in (360, 1366):
        for email, paths in pages.items():
            context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)  # to inject axe
            page = context.new_page()
            if email:
                login(page, server, email)
            for path in paths:
                page.goto(server + path)
                found = _violations(page, axe_script)
                if found:
                    problems[f"{width}px {path}"] = found
            context.close()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "axe.json").write_text(json.dumps(problems, ensure_ascii=False, indent=1), encoding="utf-8")
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)[:3000]


def test_phone_pages_fit_in_three_screens(browser, server, app):
    """With the demo's data on a 360 × 800 phone: the officer's desk, a unit board column, the
    overview, a page of the items list and a page of the review queue each fit in three screens."""
    from tracker.demo.load import DEMO_PASSWORD, load_demo

    summary = load_demo()
    inspection = summary.inspection.id
    unit = db.session.scalar(select(User).where(User.email == "canhnau@demo.vn")).unit_id
    pages = {"canhnau@demo.vn": ["/desk/", f"/inspections/{inspection}/units/{unit}"],
             "noivu@demo.vn": [f"/inspections/{inspection}", "/items", "/desk/review"]}
    heights = {}
    for email, paths in pages.items():
        context = browser.new_context(viewport={"width": 360, "height": 800})
        page = context.new_page()
        page.goto(f"{server}/login")
        page.fill("input[name=email]", email)
        page.fill("input[name=password]", DEMO_PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        for path in paths:
            page.goto(server + path)
            heights[path] = page.evaluate("document.documentElement.scrollHeight")
        context.close()
    assert all(height <= 3 * 800 for height in heights.values()), heights
