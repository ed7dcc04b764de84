"""`pipeline glossary suggest`: candidate terms the glossary does not have yet.

Three rules, in this order (a candidate found by an earlier rule is not repeated):
  numbered  numbered slogans: a chain of numeral + short word (三抓三促, 八抓八提升, 一核三带五区),
            or numeral + 个 + words (四个不摘, 九个聚力提升), or a quoted form starting with a
            numeral (“六必访”, “五个一”);
  quoted    other quoted expressions (“甘味”, “贡八盘”, and "…" in ASCII quotes as OCR leaves them);
  recurring runs of 1–4 jieba words, 3–10 characters, seen at least `min_count` times.
Known terms and variants are masked out of the text first, so they (and anything overlapping
them) are never suggested; a known term inside a longer word (四强 in 四强化, where
the tokenizer keeps the word) is no occurrence, so the longer word can be. The result is a TSV
stub with an empty `en` to fill in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.glossary.load import COLUMNS, Glossary
from pipeline.zh.chars import HAN

# Chinese numerals that open slogans (三抓三促, 两个确立, 双增长, 千万工程).
NUMERALS = "一二三四五六七八九十两双百千万"
# Characters after a numeral that make it an amount, date or ordinal, not a slogan:
# measure words and 是 (一是…二是… list items), from the sample page (五届八次, 两轮, 一批, 一是).
NOT_SLOGAN_AFTER = "次届年月日天批轮项名位些点是"
_WORD_CHARS = rf"(?:(?![{NUMERALS}])[{HAN}])"
# Numerals that chain (not 百千万: 千方百计 is an idiom, not a slogan).
CHAIN_NUMERALS = "一二三四五六七八九十两双"
# numeral + 1–3 word characters, not starting with a measure word.
_PART = rf"[{CHAIN_NUMERALS}](?![{NOT_SLOGAN_AFTER}]){_WORD_CHARS}{{1,3}}"
NUMBERED = (
    re.compile(rf"(?<![第{NUMERALS}])(?:{_PART}){{2,}}"),  # chains: 三抓三促, 一核三带五区
    re.compile(rf"(?<![第{NUMERALS}一])[二三四五六七八九十两]个[{HAN}]{{1,4}}"),  # 四个不摘
)
# Quote pairs: Chinese quotes, corner brackets, book-title marks, and the ASCII or full-width
# straight quotes OCR leaves. Content: 2–12 Chinese characters (a middle dot allowed).
QUOTES = re.compile(rf"[“‘「『《\"＂]([{HAN}·]{{2,12}})[”’」』》\"＂]")
# Function words that do not start or end a term (frequent single-character jieba tokens).
STOP_EDGES = frozenset("的了和与及在是为等对将把从到以并或中上下着也都又就而被由向于之其这那各每该个")
MIN_LEN, MAX_LEN, MAX_WORDS = 3, 10, 4
CONTEXT = 12  # characters of context either side
_HAN_RUN = re.compile(rf"[{HAN}]+")
_MASK = "\u25a1"  # □: stands in for known terms, so nothing overlapping them is suggested


@dataclass(frozen=True, slots=True)
class Candidate:
    zh: str
    count: int
    found: str  # numbered | quoted | recurring
    context: str

    @property
    def kind(self) -> str:
        return "slogan" if self.found == "numbered" else "term"


def mask_known(text: str, glossary: Glossary, words: Sequence[tuple[int, int]] | None = None) -> str:
    """`text` with every occurrence of a known form replaced by □ (same length, same offsets).
    Given the text's `words`, only occurrences that start and end on word boundaries: a term
    inside a longer word (四强 in 四强化) is no occurrence, so the longer word can be suggested."""
    hidden = bytearray(len(text))
    bounds = None if words is None else {x for w in words for x in w}
    for form in glossary.index:
        start = text.find(form)
        while start != -1:
            if bounds is None or (start in bounds and start + len(form) in bounds):
                hidden[start:start + len(form)] = b"\x01" * len(form)
            start = text.find(form, start + 1)
    return "".join(_MASK if h else ch for ch, h in zip(text, hidden))


def context(text: str, start: int, end: int, source: str) -> str:
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    snippet = f"{text[a:start]}【{text[start:end]}】{text[end:b]}"
    snippet = re.sub(r"\s+", " ", snippet).strip()
    return f"{source}: {'…' if a else ''}{snippet}{'…' if b < len(text) else ''}"


def is_numbered(zh: str) -> bool:
    return zh[0] in NUMERALS or any(p.fullmatch(zh) for p in NUMBERED)


def numbered_spans(masked: str, bounds: set[int]) -> list[tuple[int, int]]:
    """Numbered slogans outside quotes, each ending on the first word boundary after its
    last numeral (三抓三促|行动, 八抓八提升)."""
    spans = []
    for pattern in NUMBERED:
        for m in pattern.finditer(masked):
            last = max(i for i in range(m.start(), m.end()) if masked[i] in NUMERALS) + 1
            last += masked[last] == "个"  # the words start after 四个
            ends = [b for b in bounds if last < b <= m.end()]
            if ends:
                spans.append((m.start(), min(ends)))
    return spans


def quoted_spans(masked: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in QUOTES.finditer(masked)]


def word_runs(masked: str, words: Sequence[tuple[int, int]]) -> Counter[str]:
    """How often each run of 1–4 adjacent Chinese words occurs (3–10 characters; a single
    word only from 4 characters), not starting or ending on a function word."""
    counts: Counter[str] = Counter()
    for i in range(len(words)):
        for j in range(i, min(i + MAX_WORDS, len(words))):
            if not _HAN_RUN.fullmatch(masked, *words[j]) or (j > i and words[j - 1][1] != words[j][0]):
                break
            piece = masked[words[i][0]:words[j][1]]
            if len(piece) > MAX_LEN:
                break
            after_latin = words[i][0] > 0 and masked[words[i][0] - 1].isascii() \
                and masked[words[i][0] - 1].isalnum()  # 4A级景区: 级 ends a code, starts nothing
            if (len(piece) >= MIN_LEN and (j > i or len(piece) >= 4) and not after_latin
                    and piece[0] not in STOP_EDGES and piece[-1] not in STOP_EDGES):
                counts[piece] += 1
    return counts


def maximal(counts: Counter[str], min_count: int) -> dict[str, int]:
    """The runs seen min_count times or more, less those inside a longer run seen as often.

    Each kept run's shorter pieces are looked up among the kept runs (a run has at most
    MAX_LEN characters), not every pair of kept runs compared: 6,866 runs of 120 news pages
    took 4 s pair by pair."""
    kept = {t: n for t, n in counts.items() if n >= min_count}
    inside: set[str] = set()
    for u, m in kept.items():
        size = len(u)
        for a in range(size):
            for b in range(a + 1, size + 1 - (a == 0)):
                n = kept.get(u[a:b])
                if n is not None and m >= n:
                    inside.add(u[a:b])
    return {t: n for t, n in kept.items() if t not in inside}


@dataclass(frozen=True, slots=True)
class Prepared:
    """What `suggest` needs of one text, found on its own (so that many texts can be prepared
    in parallel and merged in order): the known forms masked, and the spans and word runs."""

    source: str
    text: str
    masked: str
    numbered: tuple[tuple[int, int], ...]
    quoted: tuple[tuple[int, int], ...]
    runs: dict[str, int]
    pairs: frozenset[str]  # the masked text's character pairs (`Holders`)


def prepare(source: str, text: str, glossary: Glossary, words: Sequence[tuple[int, int]],
            masked: str | None = None) -> Prepared:
    """One text's part of `suggest`: `words` its jieba word spans, `masked` (when the caller
    has it) the text through `mask_known`."""
    m = mask_known(text, glossary, words) if masked is None else masked
    return Prepared(source, text, m, tuple(numbered_spans(m, {b for _, b in words})), tuple(quoted_spans(m)),
                    dict(word_runs(m, words)), pairs(m))


def suggest(texts: Sequence[tuple[str, str]], glossary: Glossary,
            words: Sequence[Sequence[tuple[int, int]]], min_count: int = 3,
            masked: Sequence[str] | None = None) -> list[Candidate]:
    """Candidates from (source name, text) pairs; `words` holds each text's jieba word spans,
    `masked` (when the caller has it) each text through `mask_known`."""
    return merge([prepare(source, text, glossary, spans, masked[i] if masked is not None else None)
                  for i, ((source, text), spans) in enumerate(zip(texts, words))], glossary, min_count)


def pairs(text: str) -> frozenset[str]:
    """Every two characters in a row of `text`."""
    return frozenset(text[j:j + 2] for j in range(len(text) - 1))


class Holders:
    """Which of many texts hold a string, without searching them all: a text that holds it
    holds each of its character pairs, so only the texts holding every pair are searched
    (5,180 candidates in 120 news pages: 1 s searching every page, ~0.05 s so). `of`: the
    texts' pairs, when they are at hand (`Prepared.pairs`, found where the text was prepared).
    Each string's answer is kept: a candidate is asked for two or three times (its count, its
    context, its pages)."""

    def __init__(self, texts: Sequence[str] = (), of: Sequence[frozenset[str]] | None = None) -> None:
        self.texts: list[str] = []
        self.by_pair: dict[str, set[int]] = {}
        self.found: dict[str, list[int]] = {}
        for text, held in zip(texts, of if of is not None else map(pairs, texts)):
            self.add(text, held)

    def add(self, text: str, held: frozenset[str] | None = None) -> None:
        """One more text (after those given), `held` its pairs when they are at hand."""
        i, by_pair = len(self.texts), self.by_pair
        self.texts.append(text)
        self.found.clear()
        for pair in held if held is not None else pairs(text):
            texts = by_pair.get(pair)  # not setdefault: it would make a set for every pair
            if texts is None:
                by_pair[pair] = {i}
            else:
                texts.add(i)

    def __call__(self, zh: str) -> list[int]:
        """The indexes of the texts holding `zh`, in order."""
        found = self.found.get(zh)
        if found is None:
            found = self.found[zh] = self._search(zh)
        return found

    def _search(self, zh: str) -> list[int]:
        if len(zh) < 2:
            return [i for i, text in enumerate(self.texts) if zh in text]
        pairs = sorted((self.by_pair.get(zh[j:j + 2], set()) for j in range(len(zh) - 1)), key=len)
        return sorted(i for i in pairs[0].intersection(*pairs[1:]) if zh in self.texts[i])


def merge(prepared: Sequence[Prepared], glossary: Glossary, min_count: int = 3,
          holders: Holders | None = None, runs: Counter[str] | None = None) -> list[Candidate]:
    """The candidates of prepared texts, in order (see `suggest`); `holders` and `runs` (when
    the caller has them): `Holders` of the texts' masked forms, their word runs summed."""
    found: dict[str, Candidate] = {}
    holding = holders if holders is not None else Holders([p.masked for p in prepared], [p.pairs for p in prepared])

    def total(zh: str) -> int:
        return sum(prepared[i].masked.count(zh) for i in holding(zh))

    def add(zh: str, rule: str, count: int) -> None:
        if zh in found or _MASK in zh or zh in glossary.index:
            return
        for i in holding(zh)[:1]:
            p = prepared[i]
            at = p.masked.find(zh)
            found[zh] = Candidate(zh, count, rule, context(p.text, at, at + len(zh), p.source))

    for p in prepared:
        for a, b in p.numbered:
            add(p.masked[a:b], "numbered", total(p.masked[a:b]))
    for p in prepared:
        for a, b in p.quoted:
            zh = p.masked[a:b]
            add(zh, "numbered" if is_numbered(zh) else "quoted", total(zh))
    if runs is None:
        runs = Counter()
        for p in prepared:
            runs.update(p.runs)
    for zh, n in sorted(maximal(runs, min_count).items(), key=lambda kv: (-kv[1], kv[0])):
        add(zh, "recurring", n)
    order = {"numbered": 0, "quoted": 1, "recurring": 2}
    return sorted(found.values(), key=lambda c: (order[c.found], -c.count))


def to_stub(candidates: Sequence[Candidate], sources: Sequence[str]) -> str:
    """A glossary TSV stub: our columns (en empty, to fill in), then count, found, context."""
    lines = ["\t".join((*COLUMNS, "count", "found", "context")),
             (f"# Suggested from {', '.join(sources)}: fill in en (and note, source), delete the rows"
             " you do not want, then move the rows into a glossary file."),
             ]
    for c in candidates:
        ctx = c.context.replace("\t", " ")
        lines.append("\t".join((c.zh, "", "", c.kind, "", "", str(c.count), c.found, ctx)))
    return "\n".join(lines) + "\n"
