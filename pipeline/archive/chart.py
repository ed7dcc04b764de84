"""Hits per month as a small bar chart: static, inline SVG.

Drawn by Vega-Lite through vl-convert (the Vega project's converter: Vega-Lite → SVG in
process, with no browser and no network), which writes plain SVG: no script, no style
sheet, no ids that could clash when many charts share one page. Each bar is a
`<path role="graphics-symbol" aria-roledescription="bar">` whose aria-label reads
"2024-03: 5 hits", so a screen reader, and the browser tests, read the numbers drawn.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

#: Chart size in CSS pixels, about a card's width in index.html (ten years of months: 3 px a bar).
WIDTH, HEIGHT = 360, 56
#: The bar colour: the accent of the page HTML (pipeline.formats.html --term-line).
COLOUR = "#b58900"
#: Months labelled: at most LABELS, every STEPS[i]-th month (Vega's own overlap removal measures
#: every label's text, which costs ~0.5 s a chart at ten years of months).
LABELS, STEPS = 5, (1, 2, 3, 6, 12, 24, 60, 120)
#: Charts drawn at once: vl-convert releases the GIL while it draws.
DRAWERS = 2


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


def spec(by_month: Mapping[str, int], months: Sequence[str]) -> dict[str, Any]:
    """The Vega-Lite spec: one bar per month of `months`, zero where the term has no hit."""
    values = [{"month": m, "hits": by_month.get(m, 0), "label": bar_label(m, by_month.get(m, 0))}
              for m in months]
    top = max((by_month.get(m, 0) for m in months), default=0)
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": values},
        "width": WIDTH,
        "height": HEIGHT,
        "mark": {"type": "bar", "color": COLOUR},
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "sort": None,
                  "axis": {"title": None, "labelAngle": 0, "labelOverlap": False, "ticks": False,
                           "values": labelled(months)}},
            "y": {"field": "hits", "type": "quantitative",
                  "scale": {"domain": [0, max(top, 1)]},
                  "axis": {"title": None, "values": [0, top] if top else [0], "format": "d", "grid": False}},
            "description": {"field": "label"},
        },
        "config": {"view": {"stroke": None}, "background": None,
                   "axis": {"labelFont": "system-ui, sans-serif", "labelColor": "#6e6e73",
                            "domainColor": "#e5e5ea"}},
    }


def month_chart(by_month: Mapping[str, int], months: Sequence[str]) -> str:
    """The chart as an <svg> element to put in HTML as it is."""
    import vl_convert  # ~80 MB of embedded JavaScript engine: loaded only to draw

    svg = str(vl_convert.vegalite_to_svg(spec(by_month, months)))
    return svg.replace("<svg ", '<svg role="img" class="chart" ', 1)


def month_charts(series: Sequence[Mapping[str, int]], months: Sequence[str]) -> list[str]:
    """`month_chart` of each, DRAWERS at a time (vl-convert draws without holding the GIL)."""
    with ThreadPoolExecutor(max_workers=DRAWERS, thread_name_prefix="pipeline-chart") as pool:
        return list(pool.map(lambda by_month: month_chart(by_month, months), series))


def start_engine() -> threading.Thread:
    """Start vl-convert's JavaScript engine on a thread of its own: its first chart costs
    ~0.5 s of CPU, which a batch run pays while its pages are translated, not after them."""
    thread = threading.Thread(target=month_chart, args=({}, ["2024-01"]), name="pipeline-chart-engine",
                              daemon=True)
    thread.start()
    return thread
