"""The page beside the text, in a real headless browser (Debian's chromium through Playwright,
as tests/formats/test_html_browser.py): the image loads from beside the HTML and nothing else
does, and a known sentence lights up where it is printed on the page, both ways."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.formats.test_html_browser import Page, browser  # noqa: F401  (the fixture)

pytestmark = pytest.mark.slow
PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"

#: make_pages.py sets this sentence's first line at x = 60 + 2 × 30 (margin, two-character
#: indent), baseline box top ≈ 480, in two-column.png's pixels; its first column ends at x = 555.
SENTENCE = "现在，我代表县人民政府"
FIRST_LINE = (120, 480, 555, 520)


@pytest.fixture(scope="module")
def html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("page-html")
    src = out / "two-column.png"
    shutil.copy(PAGES / "two-column.png", src)
    result = CliRunner().invoke(cli, ["run", str(src), "-o", str(out / "out"), "--format", "html"])
    assert result.exit_code == 0, result.output
    return out / "out" / "two-column.html"


def rects(p: Page) -> list[dict[str, float]]:
    return list(p.page.eval_on_selector_all(
        "rect.on", "rs => rs.map(r => { const b = r.getBoundingClientRect(); "
                   "return {x: b.x, y: b.y, w: b.width, h: b.height} })"))


def test_page_image_beside_the_text_and_nothing_else_loads(browser: Any, html: Path) -> None:  # noqa: F811
    p = Page(browser, html)
    assert p.errors == []
    assert p.requests == [html.as_uri(), (html.parent / "two-column.p1.png").as_uri()]
    assert p.page.eval_on_selector("img", "i => i.complete && i.naturalWidth") == 1100


def test_hovering_a_sentence_lights_its_place_on_the_page(browser: Any, html: Path) -> None:  # noqa: F811
    p = Page(browser, html)
    cell = p.page.locator(".cell.zh", has_text=SENTENCE)
    cell.hover()
    lit = rects(p)
    assert len(lit) == 3  # the sentence runs over three lines of column 1
    img = p.page.eval_on_selector("img", "i => { const b = i.getBoundingClientRect(); "
                                  "return {x: b.x, y: b.y, s: b.width / i.naturalWidth} }")
    x0, y0, x1, _ = FIRST_LINE
    first = lit[0]
    tol = 12 * img["s"]  # a dozen page pixels
    assert abs(first["x"] - (img["x"] + x0 * img["s"])) < tol
    assert abs(first["y"] - (img["y"] + y0 * img["s"])) < tol
    assert first["x"] + first["w"] < img["x"] + x1 * img["s"] + tol  # inside column 1
    p.page.locator(".cell.zh", has_text="我们始终把群众").focus()  # keyboard selection moves the light
    assert rects(p) and all(r["x"] > img["x"] + 555 * img["s"] for r in rects(p))  # column 2


def test_hovering_a_box_lights_and_scrolls_to_its_sentence(browser: Any, html: Path) -> None:  # noqa: F811
    p = Page(browser, html)
    p.page.set_viewport_size({"width": 1200, "height": 420})
    last = p.page.locator("rect").last
    pair = last.get_attribute("data-pair")
    last.hover()
    row = p.page.locator(f'[id="{pair}"]')
    assert "on" in (row.get_attribute("class") or "")
    assert row.evaluate("r => { const b = r.getBoundingClientRect(); "
                        "return b.bottom > 0 && b.top < innerHeight }")  # scrolled into view
    last.click()
    assert p.page.evaluate("document.activeElement.id") == f"zh-{pair}"
