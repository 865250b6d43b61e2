"""Creating and changing user accounts.

A password change or reset, deactivation, and a change of role or unit end every session of the
user (``User.end_sessions``): a browser signed in before must sign in again.
"""

import secrets

from sqlalchemy import func, select

from tracker.extensions import db
from tracker.models import ROLES, Unit, User
from tracker.operations.tokens import revoke_all
from tracker.sanitize import plausible_email


class UserError(ValueError):
    """Invalid user data; the message is Vietnamese."""


def create_user(
    email: str,
    full_name: str,
    role: str,
    password: str,
    unit: Unit | None = None,
    is_head_of_unit: bool = False,
) -> User:
    """Create a user with a hashed password. Officers must belong to a unit."""
    email = (email or "").strip().lower()
    if not plausible_email(email):
        raise UserError(f"Địa chỉ email không hợp lệ: {email!r}.")
    if role not in ROLES:
        raise UserError(f"Vai trò không hợp lệ: {role!r}. Chọn một trong: {', '.join(ROLES)}.")
    if role != "admin" and unit is None:
        raise UserError("Cán bộ đơn vị phải thuộc một đơn vị." if role == "officer" else
                        "Mọi vai trò trừ quản trị đều phải thuộc một đơn vị (đơn vị quyết định phạm vi được xem).")
    if len(password or "") < 8:
        raise UserError("Mật khẩu phải có ít nhất 8 ký tự.")
    if db.session.scalar(select(User.id).where(func.lower(User.email) == email)):
        raise UserError(f"Đã có tài khoản với email {email}.")
    user = User(
        email=email,
        full_name=full_name.strip() or email,
        role=role,
        unit=unit,
        is_head_of_unit=is_head_of_unit,
    )
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    return user


def update_user(user: User, *, full_name: str, role: str, unit: Unit | None, is_head_of_unit: bool,
                active: bool, notify_due_soon: bool, acting: User) -> User:
    """Change a user's profile and rights. An admin cannot lock themselves out."""
    if role not in ROLES:
        raise UserError(f"Vai trò không hợp lệ: {role!r}.")
    if user.id == acting.id and (role != "admin" or not active):
        raise UserError("Bạn không thể tự bỏ quyền quản trị hoặc khóa tài khoản của chính mình.")
    if role != "admin" and unit is None and (active or role == "officer"):
        raise UserError("Cán bộ đơn vị phải thuộc một đơn vị." if role == "officer" else
                        "Mọi vai trò trừ quản trị đều phải thuộc một đơn vị (đơn vị quyết định phạm vi được xem).")
    if role != user.role or (unit.id if unit else None) != user.unit_id or (user.is_active_account and not active):
        user.end_sessions()  # new rights, or none: every open session must sign in again
    if user.is_active_account and not active:
        revoke_all(user)  # a deactivated account's API tokens end with its sessions
    user.full_name = full_name.strip() or user.full_name
    user.role, user.unit = role, unit
    user.is_head_of_unit, user.is_active_account, user.notify_due_soon = is_head_of_unit, active, notify_due_soon
    db.session.flush()
    return user


def change_password(user: User, current: str, new: str, confirm: str) -> None:
    """A user changes their own password (the current one is required)."""
    if not user.check_password(current or ""):
        raise UserError("Mật khẩu hiện tại không đúng.")
    if new != confirm:
        raise UserError("Mật khẩu mới nhập lại không khớp.")
    if len(new or "") < 8:
        raise UserError("Mật khẩu phải có ít nhất 8 ký tự.")
    user.set_password(new)
    user.end_sessions()
    db.session.flush()


def reset_password_value() -> str:
    """A random temporary password, easy to read out on the phone."""
    return secrets.token_urlsafe(9)


def reset_password(user: User) -> str:
    """Give a user a new random temporary password and return it (shown once to the admin)."""
    password = reset_password_value()
    user.set_password(password)
    user.end_sessions()
    db.session.flush()
    return password


def update_preferences(user: User, *, notice_mode: str, notify_due_soon: bool, channels: list[str],
                       phone: str, zalo_id: str, weekly_summary: bool, summary_excel: bool) -> None:
    """A user's own mail preferences: how event notices reach them, on which channels, and the
    leaders' weekly summary. A message channel needs an address (a phone number or a Zalo id)."""
    from tracker.reminders.channels import CHANNELS

    if notice_mode not in ("immediate", "digest"):
        raise UserError("Cách nhận thông báo không hợp lệ.")
    chosen = [name for name in CHANNELS if name in channels]
    if not chosen:
        raise UserError("Vui lòng chọn ít nhất một kênh nhận nhắc việc.")
    phone, zalo_id = phone.strip(), zalo_id.strip()
    if phone and not phone.replace("+", "", 1).replace(" ", "").isdigit():
        raise UserError("Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +).")
    if "webhook" in chosen and not (phone or zalo_id):
        raise UserError("Để nhận tin nhắn, vui lòng nhập số điện thoại hoặc Zalo ID.")
    user.notice_mode, user.notify_due_soon = notice_mode, notify_due_soon
    user.channels = ",".join(chosen)
    user.phone, user.zalo_id = phone.replace(" ", "") or None, zalo_id or None
    user.weekly_summary, user.summary_excel = weekly_summary, summary_excel
