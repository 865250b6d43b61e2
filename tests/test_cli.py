"""The ``tracker`` command: users, units, database migrations."""

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from tracker.cli import main
from tracker.demo import UNITS_CSV
from tracker.extensions import db
from tracker.models import Unit, User

from factories import make_unit


def test_users_create_reads_password_from_stdin(app):
    """``tracker users create`` makes an officer of a unit with the password from stdin, hashed."""
    make_unit("Canh Nậu")
    db.session.commit()
    runner = app.test_cli_runner()
    result = runner.invoke(main, ["users", "create", "--email", "CanBo@Xa.vn", "--name", "Nguyễn Văn A",
                                  "--role", "officer", "--unit", "Canh Nậu"], input="mat-khau-123\n")
    assert result.exit_code == 0, result.output
    assert "Đã tạo tài khoản canbo@xa.vn" in result.output
    user = db.session.scalar(select(User).where(User.email == "canbo@xa.vn"))
    assert user.unit.name == "Canh Nậu" and user.check_password("mat-khau-123")
    assert "mat-khau-123" not in user.password_hash


def test_users_create_refuses_bad_input(app):
    """An unknown unit, an officer without unit or a short password is refused with a message."""
    runner = app.test_cli_runner()
    result = runner.invoke(main, ["users", "create", "--email", "a@b.vn", "--name", "A", "--role",
                                  "officer", "--unit", "Không Có"], input="mat-khau-123\n")
    assert result.exit_code != 0 and "Không tìm thấy đơn vị" in result.output
    result = runner.invoke(main, ["users", "create", "--email", "a@b.vn", "--name", "A", "--role",
                                  "officer"], input="mat-khau-123\n")
    assert result.exit_code != 0 and "phải thuộc một đơn vị" in result.output
    result = runner.invoke(main, ["users", "create", "--email", "a@b.vn", "--name", "A", "--role",
                                  "viewer"], input="mat-khau-123\n")
    assert result.exit_code != 0 and "Cần --unit" in result.output
    make_unit("Yên Thế", "huyen")
    result = runner.invoke(main, ["users", "create", "--email", "a@b.vn", "--name", "A", "--role",
                                  "viewer", "--unit", "Yên Thế"], input="ngan\n")
    assert result.exit_code != 0 and "ít nhất 8 ký tự" in result.output
    assert db.session.scalar(select(User)) is None


def test_units_load(app, tmp_path):
    """``tracker units load FILE.csv`` loads the registry and reports what it did."""
    runner = app.test_cli_runner()
    result = runner.invoke(main, ["units", "load", str(UNITS_CSV)])
    assert result.exit_code == 0, result.output
    assert "27 mới" in result.output
    assert db.session.scalar(select(Unit).where(Unit.name == "Đồng Vương")).parent.name == "Yên Thế"
    broken = tmp_path / "broken.csv"
    broken.write_text("name,kind\nA,làng\n", encoding="utf-8")
    result = runner.invoke(main, ["units", "load", str(broken)])
    assert result.exit_code != 0 and "Dòng 2" in result.output


def test_models_match_migrations(app):
    """The migrations build exactly the schema the models describe (no missing revision)."""
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert diff == []


def test_db_upgrade_builds_fresh_database(tmp_path):
    """``tracker db upgrade`` on an empty SQLite file creates every table (in a separate process)."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.db'}", "TRACKER_INSTANCE_PATH": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "tracker", "db", "upgrade"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    import sqlite3

    tables = {row[0] for row in sqlite3.connect(tmp_path / "fresh.db").execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"units", "users", "inspections", "findings", "items", "item_events", "evidence"} <= tables
    assert (tmp_path / "secret_key").exists()  # a key generated for this installation


def test_demo_command_serves_login_page(tmp_path):
    """``tracker demo`` builds the database, prints the logins and serves the login page."""
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {"TRACKER_INSTANCE_PATH": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "tracker", "demo", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path)
    try:
        output = []
        for line in process.stdout:  # werkzeug says "Running on …" once its socket listens
            output.append(line)
            if "Running on" in line:
                break
        text = "".join(output)
        assert "noivu@demo.vn" in text and "demo1234" in text, text
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=10).read().decode()
        assert page and "Đăng nhập" in page
        health = urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10).read().decode()
        assert '"database":"ok"' in health.replace(" ", "")  # the command left no lock behind
    finally:
        process.terminate()
        process.wait(10)


def test_users_create_refuses_a_shared_unit_name(app):
    """Two units named "Phường 1": the command names both and asks for the code; the code works."""
    first = make_unit("Tỉnh A", "tinh")
    second = make_unit("Tỉnh B", "tinh")
    make_unit("1", "phuong", parent_id=first.id, code="P1A")
    make_unit("1", "phuong", parent_id=second.id, code="P1B")
    db.session.commit()
    runner = app.test_cli_runner()
    args = ["users", "create", "--email", "p1@b.vn", "--name", "A", "--role", "officer", "--unit"]
    result = runner.invoke(main, args + ["1"], input="mat-khau-123\n")
    assert result.exit_code != 0 and "Có 2 đơn vị tên “1”" in result.output and "P1B" in result.output
    result = runner.invoke(main, args + ["P1B"], input="mat-khau-123\n")
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(User).where(User.email == "p1@b.vn")).unit.code == "P1B"
