"""Shared fixtures: an app on SQLite (or on PostgreSQL when ``TEST_DATABASE_URL`` is set) whose
schema is built from the migrations, a clean database for every test, and signed-in clients."""

import os
import re
import uuid
from contextlib import contextmanager

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine, event, text

from tracker import MIGRATIONS_DIR, create_app
from tracker.extensions import db

PASSWORD = "mat-khau-1234"

pytest_plugins = ["browser_support"]  # the browser tests' fixtures: server, browser, district


@contextmanager
def fresh_database(folder, prefix: str = "test"):
    """A database URL and engine options: a SQLite file in ``folder``, or a fresh PostgreSQL
    schema when ``TEST_DATABASE_URL`` is set (dropped afterwards, so leftovers can neither hide
    nor cause a failure)."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        yield f"sqlite:///{folder / f'{prefix}.db'}", {}
        return
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin_engine = create_engine(url)
    with admin_engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url, {"connect_args": {"options": f"-csearch_path={schema}"}}
    finally:
        with admin_engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin_engine.dispose()


@pytest.fixture(scope="session")
def database(tmp_path_factory):
    """The session's database (see ``fresh_database``)."""
    with fresh_database(tmp_path_factory.mktemp("db")) as found:
        yield found


class IsolatedClient(FlaskClient):
    """A test client whose requests each run in their own app context, hence their own ``g`` and
    database session, as in production.

    Tests keep an app context open to use ``db.session``; without this Flask would reuse it for
    requests, sharing the signed-in user and the identity map with the test. The test's own
    transaction is committed first so it never holds SQLite's write lock during a request.
    """

    def open(self, *args, **kwargs):
        db.session.commit()
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture(scope="session")
def app(database, tmp_path_factory):
    """The application, its schema built once by the Alembic migrations."""
    from flask_migrate import upgrade

    url, engine_options = database
    instance = tmp_path_factory.mktemp("instance")
    application = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key",
            "SQLALCHEMY_DATABASE_URI": url,
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, **engine_options},
            "INSTANCE_PATH": str(instance),
            "TRACKER_BASE_URL": "http://tracker.test",
            "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",  # fast hashing; production keeps scrypt
        }
    )
    application.test_client_class = IsolatedClient
    with application.app_context():
        upgrade(directory=str(MIGRATIONS_DIR))
    yield application
    with application.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _clean_database(request, app):
    """Every test starts with empty tables and an app context; rows are removed after it."""
    with app.app_context():
        yield
        db.session.rollback()
        db.session.remove()
        with db.engine.begin() as connection:
            for table in reversed(db.metadata.sorted_tables):
                connection.execute(table.delete())


@pytest.fixture
def client(app):
    """A test client (cookies kept between requests)."""
    return app.test_client()


def csrf_token_from(html: str) -> str:
    """The CSRF token a page carries in its ``<meta name="csrf-token">``."""
    match = re.search(r'name="csrf-token" content="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


class Auth:
    """Sign a test client in and out through the real login form."""

    def __init__(self, client):
        self.client = client

    def login(self, email: str, password: str = PASSWORD):
        """Post the login form with its CSRF token, as a browser would."""
        token = csrf_token_from(self.client.get("/login").get_data(as_text=True))
        return self.client.post(
            "/login", data={"email": email, "password": password, "csrf_token": token}
        )

    def token(self) -> str:
        """A CSRF token for the signed-in session."""
        return csrf_token_from(self.client.get("/items").get_data(as_text=True))

    def post(self, url: str, data: dict | None = None, **kwargs):
        """POST with the session's CSRF token added."""
        return self.client.post(url, data={**(data or {}), "csrf_token": self.token()}, **kwargs)


@pytest.fixture
def auth(client):
    """Sign-in helper bound to ``client``."""
    return Auth(client)


@pytest.fixture
def count_queries(app):
    """Run a callable and return how many SQL statements it sent (BEGIN/COMMIT not counted)."""

    def run(action) -> int:
        statements = []

        def record(conn, cursor, statement, *args):
            if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")):
                statements.append(statement)

        engine = db.engine
        event.listen(engine, "before_cursor_execute", record)
        try:
            action()
        finally:
            event.remove(engine, "before_cursor_execute", record)
        return len(statements)

    return run
