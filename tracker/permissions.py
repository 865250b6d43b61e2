"""Who may do what to an item besides moving its state (the workflow table covers that).

Views ask these before showing a form and again before acting on it.
"""

from tracker.models import Item, User


def is_unit_officer(item: Item, user: User) -> bool:
    """An active officer of the item's unit."""
    return user.is_active and user.role == "officer" and user.unit_id == item.unit_id


def can_edit_texts(item: Item, user: User) -> bool:
    """Remedy plan and progress note: the unit's officers and coordinators, until verified."""
    return item.state != "verified" and (is_unit_officer(item, user) or user.coordinates)


def can_add_evidence(item: Item, user: User) -> bool:
    """Evidence files: same people as the texts, until verified."""
    return can_edit_texts(item, user)


def can_comment(item: Item, user: User) -> bool:
    """Comments: everyone who works on the item (viewers only read)."""
    return is_unit_officer(item, user) or user.coordinates


def can_extend(item: Item, user: User) -> bool:
    """Coordinators extend deadlines directly, and decide on requests, until verified."""
    return user.coordinates and item.state != "verified"


def can_request_extension(item: Item, user: User) -> bool:
    """An officer may ask for more time while the item is still being worked on."""
    return (
        is_unit_officer(item, user)
        and item.state in {"open", "in_progress"}
        and item.requested_deadline is None
    )
