"""Benchmark the exports at scale: time and peak memory of the xlsx, docx and csv exports of the
~100,000-item dataset of ``bench/generate.py``.

    python -m bench.generate             # once: ~100,000 items in bench/data/bench.db
    python -m bench.bench_reports [--runs 3] [--formats xlsx docx csv]
    DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/bench python -m bench.bench_reports

Each run is a fresh subprocess (``--one FORMAT``), so its peak resident memory (``ru_maxrss``)
is that export's alone, interpreter and app included; the figure reported is the median time
and the largest peak over the runs. The issue's bound is 1 GB for the xlsx export.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import default_url

LIMIT_MB = 1024


def export_once(fmt: str, target: Path) -> dict:
    """Export the whole benchmark inspection to ``target``; return seconds, peak MB, size."""
    from sqlalchemy import func, select

    from tracker import create_app
    from tracker.clock import today
    from tracker.extensions import db
    from tracker.models import Inspection, Item
    from tracker.reports import csv_export, excel, word
    from tracker.queries.reports import SystemReader
    from tracker.queries.filters import ItemFilters

    app = create_app({"SQLALCHEMY_DATABASE_URI": default_url(), "SECRET_KEY": "bench"})
    with app.app_context():
        inspection = db.session.get(Inspection, 1)
        items = db.session.scalar(select(func.count()).select_from(Item))
        start = time.perf_counter()
        if fmt == "xlsx":
            with target.open("wb") as stream:
                excel.write_workbook(stream, inspection, SystemReader(), ItemFilters(), today())
        elif fmt == "docx":
            target.write_bytes(word.inspection_report(inspection, SystemReader(), today()))
        else:
            with target.open("w", encoding="utf-8", newline="") as stream:
                for chunk in csv_export.csv_chunks(inspection, SystemReader(), ItemFilters(), today()):
                    stream.write(chunk)
        seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"seconds": seconds, "peak_mb": peak_kb / 1024, "bytes": target.stat().st_size, "items": items}


def main():
    """Run each format ``--runs`` times in subprocesses and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", nargs="+", default=["xlsx", "docx", "csv"])
    parser.add_argument("--one", choices=["xlsx", "docx", "csv"], help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(export_once(args.one, Path(args.out))))
        return
    url = default_url()
    print(f"{url.split('://')[0]}: {args.runs} runs per format, each in a fresh process")
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for fmt in args.formats:
            results = []
            for run in range(args.runs):
                out = Path(folder) / f"export-{run}.{fmt}"
                done = subprocess.run(
                    [sys.executable, "-m", "bench.bench_reports", "--one", fmt, "--out", str(out)],
                    capture_output=True, text=True, check=True, env=os.environ.copy())
                results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            median = statistics.median(r["seconds"] for r in results)
            peak = max(r["peak_mb"] for r in results)
            size = results[-1]["bytes"] / 1024 / 1024
            print(f"  {fmt:5} {results[-1]['items']:,} items: median {median:6.1f} s, "
                  f"peak RSS {peak:7.0f} MB, file {size:5.1f} MB")
            if fmt == "xlsx" and peak >= LIMIT_MB:
                failed = True
                print(f"  xlsx peak memory is over the {LIMIT_MB} MB limit")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
