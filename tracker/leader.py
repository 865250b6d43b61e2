"""The scheduler's leader lock: one ``tracker scheduler`` runs jobs, any other one waits.

On PostgreSQL a session-level advisory lock held on a dedicated connection (released by the
server if the process dies); on SQLite an exclusive ``flock`` on ``instance/scheduler.lock``
(released by the kernel if the process dies). Either way a second scheduler, on this host or
another sharing the database, waits until the first stops.
"""

import fcntl
import logging
import os
import threading
from pathlib import Path

from sqlalchemy import text

log = logging.getLogger(__name__)

# An arbitrary 64-bit key naming "the tracker's scheduler" among advisory locks.
ADVISORY_KEY = 727_146_148_2023


class LeaderLock:
    """Acquire with ``acquire`` (waits, polling, until it is ours or ``stop`` is set)."""

    def __init__(self, engine, instance_path: str | Path):
        self.engine = engine
        self.path = Path(instance_path) / "scheduler.lock"
        self._connection = None
        self._file = None

    @property
    def kind(self) -> str:
        """``advisory`` on PostgreSQL, ``file`` otherwise."""
        return "advisory" if self.engine.dialect.name == "postgresql" else "file"

    def try_acquire(self) -> bool:
        """Take the lock if it is free; never blocks."""
        if self.kind == "advisory":
            if self._connection is None:
                self._connection = self.engine.connect()
            got = self._connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY}).scalar()
            self._connection.commit()
            return bool(got)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle
        return True

    def acquire(self, stop: threading.Event, poll: float = 5.0) -> bool:
        """Wait until the lock is ours (True) or ``stop`` is set (False)."""
        announced = False
        while not stop.is_set():
            if self.try_acquire():
                return True
            if not announced:
                log.info("scheduler: another scheduler is the leader; waiting (%s lock)", self.kind)
                announced = True
            stop.wait(poll)
        return False

    def release(self) -> None:
        """Give the lock up (also done by the server or the kernel if the process dies)."""
        if self._connection is not None:
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
                self._connection.commit()
            finally:
                self._connection.close()
                self._connection = None
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None
