"""Hits per month as a small bar chart: static, inline SVG.

Written here as the ~20 elements it is (a band of bars, two axis lines, a few labels), in the
layout Vega-Lite gives such a chart: no script, no style sheet, no ids that could clash when
many charts share one page. Each bar is a `<rect role="graphics-symbol"
aria-roledescription="bar">` whose aria-label reads "2024-03: 5 hits", so a screen reader,
and the browser tests, read the numbers drawn. (It was drawn by Vega-Lite through vl-convert:
its JavaScript engine cost ~0.5 s of CPU to start and ~30 ms a chart, a second of CPU that a
run with a worker on every core pays in wall time. pygal, the other library weighed, writes a
script, a dated comment and style rules of its own into each chart, which would have to be
stripped again: more code than the bars themselves.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

#: Plot size in CSS pixels, about a card's width in index.html (ten years of months: 3 px a bar).
WIDTH, HEIGHT = 360, 56
#: Room above the plot and below it (the months' labels).
TOP, BOTTOM = 10, 17
#: The bar colour: the accent of the page HTML (pipeline.formats.html --term-line); the axes'.
COLOUR, LABEL, RULE = "#b58900", "#6e6e73", "#e5e5ea"
#: Gap between bars, as a share of a month's width (Vega-Lite's band padding for bars).
GAP = 0.1
#: Months labelled: at most LABELS, every STEPS[i]-th month.
LABELS, STEPS = 5, (1, 2, 3, 6, 12, 24, 60, 120)


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` ("YYYY-MM"), both included."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def bar_label(month: str, hits: int) -> str:
    return f"{month}: {hits} hit{'s' * (hits != 1)}"


def labelled(months: Sequence[str]) -> list[str]:
    """The months the axis names: every n-th from the first, at most LABELS of them."""
    step = next((n for n in STEPS if len(months) <= n * LABELS), len(months))
    return list(months[::step])


def month_chart(by_month: Mapping[str, int], months: Sequence[str]) -> str:
    """The chart as an <svg> element to put in HTML as it is: one bar per month of `months`,
    zero where the term has no hit; the y axis names 0 and the highest bar."""
    counts = [by_month.get(m, 0) for m in months]
    top = max(counts, default=0)
    left = 8 + 6 * len(str(top))  # room for the y axis's widest label
    step = WIDTH / max(len(months), 1)
    bars = "".join(
        f'<rect role="graphics-symbol" aria-roledescription="bar" aria-label="{escape(bar_label(m, n))}" '
        f'x="{_n(step * (i + GAP / 2))}" y="{_n(HEIGHT * (1 - n / max(top, 1)))}" width="{_n(step * (1 - GAP))}" '
        f'height="{_n(HEIGHT * n / max(top, 1))}"/>' for i, (m, n) in enumerate(zip(months, counts)))
    named = set(labelled(months))
    xs = "".join(f'<text x="{_n(step * (i + 0.5))}" y="{HEIGHT + 13}" text-anchor="middle">{escape(m)}</text>'
                 for i, m in enumerate(months) if m in named)
    ys = f'<text x="-4" y="{HEIGHT + 3}" text-anchor="end">0</text>' + (
        f'<text x="-4" y="3" text-anchor="end">{top}</text>' if top else "")
    return (f'<svg role="img" class="chart" xmlns="http://www.w3.org/2000/svg" width="{left + WIDTH + 12}" '
            f'height="{TOP + HEIGHT + BOTTOM}" viewBox="0 0 {left + WIDTH + 12} {TOP + HEIGHT + BOTTOM}">'
            f'<g transform="translate({left},{TOP})">'
            f'<path d="M0.5,0V{HEIGHT}.5H{WIDTH}" fill="none" stroke="{RULE}"/>'
            f'<g fill="{COLOUR}">{bars}</g>'
            f'<g font-family="system-ui, sans-serif" font-size="10" fill="{LABEL}">{xs}{ys}</g></g></svg>')


def _n(x: float) -> str:
    """A coordinate, to a hundredth of a pixel, without trailing zeros."""
    return f"{x:.2f}".rstrip("0").rstrip(".")
