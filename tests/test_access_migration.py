"""Upgrading a version-1 database (revision 0003) to jurisdictions: who sees which inspection."""


import pytest
from conftest import Auth, IsolatedClient, fresh_database
from flask_migrate import upgrade
from sqlalchemy import text

from tracker import MIGRATIONS_DIR, create_app
from tracker.extensions import db


@pytest.fixture
def old_database(tmp_path):
    """A database of its own, to be built by the migrations up to version 1's last revision."""
    with fresh_database(tmp_path, "v1") as found:
        yield found


def _insert_version_one_data() -> None:
    """What a version-1 install holds: a district, its office and a commune; a coordinator, a
    viewer and a second coordinator without a unit (allowed then), an admin, an officer; one
    inspection imported by the coordinator, one by the admin, one item each."""
    from werkzeug.security import generate_password_hash

    password = generate_password_hash("mat-khau-1234", method="pbkdf2:sha256:1000")
    statements = [
        "INSERT INTO units (id, name, kind, parent_id, created_at) VALUES "
        "(1, 'Yên Thế', 'huyen', NULL, '2023-10-01 00:00:00'), "
        "(2, 'Phòng Nội vụ huyện Yên Thế', 'phong', 1, '2023-10-01 00:00:00'), "
        "(3, 'Canh Nậu', 'xa', 1, '2023-10-01 00:00:00')",
        "INSERT INTO users (id, email, full_name, password_hash, role, unit_id, is_head_of_unit, active, "
        "notify_due_soon, created_at) VALUES "
        "(1, 'admin@test.vn', 'Quản trị', :pw, 'admin', NULL, false, true, true, '2023-10-01 00:00:00'), "
        "(2, 'noivu@test.vn', 'Phòng Nội vụ', :pw, 'coordinator', 2, false, true, true, '2023-10-01 00:00:00'), "
        "(3, 'lanhdao@test.vn', 'Lãnh đạo huyện', :pw, 'viewer', 1, false, true, true, '2023-10-01 00:00:00'), "
        "(4, 'khongdonvi@test.vn', 'Điều phối cũ', :pw, 'coordinator', NULL, false, true, true, '2023-10-01 00:00:00'), "
        "(5, 'canhnau@test.vn', 'Cán bộ xã', :pw, 'officer', 3, false, true, true, '2023-10-01 00:00:00')",
        "INSERT INTO inspections (id, title, created_by_id, coordinator_unit_id, created_at) VALUES "
        "(1, 'Kết luận do Phòng Nội vụ nhập', 2, NULL, '2023-10-02 00:00:00'), "
        "(2, 'Kết luận do quản trị nhập', 1, NULL, '2023-10-03 00:00:00')",
        "INSERT INTO findings (id, inspection_id, category, text, position, created_at) VALUES "
        "(1, 1, 'khac', 'Hạn chế của đợt một', 1, '2023-10-02 00:00:00'), "
        "(2, 2, 'khac', 'Hạn chế của đợt hai', 1, '2023-10-03 00:00:00')",
        "INSERT INTO items (id, finding_id, unit_id, state, version, created_at, updated_at) VALUES "
        "(1, 1, 3, 'open', 1, '2023-10-02 00:00:00', '2023-10-02 00:00:00'), "
        "(2, 2, 3, 'open', 1, '2023-10-03 00:00:00', '2023-10-03 00:00:00')",
    ]
    for statement in statements:
        db.session.execute(text(statement), {"pw": password})
    db.session.commit()


def test_upgrade_from_version_one_scopes_inspections(old_database, tmp_path):
    """After the upgrade the coordinator's import is their office's; the admin's is seen by admins
    only until one sets its coordinating unit; a coordinator without a unit sees nothing and is
    flagged in the user list."""
    url, options = old_database
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "SQLALCHEMY_DATABASE_URI": url,
                      "SQLALCHEMY_ENGINE_OPTIONS": options, "INSTANCE_PATH": str(tmp_path / "instance"),
                      "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000"})
    app.test_client_class = IsolatedClient
    with app.app_context():
        upgrade(directory=str(MIGRATIONS_DIR), revision="0003")
        _insert_version_one_data()
        upgrade(directory=str(MIGRATIONS_DIR))
        rows = dict(db.session.execute(text("SELECT id, coordinator_unit_id FROM inspections")).all())
        assert rows == {1: 2, 2: None}

        def titles(email: str) -> tuple[str, int]:
            auth = Auth(app.test_client())
            auth.login(email)
            page = auth.client.get("/inspections").get_data(as_text=True)
            return page, auth.client.get("/inspections/2").status_code

        page, second = titles("noivu@test.vn")
        assert "Kết luận do Phòng Nội vụ nhập" in page and "Kết luận do quản trị nhập" not in page
        assert second == 404
        page, second = titles("lanhdao@test.vn")
        assert "Kết luận do Phòng Nội vụ nhập" in page and "Kết luận do quản trị nhập" not in page
        assert second == 404
        page, second = titles("khongdonvi@test.vn")  # no unit: nothing at all until given one
        assert "Kết luận do" not in page and second == 403
        page, second = titles("canhnau@test.vn")  # the admins' until assigned, even for its units
        assert "Kết luận do Phòng Nội vụ nhập" in page and "Kết luận do quản trị nhập" not in page
        page, second = titles("admin@test.vn")
        assert "Kết luận do Phòng Nội vụ nhập" in page and "Kết luận do quản trị nhập" in page
        assert second == 200

        admin = Auth(app.test_client())
        admin.login("admin@test.vn")
        users = admin.client.get("/admin/users").get_data(as_text=True)
        assert users.count("Chưa có đơn vị") == 1
        admin.post("/inspections/2/edit", {"title": "Kết luận do quản trị nhập", "coordinator_unit_id": "2"})
        page, second = titles("noivu@test.vn")
        assert "Kết luận do quản trị nhập" in page and second == 200
        db.session.remove()
        db.engine.dispose()
