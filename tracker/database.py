"""Engine-level settings: SQLite pragmas and ``BEGIN IMMEDIATE``.

On SQLite in WAL mode a transaction that reads and then writes fails at once with "database is
locked" when another writer committed in between; ``busy_timeout`` cannot help because the
snapshot is already stale. Starting every transaction with ``BEGIN IMMEDIATE`` (the recipe from
SQLAlchemy's pysqlite documentation) makes writers queue instead.
"""

from sqlalchemy import event
from sqlalchemy.engine import Engine

_installed = False


def install_sqlite_tuning() -> None:
    """Register the listeners once per process; they only act on SQLite connections."""
    global _installed
    if _installed:
        return
    _installed = True

    @event.listens_for(Engine, "connect")
    def _on_connect(dbapi_connection, connection_record):
        if type(dbapi_connection).__module__.split(".")[0] != "sqlite3":
            return
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(Engine, "begin")
    def _on_begin(connection):
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
