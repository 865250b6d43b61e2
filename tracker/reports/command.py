"""``tracker report INSPECTION_ID --format docx|xlsx|csv [--unit NAME] -o FILE``.

Reads as an all-seeing reader (there is no signed-in user on the command line); messages are
Vietnamese, and an unknown inspection or unit exits non-zero before anything is written.
"""

from pathlib import Path

import click
from flask.cli import with_appcontext
from sqlalchemy import select


@click.command("report")
@click.argument("inspection_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["docx", "xlsx", "csv"]), default="docx",
              show_default=True, help="Word report, Excel workbook or CSV.")
@click.option("--unit", "unit_name", default=None, help="Only this unit (its own report for docx).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              required=True, help="File to write.")
@with_appcontext
def report(inspection_id: int, fmt: str, unit_name: str | None, output: Path):
    """Export an inspection's report or data to a file."""
    from tracker.clock import today
    from tracker.extensions import db
    from tracker.models import Inspection, Unit
    from tracker.queries.filters import ItemFilters
    from tracker.queries.reports import unit_filters
    from tracker.reports import csv_export, excel, word
    from tracker.text import fold

    inspection = db.session.get(Inspection, inspection_id)
    if inspection is None:
        raise click.ClickException(f"Không tìm thấy đợt kiểm tra số {inspection_id}.")
    unit = None
    if unit_name:
        wanted = fold(unit_name)
        matches = [u for u in db.session.scalars(select(Unit)) if wanted in {fold(u.name), fold(u.title_name)}]
        if not matches:
            raise click.ClickException(f"Không tìm thấy đơn vị “{unit_name}”.")
        if len(matches) > 1:
            raise click.ClickException(f"Có {len(matches)} đơn vị tên “{unit_name}”; vui lòng ghi rõ hơn.")
        unit = matches[0]
    reader, current = None, today()  # the system reads every unit
    filters = unit_filters(ItemFilters(), unit.id if unit else None)
    if fmt == "docx":
        content = (word.unit_report(inspection, unit, reader, current) if unit
                   else word.inspection_report(inspection, reader, current))
        output.write_bytes(content)
    elif fmt == "xlsx":
        with output.open("wb") as stream:
            excel.write_workbook(stream, inspection, reader, filters, current)
    else:
        with output.open("w", encoding="utf-8", newline="") as stream:
            for chunk in csv_export.csv_chunks(inspection, reader, filters, current):
                stream.write(chunk)
    click.echo(f"Đã ghi {output}.")
