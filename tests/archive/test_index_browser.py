"""index.html in a real headless Chromium (as tests/formats/test_html_browser.py drives it):
opened from the file system, it loads nothing else, shows the QA summary first, its charts'
bars add up to terms.tsv, and one click on a term's page link opens the page at the term.

Skipped, with the reason printed, only when no Chromium can be found."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from tests.archive.conftest import Archive
from tests.archive.test_report import tsv
from tests.formats.test_html_browser import Page, browser  # noqa: F401  (the fixture)

pytestmark = pytest.mark.slow

_BAR = re.compile(r"^(\d{4}-\d{2}): (\d+) hits?$")


def test_index_loads_from_the_file_system_and_requests_nothing(browser: Any, archive: Archive) -> None:
    index = archive.root / "index.html"
    p = Page(browser, index)
    assert p.errors == []  # no console errors: nothing blocked by the CSP
    assert p.requests == [index.as_uri()]
    assert p.page.locator("script").count() == 0


def test_qa_summary_is_first_and_adds_up_to_qa_tsv(browser: Any, archive: Archive) -> None:
    p = Page(browser, archive.root / "index.html")
    first = p.page.eval_on_selector("body section", "s => s.id")
    assert first == "qa"
    shown = p.page.eval_on_selector_all(
        "#qa tr[data-check]", "rows => rows.map(r => [r.dataset.check, +r.cells[1].textContent])")
    counts = Counter(r["check"] for r in tsv(archive.root / "qa.tsv"))
    assert dict(shown) == counts
    assert p.page.locator("#qa").bounding_box()["y"] < 400  # in the first screen


def test_chart_bars_add_up_to_terms_tsv(browser: Any, archive: Archive) -> None:
    p = Page(browser, archive.root / "index.html")
    cards = p.page.locator("#trends .card")
    assert cards.count() >= 8
    hits = {(r["zh"], r["en"]): int(r["hits"]) for r in tsv(archive.root / "terms.tsv")}
    kinds = set()
    for i in range(cards.count()):
        card = cards.nth(i)
        labels = card.locator('svg [aria-roledescription="bar"]').evaluate_all(
            "bars => bars.map(b => b.getAttribute('aria-label'))")
        bars = [_BAR.match(label) for label in labels]
        assert all(bars), labels
        assert labels and card.locator("svg").is_visible()
        term = (card.get_attribute("data-term"), card.get_attribute("data-en"))
        assert sum(int(m[2]) for m in bars if m) == hits[term], term  # every page is dated
        kinds.add(card.locator(".kind").first.inner_text().lower())
    assert "slogan" in kinds and len(kinds) > 1  # slogans and other terms both charted
    # every month from the first page's to the last page's, in order (2023-01 … 2024-03)
    months = [m[1] for m in map(_BAR.match, cards.first.locator('svg [aria-roledescription="bar"]')
              .evaluate_all("bars => bars.map(b => b.getAttribute('aria-label'))")) if m]
    assert months[0] == "2023-01" and months[-1] == "2024-03" and len(months) == 15


def test_one_click_from_a_term_to_a_page_using_it(browser: Any, archive: Archive) -> None:
    p = Page(browser, archive.root / "index.html")
    # 乡村振兴 as the shipped glossary renders it: on three pages (tests/archive/conftest.py)
    card = p.page.locator('#trends .card[data-term="乡村振兴"][data-en="rural revitalization"]')
    links = card.locator(".pages a")
    hrefs = links.evaluate_all("as => as.map(a => a.getAttribute('href'))")
    using = {page for page in archive.pages for r in archive.records(page) for t in r["terms"]
             if (t["zh"], t["en"]) == ("乡村振兴", "rural revitalization")}
    assert len(using) == 3
    assert {h.split("#")[0].removesuffix(".html").removesuffix(".jsonl") for h in hrefs} == using
    link = links.first
    target = link.get_attribute("href")
    assert target and target.endswith(".html#zh-p17.s2")  # the Xihe page, dated first
    link.click()
    p.page.wait_for_load_state("load")
    assert p.page.url.startswith((archive.root / target.split("#")[0]).as_uri())
    anchor = target.split("#")[1]
    assert "乡村振兴" in p.page.inner_text(f'[id="{anchor}"]')
    assert p.errors == []


@pytest.mark.parametrize("width", [1200, 700])
def test_index_never_scrolls_sideways(browser: Any, archive: Archive, width: int) -> None:
    p = Page(browser, archive.root / "index.html")
    p.page.set_viewport_size({"width": width, "height": 800})
    client, scroll = p.page.evaluate(
        "() => [document.documentElement.clientWidth, document.documentElement.scrollWidth]")
    assert scroll <= client
