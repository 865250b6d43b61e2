"""Sign-in throttling an attacker cannot turn against the real user: per account and client with
growing pauses, per address across accounts, trusted proxies only, a dummy hash for unknown
emails, tries left on the page, and the admins' page to see and clear pauses."""

import time
from datetime import datetime, timedelta, timezone

import pytest
import time_machine
from sqlalchemy import func, select

from tracker import create_app
from tracker.extensions import db
from tracker.models import LoginFailure

from conftest import PASSWORD, Auth
from factories import make_unit, make_user

START = datetime(2026, 11, 24, 1, 0, tzinfo=timezone.utc)
ATTACKER, OFFICE = "203.0.113.9", "198.51.100.20"


@pytest.fixture
def victim():
    """An officer whose account is attacked, and an admin."""
    make_user("officer", make_unit("Canh Nậu"), email="canhnau@test.vn")
    make_user("admin", email="admin@test.vn")
    db.session.commit()
    return "canhnau@test.vn"


def _from(app, address: str) -> Auth:
    """A client whose requests come from ``address``."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return Auth(client)


def test_pauses_grow_with_each_failure(app, victim):
    """5 free tries, then a pause of 1, 2, 4 minutes after each further failure."""
    attacker = _from(app, ATTACKER)
    with time_machine.travel(START, tick=False) as clock:
        for _ in range(5):
            failed = attacker.login(victim, "sai")
        for minutes in (1, 2, 4, 8):
            assert f"thử lại sau {minutes} phút" in failed.get_data(as_text=True)
            clock.shift(timedelta(minutes=minutes, seconds=-2))
            assert attacker.login(victim, PASSWORD).status_code == 429, minutes
            clock.shift(timedelta(seconds=3))
            failed = attacker.login(victim, "sai")
            assert failed.status_code == 200, minutes


def test_right_password_from_another_client_signs_in_during_an_attack(app, victim):
    """While an attacker's address is paused, the user from the office signs in at once."""
    attacker, user = _from(app, ATTACKER), _from(app, OFFICE)
    with time_machine.travel(START, tick=False):
        for _ in range(40):
            attacker.login(victim, "sai")
        assert attacker.login(victim, PASSWORD).status_code == 429
        assert user.login(victim, PASSWORD).status_code == 302


def test_a_trusted_browser_behind_the_same_address_still_signs_in(app, victim):
    """A browser that signed in before keeps signing in when someone at its address (one office
    NAT) exhausts the address's tries."""
    colleague, attacker = _from(app, OFFICE), _from(app, OFFICE)
    with time_machine.travel(START, tick=False):
        assert colleague.login(victim, PASSWORD).status_code == 302
        colleague.post("/logout")
        for n in range(40):
            attacker.login(f"ai-do-{n}@test.vn" if n % 2 else victim, "sai")
        assert attacker.login(victim, PASSWORD).status_code == 429
        assert colleague.login(victim, PASSWORD).status_code == 302


def test_forwarded_for_is_ignored_without_trusted_proxies(app, victim):
    """With TRACKER_PROXY_HOPS=0 an attacker cannot pick a fresh address per request."""
    attacker = _from(app, ATTACKER)
    with time_machine.travel(START, tick=False):
        for n in range(6):
            attacker.client.environ_base["HTTP_X_FORWARDED_FOR"] = f"10.0.0.{n}"
            attacker.login(victim, "sai")
        assert attacker.login(victim, PASSWORD).status_code == 429
    assert set(db.session.scalars(select(LoginFailure.remote_addr))) == {ATTACKER}


def test_forwarded_for_is_used_behind_one_trusted_proxy(app, victim, tmp_path):
    """With one trusted hop the client address is the proxy's X-Forwarded-For entry."""
    proxied = create_app({**{key: app.config[key] for key in ("SECRET_KEY", "SQLALCHEMY_DATABASE_URI",
                                                            "SQLALCHEMY_ENGINE_OPTIONS", "PASSWORD_HASH_METHOD")},
                          "TESTING": True, "INSTANCE_PATH": str(tmp_path), "TRACKER_PROXY_HOPS": 1})
    client = proxied.test_client()
    client.environ_base.update(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"1.2.3.4, {ATTACKER}")
    with proxied.app_context():
        Auth(client).login(victim, "sai")
        db.engine.dispose()
    assert db.session.scalar(select(LoginFailure.remote_addr)) == ATTACKER


def test_login_page_says_how_many_tries_remain(app, victim):
    """Each failure says how many tries are left before a pause."""
    auth = _from(app, ATTACKER)
    with time_machine.travel(START, tick=False):
        assert "Còn 4 lần thử" in auth.login(victim, "sai").get_data(as_text=True)
        assert "Còn 3 lần thử" in auth.login(victim, "sai").get_data(as_text=True)
        assert "Còn 4 lần thử" in auth.login("khong-co@test.vn", "sai").get_data(as_text=True)


def test_unknown_and_known_emails_take_the_same_time(app, victim):
    """An unknown email is checked against a dummy hash: no faster than a wrong password."""
    app.config["PASSWORD_HASH_METHOD"] = "pbkdf2:sha256:200000"  # slow enough to measure
    try:
        from tracker.models import User

        user = db.session.scalar(select(User).where(User.email == victim))
        user.set_password(PASSWORD)
        db.session.commit()

        def timed(email):
            auth = _from(app, f"192.0.2.{len(email)}")
            started = time.perf_counter()
            auth.login(email, "sai")
            return time.perf_counter() - started

        timed(victim), timed("khong-co-ai@test.vn")  # warm up
        known = min(timed(victim) for _ in range(3))
        unknown = min(timed("khong-co-ai@test.vn") for _ in range(3))
    finally:
        app.config["PASSWORD_HASH_METHOD"] = "pbkdf2:sha256:1000"
    assert unknown > known * 0.5, (known, unknown)


def test_admin_sees_and_clears_a_pause(app, victim):
    """The admin page lists the paused account and client; clearing lets the user in at once."""
    attacker, admin = _from(app, ATTACKER), _from(app, OFFICE)
    with time_machine.travel(START, tick=False):
        for _ in range(6):
            attacker.login(victim, "sai")
        assert admin.login("admin@test.vn").status_code == 302
        page = admin.client.get("/admin/lockouts").get_data(as_text=True)
        assert victim in page and ATTACKER in page and "Đang tạm dừng" in page
        response = admin.post("/admin/lockouts/clear", {"email": victim, "client": ATTACKER}, follow_redirects=True)
        assert "Đã xóa 5 lần đăng nhập sai" in response.get_data(as_text=True)
        assert attacker.login(victim, PASSWORD).status_code == 302
    assert db.session.scalar(select(func.count()).select_from(LoginFailure)) == 0


def test_only_admins_see_lockouts(app, victim):
    """An officer gets a 403 on the lockouts page and cannot clear anything."""
    officer = _from(app, OFFICE)
    officer.login(victim)
    assert officer.client.get("/admin/lockouts").status_code == 403
    assert officer.post("/admin/lockouts/clear", {"email": victim}).status_code == 403
