"""Generate the large benchmark dataset: 3,321 communes (Vietnam after 2025) × 30 findings ≈ 100,000
items, with history, on the database ``DATABASE_URL`` points to (default: ``bench/data/bench.db``).

    python bench/generate.py [--units 3321] [--findings 30] [--seed 1]

Rows go in with bulk INSERTs (no ORM objects) so the dataset builds in seconds. The app, users and
the workflow see it exactly like real data: states, deadlines around today, reports, verifications.
"""

import argparse
import os
import random
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert, text
from werkzeug.security import generate_password_hash

from tracker.categories import CATEGORIES
from tracker.workdays import effective_deadline

HERE = Path(__file__).resolve().parent
PASSWORD = "bench1234"


def default_url() -> str:
    """The database to fill: ``DATABASE_URL`` or a SQLite file under bench/data/."""
    (HERE / "data").mkdir(exist_ok=True)
    return os.environ.get("DATABASE_URL") or f"sqlite:///{HERE / 'data' / 'bench.db'}"


def build_app(url: str):
    """An app on ``url`` with a freshly migrated, empty schema."""
    from flask_migrate import downgrade, upgrade

    from tracker import MIGRATIONS_DIR, create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench"})
    with app.app_context():
        downgrade(directory=str(MIGRATIONS_DIR), revision="base")
        upgrade(directory=str(MIGRATIONS_DIR))
    return app


def _chunks(rows, size=5000):
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def generate(app, units: int, findings: int, seed: int) -> dict:
    """Fill the database; returns counts."""
    from tracker.extensions import db
    from tracker.models import Finding, Inspection, Item, ItemEvent, Unit, User

    rng = random.Random(seed)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    today = (now + timedelta(hours=7)).date()
    password_hash = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
    with app.app_context():
        session = db.session
        provinces = 34
        session.execute(insert(Unit), [
            {"id": p + 1, "name": f"Tỉnh {p + 1:02d}", "kind": "tinh", "created_at": now}
            for p in range(provinces)])
        unit_rows = [{"id": provinces + n + 1, "name": f"Xã Thử Nghiệm {n + 1:04d}", "kind": "xa",
                      "parent_id": n % provinces + 1, "email": f"xa{n + 1}@bench.vn", "created_at": now}
                     for n in range(units)]
        for chunk in _chunks(unit_rows):
            session.execute(insert(Unit), chunk)
        unit_ids = [row["id"] for row in unit_rows]
        office_id = provinces + units + 1  # the coordinating office: digests are scoped by it
        session.execute(insert(Unit), [{"id": office_id, "name": "Phòng Nội vụ (thử tải)", "kind": "phong",
                                        "parent_id": 1, "email": "noivu@bench.vn", "created_at": now}])
        users = [{"id": 1, "email": "noivu@bench.vn", "full_name": "Phòng Nội vụ", "role": "coordinator",
                  "unit_id": office_id, "password_hash": password_hash, "is_head_of_unit": False, "active": True,
                  "notify_due_soon": True, "created_at": now},
                 {"id": 2, "email": "admin@bench.vn", "full_name": "Quản trị", "role": "admin",
                  "password_hash": password_hash, "is_head_of_unit": False, "active": True,
                  "notify_due_soon": True, "created_at": now}]
        users += [{"id": 3 + n, "email": f"canbo{n + 1}@bench.vn", "full_name": f"Cán bộ {n + 1}",
                   "role": "officer", "unit_id": unit_id, "password_hash": password_hash,
                   "is_head_of_unit": False, "active": True, "notify_due_soon": True, "created_at": now}
                  for n, unit_id in enumerate(unit_ids)]
        for chunk in _chunks(users):
            session.execute(insert(User), chunk)
        officer_of = {row["unit_id"]: row["id"] for row in users if row.get("role") == "officer"}
        session.execute(insert(Inspection), [{"id": 1, "title": "Kết luận kiểm tra CCHC (dữ liệu thử tải)",
                                              "report_deadline": today, "created_at": now - timedelta(days=60),
                                              "coordinator_unit_id": office_id}])
        categories = [code for code in CATEGORIES if code != "khac"]
        session.execute(insert(Finding), [
            {"id": f + 1, "inspection_id": 1, "category": categories[f % len(categories)],
             "heading": f"{f % 6 + 1}. Nhóm hạn chế", "position": f + 1, "created_at": now,
             "text": f"Hạn chế thử nghiệm số {f + 1}: việc niêm yết, số hóa hồ sơ còn chưa đầy đủ."}
            for f in range(findings)])
        items, events = [], []
        created = now - timedelta(days=60)
        event_id = 0
        for f in range(findings):
            for unit_id in unit_ids:
                item_id = len(items) + 1
                state = rng.choices(["open", "in_progress", "reported", "verified"], [3, 4, 1, 2])[0]
                offset = rng.choice([None] + list(range(-30, 45)))
                deadline = None if offset is None else today + timedelta(days=offset)
                row = {"id": item_id, "finding_id": f + 1, "unit_id": unit_id, "state": state,
                       "deadline": deadline, "original_deadline": deadline, "version": 1,
                       "effective_deadline": effective_deadline(deadline),
                       "created_at": created, "updated_at": created}
                event_id += 1
                events.append({"id": event_id, "item_id": item_id, "action": "create", "to_state": "open",
                               "new_deadline": deadline, "at": created})
                path = {"open": [], "in_progress": ["start"], "reported": ["start", "report"],
                        "verified": ["start", "report", "verify"]}[state]
                when, previous = created, "open"
                for trigger in path:
                    when += timedelta(days=rng.randint(1, 15))
                    dest = {"start": "in_progress", "report": "reported", "verify": "verified"}[trigger]
                    actor = 1 if trigger == "verify" else officer_of[unit_id]
                    event_id += 1
                    events.append({"id": event_id, "item_id": item_id, "actor_id": actor, "action": trigger,
                                   "from_state": previous, "to_state": dest, "at": min(when, now),
                                   "comment": "Đã khắc phục." if trigger == "report" else None})
                    previous = dest
                    row["version"] += 1
                    if trigger == "report":
                        row.update(progress="Đã khắc phục.", reported_at=min(when, now),
                                   reported_on=(min(when, now) + timedelta(hours=7)).date(),
                                   reported_by_id=actor)
                    if trigger == "verify":
                        row.update(verified_at=min(when, now), verified_by_id=1)
                row["updated_at"] = min(when, now)
                items.append(row)
        item_keys = {key for row in items for key in row}
        items = [{key: row.get(key) for key in item_keys} for row in items]
        event_keys = {key for row in events for key in row}
        events = [{key: row.get(key) for key in event_keys} for row in events]
        for chunk in _chunks(items):
            session.execute(insert(Item), chunk)
        for chunk in _chunks(events):
            session.execute(insert(ItemEvent), chunk)
        if db.engine.dialect.name == "postgresql":
            for table in ("units", "users", "inspections", "findings", "items", "item_events"):
                session.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"))
        session.commit()
        if db.engine.dialect.name == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("ANALYZE"))
        else:
            session.execute(text("ANALYZE"))
            session.commit()
    return {"units": units, "findings": findings, "items": len(items), "events": len(events)}


def main():
    """Build the dataset and print what was made."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=3321)
    parser.add_argument("--findings", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    url = default_url()
    start = time.perf_counter()
    app = build_app(url)
    counts = generate(app, args.units, args.findings, args.seed)
    print(f"{url}: {counts['units']:,} units, {counts['findings']} findings, {counts['items']:,} items, "
          f"{counts['events']:,} events in {time.perf_counter() - start:.1f} s "
          f"(every password: {PASSWORD})")


if __name__ == "__main__":
    main()
