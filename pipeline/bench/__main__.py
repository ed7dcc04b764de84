"""Run every benchmark module in pipeline.bench, in name order."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import pipeline.bench as bench


def main() -> None:
    only = set(sys.argv[1:])
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or (only and info.name not in only):
            continue
        module = importlib.import_module(f"pipeline.bench.{info.name}")
        print(f"== {info.name}", flush=True)
        module.main()
        print(flush=True)


main()
