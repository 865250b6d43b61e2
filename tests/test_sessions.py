"""Sessions that end: sign-out, password change and reset, deactivation, role or unit change and
"sign out other devices" make old cookies useless; idle and absolute lifetimes; Secure cookies."""

from datetime import datetime, timedelta, timezone

import pytest
import time_machine
from sqlalchemy import select

from tracker import create_app
from tracker.extensions import db
from tracker.models import User
from tracker.operations import users as user_service

from conftest import PASSWORD, Auth
from factories import make_unit, make_user

START = datetime(2026, 11, 24, 1, 0, tzinfo=timezone.utc)


@pytest.fixture
def people(app):
    """An officer of a commune and an admin; returns the officer's email."""
    make_user("officer", make_unit("Canh Nậu"), email="canhnau@test.vn")
    make_user("admin", email="admin@test.vn")
    db.session.commit()
    return "canhnau@test.vn"


def _signed_in(app, email: str) -> Auth:
    auth = Auth(app.test_client())
    assert auth.login(email).status_code == 302
    return auth


def _works(auth: Auth) -> bool:
    """Whether the client's session still opens a signed-in page."""
    return auth.client.get("/account/password").status_code == 200


def _user(email: str) -> User:
    db.session.expire_all()
    return db.session.scalar(select(User).where(User.email == email))


def test_old_cookie_is_useless_after_logout(app, people):
    """Replaying the cookie from before sign-out does not sign anyone in; the user's session on
    another device goes on."""
    auth, phone = _signed_in(app, people), _signed_in(app, people)
    old = auth.client.get_cookie("session").value
    assert auth.post("/logout").status_code == 302
    assert not _works(auth)
    auth.client.set_cookie("session", old)
    assert not _works(auth)
    assert _works(phone)


def test_revoked_sessions_are_forgotten_once_expired(app, people):
    """A sign-out is remembered only as long as its session could have lived."""
    from tracker.models import RevokedSession

    with time_machine.travel(START, tick=False) as clock:
        _signed_in(app, people).post("/logout")
        clock.shift(timedelta(days=31))
        _signed_in(app, people).post("/logout")
    assert len(db.session.scalars(select(RevokedSession)).all()) == 1


def test_password_change_ends_the_other_sessions_only(app, people):
    """The browser that changed the password stays signed in; the others are out."""
    here, there = _signed_in(app, people), _signed_in(app, people)
    response = here.post("/account/password", {"current": PASSWORD, "new": "mat-khau-moi-1", "confirm": "mat-khau-moi-1"},
                         follow_redirects=True)
    assert "Đã đổi mật khẩu" in response.get_data(as_text=True)
    assert _works(here) and not _works(there)


@pytest.mark.parametrize("change", ["reset", "deactivate", "role", "unit"])
def test_admin_changes_end_every_session(app, people, change):
    """A reset, a deactivation, a new role or a new unit signs the user out everywhere."""
    officer = _signed_in(app, people)
    admin = db.session.scalar(select(User).where(User.email == "admin@test.vn"))
    user = _user(people)
    if change == "reset":
        user_service.reset_password(user)
    else:
        unit = make_unit("Xuân Lương") if change == "unit" else user.unit
        user_service.update_user(user, full_name=user.full_name, role="viewer" if change == "role" else user.role,
                                 unit=unit, is_head_of_unit=False, active=change != "deactivate",
                                 notify_due_soon=True, acting=admin)
    db.session.commit()
    assert not _works(officer)


def test_profile_edit_without_new_rights_keeps_sessions(app, people):
    """Renaming a user changes no rights and signs no one out."""
    officer = _signed_in(app, people)
    admin = db.session.scalar(select(User).where(User.email == "admin@test.vn"))
    user = _user(people)
    user_service.update_user(user, full_name="Tên mới", role=user.role, unit=user.unit, is_head_of_unit=False,
                             active=True, notify_due_soon=True, acting=admin)
    db.session.commit()
    assert _works(officer)


def test_sign_out_other_devices(app, people):
    """The button ends every other session of the user and keeps this one."""
    here, there = _signed_in(app, people), _signed_in(app, people)
    page = here.client.get("/account/password").get_data(as_text=True)
    assert "Đăng xuất khỏi các thiết bị khác" in page
    response = here.post("/account/sessions/others", follow_redirects=True)
    assert "Đã đăng xuất khỏi các thiết bị khác" in response.get_data(as_text=True)
    assert _works(here) and not _works(there)


def test_idle_sessions_expire(app, people):
    """A session unused for more than 12 hours ends; one used every few hours lives on."""
    with time_machine.travel(START, tick=False) as clock:
        busy, idle = _signed_in(app, people), _signed_in(app, people)
        for _ in range(4):
            clock.shift(timedelta(hours=5))
            assert _works(busy)
        assert not _works(idle)
        response = idle.client.get("/account/password", follow_redirects=True)
        assert "Vui lòng đăng nhập" in response.get_data(as_text=True)


def test_sessions_end_after_thirty_days_whatever_the_activity(app, people):
    """Even a session used every ten hours ends 30 days after sign-in."""
    with time_machine.travel(START, tick=False) as clock:
        auth = _signed_in(app, people)
        for _ in range(71):  # 710 hours: 29 days and 14 hours
            clock.shift(timedelta(hours=10))
            assert _works(auth)
        clock.shift(timedelta(hours=10, minutes=1))
        assert not _works(auth)


def test_lifetimes_are_configurable(app, people):
    """TRACKER_SESSION_IDLE_HOURS shortens the idle limit."""
    app.config["TRACKER_SESSION_IDLE_HOURS"] = 1
    try:
        with time_machine.travel(START, tick=False) as clock:
            auth = _signed_in(app, people)
            clock.shift(timedelta(minutes=61))
            assert not _works(auth)
    finally:
        app.config["TRACKER_SESSION_IDLE_HOURS"] = 12


def test_cookie_is_secure_when_the_base_url_is_https(app, people, tmp_path):
    """An https TRACKER_BASE_URL makes the session cookie Secure without another setting."""
    secure = create_app({**{key: app.config[key] for key in ("SECRET_KEY", "SQLALCHEMY_DATABASE_URI",
                                                           "SQLALCHEMY_ENGINE_OPTIONS", "PASSWORD_HASH_METHOD")},
                         "TESTING": True, "INSTANCE_PATH": str(tmp_path), "TRACKER_BASE_URL": "https://theodoi.example.vn"})
    assert secure.config["SESSION_COOKIE_SECURE"] is True
    with secure.test_request_context():
        response = secure.test_client().get("/login")
    assert "Secure" in response.headers["Set-Cookie"]
    assert app.config["SESSION_COOKIE_SECURE"] is False
    with secure.app_context():
        db.engine.dispose()
