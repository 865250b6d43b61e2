"""The CSV of what a board page shows: the same filters, the same visibility, one item a row.

Text that a spreadsheet would take for a formula ("=HYPERLINK(…)", "+cmd", "@SUM") gets a leading
apostrophe (``neutralise``). UTF-8 with a byte-order mark, because Excel on Windows reads a BOM-less CSV in the local code
page and turns every Vietnamese letter into mojibake.
"""

import csv
import io
from collections.abc import Iterator
from datetime import date

from tracker.models import Inspection, User
from tracker.queries.filters import ItemFilters
from tracker.queries.reports import report_rows
from tracker.reports.columns import ITEM_HEADERS, as_text, item_values, neutralise

BOM = "\ufeff"


def csv_chunks(inspection: Inspection, user: User, filters: ItemFilters, today: date,
               rows_per_chunk: int = 500) -> Iterator[str]:
    """The CSV text in chunks (BOM first), so a large export can be streamed or written as it goes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write(BOM)
    writer.writerow(ITEM_HEADERS)
    for number, row in enumerate(report_rows(inspection, user, filters, today), 1):
        writer.writerow([neutralise(value) if isinstance(value, str) else as_text(value)
                         for value in item_values(number, row)])
        if number % rows_per_chunk == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def csv_bytes(inspection: Inspection, user: User, filters: ItemFilters, today: date) -> bytes:
    """The whole CSV as UTF-8 bytes (with its BOM)."""
    return "".join(csv_chunks(inspection, user, filters, today)).encode("utf-8")
