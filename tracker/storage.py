"""Files written alongside a database transaction (evidence, imported originals) live and die
with it: a file registered with ``remove_unless_committed`` is deleted when the transaction it
belongs to ends without a commit (a rollback, a failed commit, a request that never commits), so
no orphan file stays on disk.
"""

import logging
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from tracker.extensions import db

log = logging.getLogger(__name__)
_KEY = "tracker.files_pending_commit"
_installed = False


def remove_unless_committed(path: Path) -> None:
    """Delete ``path`` if the current session's transaction does not commit."""
    db.session().info.setdefault(_KEY, []).append(Path(path))


def install() -> None:
    """Register the session listeners once per process."""
    global _installed
    if _installed:
        return
    _installed = True

    @event.listens_for(Session, "after_commit")
    def _keep(session):
        session.info.pop(_KEY, None)

    @event.listens_for(Session, "after_transaction_end")
    def _discard(session, transaction):
        if transaction.parent is not None or transaction.nested:
            return
        for path in session.info.pop(_KEY, []):
            path.unlink(missing_ok=True)
            log.info("removed %s: its transaction did not commit", path.name)
