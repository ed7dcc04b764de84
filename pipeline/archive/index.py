"""index.html: the archive at a glance, for an analyst who looks rather than reads.

From the top: the QA summary (findings by check, the inconsistencies listed); the most
frequent terms and slogans, each with its hits per month as a small chart and a link to
every page that uses it; the pages (date, title, sentences, qa flags); every term; the
suggested new terms. One self-contained file: inline CSS and SVG, no script, and a
Content-Security-Policy that loads nothing; links are relative, so it works from the file
system as from a server.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from html import escape
from urllib.parse import quote

from pipeline.archive.chart import month_chart, months_between
from pipeline.archive.facts import PageFacts
from pipeline.archive.qa import INCONSISTENT, INCONSISTENT_TERM, QaRow, check_counts
from pipeline.archive.terms import Suggestion, TermStat

#: Charted: the terms with the most hits, and the slogans with the most hits.
CHART_TERMS, CHART_SLOGANS = 8, 8
#: Rows shown of the long lists (the TSV files beside index.html hold them all).
SHOWN_FINDINGS, SHOWN_SUGGESTIONS = 100, 60
#: Page links shown in a term's row before the rest fold away.
SHOWN_PAGES = 12

CSS = """
:root{--ink:#1d1d1f;--muted:#6e6e73;--rule:#e5e5ea;--accent:#b58900;--warn:#b42318;
--warn-bg:#fef3f2;--zh:"PingFang SC","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",
"WenQuanYi Micro Hei",sans-serif}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;color:var(--ink);margin:0 auto;padding:1.5rem 2rem 3rem;
max-width:80rem}
h1{font-size:1.5rem;margin:0 0 .2rem}
h2{font-size:1.15rem;margin:2.2rem 0 .6rem;border-bottom:1px solid var(--rule);padding-bottom:.3rem}
.lede{color:var(--muted);margin:0 0 1rem}
a{color:inherit}
[lang|=zh]{font-family:var(--zh)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.25rem .6rem .25rem 0;border-bottom:1px solid var(--rule);
overflow-wrap:break-word}
.n,.d,th{white-space:nowrap}
.path{font-size:.75rem;color:var(--muted)}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.qa{background:var(--warn-bg);border-left:3px solid var(--warn);padding:.6rem 1rem;margin:1rem 0}
.qa table{width:auto}
.ok{color:var(--muted)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr));gap:1rem 2rem}
.card{border-top:2px solid var(--ink);padding-top:.3rem}
.card h3{font-size:1rem;margin:0}
.en{color:var(--muted);font-size:.85rem}
.chart{display:block;width:100%;height:auto;margin:.3rem 0}
.qa h2{margin-top:0}
.pages{font-size:.85rem}
.pages a{margin-right:.5rem;white-space:nowrap}
.kind{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
details summary{cursor:pointer;color:var(--muted)}
""".strip()


@dataclass(frozen=True)
class Index:
    """What index.html shows."""

    pages: Sequence[PageFacts]
    terms: Sequence[TermStat]
    findings: Sequence[QaRow]
    links: Mapping[str, str]  # page path → its HTML (or, without one, its JSONL), relative
    files: Sequence[str]      # the other reports beside index.html

    @cached_property
    def labels(self) -> dict[str, str]:
        """Page path → what a link to the page says: its date, else its path."""
        return {p.path: p.date or p.path for p in self.pages}

    @cached_property
    def link_parts(self) -> dict[str, tuple[str, bool, str]]:
        """Page path → what a term's link to it is made of, found once for its ~300 links:
        its href (before the segment's anchor), whether it is HTML (with anchors), and its
        title attribute's value, the tag's end and its label."""
        return {path: (_quoted(target), target.endswith(".html"),
                       f'{_escaped(path)}">{_escaped(self.labels[path])}') for path, target in self.links.items()}


def csp() -> str:
    digest = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()
    return f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"


def index_head(ix: Index) -> str:
    """index.html but for the suggestions (made meanwhile, `report.aside`) and its end."""
    dated = sorted(p.date for p in ix.pages if p.date)
    span = f"{dated[0]} to {dated[-1]}" if dated else "no dates found"
    sentences = sum(p.translated for p in ix.pages)
    files = " · ".join(f'<a href="{quote(f)}">{escape(f)}</a>' for f in ix.files)
    return "".join([
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{csp()}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>Archive: {len(ix.pages)} pages</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        f"<h1>Archive: {len(ix.pages)} pages</h1>\n",
        f'<p class="lede">{escape(span)}; {sentences} sentences, {sum(t.hits for t in ix.terms)} '
        f"glossary term hits of {len(ix.terms)} terms. {files}</p>\n",
        _qa(ix), _charts(ix), _pages(ix), _terms(ix),
    ])


def index_tail(suggestions: Sequence[Suggestion]) -> str:
    return _suggestions(suggestions) + "</body>\n</html>\n"


def _qa(ix: Index) -> str:
    counts = check_counts(ix.findings)
    if not counts:
        return '<section id="qa" class="qa ok"><h2>QA</h2><p>No findings.</p></section>\n'
    rows = "".join(f'<tr data-check="{escape(c)}"><td>{escape(c)}</td><td class="n">{n}</td>'
                   f'<td class="n">{p}</td></tr>' for c, n, p in counts)
    listed = [q for q in ix.findings if q.check in (INCONSISTENT, INCONSISTENT_TERM)]
    items = "".join(f"<tr><td>{_segment_link(ix, q.page, q.id)}</td><td>{escape(q.check)}</td>"
                    f"<td>{escape(q.detail)}</td></tr>" for q in listed[:SHOWN_FINDINGS])
    more = f"<p>… and {len(listed) - SHOWN_FINDINGS} more in qa.tsv.</p>" if len(listed) > SHOWN_FINDINGS else ""
    inconsistencies = (f"<details><summary>{len(listed)} inconsistencies across pages</summary>"
                       f"<table><tr><th>where</th><th>check</th><th>detail</th></tr>{items}</table>{more}"
                       "</details>") if listed else ""
    return (f'<section id="qa" class="qa"><h2>QA: {len(ix.findings)} findings</h2>'
            '<table><tr><th>check</th><th class="n">findings</th><th class="n">pages</th></tr>'
            f'{rows}</table>{inconsistencies}<p>Every finding: <a href="qa.tsv">qa.tsv</a> '
            "(page, id, check, detail).</p></section>\n")


def charted(terms: Sequence[TermStat]) -> list[TermStat]:
    """The terms with the most hits and the slogans with the most hits, most hits first."""
    slogans = [t for t in terms if t.kind == "slogan"][:CHART_SLOGANS]
    others = [t for t in terms if t.kind != "slogan"][:CHART_TERMS]
    return sorted(slogans + others, key=lambda t: (-t.hits, -t.documents, t.zh))


def axis(pages: Sequence[PageFacts]) -> list[str]:
    """Every month from the first page's to the last's; none when no page has a date."""
    months = sorted(p.month for p in pages if p.month)
    return months_between(months[0], months[-1]) if months else []


def _charts(ix: Index) -> str:
    months = axis(ix.pages)
    if not months or not ix.terms:
        return ""
    cards = []
    for t in charted(ix.terms):
        undated = f", {t.undated} on undated pages" if t.undated else ""
        cards.append(
            f'<div class="card" data-term="{escape(t.zh)}" data-en="{escape(t.en)}" data-hits="{t.hits}">'
            f'<h3><span lang="zh-CN">{escape(t.zh)}</span> <span class="kind">{escape(t.kind)}</span></h3>'
            f'<div class="en">{escape(t.en)}: {t.hits} hit{"s" * (t.hits != 1)} on {t.documents} '
            f"page{'s' * (t.documents != 1)}{undated}</div>"
            f"{month_chart(t.by_month, months)}{_page_links(ix, t)}</div>")
    return (f'<section id="trends"><h2>Terms and slogans by month, {months[0]} to {months[-1]}</h2>'
            f'<div class="charts">{"".join(cards)}</div></section>\n')


def _pages(ix: Index) -> str:
    by_page: dict[str, Counter[str]] = defaultdict(Counter)
    for q in ix.findings:
        by_page[q.page][q.check] += 1
    rows = []
    for p in sorted(ix.pages, key=lambda p: (p.date or "9999", p.path)):
        kinds = by_page[p.path]
        qa = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        rows.append(
            f'<tr data-page="{escape(p.path)}"><td class="d">{escape(p.date or "")}</td>'
            f'<td><a href="{_href(ix, p.path)}" lang="zh-CN">{escape(p.title)}</a>'
            f'<div class="en">{escape(p.title_en)}</div>'
            f'<div class="path">{escape(p.path)}{" · from " + escape(p.entry.source) if p.entry.source else ""}'
            "</div></td>"
            f'<td class="n">{p.translated}</td><td class="n" title="{escape(qa)}">'
            f"{sum(kinds.values())}</td><td>{escape(qa)}</td></tr>")
    return ('<section id="pages"><h2>Pages</h2><table><tr><th>date</th><th>title</th>'
            '<th class="n">sentences</th><th class="n">qa</th><th>findings</th></tr>'
            f'{"".join(rows)}</table></section>\n')


def _terms(ix: Index) -> str:
    rows = "".join(
        f'<tr data-term="{escape(t.zh)}" data-en="{escape(t.en)}">'
        f'<td lang="zh-CN">{escape(t.zh)}</td><td>{escape(t.en)}</td>'
        f'<td class="kind">{escape(t.kind)}</td><td class="n">{t.documents}</td><td class="n">{t.hits}</td>'
        f'<td class="d">{escape(t.first_seen or "")}</td><td class="d">{escape(t.last_seen or "")}</td>'
        f"<td>{_page_links(ix, t)}</td></tr>" for t in ix.terms)
    return ('<section id="terms"><h2>Glossary terms found</h2><p>Also as <a href="terms.tsv">terms.tsv</a>.</p>'
            '<table><tr><th>zh</th><th>en</th><th>kind</th><th class="n">pages</th><th class="n">hits</th>'
            f'<th>first</th><th>last</th><th>used on</th></tr>{rows}</table></section>\n')


def _suggestions(suggestions: Sequence[Suggestion]) -> str:
    if not suggestions:
        return ""
    rows = "".join(
        f'<tr><td lang="zh-CN">{escape(s.candidate.zh)}</td><td class="kind">{escape(s.candidate.kind)}</td>'
        f'<td class="n">{s.documents}</td><td class="n">{s.candidate.count}</td>'
        f'<td lang="zh-CN">{escape(s.candidate.context)}</td></tr>' for s in suggestions[:SHOWN_SUGGESTIONS])
    return ('<section id="suggestions"><h2>Suggested new terms</h2><p>Not in the glossary, most pages '
            f'first: {len(suggestions)} in <a href="suggestions.tsv">suggestions.tsv</a>, a glossary '
            'stub to fill in.</p><table><tr><th>zh</th><th>kind</th><th class="n">pages</th>'
            f'<th class="n">count</th><th>context</th></tr>{rows}</table></section>\n')


def _page_links(ix: Index, t: TermStat) -> str:
    """A link to each page using the term, at its first hit; the pages past SHOWN_PAGES folded."""
    label, parts = ix.labels, ix.link_parts
    links = []
    for h in sorted(t.pages, key=lambda h: (label[h.page], h.page)):
        href, html, title = parts[h.page]
        anchor = f"#zh-{_quoted(h.first)}" if html and h.first else ""  # as _href makes it
        links.append(f'<a href="{href}{anchor}" title="{title} ×{h.hits}</a>')
    shown, rest = links[:SHOWN_PAGES], links[SHOWN_PAGES:]
    folded = f"<details><summary>{len(rest)} more</summary>{' '.join(rest)}</details>" if rest else ""
    return f'<div class="pages">{" ".join(shown)}{folded}</div>'


def _segment_link(ix: Index, page: str, rid: str) -> str:
    return f'<a href="{_href(ix, page, rid)}">{escape(page)} {escape(rid)}</a>'


def _href(ix: Index, page: str, rid: str = "") -> str:
    """The page's file, relative to index.html; at the segment `rid` in its HTML. (What quote
    returns holds none of the characters HTML escapes: it is an attribute value as it is.)"""
    target = ix.links[page]
    anchor = f"#zh-{_quoted(rid)}" if rid and target.endswith(".html") else ""
    return _quoted(target) + anchor


@lru_cache(maxsize=4096)
def _quoted(text: str) -> str:
    """quote(text), once per string: an index links each page once per term it holds."""
    return quote(text)


@lru_cache(maxsize=4096)
def _escaped(text: str) -> str:
    """escape(text), once per string (a page's path and label, in every link to it)."""
    return escape(text)
