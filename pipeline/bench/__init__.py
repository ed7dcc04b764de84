"""Benchmarks (`make bench`). Each module in this package has `main() -> None`, which
prints its own section; `python -m pipeline.bench` runs them all in name order.
Speed goals are ratios measured in one run, never absolute times: machines are shared."""
