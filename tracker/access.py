"""The access table: every action a user can take or page they can read, who may, and where.

One table (``ACTIONS``) says, for each action, which roles may take it and under which scope;
``can(user, action, obj)`` answers from it. The workflow's transitions, the views (through
``load_or_404`` and the route declarations), the templates, the exports, the reminders and the
tests all ask this module; nothing else holds a list of roles.

Jurisdiction (phạm vi): every user but an admin belongs to a unit, and units nest (province →
communes; province → sở → rooms). An inspection is followed up by its coordinating unit.

- an **admin** manages units and users everywhere and may do all a coordinator may, everywhere;
- a **coordinator** acts on the inspections coordinated by their own unit, and only those;
- a **viewer** (leader) reads what lies under their unit: inspections coordinated there, and the
  items of units there whatever inspection they come from;
- an **officer** sees only their own unit's items, and of an inspection only the findings that
  concern their unit.

A user without a unit (other than an admin) sees nothing until an admin gives them one, and an
inspection without a coordinating unit (imported by an admin or from the command line without an
author) is seen by admins only until one sets it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Finding, Inspection, Item, Unit, User

ADMIN, COORDINATOR, OFFICER, VIEWER = "admin", "coordinator", "officer", "viewer"
EVERYONE = frozenset({ADMIN, COORDINATOR, OFFICER, VIEWER})
COORDINATORS = frozenset({ADMIN, COORDINATOR})
WORKERS = frozenset({ADMIN, COORDINATOR, OFFICER})
READERS_OF_WHOLE = frozenset({ADMIN, COORDINATOR, VIEWER})

# Scopes: where, relative to the user's jurisdiction, an action may be taken.
PUBLIC = "public"        # anyone, signed in or not
SIGNED_IN = "signed_in"  # any signed-in user; what they then see is narrowed by the queries
GLOBAL = "global"        # no object: the whole installation (admins' registry and accounts)
READ = "read"            # the object lies in the user's jurisdiction
WORK = "work"            # an officer's own unit's item, or an inspection the user coordinates
COORDINATE = "coordinate"  # an inspection coordinated by the user's unit (admins: any)


@dataclass(frozen=True)
class Permission:
    """One row of the access table: who may take an action, where, and on what condition.

    ``when`` is a condition on the object besides jurisdiction (an item's state, a pending
    request); it is checked only when an object is given.
    """

    roles: frozenset[str]
    scope: str
    label: str
    when: Callable[[object], bool] | None = None


def _not_verified(item: Item) -> bool:
    return item.state != "verified"


def _may_request(item: Item) -> bool:
    return item.state in {"open", "in_progress"} and item.requested_deadline is None


def _still_open(item: Item) -> bool:
    return item.state in {"open", "in_progress"}


def _has_request(item: Item) -> bool:
    return item.requested_deadline is not None and item.state != "verified"


ACTIONS: dict[str, Permission] = {
    # Open to all
    "public": Permission(frozenset(), PUBLIC, "Đăng nhập, tình trạng hệ thống, tệp giao diện"),
    "account.self": Permission(EVERYONE, SIGNED_IN, "Tài khoản của mình: đổi mật khẩu, đăng xuất"),
    # Reading
    "inspection.list": Permission(EVERYONE, SIGNED_IN, "Danh sách đợt kiểm tra trong phạm vi"),
    "inspection.read": Permission(EVERYONE, READ, "Xem đợt kiểm tra (cán bộ: chỉ hạn chế của đơn vị mình)"),
    "inspection.source": Permission(EVERYONE, READ, "Tải văn bản kết luận gốc"),
    "board.overview": Permission(READERS_OF_WHOLE, READ, "Tổng quan tiến độ theo đơn vị"),
    "board.unit": Permission(EVERYONE, READ, "Bảng nhiệm vụ của một đơn vị"),
    "item.list": Permission(EVERYONE, SIGNED_IN, "Danh sách nhiệm vụ trong phạm vi"),
    "item.read": Permission(EVERYONE, READ, "Xem nhiệm vụ, minh chứng, lịch sử"),
    "report.export": Permission(EVERYONE, READ, "Tải báo cáo Word, Excel, CSV trong phạm vi"),
    # An item's work
    "item.transition": Permission(WORKERS, WORK, "Chuyển trạng thái (mỗi bước theo bảng quy trình)"),
    "item.start": Permission(WORKERS, WORK, "Bắt đầu thực hiện"),
    "item.report": Permission(WORKERS, WORK, "Báo cáo hoàn thành"),
    "item.edit": Permission(WORKERS, WORK, "Sửa giải pháp, tiến độ", when=_not_verified),
    "item.evidence": Permission(WORKERS, WORK, "Thêm minh chứng", when=_not_verified),
    "item.comment": Permission(WORKERS, WORK, "Gửi ý kiến"),
    "evidence.delete": Permission(WORKERS, WORK, "Xóa minh chứng mình đã tải lên (trước khi báo cáo)",
                                  when=_still_open),
    "item.request_extension": Permission(frozenset({OFFICER}), WORK, "Đề nghị gia hạn", when=_may_request),
    # Coordinating an inspection
    "item.verify": Permission(COORDINATORS, COORDINATE, "Xác nhận hoàn thành"),
    "item.return": Permission(COORDINATORS, COORDINATE, "Trả lại"),
    "item.reopen": Permission(COORDINATORS, COORDINATE, "Mở lại"),
    "item.extend": Permission(COORDINATORS, COORDINATE, "Gia hạn trực tiếp", when=_not_verified),
    "item.decide_extension": Permission(COORDINATORS, COORDINATE, "Quyết định đề nghị gia hạn",
                                        when=_has_request),
    "item.bulk": Permission(COORDINATORS, COORDINATE, "Xác nhận, trả lại, gia hạn hàng loạt"),
    "inspection.import": Permission(COORDINATORS, SIGNED_IN, "Nhập kết luận kiểm tra"),
    "inspection.create": Permission(COORDINATORS, SIGNED_IN, "Tạo đợt kiểm tra thủ công"),
    "inspection.edit": Permission(COORDINATORS, COORDINATE, "Sửa đợt kiểm tra, thêm và sửa hạn chế"),
    "inspection.assign": Permission(frozenset({ADMIN}), COORDINATE, "Đổi đơn vị theo dõi đợt kiểm tra"),
    "board.extensions": Permission(COORDINATORS, COORDINATE, "Danh sách đề nghị gia hạn"),
    "desk.mine": Permission(frozenset({OFFICER}), SIGNED_IN,
                            "Việc của tôi: mọi nhiệm vụ của đơn vị mình, xếp theo mức khẩn"),
    "desk.review": Permission(COORDINATORS, SIGNED_IN,
                              "Bàn làm việc: báo cáo chờ xác nhận, đề nghị gia hạn (đợt mình theo dõi)"),
    "unit.nudge": Permission(COORDINATORS, COORDINATE, "Đôn đốc đơn vị qua thư điện tử"),
    "report.letter": Permission(COORDINATORS, COORDINATE, "Văn bản đôn đốc"),
    "outbox.failures": Permission(COORDINATORS, SIGNED_IN,
                                  "Thư không gửi được tới các đơn vị của đợt kiểm tra mình theo dõi"),
    # Administration
    "unit.manage": Permission(frozenset({ADMIN}), GLOBAL, "Quản lý danh mục đơn vị"),
    "user.manage": Permission(frozenset({ADMIN}), GLOBAL, "Quản lý tài khoản"),
    "outbox.manage": Permission(frozenset({ADMIN}), GLOBAL, "Xem và gửi lại thư đi"),
}

TRIGGER_ACTIONS = {"start": "item.start", "report": "item.report", "verify": "item.verify",
                   "return_": "item.return", "reopen": "item.reopen"}


def jurisdiction(user: User) -> frozenset[int]:
    """Ids of the user's unit and every unit under it (cached on the user for the request)."""
    cached = user.__dict__.get("_jurisdiction")
    if cached is None:
        cached = frozenset(db.session.scalars(subtree_ids(user.unit_id))) if user.unit_id else frozenset()
        user.__dict__["_jurisdiction"] = cached
    return cached


def subtree_ids(unit_id: int):
    """A SELECT of a unit's id and the ids of every unit under it (a recursive query)."""
    tree = select(Unit.id).where(Unit.id == unit_id).cte("subtree", recursive=True)
    tree = tree.union_all(select(Unit.id).where(Unit.parent_id == tree.c.id))
    return select(tree.c.id)


def _active(user) -> bool:
    return user is not None and getattr(user, "is_authenticated", False) and user.is_active


def coordinates(user: User, inspection: Inspection) -> bool:
    """Whether ``user`` follows up ``inspection``: its coordinating unit's coordinator, or an admin."""
    if user.role == ADMIN:
        return True
    return (user.role == COORDINATOR and user.unit_id is not None
            and inspection.coordinator_unit_id == user.unit_id)


def reads_whole(user: User, inspection: Inspection) -> bool:
    """Whether ``user`` reads every unit's items of ``inspection`` (not only some units')."""
    if coordinates(user, inspection):
        return True
    return (user.role == VIEWER and inspection.coordinator_unit_id is not None
            and inspection.coordinator_unit_id in jurisdiction(user))


def _concerns(user: User, inspection: Inspection) -> bool:
    """Whether the inspection has items of a unit the user sees (officer: own; viewer: subtree)."""
    if user.unit_id is None or user.role not in {OFFICER, VIEWER} or inspection.coordinator_unit_id is None:
        return False
    units = {user.unit_id} if user.role == OFFICER else jurisdiction(user)
    return db.session.scalar(
        select(Item.id).join(Item.finding)
        .where(Finding.inspection_id == inspection.id, Item.unit_id.in_(units)).limit(1)
    ) is not None


def sees_item(user: User, item: Item) -> bool:
    """Whether ``user`` may read ``item``."""
    inspection = item.finding.inspection
    if user.role == ADMIN:
        return True
    if inspection.coordinator_unit_id is None:
        return False
    if user.role == OFFICER:
        return user.unit_id is not None and item.unit_id == user.unit_id
    if user.role == VIEWER and item.unit_id in jurisdiction(user):
        return True
    return reads_whole(user, inspection)


def sees_unit_board(user: User, inspection: Inspection, unit: Unit) -> bool:
    """Whether ``user`` may open ``unit``'s board of ``inspection``."""
    if user.role == OFFICER:
        return user.unit_id == unit.id and _concerns(user, inspection)
    if reads_whole(user, inspection):
        return True
    return user.role == VIEWER and unit.id in jurisdiction(user)


def _in_scope(user: User, permission: Permission, obj) -> bool:
    """Jurisdiction check of one object for an action of ``permission``'s scope."""
    if user.role == ADMIN:
        return True  # admins act everywhere
    if isinstance(obj, tuple):  # (inspection, unit): a unit's board or a unit's report
        inspection, unit = obj
        if permission.scope == READ:
            return sees_unit_board(user, inspection, unit)
        return coordinates(user, inspection) and _unit_in(inspection, unit)
    if isinstance(obj, Item):
        if permission.scope == READ:
            return sees_item(user, obj)
        if permission.scope == WORK and user.role == OFFICER:
            return sees_item(user, obj)
        return coordinates(user, obj.finding.inspection)
    if isinstance(obj, Inspection):
        if permission.scope == READ:
            return reads_whole(user, obj) or _concerns(user, obj)
        return coordinates(user, obj)
    if isinstance(obj, Finding):
        return _in_scope(user, permission, obj.inspection)
    if isinstance(obj, Unit):  # nudging a unit: one of the inspections it has items in is the user's
        return user.unit_id is not None and db.session.scalar(
            select(Item.id).join(Item.finding).join(Finding.inspection)
            .where(Item.unit_id == obj.id, Inspection.coordinator_unit_id == user.unit_id).limit(1)
        ) is not None
    return False


def _unit_in(inspection: Inspection, unit: Unit) -> bool:
    return db.session.scalar(
        select(Item.id).join(Item.finding)
        .where(Finding.inspection_id == inspection.id, Item.unit_id == unit.id).limit(1)
    ) is not None


def can(user, action: str, obj=None) -> bool:
    """Whether ``user`` may take ``action`` (a key of ``ACTIONS``), on ``obj`` when given.

    Without an object the answer is the role's: may this kind of user ever do it (a menu entry, a
    page that lists only what is in scope). With one, the object must lie in the user's
    jurisdiction and meet the action's condition.
    """
    permission = ACTIONS[action]
    if permission.scope == PUBLIC:
        return True
    if not _active(user) or user.role not in permission.roles:
        return False
    if user.role != ADMIN and user.unit_id is None and (permission.scope != SIGNED_IN
                                                        or permission.roles != EVERYONE):
        return False  # without a unit: own account and empty lists only, until given one
    if obj is None or permission.scope in (SIGNED_IN, GLOBAL):
        return True
    if permission.when is not None and not permission.when(obj):
        return False
    return _in_scope(user, permission, obj)


SCOPE_LABELS = {
    PUBLIC: "mọi người", SIGNED_IN: "người đã đăng nhập (chỉ thấy trong phạm vi)",
    GLOBAL: "toàn hệ thống", READ: "trong phạm vi được xem", WORK: "nhiệm vụ của đơn vị mình / đợt mình theo dõi",
    COORDINATE: "đợt kiểm tra do đơn vị mình theo dõi (quản trị: mọi đợt)",
}
ROLE_ORDER = (ADMIN, COORDINATOR, VIEWER, OFFICER)


def table_markdown() -> str:
    """The access table as a Markdown table (``tracker access``; the design document's roles)."""
    rows = ["| thao tác | vai trò | phạm vi | nội dung |", "|---|---|---|---|"]
    for action, permission in ACTIONS.items():
        roles = ", ".join(role for role in ROLE_ORDER if role in permission.roles) or "mọi người"
        rows.append(f"| `{action}` | {roles} | {SCOPE_LABELS[permission.scope]} | {permission.label} |")
    return "\n".join(rows)
