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


class QaSums:
    """Archive-wide QA summed a page at a time in the archive's order: the pages' own flags,
    each sentence and term hit filed, and which sentences have more than one English."""

    def __init__(self) -> None:
        self.rows: list[QaRow] = []  # the pages' own flags
        self.order: dict[tuple[str, str], tuple[int, int]] = {}  # (page, id) → its place in the archive
        self.by_zh: dict[str, list[_Seen]] = {}  # a sentence's occurrences
        self.mixed: set[str] = set()  # the sentences seen with more than one English
        self.first: dict[str, dict[tuple[str, str], str]] = {}  # term zh → (page, en) → id of its first hit
        self.renderings: dict[str, Counter[str]] = {}  # term zh → en → hits
        self.pages = 0

    def add(self, page: PageFacts) -> None:
        path, i = page.path, self.pages
        self.pages += 1
        self.rows += [QaRow(path, rid, check, detail) for rid, check, detail in page.flags]
        self.order.update(((path, rid), (i, j)) for j, rid in enumerate(page.ids))
        for zh, rid, en in page.sentences:
            seen = self.by_zh.get(zh)
            if seen is None:
                self.by_zh[zh] = [_Seen(path, rid, en)]
                continue
            if en != seen[0].en:
                self.mixed.add(zh)
            seen.append(_Seen(path, rid, en))
        for zh, en, _, rid, n in page.hits:
            count = self.renderings.get(zh)
            if count is None:
                count = self.renderings[zh] = Counter()
                self.first[zh] = {}
            count[en] += n
            self.first[zh].setdefault((path, en), rid)

    def findings(self) -> list[QaRow]:
        """Every finding, page by page in reading order."""
        rows = [*self.rows, *inconsistent_sentences(self.by_zh, self.mixed),
                *inconsistent_terms(self.renderings, self.first)]
        last = (self.pages, 0)
        return sorted(rows, key=lambda q: self.order.get((q.page, q.id), last))


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


def inconsistent_sentences(by_zh: dict[str, list[_Seen]], mixed: set[str]) -> list[QaRow]:
    """A row for each occurrence of a Chinese sentence that has more than one English
    (`mixed`: those with more than one English as written)."""
    rows = []
    for zh, seen in by_zh.items():
        if zh not in mixed:
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


def inconsistent_terms(renderings: dict[str, Counter[str]],
                       first: dict[str, dict[tuple[str, str], str]]) -> list[QaRow]:
    """A row at the first hit, on each page, of each rendering of a term rendered more than
    one way across the archive (`renderings`: a term's hits by English; `first`: the id of
    the first hit of each (page, English) of a term)."""
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
