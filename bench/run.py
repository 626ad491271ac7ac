"""make bench: extraction throughput, rules over a 1M-figure table, peak memory.

Generates its data (never committed): news-like articles totalling >= 50 MB,
and a figures table of >= 1,000,000 rows made by repeating the extracted table
under new document names (so claims recur across documents, as in a real
archive). One process; numbers go to stdout as a small table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
import pandas as pd
from generate import corpus

from checker import fx
from checker.config import Config
from checker.documents import Document
from checker.engine import run_rules
from checker.lexicon import load_lexicon
from checker.pipeline import configured_rules, extract_documents


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--figures", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=2, help="also time extraction with this many processes (1: skip)")
    args = parser.parse_args()

    load_lexicon("en")  # compile once, outside the timings
    texts = corpus(args.megabytes)
    size = sum(len(t.encode("utf-8")) for t in texts)
    documents = [Document(f"article-{i:06d}.txt", t, dt.date(2025, 6, 1), "header", "en") for i, t in enumerate(texts)]

    started = time.perf_counter()
    table = fx.to_usd(extract_documents(documents), fx.load_rates())
    extract_s = time.perf_counter() - started
    print(f"extraction (one process): {size / 1e6:.1f} MB, {len(documents)} documents, {len(table):,} figures in {extract_s:.2f} s "
          f"= {size / 1e6 / extract_s:.2f} MB/s ({len(table) / extract_s:,.0f} figures/s)")  # fmt: skip
    if args.jobs > 1:
        started = time.perf_counter()
        together = fx.to_usd(extract_documents(documents, args.jobs), fx.load_rates())
        jobs_s = time.perf_counter() - started
        same = "same table" if together.equals(table) else "TABLES DIFFER"
        print(f"extraction (--jobs {args.jobs}): {jobs_s:.2f} s = {size / 1e6 / jobs_s:.2f} MB/s ({same})")
        del together

    # The 1M-figure table: the extracted rows repeated under new document names.
    copies = -(-args.figures // len(table))
    rows = max(args.figures, len(table))
    big = table.iloc[np.tile(np.arange(len(table)), copies)[:rows]].reset_index(drop=True)
    copy_of = np.repeat(np.arange(copies), len(table))[:rows].astype(str)
    # Object columns, as figures.build_table makes them (with pyarrow installed
    # pandas would otherwise infer Arrow strings, a different workload).
    big["doc"] = big["doc"].astype(str).str.cat(copy_of, sep="#").astype(object)
    big["id"] = pd.Series([f"f{i}" for i in range(1, rows + 1)], dtype=object)
    del texts, documents, table
    gc.collect()
    rules, _ = configured_rules(Config())

    started = time.perf_counter()
    findings = run_rules(big, rules)
    rules_s = time.perf_counter() - started
    print(f"rules: {len(rules)} rules over {len(big):,} figures in {rules_s:.2f} s, {len(findings):,} findings")
    print(f"peak memory (max RSS): {peak_mb():.0f} MB (largest worker: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
