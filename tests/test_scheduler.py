"""One scheduler, even on several hosts: a second ``tracker scheduler`` waits for the leader
lock, takes over when the first stops on SIGTERM, and both say so in their logs."""

import os
import signal
import subprocess
import sys
import threading
import time


from tracker.extensions import db
from tracker.leader import LeaderLock


def _start(env):
    return subprocess.Popen([sys.executable, "-m", "tracker", "scheduler"], env=env, stderr=subprocess.STDOUT,
                            stdout=subprocess.PIPE, text=True)


def _wait_for(process, needle, lines, timeout=60):
    """Read the process's output until ``needle`` shows up (True) or it ends (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            return False
        lines.append(line)
        if needle in line:
            return True
    return False


def test_second_scheduler_waits_then_takes_over(tmp_path):
    """Two processes on one SQLite database: the second waits; SIGTERM stops the first, which
    releases the lock; the second becomes leader; SIGINT stops it."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'sched.db'}", "TRACKER_INSTANCE_PATH": str(tmp_path),
           "MAIL_TRANSPORT": "file", "TRACKER_SCHEDULER_LOCK_POLL": "0.2", "PATH": os.environ.get("PATH", ""),
           "SECRET_KEY": "test"}
    assert subprocess.run([sys.executable, "-m", "tracker", "db", "upgrade"], env=env, capture_output=True,
                          timeout=120).returncode == 0
    first_lines, second_lines = [], []
    first = _start(env)
    second = None
    try:
        assert _wait_for(first, "became leader", first_lines), first_lines
        second = _start(env)
        assert _wait_for(second, "waiting", second_lines), second_lines
        first.send_signal(signal.SIGTERM)
        # communicate() keeps reading while it waits: a process logging into a full pipe would
        # otherwise block and never exit (seen on a busy machine).
        rest, _ = first.communicate(timeout=90)
        assert first.returncode == 0
        assert "SIGTERM received" in rest and "leadership released" in rest
        assert _wait_for(second, "became leader", second_lines), second_lines
        second.send_signal(signal.SIGINT)
        rest, _ = second.communicate(timeout=90)
        assert second.returncode == 0 and "SIGINT received" in rest
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()


def test_leader_lock_is_exclusive_on_this_database(app, tmp_path):
    """The lock of this test database (PostgreSQL advisory lock, or the SQLite lock file):
    a second holder cannot take it until the first releases it."""
    one, two = LeaderLock(db.engine, tmp_path), LeaderLock(db.engine, tmp_path)
    stop = threading.Event()
    try:
        assert one.acquire(stop, poll=0.01)
        assert not two.try_acquire()
        one.release()
        assert two.try_acquire()
    finally:
        one.release()
        two.release()
