"""WSGI entry point: ``gunicorn wsgi:app``. Web workers never start the scheduler."""

from tracker import create_app

app = create_app()
