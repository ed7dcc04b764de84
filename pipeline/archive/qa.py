"""Archive-wide QA, as translation QA tools check a whole project (Xbench's "inconsistency
in target", Okapi CheckMate's "target same as source" and pattern checks): one row per
finding, in qa.tsv (page, id, check, detail).

The checks:
  inconsistent-translation  the same Chinese sentence has different English elsewhere in
                            the archive (Xbench: inconsistency in target)
  inconsistent-term         the same glossary term has different renderings on different
                            pages (the glossary changed between runs, or a page had its own)
  term-missing, number-missing
                            checked again on every page's English (pipeline.qa: a given
                            translation aligned by `pipeline align` had no number check)
  untranslated              Chinese left in the English (CheckMate: untranslated text)
plus every flag the pages recorded themselves (name-missing, fallback, no-english, …),
each under its own kind; a flag the page has and the check finds again is listed once.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.model import TermHit
from pipeline.qa import number_flags, term_flags
from pipeline.zh.chars import HAN

if TYPE_CHECKING:
    from pipeline.archive.facts import PageFacts

QA_COLUMNS = ("page", "id", "check", "detail")
INCONSISTENT = "inconsistent-translation"
INCONSISTENT_TERM = "inconsistent-term"
UNTRANSLATED = "untranslated"
#: The archive's own checks, in the order qa.tsv and the summary list them; page flags follow.
ARCHIVE_CHECKS = (INCONSISTENT, INCONSISTENT_TERM, "term-missing", "number-missing", UNTRANSLATED)
#: Other renderings named in an inconsistency's detail; the rest are counted.
SHOWN = 3
_HAN_RUN = re.compile(rf"[{HAN}]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class QaRow:
    page: str
    id: str
    check: str
    detail: str


@dataclass(frozen=True, slots=True)
class _Seen:
    """One translated record: where it is and its English, for the consistency checks."""

    page: str
    id: str
    en: str


def archive_qa(pages: Sequence[PageFacts]) -> list[QaRow]:
    """Every finding, page by page in reading order."""
    rows = [QaRow(page.path, rid, check, detail) for page in pages for rid, check, detail in page.flags]
    rows.extend(inconsistent_sentences(pages))
    rows.extend(inconsistent_terms(pages))
    order = {(p.path, rid): (i, j) for i, p in enumerate(pages) for j, rid in enumerate(p.ids)}
    return sorted(rows, key=lambda q: order.get((q.page, q.id), (len(pages), 0)))


def record_flags(r: dict[str, Any]) -> list[tuple[str, str]]:
    """(check, detail) for one record with English: its own flags, then what the checks find."""
    zh, en = str(r.get("zh") or ""), str(r["en"])
    terms = [TermHit(str(t["zh"]), str(t["en"]), int(t["start"]), int(t["end"]), str(t.get("source", "")))
             for t in r.get("terms") or ()]
    flags = [str(q) for q in r.get("qa") or ()]
    flags += [f for f in (*term_flags(terms, en), *number_flags(zh, en, None, terms)) if f not in flags]
    found = [_split(f) for f in flags]
    left = _HAN_RUN.findall(en)
    if left:
        found.append((UNTRANSLATED, "Chinese in the English: " + "、".join(dict.fromkeys(left))))
    return found


def bare(zh: str) -> str:
    """Chinese compared without its white space (a line break inside a sentence)."""
    return _SPACE.sub("", zh)


def inconsistent_sentences(pages: Sequence[PageFacts]) -> list[QaRow]:
    """A row for each occurrence of a Chinese sentence that has more than one English."""
    by_zh: dict[str, list[_Seen]] = defaultdict(list)
    for page in pages:
        for zh, rid, en in page.sentences:
            by_zh[zh].append(_Seen(page.path, rid, en))
    rows = []
    for seen in by_zh.values():
        if len({s.en for s in seen}) < 2:
            continue  # one English, however often (most sentences: no need to normalise it)
        renderings = {_norm(s.en) for s in seen}
        if len(renderings) < 2:
            continue
        for s in seen:
            others = [o for o in seen if _norm(o.en) != _norm(s.en)]
            shown = list({_norm(o.en): o for o in others}.values())
            detail = f"{len(renderings)} renderings; elsewhere: " + "; ".join(
                f"“{o.en}” ({o.page} {o.id})" for o in shown[:SHOWN])
            if len(shown) > SHOWN:
                detail += f"; and {len(shown) - SHOWN} more"
            rows.append(QaRow(s.page, s.id, INCONSISTENT, detail))
    return rows


def inconsistent_terms(pages: Sequence[PageFacts]) -> list[QaRow]:
    """A row at the first hit, on each page, of each rendering of a term rendered more than
    one way across the archive."""
    first: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)  # zh → (page, en) → id
    renderings: dict[str, Counter[str]] = defaultdict(Counter)
    for page in pages:
        for zh, en, _, rid, n in page.hits:
            renderings[zh][en] += n
            first[zh].setdefault((page.path, en), rid)
    rows = []
    for zh, count in renderings.items():
        if len(count) < 2:
            continue
        summary = "; ".join(f"“{en}” ×{n}" for en, n in count.most_common())
        rows += [QaRow(path, rid, INCONSISTENT_TERM, f"{zh} → “{en}” here; across the archive: {summary}")
                 for (path, en), rid in first[zh].items()]
    return rows


def qa_tsv(rows: Sequence[QaRow]) -> str:
    lines = ["\t".join(QA_COLUMNS)]
    lines += ["\t".join(_cell(c) for c in (q.page, q.id, q.check, q.detail)) for q in rows]
    return "\n".join(lines) + "\n"


def check_counts(rows: Sequence[QaRow]) -> list[tuple[str, int, int]]:
    """(check, findings, pages) for each check found: the archive's checks first, then the
    pages' own flags by name."""
    findings = Counter(q.check for q in rows)
    pages: dict[str, set[str]] = defaultdict(set)
    for q in rows:
        pages[q.check].add(q.page)
    order = {c: i for i, c in enumerate(ARCHIVE_CHECKS)}
    checks = sorted(findings, key=lambda c: (order.get(c, len(order)), c))
    return [(c, findings[c], len(pages[c])) for c in checks]


def _split(flag: str) -> tuple[str, str]:
    """"term-missing: 三抓三促 → …" → ("term-missing", "三抓三促 → …")."""
    check, _, detail = flag.partition(":")
    return check.strip(), detail.strip()


def _norm(en: str) -> str:
    """English compared case- and space-insensitively."""
    return _SPACE.sub(" ", en).strip().casefold()


def _cell(text: str) -> str:
    return " ".join(text.split()) if any(c in text for c in "\t\r\n") else text
