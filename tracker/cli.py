"""The ``tracker`` command: Flask's CLI bound to the app factory, plus our thin commands."""

import sys
from pathlib import Path

import click
from flask.cli import FlaskGroup, with_appcontext
from sqlalchemy import select

from tracker import create_app
from tracker.extensions import db
from tracker.models import ROLES, Unit


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
@click.option("--unit", "unit_name", default=None, help="Unit name (required for officers).")
@click.option("--head", is_flag=True, help="Mark as head of the unit (receives escalations).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def create_user_command(email, full_name, role, unit_name, head, password_stdin):
    """Create a user; the password is read from stdin or prompted, never from the command line."""
    from tracker.services.users import UserError, create_user

    if password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Mật khẩu", hide_input=True, confirmation_prompt=True)
    unit = None
    if unit_name:
        unit = db.session.scalar(select(Unit).where(Unit.name == unit_name.strip()))
        if unit is None:
            raise click.ClickException(f"Không tìm thấy đơn vị “{unit_name}”.")
    try:
        user = create_user(email, full_name, role, password, unit=unit, is_head_of_unit=head)
    except UserError as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Đã tạo tài khoản {user.email} ({user.role_label}).")


@main.group()
def units():
    """Manage the unit registry."""


@units.command("load")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def load_units_command(csv_file: Path):
    """Create or update units from a CSV file with columns name, kind, code, parent, email."""
    from tracker.services.units import UnitError, load_csv

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


from tracker.demo.command import demo  # noqa: E402  (the demo command lives with its data)

main.add_command(demo)

from tracker.reminders.commands import outbox, reminders, scheduler_command  # noqa: E402

main.add_command(reminders)
main.add_command(outbox)
main.add_command(scheduler_command)
