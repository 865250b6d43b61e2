"""Benchmark: parse seed 001 (the Yên Thế conclusion) into a draft, as the importer does.

Reads the file, finds the deficiency section, resolves the communes against the demo's 21
units (and against a 3,321-unit registry, the size of Vietnam's communes), and prints the
median and p95 of the parse time.

    python -m bench.bench_import [--repeat 50]
"""

import argparse
import statistics
import time

from tracker.demo import CONCLUSION, UNITS_CSV
from tracker.importer.parser import parse_file
from tracker.importer.units import Registry, RegistryUnit


def demo_units() -> list[RegistryUnit]:
    import csv

    rows = list(csv.DictReader(UNITS_CSV.read_text(encoding="utf-8").splitlines()))
    return [RegistryUnit(index + 1, row["name"], row["kind"]) for index, row in enumerate(rows)]


def national_units() -> list[RegistryUnit]:
    """The demo's units plus synthetic communes up to 3,321 names."""
    units = demo_units()
    syllables = ["An", "Bình", "Châu", "Đông", "Hòa", "Lạc", "Minh", "Ngọc", "Phú", "Quang", "Sơn",
                 "Tân", "Thạnh", "Trung", "Vĩnh", "Xuân", "Yên", "Long", "Hưng", "Mỹ"]
    index = 0
    while len(units) < 3321:
        first, second = syllables[index % 20], syllables[(index // 20) % 20]
        name = f"{first} {second}" + (f" {index // 400 + 1}" if index >= 400 else "")
        units.append(RegistryUnit(1000 + index, name, "xa"))
        index += 1
    return units


def timed(data: bytes, registry: Registry, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        draft = parse_file(CONCLUSION.name, data, registry)
        times.append(time.perf_counter() - start)
    assert len(draft.findings) == 18 and draft.pair_count() == 130, "seed 001 no longer parses right"
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    data = CONCLUSION.read_bytes()
    for label, units in (("21 units (demo)", demo_units()), ("3,321 units", national_units())):
        times = sorted(timed(data, Registry(units), args.repeat))
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(f"parse seed 001 against {label:<16} median {statistics.median(times) * 1000:7.1f} ms"
              f"   p95 {p95 * 1000:7.1f} ms   ({args.repeat} runs)")


if __name__ == "__main__":
    main()
