"""User administration and changing one's own password."""

import re

from sqlalchemy import select

from tracker.extensions import db
from tracker.models import User

from conftest import Auth, PASSWORD
from factories import make_unit, make_user


def test_admin_creates_officer_who_can_sign_in(client, auth, app):
    """An admin creates an officer; the temporary password shown once lets them sign in."""
    unit = make_unit("Canh Nậu")
    make_user("admin", email="admin@test.vn")
    db.session.commit()
    auth.login("admin@test.vn")
    page = auth.post("/admin/users", {"email": "CanBo@Xa.vn", "full_name": "Nguyễn Thị B", "role": "officer",
                                      "unit_id": unit.id}, follow_redirects=True).get_data(as_text=True)
    password = re.search(r"chỉ hiện một lần\): (\S+)</div>", page).group(1)
    newcomer = Auth(app.test_client())
    assert newcomer.login("canbo@xa.vn", password).status_code == 302


def test_officer_without_unit_is_refused(client, auth):
    """Creating an officer without a unit gives a Vietnamese message and creates nothing."""
    make_user("admin", email="admin@test.vn")
    db.session.commit()
    auth.login("admin@test.vn")
    page = auth.post("/admin/users", {"email": "x@xa.vn", "full_name": "X", "role": "officer"},
                     follow_redirects=True).get_data(as_text=True)
    assert "phải thuộc một đơn vị" in page
    assert db.session.scalar(select(User).where(User.email == "x@xa.vn")) is None


def test_admin_cannot_lock_themselves_out(client, auth):
    """An admin cannot remove their own admin role or deactivate their own account."""
    admin = make_user("admin", email="admin@test.vn")
    db.session.commit()
    auth.login("admin@test.vn")
    page = auth.post(f"/admin/users/{admin.id}", {"full_name": "A", "role": "viewer", "active": "1"},
                     follow_redirects=True).get_data(as_text=True)
    assert "không thể tự bỏ quyền quản trị" in page
    db.session.refresh(admin)
    assert admin.role == "admin"


def test_deactivated_user_loses_session(client, auth, app):
    """Deactivating an account ends what it can do, even with a session open."""
    officer = make_user("officer", make_unit(), email="cb@test.vn")
    make_user("admin", email="admin@test.vn")
    db.session.commit()
    auth.login("cb@test.vn")
    admin = Auth(app.test_client())
    admin.login("admin@test.vn")
    admin.post(f"/admin/users/{officer.id}", {"full_name": "CB", "role": "officer", "unit_id": officer.unit_id})
    assert client.get("/items").status_code == 302


def test_change_own_password(client, auth, app):
    """A user changes their password with the current one; a wrong current one is refused."""
    make_user("viewer", email="lanhdao@test.vn")
    db.session.commit()
    auth.login("lanhdao@test.vn")
    page = auth.post("/account/password", {"current": "sai", "new": "moi-12345", "confirm": "moi-12345"},
                     follow_redirects=True).get_data(as_text=True)
    assert "Mật khẩu hiện tại không đúng." in page
    auth.post("/account/password", {"current": PASSWORD, "new": "moi-12345", "confirm": "moi-12345"})
    assert Auth(app.test_client()).login("lanhdao@test.vn", "moi-12345").status_code == 302


def test_users_page_is_for_admins(client, auth):
    """Coordinators cannot manage accounts."""
    make_user("coordinator", email="noivu@test.vn")
    db.session.commit()
    auth.login("noivu@test.vn")
    assert client.get("/admin/users").status_code == 403
