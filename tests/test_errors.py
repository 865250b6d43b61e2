"""Errors in Vietnamese everywhere: unhandled exceptions and unusual HTTP errors get the
Vietnamese page without a stack trace; the shipped gunicorn and nginx settings fit together and
nginx's own 502/503/504 pages are Vietnamese."""

import re
import runpy
from pathlib import Path

import pytest
from werkzeug.exceptions import ImATeapot, ServiceUnavailable

from tracker import create_app
from tracker.extensions import db

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def production_like(app, tmp_path):
    """An app as production runs it (not TESTING: exceptions are not propagated), with three
    routes that fail on purpose, added before its first request."""
    failing = create_app({**{key: app.config[key] for key in ("SECRET_KEY", "SQLALCHEMY_DATABASE_URI",
                                                            "SQLALCHEMY_ENGINE_OPTIONS")},
                          "INSTANCE_PATH": str(tmp_path)})

    def crash():
        raise RuntimeError("bí mật nội bộ: đường dẫn /srv/tracker")

    def teapot():
        raise ImATeapot()

    def unavailable():
        raise ServiceUnavailable()

    for view in (crash, teapot, unavailable):
        failing.add_url_rule(f"/_test/{view.__name__}", view.__name__, view)
        failing.view_functions[view.__name__].access_action = "public"
    yield failing.test_client()
    with failing.app_context():
        db.engine.dispose()


def test_unhandled_exception_is_a_vietnamese_500_without_trace(production_like):
    """A bug answers the Vietnamese 500 page; neither the traceback nor the message leaks."""
    response = production_like.get("/_test/crash")
    text = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Lỗi hệ thống" in text and 'lang="vi"' in text
    assert "Traceback" not in text and "bí mật nội bộ" not in text and "RuntimeError" not in text


def test_unusual_http_errors_are_vietnamese(production_like):
    """Codes without a page of their own get the general Vietnamese one; 503 has its own."""
    teapot = production_like.get("/_test/teapot")
    assert teapot.status_code == 400 and "Yêu cầu không hợp lệ" in teapot.get_data(as_text=True)
    unavailable = production_like.get("/_test/unavailable")
    assert unavailable.status_code == 503 and "Tạm ngừng phục vụ" in unavailable.get_data(as_text=True)
    for english in ("Internal Server Error", "Not Found", "Method Not Allowed", "Bad Request"):
        assert english not in teapot.get_data(as_text=True) + unavailable.get_data(as_text=True)


def test_method_not_allowed_is_vietnamese(client):
    """A DELETE on the login page is refused in Vietnamese."""
    response = client.delete("/login")
    assert response.status_code == 405 and "Thao tác không hợp lệ" in response.get_data(as_text=True)


def test_gunicorn_config_has_sensible_timeouts(monkeypatch):
    """The shipped gunicorn config kills stuck workers after a minute, recycles workers, and is
    what the README's production command uses."""
    for name in ("GUNICORN_TIMEOUT", "GUNICORN_WORKERS", "GUNICORN_BIND"):
        monkeypatch.delenv(name, raising=False)
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert 30 <= config["timeout"] <= 120 and config["graceful_timeout"] <= config["timeout"]
    assert config["workers"] >= 2 and config["max_requests"] > 0 and not config["preload_app"]
    assert "gunicorn -c gunicorn.conf.py wsgi:app" in (ROOT / "README.md").read_text()
    nginx = (ROOT / "deploy/nginx/tracker.conf").read_text()
    read_timeout = int(re.search(r"proxy_read_timeout (\d+)s", nginx).group(1))
    assert read_timeout > config["timeout"]


@pytest.mark.parametrize("code", [502, 503, 504])
def test_nginx_error_pages_are_vietnamese(code):
    """nginx answers for a dead or timed-out worker with our Vietnamese pages."""
    nginx = (ROOT / "deploy/nginx/tracker.conf").read_text()
    assert f"error_page {code} /_loi/{code}.html;" in nginx
    page = (ROOT / f"deploy/nginx/errors/{code}.html").read_text()
    assert 'lang="vi"' in page and 'charset="utf-8"' in page and "vui lòng" in page.lower()
