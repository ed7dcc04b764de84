"""Word segmentation: jieba's words, with every glossary term and variant kept as one token.

The cutting itself is rjieba, the Python binding of jieba-rs: a Rust port of jieba's `cut`
with the same dictionary (jieba 0.42's dict.txt) and the same HMM for unknown words, so it
gives jieba's words (tests/test_segment.py compares the two on every text in the repository,
1.3 MB of it) about 15 times faster than jieba's own Python. One difference is mended here:
an ASCII run outside the dictionary that holds a joiner (2024-03-05, COVID-19, v1.2-beta)
is one word to jieba-rs, and jieba splits it into its letter/digit runs and the joiners
(`_ascii_as_jieba`).

What jieba-rs cannot do is what pipeline needs for glossary terms: add a word without raising
the dictionary's total count. jieba's total divides every word's frequency, so a total raised by
a glossary's worth of high-frequency terms penalises every token of every sentence and cuts
ordinary text differently the larger the glossary grows. Instead, two cuts: a marked one knows
the terms (at TERM_FREQ) and only says where they stand; a plain one, jieba's dictionary as it
is, cuts the text between them. The best path through a sentence that keeps a term whole is
the best path to the term's start followed by the best path from its end, so the words between
terms are exactly jieba's.

Both cuts come from one cutter, so that jieba's dictionary is loaded once (~0.1 s a copy): it
holds the terms, and a plain cut sets the total back to jieba's own for its duration, through
the frequency of a word no text holds (`_BALANCE`). jieba-rs keeps the total in an unsigned
64-bit count that wraps, so a frequency of 2**64 minus what the terms added takes it back
exactly; what the terms added is known from jieba's dict.txt (`dictionary_counts`, cached per
set of terms). A text holding a term's characters where the marked cut did not keep the term (the
term inside a longer dictionary word) is cut plainly again with those terms given back their own
jieba frequency (`_without_terms`); only a term that is no jieba word at all needs a second, plain
cutter, loaded then and used for every plain cut after; so is everything when a jieba-rs build
refuses the wrapping count.

Where a glossary term sits inside a longer dictionary word (中央 in 中央委员会, 政协 in
人民政协, 主任 in 主任委员), the marked cut keeps the dictionary word, where jieba's Python with the
same terms (total put back) split it: "Central Committee", not "the central authorities
committee". And a term is kept whole only where it respects jieba's own word boundaries: where
its first or last character is inside a dictionary word of jieba's cut of the sentence (四强 in
四强化, jieba 四|强化; 强工业 in 加强工业), it is no term and jieba's words stand, where jieba's
Python (and a plain `add_word`) would force 四强|化 (`_word_breakers`). Everywhere else the words
are the same; tests/zh/test_tokenize.py checks both on every text in the repository.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from pipeline.model import Span, Tokens

#: Frequency given to glossary terms: far above any word in jieba's dictionary
#: (its largest is 的, 318825), so the best path through a term keeps it whole.
TERM_FREQ = 2_000_000

#: jieba.finalseg's `re_skip`: how jieba splits a run of non-Han characters it has no word for.
_JIEBA_RUN = r"[a-zA-Z0-9]+(?:\.\d+)?%?"
_JIEBA_SKIP = re.compile(f"({_JIEBA_RUN})")
_JIEBA_WHOLE = re.compile(_JIEBA_RUN)
#: Characters that can join letters and digits into one jieba-rs word (jieba's block regex).
_JOINERS = re.compile(r"[-+#&._%]")


#: A word no text holds (Unicode noncharacters), whose frequency carries the cutter's total
#: between the two cuts'. jieba-rs counts in a usize, which wraps at 2**64 (WRAP).
_BALANCE = "\ufdd0\ufdd1\ufdd2"
WRAP = 1 << 64


class Tokenizer:
    """jieba's cut (HMM on) over jieba's dictionary, with `terms` kept whole."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        self._jieba: Any = cutter()
        self._jieba.add_word(_BALANCE, 0, None)
        self._shared = _wraps(self._jieba)
        self._plain_cutter: Any = None if self._shared else cutter()
        self._added = 0  # what the terms add to the total count
        self._counts: dict[str, int] = {}  # jieba's frequency of the terms that are its words
        self.terms: frozenset[str] = frozenset()
        self._lengths: tuple[int, ...] = ()  # the terms' lengths
        self._heads: frozenset[str] = frozenset()  # their first two characters
        self.add_terms(terms)

    def add_terms(self, terms: Iterable[str]) -> None:
        """Make each term of two or more characters one token."""
        new = frozenset(t for t in terms if len(t) > 1) - self.terms
        if not new:
            return
        if self._shared:
            counts = dictionary_counts(new)
            self._counts.update(counts)
            self._added += TERM_FREQ * len(new) - sum(counts.values())
        add = self._jieba.add_word
        for t in new:
            add(t, TERM_FREQ, None)
        self.terms |= new
        self._lengths = tuple(sorted({len(t) for t in self.terms}))
        self._heads = frozenset(t[:2] for t in self.terms)

    def cut(self, text: str) -> list[str]:
        """The words of `text`, in order; together they are exactly `text`."""
        marked = self._jieba.cut(text)
        terms = self.terms
        out = self._plain_one(text) if terms.isdisjoint(marked) else self._around_terms(text, marked)
        return self._ascii_as_jieba(out) if _JOINERS.search(text) else out

    def _around_terms(self, text: str, marked: list[str]) -> list[str]:
        """The terms the marked cut found, less those that would break a word of jieba's own
        cut (`_word_breakers`), and the plain cut's words between them."""
        terms = self.terms
        ends = list(accumulate(map(len, marked)))
        spans = list(zip([0, *ends[:-1]], ends))
        held = [(w, spans[k]) for k, w in enumerate(marked) if w in terms]  # the terms and their spans
        dropped = self._word_breakers(text, spans, held, self._plain_one(text))
        pieces: list[str] = []  # text between terms, and the terms, in order
        start = 0
        for w, (a, b) in held:
            if a not in dropped:
                pieces += [text[start:a], w]
                start = b
        pieces.append(text[start:])
        between = self._plain(pieces[::2])
        out: list[str] = []
        for i, words in enumerate(between):
            out += words
            if 2 * i + 1 < len(pieces):
                out.append(pieces[2 * i + 1])
        return out

    def _word_breakers(self, text: str, marked: list[Span], held: list[tuple[str, Span]],
                       words: list[str]) -> set[int]:
        """Starts of the terms that only stand by breaking a word of jieba's own cut of
        `text`. Where the term cut and jieba's differ, compare them over the stretch where
        both agree at the ends: the terms there go when one of them strands a single
        character of jieba's word (四强 in 四强化: jieba 四|强化, the term leaves 化 alone)
        and the term cut needs more words than jieba's (万|人大|礼堂, not 万人|大礼堂), or as
        many, all dictionary words, and that term is no dictionary word itself (四强|化;
        强科技 in 加强科技; 脱贫攻坚 in 脱贫攻坚战, a term at the head of a longer word).
        A term stands where its cut needs fewer words (为|主攻方向, not 为主|攻|方向), where it
        leaves a word of two or more characters (北京|市委书记, 北京|人民大会堂), where the
        stranded character is in another term, and where jieba's words in a tie are HMM
        guesses, not dictionary words (非遗|传承|人 stands against 非|遗传|承人)."""
        has, terms = self._jieba_word, self.terms
        ends = list(accumulate(map(len, words)))
        at = {0, *ends}
        if all(a in at and b in at for _, (a, b) in held):
            return set()  # every term on jieba's own word boundaries: most sentences
        plain = list(zip([0, *ends[:-1]], ends))
        in_terms = {i for a, b in marked if text[a:b] in self.terms for i in range(a, b)}
        dropped: set[int] = set()
        i = j = 0
        for stop in sorted(set(ends) & {b for _, b in marked}):
            m0, p0 = i, j
            while marked[i][1] < stop:
                i += 1
            while plain[j][1] < stop:
                j += 1
            i, j = i + 1, j + 1
            ours, theirs = marked[m0:i], plain[p0:j]
            if ours == theirs:
                continue
            here = [(a, b) for a, b in ours if text[a:b] in terms]
            more, tie = len(ours) > len(theirs), len(ours) == len(theirs)
            dict_words = tie and all(has(text[a:b]) for a, b in theirs)
            if any(_strands(a, b, theirs, in_terms) and (more or (dict_words and not has(text[a:b])))
                   for a, b in here):
                dropped.update(a for a, _ in here)
        return dropped

    def _jieba_word(self, word: str) -> bool:
        """Whether `word` is a word of jieba's own dictionary (a term counts only if it is one)."""
        if word in self.terms:
            return word in self._counts if self._shared else bool(self._plain_cutter.has_word(word))
        return word != _BALANCE and bool(self._jieba.has_word(word))

    def _plain_one(self, text: str) -> list[str]:
        """`_plain` of one text (most calls: once the plain cutter is there, one call of it)."""
        if self._plain_cutter is not None:
            return self._plain_cutter.cut(text) if text else []
        return self._plain([text])[0]

    def _plain(self, texts: list[str]) -> list[list[str]]:
        """Each text's plain cut: jieba's dictionary and total, no terms."""
        out: list[list[str]] = [[] for _ in texts]
        todo = [i for i, t in enumerate(texts) if t]
        if self._plain_cutter is None:
            with self._total_as_jieba():
                for i in todo:
                    out[i] = self._jieba.cut(texts[i])
            todo = [i for i in todo if self._touching(out[i], self.terms)]
            todo = [i for i in todo if not self._without_terms(texts[i], out, i)]
        if todo:
            plain = self._plain_cutter or self._make_plain()
            for i in todo:
                out[i] = plain.cut(texts[i])
        return out

    @contextmanager
    def _total_as_jieba(self, restored: int = 0) -> Iterator[None]:
        """The cutter's total count back to jieba's own for the block (`restored`: what the
        terms given back their own frequency took off it)."""
        jieba = self._jieba
        jieba.add_word(_BALANCE, (WRAP - self._added + restored) % WRAP, None)
        try:
            yield
        finally:
            jieba.add_word(_BALANCE, 0, None)

    def _without_terms(self, text: str, out: list[list[str]], i: int) -> bool:
        """Cut `text` plainly into out[i] with the terms it holds given back their frequency
        in jieba's dictionary (a term inside a longer word: 中央 in 中央委员会); False when
        one of them is no word of jieba's (then the plain cutter must cut it)."""
        terms, jieba = set(self.terms), self._jieba
        back: dict[str, int] = {}
        try:
            while True:
                found = self._touching(out[i], terms, collect=True)
                if not found:
                    return True
                if any(t not in self._counts for t in found):
                    return False
                for t in found:
                    back[t] = self._counts[t]
                    jieba.add_word(t, back[t], None)
                    terms.discard(t)
                restored = sum(TERM_FREQ - n for n in back.values())
                with self._total_as_jieba(restored):
                    out[i] = jieba.cut(text)
        finally:
            for t in back:
                jieba.add_word(t, TERM_FREQ, None)

    def _touching(self, words: list[str], terms: Collection[str], collect: bool = False) -> set[str]:
        """The terms that may have changed this cut, made with them in the dictionary: those it
        holds as words (else its path is jieba's best path too, a term's path scoring only
        higher), and those in a run of single characters (jieba's HMM leaves alone a run that
        is a dictionary word, and a term is one). With `collect` False, the first one only."""
        found: set[str] = set()
        run = ""
        for w in [*words, "  "]:  # a last word of two characters ends the last run
            if len(w) == 1:
                run += w
                continue
            if len(run) > 1:
                found |= self._terms_in(run, terms)
            if w in terms:
                found.add(w)
            if found and not collect:
                return found
            run = ""
        return found

    def _terms_in(self, text: str, terms: Collection[str]) -> set[str]:
        """The terms whose characters are in `text`."""
        heads, lengths = self._heads, self._lengths
        return {w for i in range(len(text) - 1) if text[i:i + 2] in heads
                for n in lengths if (w := text[i:i + n]) in terms}

    def _make_plain(self) -> Any:
        self._plain_cutter = cutter()
        return self._plain_cutter

    def _ascii_as_jieba(self, words: list[str]) -> list[str]:
        """jieba's split of joined ASCII runs that are not dictionary words (see the module doc)."""
        out: list[str] = []
        for w in words:
            if len(w) > 1 and w.isascii() and not _JIEBA_WHOLE.fullmatch(w) and not self.known(w):
                out += [x for x in _JIEBA_SKIP.split(w) if x]
            else:
                out.append(w)
        return out

    def spans(self, text: str) -> list[Span]:
        """[start, end) of each word of `text`."""
        return list(self.tokens(text))

    def tokens(self, text: str) -> Tokens:
        """The spans of the words of `text`, carrying the words (`pipeline.model.Tokens`)."""
        cut = self.cut(text)
        ends = list(accumulate(map(len, cut)))
        return Tokens(tuple(zip([0, *ends[:-1]], ends)), tuple(cut))

    def known(self, word: str) -> bool:
        """Whether `word` is a word of jieba's dictionary or a glossary term."""
        return word in self.terms or (word != _BALANCE and self._jieba.has_word(word))


def _wraps(jieba: Any) -> bool:
    """Whether this jieba-rs build lets the total count wrap (release builds do; one built
    with overflow checks raises, and then the plain cut has a cutter of its own)."""
    try:
        jieba.add_word(_BALANCE, WRAP - 1, None)
        jieba.add_word(_BALANCE, 0, None)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # a Rust panic (pyo3's PanicException is a BaseException) or OverflowError
        return False
    return True


@lru_cache(maxsize=1)
def _cutter_class() -> Any:
    """rjieba's Jieba class, loaded without running the rjieba package's __init__, which
    makes a module-level cutter: a copy of the dictionary a run would never use."""
    module: Any = sys.modules.get("rjieba")
    if module is None:
        from importlib.machinery import EXTENSION_SUFFIXES
        from importlib.util import find_spec, module_from_spec, spec_from_file_location

        package = find_spec("rjieba")
        folder = Path(next(iter(package.submodule_search_locations or ()))) if package else None
        found = [folder / f"rjieba{suffix}" for suffix in EXTENSION_SUFFIXES] if folder else []
        path = next((p for p in found if p.exists()), None)
        spec = spec_from_file_location("rjieba.rjieba", path) if path else None
        if spec is None or spec.loader is None:
            import rjieba as module
        else:
            module = module_from_spec(spec)
            spec.loader.exec_module(module)
    return module.Jieba


def cutter() -> Any:
    """A new jieba-rs cutter with jieba's dictionary."""
    return _cutter_class()()


def dictionary_counts(words: Iterable[str]) -> dict[str, int]:
    """The frequency in jieba's dict.txt of those of `words` that are words of it. Read from
    dict.txt once per set of words, then from a cache (pipeline.fileio.cache_dir)."""
    import hashlib
    import marshal

    from pipeline.fileio import atomic_write, cache_dir
    from pipeline.zh.cedict import jieba_dict_file

    wanted = sorted(set(words))
    dict_file = jieba_dict_file()
    st = dict_file.stat()
    key = hashlib.sha256("\n".join([f"{st.st_size}-{st.st_mtime_ns}", *wanted]).encode())
    path = cache_dir() / f"jieba-counts-{key.hexdigest()[:24]}.marshal"
    try:
        counts = marshal.loads(path.read_bytes())
        if isinstance(counts, dict):
            return counts
    except (OSError, EOFError, ValueError, TypeError):
        pass
    counts, look = {}, set(wanted)
    with dict_file.open(encoding="utf-8") as f:
        for line in f:
            word, _, rest = line.partition(" ")
            if word in look:
                counts[word] = int(rest.split()[0])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, marshal.dumps(counts))
    except OSError:
        pass  # only a slower next run
    return counts


def _strands(a: int, b: int, plain: list[Span], taken: set[int]) -> bool:
    """Whether a term at [a, b) leaves one character of a word of `plain` outside itself and
    outside every other term (`taken`)."""
    return any((x == a - 1 and a < y and x not in taken) or (y == b + 1 and x < b and b not in taken)
               for x, y in plain if x < b and a < y)


def make_tokenizer(terms: Iterable[str]) -> Tokenizer:
    return Tokenizer(terms)


def words(tokenizer: Tokenizer, text: str) -> list[Span]:
    """Word spans of `text` in order (see `Tokenizer.spans`)."""
    return tokenizer.spans(text)
