"""Sign-in, throttling, CSRF, cookies, authorization across units, /healthz."""

from datetime import datetime, timedelta, timezone

import time_machine

from tracker.extensions import db

from conftest import PASSWORD, csrf_token_from
from factories import items_of, make_inspection, make_unit, make_user


def test_login_page_is_vietnamese(client):
    """The login page is in Vietnamese and carries a CSRF token."""
    page = client.get("/login").get_data(as_text=True)
    assert "Đăng nhập" in page and "Mật khẩu" in page
    assert csrf_token_from(page)


def test_login_and_logout(client, auth):
    """A user signs in with email and password, lands on the item list, and signs out."""
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    response = auth.login("NoiVu@test.vn")  # emails are case-insensitive
    assert response.status_code == 302
    assert "Nhiệm vụ khắc phục" in client.get("/items").get_data(as_text=True)
    response = auth.post("/logout")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert client.get("/items").status_code == 302


def test_wrong_password(client, auth):
    """A wrong password gives a clear message without saying which part was wrong."""
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    page = auth.login("noivu@test.vn", "sai-mat-khau").get_data(as_text=True)
    assert "Email hoặc mật khẩu không đúng." in page


def test_throttling_after_repeated_failures(client, auth):
    """After 5 failures the same client is refused with a wait message, even with the right
    password; once the pause has passed it signs in again."""
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    start = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
    with time_machine.travel(start, tick=False):
        for _ in range(5):
            auth.login("noivu@test.vn", "sai")
        response = auth.login("noivu@test.vn", PASSWORD)
        assert response.status_code == 429
        assert "thử lại sau 1 phút" in response.get_data(as_text=True)
    with time_machine.travel(start + timedelta(minutes=2), tick=False):
        assert auth.login("noivu@test.vn", PASSWORD).status_code == 302


def test_throttling_per_address_across_accounts(client, auth):
    """One address guessing across many accounts is slowed down too."""
    db.session.commit()
    with time_machine.travel(datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc), tick=False):
        for n in range(30):
            auth.login(f"khach{n}@test.vn", "sai")
        page = auth.login("khac@test.vn", "sai").get_data(as_text=True)
    assert "quá nhiều lần" in page


def test_csrf_rejected(client, auth):
    """A state-changing request without the CSRF token is refused, plain and htmx alike."""
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    response = client.post("/login", data={"email": "noivu@test.vn", "password": PASSWORD})
    assert response.status_code == 400
    assert "Phiên làm việc đã hết hạn" in response.get_data(as_text=True)
    auth.login("noivu@test.vn")
    response = client.post("/logout", headers={"HX-Request": "true"})
    assert response.status_code == 400
    assert client.get("/items").status_code == 200  # still signed in


def test_csrf_header_accepted_for_htmx(client, auth):
    """htmx sends the token in the X-CSRFToken header; that is accepted."""
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    auth.login("noivu@test.vn")
    token = auth.token()
    response = client.post("/logout", headers={"HX-Request": "true", "X-CSRFToken": token})
    assert response.status_code == 302


def test_session_cookie_flags(client, auth):
    """The session cookie is HttpOnly and SameSite=Lax."""
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    response = auth.login("noivu@test.vn")
    cookie = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_open_redirect_refused(client, auth):
    """The ``next`` parameter only leads inside the site."""
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    token = csrf_token_from(client.get("/login").get_data(as_text=True))
    response = client.post("/login?next=https://evil.example/", data={
        "email": "noivu@test.vn", "password": PASSWORD, "csrf_token": token})
    assert response.headers["Location"] == "/"


def test_htmx_request_with_expired_session_redirects_whole_page(client):
    """An htmx request without a session gets HX-Redirect to the login page, not a form in a card."""
    response = client.get("/", headers={"HX-Request": "true"})
    assert response.status_code == 401
    assert response.headers["HX-Redirect"].startswith("/login")


def test_officer_gets_404_for_other_units_item(client, auth):
    """An officer cannot read or change another unit's item: 404, and the item is unchanged."""
    own, other = make_unit("Canh Nậu"), make_unit("Xuân Lương")
    make_user("officer", own, email="canhnau@test.vn")
    inspection = make_inspection([own, other])
    own_item, other_item = items_of(inspection)
    db.session.commit()
    auth.login("canhnau@test.vn")
    assert client.get(f"/items/{own_item.id}").status_code == 200
    assert client.get(f"/items/{other_item.id}").status_code == 404
    response = auth.post(f"/items/{other_item.id}/transition/start", {"version": other_item.version})
    assert response.status_code == 404
    db.session.refresh(other_item)
    assert other_item.state == "open"
    page = client.get("/items").get_data(as_text=True)
    assert f"item-{own_item.id}" in page and f"item-{other_item.id}" not in page


def test_viewer_sees_all_but_has_no_buttons(client, auth):
    """A leader (viewer) sees every unit's items and no action buttons; a forced POST is refused."""
    units = [make_unit("Canh Nậu"), make_unit("Xuân Lương")]
    make_user("viewer", email="lanhdao@test.vn")
    first, second = items_of(make_inspection(units))
    db.session.commit()
    auth.login("lanhdao@test.vn")
    page = client.get("/items").get_data(as_text=True)
    assert f"item-{first.id}" in page and f"item-{second.id}" in page
    assert "Bắt đầu thực hiện" not in page
    response = auth.post(f"/items/{first.id}/transition/start", {"version": first.version})
    assert response.status_code == 403  # a leader's role may never move an item
    db.session.refresh(first)
    assert first.state == "open"


def test_admin_pages_need_admin(client, auth):
    """Only administrators reach the unit registry."""
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    auth.login("noivu@test.vn")
    assert client.get("/admin/units").status_code == 403


def test_healthz(client):
    """/healthz answers JSON without login."""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["database"] == "ok"


def test_inactive_user_cannot_sign_in(client, auth):
    """A deactivated account is refused like a wrong password."""
    user = make_user("officer", make_unit(), email="nghi@test.vn")
    user.is_active_account = False
    db.session.commit()
    assert "không đúng" in auth.login("nghi@test.vn").get_data(as_text=True)
