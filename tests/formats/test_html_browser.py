"""The HTML page in a real headless browser (Debian's chromium, driven by Playwright).

Playwright because it is maintained by the browser vendors' own engineers, drives an installed
Chromium over CDP without a matching chromedriver, and reports console messages, page errors
and every network request, which is what these checks need. We never run `playwright install`:
the browser is the system's chromium (apt-get install chromium; .ci/run does it).

Skipped, with the reason printed, only when no Chromium can be found.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLDEN, SAMPLE
from tests.formats.formats_data import write_html

pytestmark = pytest.mark.slow

#: Where Debian/Ubuntu put Chromium; PIPELINE_CHROMIUM overrides.
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "chromium", "chromium-browser",
              "google-chrome")
#: Flags for a quiet, sandbox-less headless run in a container: no GPU, no background traffic.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def find_chromium() -> str | None:
    for name in (os.environ.get("PIPELINE_CHROMIUM"), *CANDIDATES):
        if name and (path := shutil.which(name)):
            return path
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    exe = find_chromium()
    if exe is None:
        reason = ("no Chromium found (looked for PIPELINE_CHROMIUM, " + ", ".join(CANDIDATES)
                  + "); install it with `apt-get install chromium` to run the browser tests")
        print(f"SKIPPED browser tests: {reason}")
        pytest.skip(reason)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed: pip install '.[test]'")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()


class Page:
    """A loaded page with what the browser reported while loading and using it."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def background(self, selector: str) -> str:
        return str(self.page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor"))


def _sample_html(tmp_path: Path) -> tuple[Path, list[dict[str, Any]]]:
    from click.testing import CliRunner

    from pipeline.cli import cli

    args = ["run", str(SAMPLE), "-o", str(tmp_path), "--no-default-glossary", "--glossary",
            str(GOLDEN / "glossary.tsv"), "--format", "jsonl", "--format", "html"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "xihe-interview.zh.jsonl").read_text(encoding="utf-8").splitlines()
    return tmp_path / "xihe-interview.zh.html", [json.loads(line) for line in lines]


@pytest.mark.parametrize("layout", ["side", "interlinear"])
def test_page_loads_clean_with_one_row_per_segment(browser: Any, tmp_path: Path, layout: str) -> None:
    path = write_html(tmp_path, layout)
    p = Page(browser, path)
    assert p.errors == []  # no console errors: CSP hashes right, script runs, nothing blocked
    assert p.requests == [path.as_uri()]  # the page itself and nothing else
    assert p.page.locator("[data-pair]").count() == 9  # tests/formats_data.py: 9 segments
    assert p.page.locator("[data-pair] .cell").first.is_visible()


def test_sample_page_has_a_row_for_every_record(browser: Any, tmp_path: Path) -> None:
    path, records = _sample_html(tmp_path)
    p = Page(browser, path)
    assert p.errors == []
    ids = p.page.eval_on_selector_all("[data-pair]", "els => els.map(e => e.id)")
    assert ids == [r["id"] for r in records]


def test_hover_and_focus_highlight_the_partner(browser: Any, tmp_path: Path) -> None:
    p = Page(browser, write_html(tmp_path))
    partner, other = '[id="en-p3.s1"]', '[id="en-p4.s1"]'
    idle = p.background(partner)
    assert p.background(other) == idle
    p.page.hover('[id="zh-p3.s1"]')
    assert p.background(partner) != idle and p.background(other) == idle
    p.page.mouse.move(1, 1)
    assert p.background(partner) == idle
    p.page.focus('[id="zh-p4.s1"]')  # keyboard: the cell is focusable (tabindex=0)
    assert p.background(other) != idle and p.background(partner) == idle


@pytest.mark.parametrize("how", ["hover", "focus"])
def test_term_tooltip_shows_rendering_note_and_source(browser: Any, tmp_path: Path, how: str) -> None:
    p = Page(browser, write_html(tmp_path))
    tip = p.page.locator("#tip")
    assert not tip.is_visible()
    term = p.page.locator('[id="zh-p3.s1"] a.term')
    getattr(term, how)()
    assert tip.is_visible()
    text = tip.inner_text()
    # tests/formats_data.py GLOSSARY: 三城五地's rendering, note and source.
    assert "Three Cities and Five Bases" in text
    assert "Longnan's development slogan" in text and "https://example.org/longnan" in text
    box, anchor = tip.bounding_box(), term.bounding_box()
    assert box and anchor and box["y"] >= anchor["y"] + anchor["height"]  # below the term
    p.page.keyboard.press("Escape")
    assert not tip.is_visible()


def test_sample_page_term_tooltip(browser: Any, tmp_path: Path) -> None:
    path, _ = _sample_html(tmp_path)
    p = Page(browser, path)
    p.page.locator("a.term").first.hover()
    # tests/golden/glossary.tsv: the first term on the sample page is 三城五地.
    assert p.page.locator("#tip").is_visible()
    assert "Three Cities and Five Bases" in p.page.locator("#tip").inner_text()


def test_script_in_the_input_is_shown_not_run(browser: Any, tmp_path: Path) -> None:
    p = Page(browser, write_html(tmp_path))
    assert p.page.evaluate("window.__pwned") is None
    zh = p.page.inner_text('[id="zh-p3.s2"]')
    assert "<script>window.__pwned = 1</script>" in zh
    assert '<img src=x onerror="window.__pwned = 2">' in zh
    assert p.errors == []


@pytest.mark.parametrize("width", [1200, 700])
def test_shipped_glossary_page_never_scrolls_sideways(browser: Any, tmp_path: Path, width: int) -> None:
    # The shipped glossary's long source citations (URLs) once widened the terms table past
    # the window; every cell must wrap instead.
    from click.testing import CliRunner

    from pipeline.cli import cli

    result = CliRunner().invoke(cli, ["run", str(SAMPLE), "-o", str(tmp_path), "--format", "html"])
    assert result.exit_code == 0, result.output
    p = Page(browser, tmp_path / "xihe-interview.zh.html")
    p.page.set_viewport_size({"width": width, "height": 800})
    client, scroll = p.page.evaluate(
        "() => [document.documentElement.clientWidth, document.documentElement.scrollWidth]")
    assert scroll <= client
