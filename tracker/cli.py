"""The ``tracker`` command: Flask's CLI bound to the app factory, plus our thin commands."""

import sys
from pathlib import Path

import click
from flask.cli import FlaskGroup, with_appcontext
from sqlalchemy import select

from tracker import create_app
from tracker.extensions import db
from tracker.models import ROLES, User


@click.group(cls=FlaskGroup, create_app=create_app)
def main():
    """Theo dõi khắc phục: remediation tracker (run ``tracker demo`` to try it)."""


@main.group()
def users():
    """Manage user accounts."""


@users.command("create")
@click.option("--email", required=True, help="Email used to sign in.")
@click.option("--name", "full_name", required=True, help="Full name.")
@click.option("--role", type=click.Choice(list(ROLES)), required=True)
@click.option("--unit", "unit_name", default=None,
              help="Unit code or name (required for every role but admin): an officer's unit, a "
                   "coordinator's coordinating office, a leader's unit (they read everything under it).")
@click.option("--head", is_flag=True, help="Mark as head of the unit (receives escalations).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def create_user_command(email, full_name, role, unit_name, head, password_stdin):
    """Create a user; the password is read from stdin or prompted, never from the command line."""
    from tracker.operations.users import UserError, create_user
    from tracker.queries.units import find_units

    if password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Mật khẩu", hide_input=True, confirmation_prompt=True)
    if role != "admin" and not unit_name:
        raise click.ClickException("Cần --unit: mọi vai trò trừ quản trị đều phải thuộc một đơn vị.")
    unit = None
    if unit_name:
        found = find_units(unit_name)
        if not found:
            raise click.ClickException(f"Không tìm thấy đơn vị “{unit_name}”.")
        if len(found) > 1:
            places = "; ".join(f"{unit.display_name} ({unit.parent.name if unit.parent else 'cấp cao nhất'}"
                               f"{', mã ' + unit.code if unit.code else ''})" for unit in found)
            raise click.ClickException(f"Có {len(found)} đơn vị tên “{unit_name}”: {places}. "
                                       "Hãy ghi mã đơn vị thay cho tên (--unit MÃ).")
        unit = found[0]
    try:
        user = create_user(email, full_name, role, password, unit=unit, is_head_of_unit=head)
    except UserError as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Đã tạo tài khoản {user.email} ({user.role_label}).")


@main.command("access")
def access_command():
    """Print the access table: who may do what, where (Markdown)."""
    from tracker.access import table_markdown

    click.echo(table_markdown())


@main.group()
def units():
    """Manage the unit registry."""


@units.command("load")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def load_units_command(csv_file: Path):
    """Create or update units from a CSV file with columns name, kind, code, parent, email."""
    from tracker.operations.units import UnitError, load_csv

    try:
        report = load_csv(csv_file.read_text(encoding="utf-8-sig"))
    except (UnitError, UnicodeDecodeError) as error:
        db.session.rollback()
        raise click.ClickException(f"Không nạp được {csv_file.name}: {error}") from error
    db.session.commit()
    click.echo(
        f"Đã nạp đơn vị: {report.created} mới, {report.updated} cập nhật, "
        f"{report.unchanged} không đổi."
    )


@main.group()
def conclusions():
    """Import inspection conclusions (thông báo kết luận kiểm tra)."""


@conclusions.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would be imported; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the draft as JSON.")
@click.option("--district", default=None, help="Resolve names among this district's units only.")
@click.option("--force", is_flag=True, help="Import even if this very file was imported before.")
@click.option("--as", "actor_email", default=None, help="Email of the coordinator recorded as author.")
@with_appcontext
def import_conclusion_command(file: Path, dry_run, as_json, district, force, actor_email):
    """Read a conclusion (.docx, .pdf, .txt, .md) and create its inspection, findings and items."""
    import json

    from tracker.importer.plan import plan_from_draft
    from tracker.importer.service import (
        ImportFailure,
        already_imported,
        digest,
        read_draft,
    )
    from tracker.operations.inspections import confirm_import
    from tracker.workflow import WorkflowError

    data = file.read_bytes()
    try:
        draft = read_draft(file.name, data, district)
    except ImportFailure as error:
        raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(json.dumps(draft.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(_describe_draft(draft))
    if dry_run:
        return
    if draft.blocking:
        raise click.ClickException(
            "Không nhập vì: " + " ".join(problem.message for problem in draft.blocking)
        )
    previous = already_imported(digest(data))
    if previous is not None and not force:
        raise click.ClickException(
            f"Tệp này đã được nhập thành đợt kiểm tra #{previous.id} ({previous.title}); "
            "dùng --force nếu thật sự muốn nhập lại."
        )
    actor = None
    if actor_email:
        actor = db.session.scalar(select(User).where(User.email == actor_email.strip().lower()))
        if actor is None:
            raise click.ClickException(f"Không có tài khoản {actor_email}.")
    try:
        inspection = confirm_import(actor, file.name, data, lambda _created: plan_from_draft(draft)[0])
        db.session.commit()
    except WorkflowError as error:
        db.session.rollback()
        raise click.ClickException(error.message) from error
    except Exception:
        db.session.rollback()
        raise
    items = sum(len(finding.items) for finding in inspection.findings)
    click.echo(f"Đã tạo đợt kiểm tra #{inspection.id}: {len(inspection.findings)} hạn chế, {items} nhiệm vụ.",
               err=as_json)


def _describe_draft(draft) -> str:
    """A Vietnamese summary of a draft for the terminal."""
    from tracker.categories import category_label
    from tracker.clock import vn_date

    deadline = vn_date(draft.deadline, "chưa rõ")
    lines = [
        draft.title,
        f"  Số: {draft.number or '—'}   Nơi ban hành: {draft.issue_place or '—'}   "
        f"Cơ quan: {draft.issuer or '—'}",
        f"  Thời hạn báo cáo: {deadline}",
        f"  Đơn vị được kiểm tra ({len(draft.inspected_units)}): "
        + ", ".join(unit.name for unit in draft.inspected_units),
        f"  {len(draft.findings)} hạn chế, {draft.pair_count()} nhiệm vụ:",
    ]
    for number, finding in enumerate(draft.findings, start=1):
        units = "tất cả đơn vị được kiểm tra" if finding.all_inspected else (
            ", ".join(unit.name for unit in finding.units) or "chưa có đơn vị")
        own = draft.deadline_of(finding)
        when = "Thường xuyên" if finding.ongoing else vn_date(own, "chưa rõ")
        text = " ".join(finding.text.split())
        lines.append(f"  {number:>2}. [{category_label(finding.category)}] {text[:100]}")
        lines.append(f"      → {units}; thời hạn {when}")
    for problem in draft.problems:
        lines.append(("  ✗ " if problem.blocking else "  ! ") + problem.message)
    return "\n".join(lines)


from tracker.demo.command import demo  # noqa: E402  (the demo command lives with its data)

main.add_command(demo)

from tracker.reports.command import report  # noqa: E402  (thin: the builders live in tracker.reports)

main.add_command(report)


from tracker.reminders.commands import deadlines, outbox, reminders, scheduler_command  # noqa: E402

main.add_command(reminders)
main.add_command(outbox)
main.add_command(scheduler_command)
main.add_command(deadlines)
