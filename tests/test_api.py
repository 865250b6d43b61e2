"""The JSON API under /api/v1: tokens, scopes, expiry, rate limit, jurisdiction, the workflow
driven end to end, the overview's figures and the OpenAPI document."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from factories import items_of, make_inspection, make_unit, make_user
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import ApiToken
from tracker.operations.tokens import create_token
from tracker.queries.board import overview
from tracker.queries.filters import ItemFilters

NOW = datetime(2023, 10, 20, 3, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _frozen():
    """Expiry and rate windows depend on the clock: freeze it."""
    with time_machine.travel(NOW, tick=False) as clock:
        yield clock


@pytest.fixture
def district():
    """Two communes of one inspection, an officer each, their coordinator, and another
    organisation's inspection over a room of a department."""
    units = [make_unit("Canh Nậu"), make_unit("Xuân Lương")]
    officers = [make_user("officer", unit, email=f"o{n}@test.vn") for n, unit in enumerate(units)]
    coordinator = make_user("coordinator", email="noivu@test.vn")
    inspection = make_inspection(units, findings=2, deadline=date(2023, 10, 25))
    department = make_unit("Sở Khác", "so")
    office = make_unit("Văn phòng Sở Khác", "phong", parent_id=department.id)
    room = make_unit("Phòng Riêng", "phong", parent_id=department.id)
    foreign = make_inspection([room], coordinator_unit=office)
    db.session.commit()
    return inspection, foreign, units, officers, coordinator


def bearer(user, scope="write", days=30) -> dict:
    """Headers carrying a fresh token of ``user``."""
    _, secret = create_token(user, "thử", scope, days)
    db.session.commit()
    return {"Authorization": f"Bearer {secret}"}


def test_drive_an_item_from_open_to_verified(client, district):
    """An officer's token starts, edits, comments and reports; a coordinator's token verifies."""
    _, _, _, officers, coordinator = district
    officer, boss = bearer(officers[0]), bearer(coordinator)
    listing = client.get("/api/v1/items?per_page=1", headers=officer).get_json()
    assert listing["total"] == 2 and listing["pages"] == 2 and len(listing["items"]) == 1
    item = listing["items"][0]
    assert item["state"] == "open" and "start" in item["triggers"]
    url = f"/api/v1/items/{item['id']}"
    started = client.post(f"{url}/transitions", json={"trigger": "start", "version": item["version"]},
                          headers=officer)
    assert started.status_code == 200 and started.get_json()["state"] == "in_progress"
    stale = client.post(f"{url}/transitions", json={"trigger": "report", "version": item["version"],
                                                    "text": "Xong."}, headers=officer)
    assert stale.status_code == 409 and stale.get_json()["code"] == "stale_version"
    assert "tải lại" in stale.get_json()["message"]
    version = started.get_json()["version"]
    edited = client.post(f"{url}/texts", json={"remedy": "Niêm yết lại", "progress": "Đang làm",
                                              "version": version}, headers=officer)
    assert edited.status_code == 200 and edited.get_json()["remedy"] == "Niêm yết lại"
    assert client.post(f"{url}/comments", json={"text": "Đã họp."}, headers=officer).status_code == 200
    version = edited.get_json()["version"]
    reported = client.post(f"{url}/transitions", json={"trigger": "report", "version": version,
                                                       "text": "Đã niêm yết đủ."}, headers=officer)
    assert reported.status_code == 200 and reported.get_json()["state"] == "reported"
    refused = client.post(f"{url}/transitions", json={"trigger": "verify"}, headers=officer)
    assert refused.status_code in (403, 422) and refused.get_json()["message"]
    verified = client.post(f"{url}/transitions", json={"trigger": "verify"}, headers=boss)
    body = verified.get_json()
    assert verified.status_code == 200 and body["state"] == "verified"
    assert [event["action"] for event in body["history"]][-1] == "verify"
    assert {"comment", "edit", "start", "report"} <= {event["action"] for event in body["history"]}


def test_extension_requested_and_decided(client, district):
    """An officer asks for a later deadline, the coordinator approves it."""
    _, _, _, officers, coordinator = district
    officer, boss = bearer(officers[0]), bearer(coordinator)
    item = client.get("/api/v1/items", headers=officer).get_json()["items"][0]
    url = f"/api/v1/items/{item['id']}"
    asked = client.post(f"{url}/extension-request", json={"deadline": "2023-12-31", "reason": "Chờ kinh phí"},
                        headers=officer)
    assert asked.status_code == 200 and asked.get_json()["requested_deadline"] == "2023-12-31"
    decided = client.post(f"{url}/extension-decision", json={"approve": True}, headers=boss)
    assert decided.status_code == 200 and decided.get_json()["deadline"] == "2023-12-31"
    bad = client.post(f"{url}/extension-decision", json={"approve": "có"}, headers=boss)
    assert bad.status_code == 400 and bad.get_json()["code"] == "invalid"


def test_evidence_upload_and_download(client, district):
    """A file uploaded through the API is listed on the item and downloads as it was sent."""
    import io

    _, _, _, officers, _ = district
    officer = bearer(officers[0])
    item = client.get("/api/v1/items", headers=officer).get_json()["items"][0]
    content = b"%PDF-1.4\n% minh chung\n"
    sent = client.post(f"/api/v1/items/{item['id']}/evidence", headers=officer,
                       data={"files": (io.BytesIO(content), "bien-ban.pdf"), "note": "Biên bản"})
    assert sent.status_code == 201, sent.get_json()
    listed = client.get(f"/api/v1/items/{item['id']}", headers=officer).get_json()["evidence"]
    assert [e["filename"] for e in listed] == ["bien-ban.pdf"]
    assert client.get(listed[0]["download_url"], headers=officer).data == content


def test_an_officer_sees_only_their_unit(client, district):
    """Another unit's item and another organisation's inspection are 404 for an officer's token;
    the findings list names only their own unit's findings."""
    inspection, foreign, units, officers, _ = district
    officer = bearer(officers[0])
    other_item = next(i for i in items_of(inspection) if i.unit_id == units[1].id)
    assert client.get(f"/api/v1/items/{other_item.id}", headers=officer).status_code == 404
    answer = client.get(f"/api/v1/inspections/{foreign.id}/findings", headers=officer)
    assert answer.status_code == 404 and answer.get_json()["code"] == "not_found"
    assert {unit for unit in (i["unit"] for i in client.get("/api/v1/items?per_page=100",
                                                              headers=officer).get_json()["items"])} == {"Canh Nậu"}
    assert [i["id"] for i in client.get("/api/v1/inspections", headers=officer).get_json()["inspections"]] == [
        inspection.id]
    posted = client.post(f"/api/v1/items/{other_item.id}/comments", json={"text": "x"}, headers=officer)
    assert posted.status_code == 404


def test_revoked_expired_and_missing_tokens_get_401(client, district, _frozen):
    """No token, a wrong one, a revoked one and an expired one are all 401; cookies count for nothing."""
    _, _, _, officers, _ = district
    assert client.get("/api/v1/items").get_json()["code"] == "unauthorized"
    assert client.get("/api/v1/items", headers={"Authorization": "Bearer trk_nope"}).status_code == 401
    headers = bearer(officers[0], days=1)
    assert client.get("/api/v1/items", headers=headers).status_code == 200
    _frozen.shift(timedelta(days=1, seconds=1))
    assert client.get("/api/v1/items", headers=headers).status_code == 401
    live = bearer(officers[0])
    token = db.session.scalar(select(ApiToken).order_by(ApiToken.id.desc()))
    token.revoked_at = datetime.now(UTC)
    db.session.commit()
    assert client.get("/api/v1/items", headers=live).status_code == 401


def test_deactivation_revokes_tokens(client, district):
    """Deactivating a user revokes their tokens."""
    from tracker.operations.users import update_user

    _, _, _, officers, _ = district
    headers = bearer(officers[0])
    admin = make_user("admin", email="admin@test.vn")
    officer = officers[0]
    update_user(officer, full_name=officer.full_name, role="officer", unit=officer.unit,
                is_head_of_unit=False, active=False, notify_due_soon=True, acting=admin)
    db.session.commit()
    assert client.get("/api/v1/items", headers=headers).status_code == 401
    assert db.session.scalar(select(ApiToken)).revoked_at is not None


def test_a_read_token_cannot_write(client, district):
    """A read-scope token reads, and gets 403 on every write."""
    _, _, _, officers, _ = district
    headers = bearer(officers[0], scope="read")
    item = client.get("/api/v1/items", headers=headers).get_json()["items"][0]
    answer = client.post(f"/api/v1/items/{item['id']}/comments", json={"text": "x"}, headers=headers)
    assert answer.status_code == 403 and answer.get_json()["code"] == "read_only_token"


def test_rate_limit_per_token(app, client, district, _frozen, monkeypatch):
    """Over the limit within a minute: 429 with Retry-After; the next minute counts afresh."""
    _, _, _, officers, _ = district
    monkeypatch.setitem(app.config, "TRACKER_API_RATE_LIMIT", 3)
    headers, other = bearer(officers[0]), bearer(officers[1])
    assert [client.get("/api/v1/inspections", headers=headers).status_code for _ in range(3)] == [200] * 3
    refused = client.get("/api/v1/inspections", headers=headers)
    assert refused.status_code == 429 and refused.get_json()["code"] == "rate_limited"
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert client.get("/api/v1/inspections", headers=other).status_code == 200  # per token
    _frozen.shift(timedelta(seconds=60))
    assert client.get("/api/v1/inspections", headers=headers).status_code == 200


def test_overview_figures_equal_the_page(client, district):
    """The API's overview numbers are the overview page's (same query)."""
    inspection, _, _, _, coordinator = district
    answer = client.get(f"/api/v1/inspections/{inspection.id}/overview", headers=bearer(coordinator)).get_json()
    page = overview(inspection, coordinator, ItemFilters(), date(2023, 10, 20))
    assert answer["by_time_status"] == page.totals and answer["total_items"] == page.total_items == 4
    assert {row["unit_id"]: row["by_time_status"] for row in answer["units"]} == {
        row.unit_id: row.by_status for row in page.rows}
    csv = client.get(f"/api/v1/inspections/{inspection.id}/export.csv", headers=bearer(coordinator))
    assert csv.status_code == 200 and "Canh Nậu" in csv.data.decode("utf-8-sig")
    xlsx = client.get(f"/api/v1/inspections/{inspection.id}/export.xlsx", headers=bearer(coordinator))
    assert xlsx.status_code == 200 and xlsx.data[:2] == b"PK"


def test_openapi_document_validates_and_lists_every_route(app, client):
    """The OpenAPI document is valid and names every /api/v1 route and method."""
    from openapi_spec_validator import validate

    spec = client.get("/api/v1/openapi.json").get_json()
    validate(spec)
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/"):
            path = rule.rule.replace("<int:", "{").replace(">", "}")
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                assert method.lower() in spec["paths"][path], (path, method)
    page = client.get("/api/v1/docs")
    assert page.status_code == 200 and "/api/v1/items/{item_id}/transitions" in page.get_data(as_text=True)


def test_account_page_creates_lists_and_revokes_tokens(client, auth, district):
    """A user creates a token on their account page (shown once), sees it listed, revokes it."""
    _, _, _, officers, _ = district
    auth.login(officers[0].email)
    page = auth.post("/account/tokens", data={"name": "Báo cáo tỉnh", "scope": "read", "days": "30"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Báo cáo tỉnh" in text and "trk_" in text
    secret = text[text.index("trk_"):].split("<")[0]
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/items", headers=headers).status_code == 200
    assert "trk_" not in client.get("/account/tokens").get_data(as_text=True)
    token = db.session.scalar(select(ApiToken))
    assert token.token_hash != secret and token.last_used_at is not None
    assert auth.post(f"/account/tokens/{token.id}/revoke").status_code == 302
    assert client.get("/api/v1/items", headers=headers).status_code == 401


def test_cookies_are_no_credential_on_the_api(client, auth, district):
    """A browser signed in through the login form still gets 401 from the API without a token."""
    _, _, _, officers, _ = district
    auth.login(officers[0].email)
    assert client.get("/items").status_code == 200
    answer = client.get("/api/v1/items")
    assert answer.status_code == 401 and "Set-Cookie" not in answer.headers


def test_items_list_query_budget_is_fixed(client, count_queries, district):
    """The items list costs the same number of queries for 4 items as for 40 (no query per row)."""
    _, _, units, _, coordinator = district
    headers = bearer(coordinator)
    small = count_queries(lambda: client.get("/api/v1/items?per_page=100", headers=headers))
    make_inspection(units, findings=18)
    db.session.commit()
    large = count_queries(lambda: client.get("/api/v1/items?per_page=100", headers=headers))
    assert large == small
