"""gunicorn settings for the tracker (``gunicorn -c gunicorn.conf.py wsgi:app``).

Every value can be overridden from the environment (``GUNICORN_WORKERS``, ``GUNICORN_TIMEOUT``,
``GUNICORN_BIND``, …). Web workers never run the reminder scheduler (``tracker scheduler`` is one
separate process).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "4"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
# A request still running after this many seconds is killed; nginx then shows its Vietnamese 504
# page. Imports and exports stay well below it; raise it only together with proxy_read_timeout.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so a slow leak cannot grow for ever.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "200"))
# Refuse absurd request lines and headers before Flask sees them.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# Only the proxy on this host may set X-Forwarded-*; the app trusts TRACKER_PROXY_HOPS of them.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
preload_app = False  # each worker builds its own app and database pool
