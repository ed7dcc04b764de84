"""HTML: one self-contained page to read and proofread the translation.

Chinese left and English right (`--layout side`), or each Chinese sentence above its English
(`--layout interlinear`); one row per aligned pair, grouped by paragraph, speakers named at the
start of their turn. Hovering or focusing a sentence highlights its partner (CSS only); glossary
terms are marked in both columns and show their rendering, note and source in a tooltip on hover
or keyboard focus. Captions, credits and layout debris are muted and labelled, qa flags shown
under their sentence, and under them a translation-memory match (`--tm`: where a reused English
came from, or a fuzzy match with its score, source and text); then the terms table and what was
repaired.

No external assets: inline CSS and JS only, locked in by a Content-Security-Policy that allows
exactly those two (by hash) and nothing else. Everything from the input is escaped.

A document read from page images or PDFs (`Document.meta["page_images"]`) shows its pages beside
the text: each image is a file next to the HTML (`page.p1.png`, allowed by `img-src 'self'`),
with an SVG over it holding one rectangle per line part each record came from (the record's
`ocr` boxes). Hovering or focusing a sentence lights its rectangles and scrolls the page to
them; hovering or clicking a rectangle lights its sentence and scrolls the text to it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Collection, Iterable
from html import escape as _escape
from itertools import islice
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from pipeline.formats import Settings
from pipeline.formats.common import (
    KIND_LABELS,
    MUTED_KINDS,
    RenderData,
    Spans,
    TermRow,
    en_term_spans,
    id_list,
    is_translated,
    missing_renderings,
    qa_kind,
    run_qa_summary,
    speaker_en,
    tm_match,
    tm_note,
    visible,
)
from pipeline.model import Document, Segment

LAYOUTS = ("side", "interlinear")

#: The qa flag of a record with a doubtful OCR line (pipeline.stages.pages): its boxes are
#: outlined on the page image, so the reader sees where to look.
LOW_CONFIDENCE_FLAG = "ocr-low-confidence"

#: A qa flag longer than this is folded into a <details> showing its kind first.
QA_FOLD_CHARS = 60

_URL = re.compile(r"https?://[^\s<>\"']+")

CSS = """
:root{--ink:#1d1d1f;--muted:#6e6e73;--rule:#e5e5ea;--hl:#fff4c2;--hl2:#ffe38a;--term:#fbf3d9;
--term-line:#b58900;--warn:#b42318;--warn-bg:#fef3f2;--zh:"PingFang SC","Noto Sans CJK SC",
"Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;
--en:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif}
*{box-sizing:border-box}
body{font:16px/1.6 var(--en);color:var(--ink);margin:0 auto;padding:1.5rem 2rem 3rem;max-width:78rem}
h1{font:600 1.5rem/1.3 system-ui,sans-serif;margin:0 0 .2rem}
h2{font:600 1.15rem/1.3 system-ui,sans-serif;margin:2.5rem 0 .6rem;border-bottom:1px solid var(--rule);
padding-bottom:.3rem}
.lede{color:var(--muted);font:.9rem/1.4 system-ui,sans-serif;margin:0 0 1rem}
.lede a{color:inherit}
[lang|=zh]{font-family:var(--zh);line-height:1.8}
.colhead{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem;position:sticky;top:0;z-index:1;
background:#fff;border-bottom:2px solid var(--ink);font:600 .8rem/2 system-ui,sans-serif;
text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.colhead [lang]{font:inherit}
.interlinear .colhead{display:none}
.para{padding:.5rem 0;border-bottom:1px solid var(--rule)}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem}
.interlinear .pair{display:block;margin:0 0 .5rem}
.cell{padding:.15rem .4rem;margin:0 -.4rem;border-radius:4px;outline-offset:1px}
.interlinear .en{margin-bottom:.35rem;padding-left:1.2rem}
.side .speaker .alt,.interlinear .en .speaker,.interlinear .en .label{display:none}
.speaker .alt{font-family:system-ui,sans-serif}
.pair:hover>.cell,.pair:focus-within>.cell{background:var(--hl)}
.pair>.cell:hover,.pair>.cell:focus{background:var(--hl2)}
.cell:focus-visible{outline:2px solid var(--term-line)}
.speaker{display:block;font:700 .85rem/1.6 system-ui,sans-serif;color:var(--ink);margin-top:.4rem}
.speaker::after{content:":"}
.k-heading .cell{font-weight:700;font-size:1.25rem;line-height:1.45}
.k-heading{margin:.4rem 0}
.muted .cell{color:var(--muted);font-size:.9rem}
.label{display:inline-block;font:600 .68rem/1.5 system-ui,sans-serif;text-transform:uppercase;
letter-spacing:.05em;color:var(--muted);border:1px solid var(--rule);border-radius:3px;
padding:0 .3rem;margin-right:.4rem;vertical-align:.1em}
.untranslated{font-style:italic}
a.term{color:inherit;text-decoration:none;background:var(--term);border-bottom:1.5px dotted var(--term-line);
border-radius:2px}
a.term:hover,a.term:focus{background:var(--hl2);outline:none}
a.term.missing{border-bottom:1.5px dashed var(--warn)}
.qa{list-style:none;margin:.2rem 0 .1rem;padding:0;font:.78rem/1.45 system-ui,sans-serif;color:var(--warn)}
.qa li{display:inline-block;background:var(--warn-bg);border-radius:3px;padding:0 .4rem;margin:.1rem .3rem .1rem 0}
.qa summary{cursor:pointer}
.qa details[open]{color:var(--ink)}
.qa li:has(details[open]){display:block}
.tm{margin:.2rem 0 .1rem;font:.78rem/1.45 system-ui,sans-serif;color:var(--muted)}
.tm summary{cursor:pointer}
.tm [lang|=zh]{font-size:.85rem}
#tip{position:absolute;z-index:10;max-width:24rem;background:#1d1d1f;color:#fff;padding:.45rem .6rem;
border-radius:6px;font:.85rem/1.45 system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.25);
pointer-events:none}
#tip[hidden]{display:none}
#tip .t-zh{font-family:var(--zh);opacity:.75;margin-right:.4rem}
#tip .t-en{font-weight:600}
#tip .t-note{display:block;margin-top:.2rem;opacity:.9}
#tip .t-src{display:block;margin-top:.2rem;font-size:.75rem;opacity:.7}
table{border-collapse:collapse;width:100%;font:.88rem/1.45 system-ui,sans-serif}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--rule);
overflow-wrap:anywhere}
th{font-weight:600;color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.04em}
td.c-zh{white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr:target{background:var(--hl)}
.where{color:var(--muted);font-size:.75rem}
.summary{font:.9rem/1.5 system-ui,sans-serif}
.summary ul{margin:.3rem 0;padding-left:1.2rem}
.box{border:1px solid var(--rule);border-radius:6px;padding:.4rem .9rem;margin:0 0 1.2rem;background:#fafafa}
.box h2{display:inline;margin:0 .6rem 0 0;border:0;font-size:.95rem}.box p,.box ul{display:inline;margin:0;padding:0}
.box li{display:inline}.box p.run{margin-left:1.2rem;color:var(--muted)}
.box li+li::before{content:" · "}.box p::after{content:": "}
code{font-size:.85em}
footer{margin-top:3rem;color:var(--muted);font:.72rem/1.4 ui-monospace,monospace;word-break:break-all}
body:has(.paged){max-width:none}
.paged{display:grid;grid-template-columns:minmax(16rem,2fr) 3fr;gap:0 1.5rem;align-items:start}
.pages{position:sticky;top:0;max-height:100vh;overflow:auto;padding:.3rem 0}
.page{margin:0 0 1rem}.page figcaption{font:.75rem/1.6 system-ui,sans-serif;color:var(--muted)}
.sheet{position:relative;border:1px solid var(--rule)}
.sheet img{display:block;width:100%;height:auto}
.sheet svg{position:absolute;left:0;top:0;width:100%;height:100%}
.sheet rect{fill:transparent;pointer-events:all;cursor:pointer}
.sheet rect.low{stroke:var(--warn);stroke-width:1.5px;stroke-dasharray:4 3;vector-effect:non-scaling-stroke}
.sheet rect.on{fill:rgba(255,196,0,.38);stroke:#b58900;stroke-width:2px;vector-effect:non-scaling-stroke}
.pair.on>.cell{background:var(--hl)}
@media (max-width:60rem){.paged{grid-template-columns:1fr}.pages{position:static;max-height:none}}
@media (max-width:40rem){.pair,.colhead{grid-template-columns:1fr}.colhead{display:none}}
@media print{
body{font-size:10pt;padding:0;max-width:none}
.colhead{position:static}
#tip,nav{display:none}
.pages{position:static;max-height:none}
.pair{break-inside:avoid}
.pair:hover>.cell,.pair>.cell:hover{background:none}
a.term{background:none;border-bottom:1px dotted #000}
.qa li{background:none;padding:0}
details::details-content{display:contents;content-visibility:visible}
h2{break-after:avoid}
}
"""

JS = """
(function(){
var tip=document.getElementById('tip');
function put(el,cls,text){if(!text)return;var s=document.createElement('span');
s.className=cls;s.textContent=text;el.appendChild(s);el.appendChild(document.createTextNode(' '));}
function show(a){var row=document.getElementById('term-'+a.getAttribute('data-term'));if(!row)return;
function cell(c){var x=row.querySelector('.'+c);return x?x.textContent.trim():'';}
tip.textContent='';put(tip,'t-zh',cell('c-zh'));put(tip,'t-en',cell('c-en'));
put(tip,'t-note',cell('c-note'));put(tip,'t-src',[cell('c-src'),cell('c-where')].filter(Boolean).join(' · '));
tip.hidden=false;var r=a.getBoundingClientRect(),w=tip.offsetWidth;
var left=Math.max(8,Math.min(r.left+window.scrollX,window.scrollX+document.documentElement.clientWidth-w-8));
tip.style.left=left+'px';tip.style.top=(r.bottom+window.scrollY+6)+'px';}
function hide(){tip.hidden=true;}
function term(e){return e.target.closest?e.target.closest('a.term'):null;}
document.addEventListener('mouseover',function(e){var a=term(e);if(a)show(a);});
document.addEventListener('mouseout',function(e){if(term(e))hide();});
document.addEventListener('focusin',function(e){var a=term(e);if(a)show(a);else hide();});
document.addEventListener('focusout',function(e){if(term(e))hide();});
document.addEventListener('keydown',function(e){if(e.key==='Escape')hide();});
function light(id,from){document.querySelectorAll('.pair.on,rect.on').forEach(function(x){x.classList.remove('on');});
if(!id)return;var rs=document.querySelectorAll('rect[data-pair="'+id+'"]'),row=document.getElementById(id);
rs.forEach(function(r){r.classList.add('on');});if(row)row.classList.add('on');
if(from==='text'&&rs.length)rs[0].scrollIntoView({block:'nearest',inline:'nearest'});
if(from==='page'&&row)row.scrollIntoView({block:'nearest'});}
function pairOf(e){var x=e.target.closest?e.target.closest('[data-pair]'):null;
return x?[x.getAttribute('data-pair'),x.tagName.toLowerCase()==='rect'?'page':'text']:null;}
if(document.querySelector('.pages')){
document.addEventListener('mouseover',function(e){var p=pairOf(e);if(p)light(p[0],p[1]);});
document.addEventListener('focusin',function(e){var p=pairOf(e);if(p)light(p[0],p[1]);});
document.addEventListener('click',function(e){var p=pairOf(e);if(p&&p[1]==='page'){
var c=document.getElementById('zh-'+p[0]);if(c)c.focus();}});}
window.addEventListener('beforeprint',function(){hide();
document.querySelectorAll('details').forEach(function(d){d.open=true;});});
})();
"""


_HTML_SPECIAL = re.compile("[&<>\"']")  # what html.escape replaces (quote=True)


def escape(text: str) -> str:
    """html.escape, skipped for the many strings with nothing to escape."""
    return _escape(text) if _HTML_SPECIAL.search(text) else text


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def content_security_policy(pages: bool = False) -> str:
    """Nothing may load from anywhere; only our own inline style and script (by hash) run, and,
    for a document read from pages, its page images from beside the HTML."""
    images = "'self' data:" if pages else "data:"
    return (f"default-src 'none'; style-src {_csp_hash(CSS)}; script-src {_csp_hash(JS)}; "
            f"img-src {images}; base-uri 'none'; form-action 'none'")


def render(doc: Document, data: RenderData, ctx: Settings) -> str:
    return "".join((opening(doc, data, ctx), body(doc, data, ctx), closing(doc, data, ctx)))  # one copy of the text


def opening(doc: Document, data: RenderData, ctx: Settings) -> str:
    """Up to the text: the head, the title and counts, the QA box, the page images."""
    layout = ctx.layout if ctx.layout in LAYOUTS else "side"
    title = escape(doc.source)
    pages = _pages(doc, data)
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(bool(pages))}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        f'<meta name="generator" content="{escape(data.signature)}">\n',
        f"<title>{title} · Chinese–English</title>\n<style>{CSS}</style>\n</head>\n",
        f'<body class="{layout}">\n<header><h1>{title}</h1>\n{_lede(doc, data)}</header>\n',
        _qa_box(doc, data),
        f'<div class="paged">\n{pages}' if pages else "",
        '<main id="text">\n<div class="colhead" aria-hidden="true">'
        '<div lang="zh-CN">中文 Chinese</div><div>English</div></div>\n',
    ])


def body(doc: Document, data: RenderData, ctx: Settings) -> str:
    """The text: one section per paragraph, one pair per segment."""
    return "".join(_text(doc, ctx, _term_links(data.rows), data))


def closing(doc: Document, data: RenderData, ctx: Settings) -> str:
    """After the text: the terms table, what was repaired, the signature and the script."""
    return "".join([
        "</main>\n",
        "</div>\n" if _page_images(doc) else "",
        _terms_table(data.rows),
        _repairs(data),
        f"<footer>{escape(data.signature)}</footer>\n",
        '<div id="tip" role="tooltip" hidden></div>\n',
        f"<script>{JS}</script>\n</body>\n</html>\n",
    ])


def _pages(doc: Document, data: RenderData) -> str:
    """The page images, each with an SVG of the records' boxes over it ("" for text input)."""
    images = _page_images(doc)
    if not images:
        return ""
    rects: dict[int, list[str]] = {}
    for s in data.segments:
        ocr = dict(s.extra).get("ocr")
        low = ' class="low"' if any(qa_kind(q) == LOW_CONFIDENCE_FLAG for q in s.qa) else ""
        for line in ocr.get("lines", ()) if isinstance(ocr, dict) else ():
            x0, y0, x1, y1 = line["box"]
            rects.setdefault(line["page"], []).append(
                f'<rect data-pair="{escape(s.id)}"{low} x="{x0}" y="{y0}" width="{x1 - x0}" '
                f'height="{y1 - y0}"/>')
    stem = _stem(doc.source)
    out = ['<aside class="pages" aria-label="Page images">\n']
    for im in images:
        n, w, h = im["page"], im["width"], im["height"]
        out.append(
            f'<figure class="page" id="page-{n}"><div class="sheet">'
            f'<img src="{escape(quote(stem + im["file"]))}" alt="Page {n}" width="{w}" height="{h}">'
            f'<svg viewBox="0 0 {w} {h}" preserveAspectRatio="none" aria-hidden="true">'
            f'{"".join(rects.get(n, ()))}</svg></div><figcaption>Page {n}</figcaption></figure>\n')
    out.append("</aside>\n")
    return "".join(out)


def _page_images(doc: Document) -> tuple[dict[str, Any], ...]:
    """The page images of a document read from pages (pipeline.stages.pages); () for text."""
    images = dict(doc.meta).get("page_images")
    return images if isinstance(images, tuple) else ()


def _stem(name: str) -> str:
    """The input's name without its suffix, as the runner names the outputs."""
    suffix = PurePath(name).suffix
    return name[: -len(suffix)] if suffix else name


def _lede(doc: Document, data: RenderData) -> str:
    parts = [f"{data.translated} sentences aligned", f"{data.paragraphs} paragraphs"]
    links = []
    if data.rows:
        links.append(f'<a href="#terms">{len(data.rows)} glossary terms</a>')
    if data.repair_counts:
        links.append(f'<a href="#repairs">{sum(n for _, n in data.repair_counts)} OCR repairs</a>')
    return f'<p class="lede">{" · ".join(parts + links)}</p>\n'


def _qa_box(doc: Document, data: RenderData) -> str:
    counts = data.qa_counts
    run = run_qa_summary(doc)
    if not counts and not run:
        return ""
    parts = []
    if counts:
        items = "".join(f"<li>{escape(k)} {n}</li>" for k, n in counts)
        parts.append(f"<p>{data.flagged} of {data.records} records flagged</p><ul>{items}</ul>")
    if run:
        items = "".join(f"<li>{escape(k)} {escape(v)}</li>" if k else f"<li>{escape(v)}</li>"
                        for k, v in run)
        parts.append(f'<p class="run">run</p><ul>{items}</ul>')
    return (f'<section class="box summary" id="qa-summary" aria-label="QA summary">'
            f"<h2>QA summary</h2>{' '.join(parts)}</section>\n")


def _text(doc: Document, ctx: Settings, links: TermLinks, data: RenderData) -> list[str]:
    """The text's pieces: one section per paragraph, one pair per segment (joined once, with
    the rest of the page)."""
    out = []
    # data.segments are the paragraphs' segments in order: each paragraph takes the next ones
    segments = zip(data.segments, data.zh_spans)
    starts = data.starts
    for p in doc.paragraphs:
        if p.segments:
            out.append(f'<section class="para k-{escape(p.kind)}" id="{escape(p.id)}">\n')
            out += [_pair(s, spans, ctx, links, s.id in starts)
                    for s, spans in islice(segments, len(p.segments))]
            out.append("</section>\n")
    return out


def _pair(s: Segment, spans: Spans, ctx: Settings, links: TermLinks, turn: bool) -> str:
    sid = escape(s.id)
    muted = " muted" if s.kind in MUTED_KINDS else ""
    label = KIND_LABELS.get(s.kind)
    tag = f'<span class="label">{escape(label)}</span>' if label else ""
    zh_who = en_who = ""
    if turn and s.speaker:
        name = escape(speaker_en(s.speaker, ctx) or s.speaker)
        zh_who = (f'<span class="speaker" lang="zh-CN">{escape(s.speaker)}'
                  f'<span class="alt" lang="en"> {name}</span></span>')
        en_who = f'<span class="speaker">{name}</span>'
    return (
        f'<div class="pair k-{escape(s.kind)}{muted}" id="{sid}" data-pair="{sid}">\n'
        f'<div class="cell zh" lang="zh-CN" tabindex="0" id="zh-{sid}" aria-describedby="en-{sid}">'
        f"{zh_who}{tag}{_zh_html(s, spans, links)}</div>\n"
        f'<div class="cell en" lang="en" tabindex="0" id="en-{sid}">'
        f"{en_who}{tag}{_en_html(s, links)}{_qa_list(s.qa)}{_tm_html(s)}</div>\n</div>\n"
    )


#: Term key → the opening tag of a link to its row in the terms table: (found, missing).
TermLinks = dict[str, tuple[str, str]]


def _term_links(rows: Iterable[TermRow]) -> TermLinks:
    links = {}
    for r in rows:
        n = r.n
        rest = f'href="#term-{n}" data-term="{n}" aria-describedby="term-{n}-en term-{n}-note">'
        links[r.zh] = (f'<a class="term" {rest}', f'<a class="term missing" {rest}')
    return links


def _marked(text: str, spans: Iterable[tuple[int, int, str]], links: TermLinks,
            missing: Collection[str] = ()) -> str:
    """`text` escaped, each span a link to its term's row in the terms table (marked as
    missing when its key is in `missing`)."""
    # Most text has nothing to escape, and then neither has any piece of it.
    esc = escape if _HTML_SPECIAL.search(text) else str
    out, pos = [], 0
    for a, b, key in spans:
        found, absent = links[key]
        out.append(f"{esc(text[pos:a])}{absent if key in missing else found}{esc(text[a:b])}</a>")
        pos = b
    out.append(esc(text[pos:]))
    return "".join(out)


def _zh_html(s: Segment, spans: Spans, links: TermLinks) -> str:
    if not spans:
        return escape(s.zh)
    return _marked(s.zh, spans, links, missing_renderings(s))


def _en_html(s: Segment, links: TermLinks) -> str:
    if not is_translated(s):
        return '<span class="untranslated">not translated</span>'
    if s.en is None:
        return '<span class="untranslated">no translation yet</span>'
    if not s.terms:
        return escape(s.en)
    return _marked(s.en, en_term_spans(s.en, s.terms), links)


def _qa_list(flags: tuple[str, ...]) -> str:
    if not flags:
        return ""
    items = []
    for q in flags:
        if len(q) <= QA_FOLD_CHARS:
            items.append(f"<li>⚠ {escape(q)}</li>")
        else:
            kind, _, rest = q.partition(":")
            items.append(f"<li><details><summary>⚠ {escape(qa_kind(q))}</summary>"
                         f"{escape(rest.strip() or kind)}</details></li>")
    return f'<ul class="qa" aria-label="quality flags">{"".join(items)}</ul>'


def _tm_html(s: Segment) -> str:
    """The translation-memory match under the English: where a reused English came from, or a
    fuzzy match (folded: its Chinese and English) for the reader to compare."""
    m = tm_match(s)
    if m is None:
        return ""
    note = escape(tm_note(m))
    if m.get("match") != "fuzzy":
        return f'<p class="tm">≈ {note}</p>'
    return (f'<details class="tm"><summary>≈ {note}</summary>'
            f'<span lang="zh-CN">{escape(str(m.get("zh")))}</span> → '
            f'<span>{escape(str(m.get("en")))}</span></details>')


def _source_html(source: str) -> str:
    """A citation; web addresses in it become links (opened only when the reader clicks)."""
    out, pos = [], 0
    for m in _URL.finditer(source):
        out.append(escape(source[pos:m.start()]))
        url = escape(m.group(0))
        out.append(f'<a href="{url}" rel="noopener noreferrer">{url}</a>')
        pos = m.end()
    out.append(escape(source[pos:]))
    return "".join(out)


def _terms_table(rows: tuple[TermRow, ...]) -> str:
    if not rows:
        return ""
    body = "".join(
        f'<tr id="term-{r.n}"><td class="c-zh" lang="zh-CN">{escape(r.zh)}</td>'
        f'<td class="c-en" id="term-{r.n}-en">{escape(r.en)}</td><td class="n">{r.count}</td>'
        f'<td class="c-note" id="term-{r.n}-note">{escape(r.note)}</td>'
        f'<td><span class="c-src">{_source_html(r.source)}</span> '
        f'<span class="c-where where">{escape(r.where)}</span></td></tr>\n'
        for r in rows
    )
    return ('<section id="terms"><h2>Terms</h2>\n<table><thead><tr><th>term</th><th>rendering</th>'
            '<th class="n">count</th><th>note</th><th>source</th></tr></thead>\n'
            f"<tbody>\n{body}</tbody></table></section>\n")


def _repairs(data: RenderData) -> str:
    counts = data.repair_counts
    if not counts:
        return ""
    summary = ", ".join(f"{escape(w)} {n}" for w, n in counts)
    items = "".join(
        f"<li>{escape(r.what)}: “<code>{escape(visible(r.before))}</code>” → "
        f"“<code>{escape(visible(r.after))}</code>”{f' ×{len(ids)}' if len(ids) > 1 else ''}"
        f' <span class="where">{escape(id_list(ids))}</span></li>'
        for r, ids in data.repair_groups
    )
    return (f'<section id="repairs" class="summary"><h2>What was repaired</h2>'
            f"<p>{sum(n for _, n in counts)} repairs: {summary}.</p><ul>{items}</ul></section>\n")
