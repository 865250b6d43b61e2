"""``tracker demo``: build the SQLite database, load the demo data, serve on 127.0.0.1 with the
scheduled jobs (reminders, outbox) running in the same process."""

import os

import click
from flask.cli import with_appcontext


@click.command("demo")
@click.option("--port", default=5000, show_default=True, help="Port to serve on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on.")
@click.option("--load-only", is_flag=True, help="Load the demo data and exit.")
@with_appcontext
def demo(port: int, host: str, load_only: bool):
    """Create the database, load the demo data (idempotently) and serve the app."""
    from flask import current_app
    from flask_migrate import upgrade
    from werkzeug.serving import run_simple

    from tracker import MIGRATIONS_DIR
    from tracker.demo.load import DEMO_PASSWORD, load_demo
    from tracker.extensions import db

    if not os.environ.get("TRACKER_BASE_URL"):  # links in the demo's mail lead to this very server
        current_app.config["TRACKER_BASE_URL"] = f"http://{host}:{port}"
    upgrade(directory=str(MIGRATIONS_DIR))
    summary = load_demo()
    click.echo(summary.describe())
    click.echo(f"\nMật khẩu mọi tài khoản demo: {DEMO_PASSWORD}")
    db.session.remove()  # end this command's transaction: on SQLite it would hold the write lock
    if load_only:
        return
    url = f"http://{host}:{port}/"
    click.echo(f"\nMở trình duyệt tại {url}  (Ctrl+C để dừng)\n")
    app = current_app._get_current_object()
    # The demo is its own scheduler (reminders at 07:30, outbox every minute): mail goes to
    # instance/mail/*.eml unless MAIL_SERVER is set. See tracker/jobs.py.
    from tracker.jobs import start_background_scheduler
    from tracker.reminders.mail import transport_name

    scheduler = start_background_scheduler(app)
    if transport_name(app.config) == "file":
        click.echo(f"Thư nhắc việc (07:30 hằng ngày) được ghi vào {app.instance_path}/mail/*.eml\n")
    try:
        # app.run() refuses to run inside a Flask CLI command; run_simple is what it would call.
        run_simple(host, port, app, use_reloader=False, threaded=True)
    finally:
        scheduler.shutdown(wait=False)
