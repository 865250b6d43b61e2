"""Settings read from the environment, with safe defaults.

Every setting can be overridden by a ``config`` mapping passed to ``create_app`` (tests do this).
"""

import os
import secrets
from pathlib import Path


def _bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def instance_path() -> Path:
    """The folder for the SQLite file, the secret key, uploads and demo mail (``instance/``)."""
    return Path(os.environ.get("TRACKER_INSTANCE_PATH", Path.cwd() / "instance")).resolve()


def load_secret_key(folder: Path) -> str:
    """Return ``SECRET_KEY`` from the environment or from ``instance/secret_key``, creating it once.

    A fixed key is never shipped: a fresh installation generates its own.
    """
    from_env = os.environ.get("SECRET_KEY")
    if from_env:
        return from_env
    key_file = folder / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    folder.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def from_environment(folder: Path) -> dict:
    """Build the configuration mapping from environment variables."""
    return {
        "SQLALCHEMY_DATABASE_URI": os.environ.get("DATABASE_URL")
        or f"sqlite:///{folder / 'tracker.db'}",
        "TRACKER_TIMEZONE": os.environ.get("TRACKER_TIMEZONE", "Asia/Ho_Chi_Minh"),
        "TRACKER_BASE_URL": os.environ.get("TRACKER_BASE_URL", "http://127.0.0.1:5000"),
        "TRACKER_DUE_SOON_DAYS": int(os.environ.get("TRACKER_DUE_SOON_DAYS", "7")),
        "TRACKER_LOGIN_MAX_FAILURES": int(os.environ.get("TRACKER_LOGIN_MAX_FAILURES", "5")),
        "TRACKER_LOGIN_WINDOW_MINUTES": int(os.environ.get("TRACKER_LOGIN_WINDOW_MINUTES", "60")),
        "TRACKER_LOGIN_MAX_ADDRESS_FAILURES": int(os.environ.get("TRACKER_LOGIN_MAX_ADDRESS_FAILURES", "30")),
        # A conclusion may be this large; an evidence file too (each), and one request may carry
        # several files of that size.
        "IMPORT_MAX_BYTES": int(os.environ.get("TRACKER_MAX_UPLOAD_MB", "20")) * 1024 * 1024,
        "TRACKER_EVIDENCE_MAX_MB": int(os.environ.get("TRACKER_EVIDENCE_MAX_MB", "20")),
        "MAX_CONTENT_LENGTH": int(os.environ.get("TRACKER_MAX_REQUEST_MB", "105")) * 1024 * 1024,
        "TRACKER_API_RATE_LIMIT": int(os.environ.get("TRACKER_API_RATE_LIMIT", "120")),  # per token a minute
        "MAIL_SERVER": os.environ.get("MAIL_SERVER", ""),
        "MAIL_PORT": int(os.environ.get("MAIL_PORT", "25")),
        "MAIL_USE_TLS": _bool("MAIL_USE_TLS"),
        "MAIL_USE_SSL": _bool("MAIL_USE_SSL"),
        "MAIL_USERNAME": os.environ.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": os.environ.get("MAIL_PASSWORD", ""),
        "MAIL_FROM": os.environ.get("MAIL_FROM", "theodoi-khacphuc@localhost"),
        # Reminders (tracker/reminders): "smtp" or "file" (instance/mail/*.eml); empty picks smtp
        # when MAIL_SERVER is set. Policy keys (TRACKER_REMINDER_*) are listed in reminders/policy.py.
        "MAIL_TRANSPORT": os.environ.get("MAIL_TRANSPORT", ""),
        "MAIL_TIMEOUT": int(os.environ.get("MAIL_TIMEOUT", "30")),
        "MAIL_MAX_ATTEMPTS": int(os.environ.get("MAIL_MAX_ATTEMPTS", "8")),
        "MAIL_MAX_UNKNOWN": int(os.environ.get("MAIL_MAX_UNKNOWN", "2")),
        # TRACKER_DEADLINE_MOVES_OFF_DAYS_OFF (default on), TRACKER_WEBHOOK_URL / _SECRET / _TIMEOUT,
        # TRACKER_SCHEDULER_LOCK_POLL: read as given (see tracker/workdays.py, reminders/channels.py).
        **{key: os.environ[key] for key in os.environ
           if key.startswith(("TRACKER_REMINDER_", "TRACKER_DIGEST_", "TRACKER_DEADLINE_", "TRACKER_WEBHOOK_",
                              "TRACKER_SCHEDULER_"))},
        # Sessions end after this long without a request, and this long after sign-in at most.
        "TRACKER_SESSION_IDLE_HOURS": float(os.environ.get("TRACKER_SESSION_IDLE_HOURS", "12")),
        "TRACKER_SESSION_MAX_DAYS": float(os.environ.get("TRACKER_SESSION_MAX_DAYS", "30")),
        # Reverse proxies in front of the app whose X-Forwarded-For is trusted (0: none).
        "TRACKER_PROXY_HOPS": int(os.environ.get("TRACKER_PROXY_HOPS", "0")),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _bool("SESSION_COOKIE_SECURE"),  # forced on for an https base URL
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        # The CSRF token lives as long as the session, so a board left open all day still works.
        "WTF_CSRF_TIME_LIMIT": None,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    }
