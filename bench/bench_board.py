"""Benchmark the board at scale: server time of the overview, a unit board and a transition,
and the bare SQL aggregate behind the overview, on the dataset of ``bench/generate.py``.

    python bench/generate.py            # once: ~100,000 items in bench/data/bench.db
    python bench/bench_board.py [--runs 15]
    DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/bench python bench/bench_board.py

Times are measured in-process around the Flask request (server time, no network), median and
95th percentile; the ratio compares the overview page with its bare aggregate query.
"""

import argparse
import random
import statistics
import time

from sqlalchemy import select, text

from bench.generate import PASSWORD, default_url


def percentile(values, share):
    """The value below which ``share`` of ``values`` fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def timed(fn, runs):
    """Run ``fn`` ``runs`` times after one warm-up; return (median, p95) in milliseconds."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), percentile(samples, 0.95)


def main():
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from tracker import create_app
    from tracker.clock import today
    from tracker.extensions import db
    from tracker.models import Inspection, Item, User
    from tracker.queries.board import overview_query
    from tracker.queries.filters import ItemFilters

    url = default_url()
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False})
    with app.app_context():
        items = db.session.scalar(select(db.func.count()).select_from(Item))
        coordinator = db.session.scalar(select(User).where(User.role == "coordinator"))
        inspection = db.session.get(Inspection, 1)
        query = overview_query(inspection, coordinator, ItemFilters(), today())
        compiled = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
        open_items = db.session.scalars(select(Item.id).where(Item.state == "open").limit(args.runs + 1)).all()
        unit_id = db.session.scalar(select(Item.unit_id).limit(1))

    def bare_sql():
        with app.app_context():
            with db.engine.connect() as connection:
                connection.execute(text(compiled)).all()

    client = app.test_client()
    client.post("/login", data={"email": coordinator.email, "password": PASSWORD})
    overview_ms = timed(lambda: client.get("/inspections/1"), args.runs)
    page = client.get("/inspections/1").get_data(as_text=True)
    version = page.split('"X-Board-Version": "', 1)[1].split('"', 1)[0]
    htmx = {"HX-Request": "true", "HX-Target": "overview-body"}
    refresh_ms = timed(lambda: client.get("/inspections/1", headers=htmx), args.runs)

    def poll():
        response = client.get("/inspections/1", headers={**htmx, "X-Board-Version": version})
        assert response.status_code == 204, response.status_code

    poll_ms = timed(poll, args.runs)
    board_ms = timed(lambda: client.get(f"/inspections/1/units/{unit_id}"), args.runs)
    sql_ms = timed(bare_sql, args.runs)
    targets = iter(open_items)

    def fire():
        item_id = next(targets)
        response = client.post(f"/items/{item_id}/transition/start",
                               data={"context": "board", "from_state": "open"},
                               headers={"HX-Request": "true"})
        assert response.status_code == 200, response.status_code

    transition_ms = timed(fire, args.runs)
    print(f"{url.split('://')[0]}: {items:,} items, {args.runs} runs each (median / p95, ms)")
    print(f"  overview page        {overview_ms[0]:8.1f} / {overview_ms[1]:8.1f}")
    print(f"  bare SQL aggregate   {sql_ms[0]:8.1f} / {sql_ms[1]:8.1f}")
    print(f"  ratio page / SQL     {overview_ms[0] / sql_ms[0]:8.2f}×")
    print(f"  refresh, changed     {refresh_ms[0]:8.1f} / {refresh_ms[1]:8.1f}   (the minute's poll: fragment)")
    print(f"  refresh, unchanged   {poll_ms[0]:8.1f} / {poll_ms[1]:8.1f}   (204, no aggregation)")
    print(f"  ratio changed / 204  {refresh_ms[0] / poll_ms[0]:8.2f}×")
    print(f"  unit board page      {board_ms[0]:8.1f} / {board_ms[1]:8.1f}")
    print(f"  transition (htmx)    {transition_ms[0]:8.1f} / {transition_ms[1]:8.1f}")


if __name__ == "__main__":
    main()
