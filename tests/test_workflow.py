"""The workflow: the transition table driven over every (role, state, trigger)."""

import itertools

import pytest
from sqlalchemy import func, select

from tracker.extensions import db
from tracker.models import STATES, ItemEvent
from tracker.operations.items import transition
from tracker.workflow import MACHINE, RULES, NotAllowed, StaleVersion, allowed_triggers

from factories import items_of, make_inspection, make_unit, make_user

TRIGGERS = [rule.trigger for rule in RULES]
ACTORS = ["officer_own", "officer_other", "coordinator", "admin", "viewer"]

# Written out by hand from DESIGN §3 (not derived from RULES) so the test can catch a wrong table.
EXPECTED = {
    ("officer_own", "open", "start"),
    ("officer_own", "open", "report"),
    ("officer_own", "in_progress", "report"),
    *{(role, "open", "start") for role in ("coordinator", "admin")},
    *{(role, state, "report") for role in ("coordinator", "admin") for state in ("open", "in_progress")},
    *{(role, "reported", trigger) for role in ("coordinator", "admin") for trigger in ("verify", "return_")},
    *{(role, "verified", "reopen") for role in ("coordinator", "admin")},
}
DESTINATIONS = {"start": "in_progress", "report": "reported", "verify": "verified",
                "return_": "in_progress", "reopen": "in_progress"}


@pytest.fixture
def world():
    """Two communes, one item for the first, and a user of every kind."""
    own, other = make_unit("Canh Nậu"), make_unit("Xuân Lương")
    actors = {
        "officer_own": make_user("officer", own),
        "officer_other": make_user("officer", other),
        "coordinator": make_user("coordinator"),
        "admin": make_user("admin"),
        "viewer": make_user("viewer"),
    }
    reporter = make_user("officer", own, email="reporter@test.vn")
    item = items_of(make_inspection([own]))[0]
    db.session.commit()
    return item, actors, reporter


def _put_in_state(item, state, reporter):
    """Force an item into ``state`` as if an officer other than the test actors had reported it."""
    item.state = state
    item.reported_by_id = reporter.id if state in {"reported", "verified"} else None
    db.session.commit()


def _event_count(item):
    return db.session.scalar(select(func.count()).select_from(ItemEvent).where(ItemEvent.item_id == item.id))


@pytest.mark.parametrize("actor_key,state,trigger", list(itertools.product(ACTORS, STATES, TRIGGERS)))
def test_transition_table(world, actor_key, state, trigger):
    """Each (role, state, trigger) is allowed exactly when DESIGN §3 says, and a refusal changes nothing."""
    item, actors, reporter = world
    actor = actors[actor_key]
    _put_in_state(item, state, reporter)
    expected = (actor_key, state, trigger) in EXPECTED
    offered = trigger in {rule.trigger for rule in allowed_triggers(item, actor)}
    assert offered == expected
    before_events, before_version = _event_count(item), item.version
    if expected:
        transition(item, trigger, actor, text="Nội dung", expected_version=item.version)
        db.session.commit()
        assert item.state == DESTINATIONS[trigger]
        assert _event_count(item) == before_events + 1
        assert item.version == before_version + 1
    else:
        with pytest.raises(NotAllowed) as refused:
            transition(item, trigger, actor, text="Nội dung", expected_version=item.version)
        assert refused.value.message  # a Vietnamese sentence for the user
        db.session.rollback()
        assert db.session.get(type(item), item.id).state == state
        assert _event_count(item) == before_events


def test_verify_never_by_reporter(world):
    """A coordinator who reported an item cannot verify it; another coordinator can."""
    item, actors, _ = world
    coordinator = actors["coordinator"]
    transition(item, "report", coordinator, text="Đã khắc phục")
    assert "verify" not in {rule.trigger for rule in allowed_triggers(item, coordinator)}
    with pytest.raises(NotAllowed, match="tự xác nhận"):
        transition(item, "verify", coordinator)
    transition(item, "verify", actors["admin"])
    assert item.state == "verified" and item.verified_by_id == actors["admin"].id


@pytest.mark.parametrize("trigger,state", [("report", "in_progress"), ("return_", "reported"),
                                           ("reopen", "verified")])
@pytest.mark.parametrize("text", [None, "", "   "])
def test_text_required(world, trigger, state, text):
    """report needs a progress note; return_ and reopen need a reason."""
    item, actors, reporter = world
    _put_in_state(item, state, reporter)
    with pytest.raises(NotAllowed, match="Vui lòng nhập"):
        transition(item, trigger, actors["coordinator"], text=text)
    assert item.state == state


def test_report_records_progress_and_time(world):
    """Reporting stores the progress note, who reported and the local report date."""
    item, actors, _ = world
    transition(item, "report", actors["officer_own"], text="  Đã ban hành kế hoạch  ")
    assert item.progress == "Đã ban hành kế hoạch"
    assert item.reported_by_id == actors["officer_own"].id
    assert item.reported_at is not None and item.reported_on is not None
    transition(item, "return_", actors["coordinator"], text="Thiếu minh chứng")
    assert item.reported_at is None and item.state == "in_progress"


def test_stale_version_changes_nothing(world):
    """A trigger fired from a page rendered before someone else's change is refused; nothing changes."""
    item, actors, _ = world
    seen_version = item.version
    transition(item, "start", actors["officer_own"], expected_version=seen_version)
    db.session.commit()
    events = _event_count(item)
    with pytest.raises(StaleVersion) as stale:
        transition(item, "report", actors["coordinator"], text="x", expected_version=seen_version)
    assert "vừa được người khác cập nhật" in stale.value.message
    db.session.rollback()
    assert item.state == "in_progress" and _event_count(item) == events


def test_concurrent_update_detected_at_flush(world, app):
    """Two sessions load the same item; the second to write fails with StaleVersion, not a lost update."""
    item, actors, _ = world
    item.state, actors["officer_own"].role  # load what transition() reads, then end our transaction
    db.session().expire_on_commit = False
    db.session.commit()
    other_session = db.session.session_factory()  # an independent session
    try:
        other_item = other_session.get(type(item), item.id)
        other_item.progress = "Sửa song song"
        other_session.commit()
    finally:
        other_session.close()
    with pytest.raises(StaleVersion):
        transition(item, "start", actors["officer_own"])
    db.session.rollback()


def test_machine_never_attached_to_items(world):
    """Firing triggers leaves no machine methods on the ORM object and keeps no reference to it."""
    item, actors, _ = world
    transition(item, "start", actors["officer_own"])
    assert not hasattr(item, "trigger") and not hasattr(item, "may_start")
    assert MACHINE.models == []


def test_listing_triggers_builds_no_machine(monkeypatch):
    """Asking the allowed triggers of many items uses the one shared machine, never a new one."""
    import transitions

    from tracker.models import Item, User

    built = []
    real_init = transitions.Machine.__init__
    monkeypatch.setattr(transitions.Machine, "__init__",
                        lambda self, *a, **k: (built.append(1), real_init(self, *a, **k))[1])
    user = User(id=1, role="admin", is_active_account=True)
    items = [Item(id=n, state=state, unit_id=1) for n, state in enumerate(list(STATES) * 250)]
    offered = [allowed_triggers(item, user) for item in items]
    assert built == []
    assert {rule.trigger for rule in offered[0]} == {"start", "report"}
