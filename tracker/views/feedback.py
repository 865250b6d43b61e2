"""Messages a view sends back after an action (they land in the page's toast area)."""

from flask import flash

from tracker.operations.bulk import BulkResult


def flash_bulk(result: BulkResult, most: int = 10) -> None:
    """The summary of a bulk action, then the first refusals, each in its own message."""
    flash(result.message, "success" if not result.failures else "warning")
    for failure in result.failures[:most]:
        flash(failure, "error")
