"""Theo dõi khắc phục: a remediation tracker for findings of administrative-reform inspections."""

import logging
from pathlib import Path

from flask import Flask

from tracker.config import from_environment, instance_path, load_secret_key

PACKAGE_DIR = Path(__file__).resolve().parent


def _resource_dir(name: str) -> Path:
    """Find ``templates``/``static``/``migrations``: inside the installed package or at the repo root."""
    installed = PACKAGE_DIR / name
    return installed if installed.is_dir() else PACKAGE_DIR.parent / name


MIGRATIONS_DIR = _resource_dir("migrations")


def create_app(config: dict | None = None) -> Flask:
    """Build the application. ``config`` overrides the environment (tests pass their own)."""
    config = dict(config or {})
    folder = Path(config.pop("INSTANCE_PATH", None) or instance_path())
    app = Flask(
        __name__,
        instance_path=str(folder),
        template_folder=str(_resource_dir("templates")),
        static_folder=str(_resource_dir("static")),
    )
    app.config.update(from_environment(folder))
    app.config.update(config)
    if str(app.config.get("TRACKER_BASE_URL", "")).lower().startswith("https://"):
        app.config["SESSION_COOKIE_SECURE"] = app.config["REMEMBER_COOKIE_SECURE"] = True
    hops = int(app.config.get("TRACKER_PROXY_HOPS") or 0)
    if hops > 0:  # only then is X-Forwarded-For believed, and only that many hops of it
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = load_secret_key(folder)
    folder.mkdir(parents=True, exist_ok=True)
    app.config.setdefault("UPLOAD_FOLDER", str(folder / "uploads"))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("transitions").setLevel(logging.WARNING)  # one line per callback otherwise

    from tracker import database, storage
    from tracker.extensions import (
        CONTENT_SECURITY_POLICY,
        csrf,
        db,
        htmx,
        login_manager,
        migrate,
        talisman,
    )

    database.install_sqlite_tuning()
    storage.install()
    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR))
    csrf.init_app(app)
    htmx.init_app(app)
    https = app.config.get("TRACKER_BASE_URL", "").startswith("https://")
    talisman.init_app(
        app, force_https=False,  # TLS ends at the reverse proxy; the cookie rule lives in the config
        session_cookie_secure=app.config.get("SESSION_COOKIE_SECURE", False),
        strict_transport_security=https, content_security_policy=CONTENT_SECURITY_POLICY,
        frame_options="SAMEORIGIN", referrer_policy="same-origin",
    )
    login_manager.init_app(app)

    from tracker import views

    views.register(app)
    return app
