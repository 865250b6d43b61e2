"""Benchmark: list the allowed triggers of 10,000 items for a user.

Compares the shared machine (what the tracker does) with the naive way of building one
``transitions`` machine per item, and counts the machines each approach creates.

    python bench/bench_triggers.py [--items 10000] [--repeat 7]
"""

import argparse
import random
import statistics
import time
import tracemalloc
from unittest import mock

import transitions

from tracker.models import STATES, Item, User
from tracker.workflow import RULES, allowed_triggers


def make_items(count: int) -> list[Item]:
    """Transient items spread over states and 50 units (no database needed)."""
    rng = random.Random(7)
    return [Item(id=n, state=rng.choice(list(STATES)), unit_id=rng.randrange(50), reported_by_id=None)
            for n in range(count)]


def shared_machine(items, user):
    """The tracker's way: one module-level machine, asked per item."""
    return [allowed_triggers(item, user) for item in items]


class _Model:
    def __init__(self, state):
        self.state = state


def machine_per_item(items, user):
    """The naive way: a new machine for every item, then ask it."""
    result = []
    for item in items:
        model = _Model(item.state)
        machine = transitions.Machine(
            model=model, states=list(STATES), initial=item.state, auto_transitions=False,
            transitions=[{"trigger": r.trigger, "source": list(r.sources), "dest": r.dest} for r in RULES],
        )
        result.append(machine.get_triggers(model.state))
    return result


def measure(fn, items, user, repeat):
    """Median and best wall time over ``repeat`` runs, machines created, peak memory."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(items, user)
        times.append(time.perf_counter() - start)
    real_init = transitions.Machine.__init__
    created = 0

    def counting_init(self, *args, **kwargs):
        nonlocal created
        created += 1
        real_init(self, *args, **kwargs)

    tracemalloc.start()
    with mock.patch.object(transitions.Machine, "__init__", counting_init):
        fn(items, user)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), min(times), created, peak


def main():
    """Print the comparison."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    items = make_items(args.items)
    coordinator = User(id=1, role="coordinator", is_active_account=True)
    print(f"Allowed triggers for {args.items:,} items (coordinator), median of {args.repeat} runs")
    results = {}
    for name, fn in (("shared machine", shared_machine), ("machine per item", machine_per_item)):
        median, best, created, peak = measure(fn, items, coordinator, args.repeat)
        results[name] = median
        print(f"  {name:<17} median {median * 1000:8.1f} ms  best {best * 1000:8.1f} ms  "
              f"{median / args.items * 1e6:6.1f} µs/item  machines built {created:>6}  "
              f"peak {peak / 1024 / 1024:6.1f} MiB")
    print(f"  ratio (per item / shared): {results['machine per item'] / results['shared machine']:.1f}×")


if __name__ == "__main__":
    main()
