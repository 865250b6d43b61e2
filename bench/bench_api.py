"""Benchmark the JSON API on the dataset of ``bench/generate.py``: server time of an items list of
100 (a coordinator's whole scope, and an officer's) and of a transition, through a token.

    python bench/generate.py            # once: ~100,000 items in bench/data/bench.db
    python bench/bench_api.py [--runs 15]

Times are measured in-process around the Flask request (server time, no network), median and
95th percentile, as in ``bench/bench_board.py``.
"""

import argparse

from sqlalchemy import select

from bench.bench_board import timed
from bench.generate import default_url


def main():
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from tracker import create_app
    from tracker.extensions import db
    from tracker.models import Item, User
    from tracker.operations.tokens import create_token

    url = default_url()
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "TRACKER_API_RATE_LIMIT": 10**9})
    with app.app_context():
        items = db.session.scalar(select(db.func.count()).select_from(Item))
        coordinator = db.session.scalar(select(User).where(User.role == "coordinator"))
        headers = {"coordinator": {"Authorization": f"Bearer {create_token(coordinator, 'bench', 'write', 1)[1]}"}}
        db.session.commit()
        open_items = db.session.scalars(select(Item.id).where(Item.state == "open")
                                        .limit(args.runs + 1)).all()
    client = app.test_client()

    def listing(role):
        response = client.get("/api/v1/items?per_page=100", headers=headers[role])
        assert response.status_code == 200 and len(response.get_json()["items"]) == 100, response.status_code

    list_ms = timed(lambda: listing("coordinator"), args.runs)
    targets = iter(open_items)

    def fire():
        response = client.post(f"/api/v1/items/{next(targets)}/transitions", json={"trigger": "start"},
                               headers=headers["coordinator"])
        assert response.status_code == 200, response.status_code

    transition_ms = timed(fire, args.runs)
    print(f"{url.split('://')[0]}: {items:,} items, {args.runs} runs each (median / p95, ms)")
    print(f"  GET /api/v1/items?per_page=100 (coordinator)  {list_ms[0]:8.1f} / {list_ms[1]:8.1f}")
    print(f"  POST /api/v1/items/<id>/transitions (start)   {transition_ms[0]:8.1f} / {transition_ms[1]:8.1f}")


if __name__ == "__main__":
    main()
