"""Benchmark the daily reminder decision on the dataset of ``bench/generate.py`` (~100,000 items).

    python -m bench.generate                 # once: bench/data/bench.db
    python -m bench.bench_reminders [--runs 5] [--date YYYY-MM-DD]

Prints the median and worst time of
- the decision alone (what ``tracker reminders run --dry-run`` does: reads, policy, digests);
- the decision plus enqueueing (rendering every digest and the INSERT), rolled back each time so
  the runs are comparable;
- one real run, committed, then its rows removed so the dataset stays reusable;
and the number of SQL statements of a run (fixed: it does not grow with the data).
"""

import argparse
import statistics
import time
from datetime import date

from sqlalchemy import delete, event, func, select

from bench.generate import default_url


def main():
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--date", default=None, help="Local date to decide (default: today).")
    args = parser.parse_args()
    from flask_migrate import upgrade

    from tracker import MIGRATIONS_DIR, create_app
    from tracker.clock import today
    from tracker.extensions import db
    from tracker.models import Item, OutboxMessage
    from tracker.reminders.decide import plan_daily, run_daily

    app = create_app({"SQLALCHEMY_DATABASE_URI": default_url(), "SECRET_KEY": "bench",
                      "TRACKER_BASE_URL": "https://theodoi.example.vn"})
    with app.app_context():
        upgrade(directory=str(MIGRATIONS_DIR))  # a dataset generated before the outbox existed
        day = date.fromisoformat(args.date) if args.date else today()
        items = db.session.scalar(select(func.count()).select_from(Item))
        db.session.rollback()

        def timed(action, runs):
            samples = []
            for _ in range(runs):
                start = time.perf_counter()
                result = action()
                samples.append(time.perf_counter() - start)
                db.session.rollback()
            return statistics.median(samples), max(samples), result

        decide_median, decide_max, plan = timed(lambda: plan_daily(day), args.runs)
        statements = []

        def record(conn, cursor, statement, *rest):
            statements.append(statement)

        def enqueue_rolled_back():
            plan_, new = run_daily(day)
            return len(plan_.digests), new

        event.listen(db.engine, "before_cursor_execute", record)
        enqueue_rolled_back()
        db.session.rollback()
        event.remove(db.engine, "before_cursor_execute", record)
        full_median, full_max, (digests, _) = timed(enqueue_rolled_back, args.runs)
        start = time.perf_counter()
        _, new = run_daily(day)
        db.session.commit()
        real = time.perf_counter() - start
        db.session.execute(delete(OutboxMessage).where(OutboxMessage.for_date == day,
                                                       OutboxMessage.kind == "daily"))
        db.session.commit()

    print(f"{default_url()}: {items:,} items, date {day:%d/%m/%Y} "
          f"(window {', '.join(d.strftime('%d/%m') for d in plan.window) or 'ngày nghỉ'})")
    print(f"  decision only (dry run)      median {decide_median:6.2f} s   max {decide_max:6.2f} s   "
          f"({args.runs} runs, {len(plan.digests):,} digests)")
    print(f"  decision + enqueue (rolled)  median {full_median:6.2f} s   max {full_max:6.2f} s   "
          f"({args.runs} runs, {digests:,} rows, {len(statements)} SQL statements)")
    print(f"  one real run, committed      {real:6.2f} s   ({new:,} rows inserted, then removed)")


if __name__ == "__main__":
    main()
