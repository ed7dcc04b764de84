"""Baseline: raw jieba.lcut throughput on the sample page, for the ratios other sections print."""

from __future__ import annotations

import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "input" / "xihe-interview.zh.txt"


def main() -> None:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    t0 = time.perf_counter()
    jieba.Tokenizer().initialize()  # a fresh one: the global may be loaded by an earlier section
    load = time.perf_counter() - t0
    jieba.initialize()
    text = SAMPLE.read_text(encoding="utf-8") * 30
    t0 = time.perf_counter()
    jieba.lcut(text)
    dt = time.perf_counter() - t0
    print(f"jieba load: {load:.2f} s; jieba.lcut: {len(text) / dt:,.0f} chars/s on {len(text):,} chars")
