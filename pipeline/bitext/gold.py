"""Gold alignments for the test set (tests/data/align/*.gold.tsv) and link scoring.

A gold file holds one link per line, `zh<TAB>en`, in reading order; a blank line
ends a paragraph on both sides; an English cell starting with "¶" starts a new
English paragraph inside the Chinese one; an empty cell is a 1-0 / 0-1 link.
The .zh.txt/.en.txt texts are made from it (`texts`), so they cannot drift apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PARA = "¶"


@dataclass(frozen=True, slots=True)
class Gold:
    links: tuple[tuple[str, str], ...]  # (zh, en) with the ¶ marks removed
    zh: str
    en: str


def read_gold(path: Path, drop_en_paragraph: int | None = None) -> Gold:
    """Links and texts of a gold file; `drop_en_paragraph` removes that English paragraph
    (0-based) from the text, making its links 1-0 (the damaged-input variant)."""
    blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    links: list[tuple[str, str]] = []
    zh_paras: list[str] = []
    en_paras: list[list[str]] = []
    for block in blocks:
        zh_paras.append("")
        first = True
        for line in block.strip("\n").split("\n"):
            zh, _, en = line.partition("\t")
            zh_paras[-1] += zh
            if en and (first or en.startswith(PARA)):
                en_paras.append([])
            first = first and not en
            en = en.removeprefix(PARA)
            dropped = drop_en_paragraph is not None and en and len(en_paras) - 1 == drop_en_paragraph
            if en and not dropped:
                en_paras[-1].append(en)
            links.append((zh, "" if dropped else en))
    en_text = "\n\n".join(" ".join(p) for p in en_paras if p)
    return Gold(tuple(links), "\n\n".join(zh_paras) + "\n", en_text + "\n")


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    correct: int
    predicted: int
    gold: int


def score(predicted: Iterable[tuple[str, str]], gold: Iterable[tuple[str, str]]) -> Score:
    """Precision and recall of links, each compared as (zh text, en text) by their letters and
    digits only: the clean stage repairs punctuation (ASCII , → ，) and spacing in the Chinese."""
    pred = [_key(p) for p in predicted]
    ref = [_key(g) for g in gold]
    correct = sum((Counter(pred) & Counter(ref)).values())  # repeated links count each time
    return Score(correct / max(len(pred), 1), correct / max(len(ref), 1), correct, len(pred), len(ref))


def _key(link: tuple[str, str]) -> tuple[str, str]:
    return _letters(link[0]), _letters(link[1])


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def links_of(zh_of: dict[str, str], en_sentences: Sequence[str],
             pairs: Iterable[tuple[Sequence[str], Sequence[int]]]) -> list[tuple[str, str]]:
    """Turn (segment ids, English sentence indices) pairs into (zh text, en text) links."""
    return [("".join(zh_of[s] for s in zh), " ".join(en_sentences[i] for i in en)) for zh, en in pairs]
