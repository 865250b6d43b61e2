"""Creating and finding users."""

from sqlalchemy import func, select

from tracker.extensions import db
from tracker.models import ROLES, Unit, User


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
    if "@" not in email:
        raise UserError(f"Địa chỉ email không hợp lệ: {email!r}.")
    if role not in ROLES:
        raise UserError(f"Vai trò không hợp lệ: {role!r}. Chọn một trong: {', '.join(ROLES)}.")
    if role == "officer" and unit is None:
        raise UserError("Cán bộ đơn vị phải thuộc một đơn vị.")
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
