"""The pieces a sentence is cut into (`Unit`: Chinese, English, kind) and how each is written
when assembled; units are immutable and shared between sentences through `Memos`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from pipeline.zh.chars import HAN
from pipeline.zh.lexicon import Lexicon

# Chinese punctuation → English (GB/T 15834 marks to their usual English forms).
PUNCT = {
    "，": ",", "。": ".", "、": ",", "；": ";", "：": ":", "？": "?", "！": "!", ",": ",",
    ":": ":", ";": ";", "?": "?", "!": "!", ".": ".", "（": "(", "）": ")", "(": "(", ")": ")",
    "—": "-", "——": "-", "-": "-", "…": "...", "……": "...", "·": " ", "《": '"', "》": '"',
    "“": '"', "”": '"', "‘": "'", "’": "'", '"': '"', "'": "'", "「": '"', "」": '"',
    "【": "[", "】": "]", "〔": "(", "〕": ")", "〈": "'", "〉": "'", "『": "'", "』": "'",
    "〖": "[", "〗": "]",
}
OPENING = frozenset('“‘《「([（【〔〈『〖')
CLOSING = frozenset('”’》」)]）】〕〉』〗')
TOGGLING = frozenset("\"'")  # ASCII quotes: open or close by position
NO_SPACE_BEFORE = frozenset(",.;:?!%)]")
# Function words rendered by their context (Chao, A Grammar of Spoken Chinese; Li & Thompson,
# Mandarin Chinese ch. 4, 6, 15): structural/aspect particles and 把 have no English word.
DROPPED = frozenset({"的", "地", "得", "了", "着", "把", "之所以", "所"})
_CJK = re.compile(f"[{HAN}]+")
_LATIN = re.compile(r"^[0-9A-Za-z.%+-]+$")


# How assemble writes a unit's English: not at all (none, or only spaces); as a word, after a
# space; as an opening mark (nothing after it); as an ASCII quote (opens or closes by position);
# as a closing mark or a stop (nothing before it).
SKIP, WORD, OPEN, TOGGLE, CLOSE = range(5)


@dataclass(frozen=True, slots=True, init=False)
class Unit:
    """A piece of the sentence and its English. Immutable, so that one unit serves every
    sentence with the same word or claim (Memos); a rule that changes a unit's English puts
    a new unit in its place (`replace`). What the gloss and `assemble` need from
    a unit is worked out when it is made, not per sentence."""

    zh: str
    en: str
    kind: str  # term num enum place person word punct space latin
    pinyin: bool = False
    pos: str = ""  # a part of speech a rule gave it (a verb read as a noun: "n"); "" the word's own
    pair: tuple[str, str] = field(init=False, repr=False, compare=False)  # (zh, en): the gloss
    text: str = field(init=False, repr=False, compare=False)  # the English assemble writes
    spaced: str = field(init=False, repr=False, compare=False)  # the same after a space
    mode: int = field(init=False, repr=False, compare=False)  # how: SKIP, WORD, OPEN, ...

    def __init__(self, zh: str, en: str, kind: str, pinyin: bool = False, pos: str = "") -> None:
        """The fields, and the derived ones, each set through its slot's own setter (_SETTERS):
        a run makes ~35k units, and the dataclass's generated __init__ and __post_init__ set
        each field by name through object.__setattr__, ~40% slower."""
        # 一是 → "First,"; 一、 "1." and （一） "(1)" take no comma ("1. A review of our work in 2018")
        text = en + "," if kind == "enum" and en[-1:].isalpha() else en
        set_zh, set_en, set_kind, set_pinyin, set_pos, set_pair, set_text, set_spaced, set_mode = _SETTERS
        set_zh(self, zh)
        set_en(self, en)
        set_kind(self, kind)
        set_pinyin(self, pinyin)
        set_pos(self, pos)
        set_pair(self, (zh, en))
        set_text(self, text)
        set_spaced(self, " " + text)
        set_mode(self, placement(zh, text, kind))


#: The __set__ of each of Unit's slots (member descriptors), in Unit.__init__'s order: what
#: a frozen dataclass's own __init__ reaches through object.__setattr__ and the field's name.
_SETTERS: tuple[Any, ...] = tuple(Unit.__dict__[f].__set__ for f in (
    "zh", "en", "kind", "pinyin", "pos", "pair", "text", "spaced", "mode"))


def replace(u: Unit, *, en: str, pinyin: bool | None = None, pos: str | None = None) -> Unit:
    """`u` with other English (and pinyin flag, part of speech): `dataclasses.replace` for
    units, without its look at the fields on every call (the rules re-render ~16k units on
    the 342k-character bench corpus)."""
    return Unit(u.zh, en, u.kind, u.pinyin if pinyin is None else pinyin, u.pos if pos is None else pos)


def placement(zh: str, text: str, kind: str) -> int:
    """How assemble writes a unit's English `text` (SKIP, WORD, OPEN, TOGGLE or CLOSE)."""
    if not text or text.isspace():
        return SKIP
    if kind != "punct":
        return WORD
    if zh in OPENING:
        return OPEN
    if zh in TOGGLING:
        return TOGGLE
    if zh in CLOSING or text[0] in NO_SPACE_BEFORE:
        return CLOSE
    return WORD



@dataclass
class Memos:
    """What the engine works out once per word or claim in a run, for every sentence."""

    units: dict[str, Unit] = field(default_factory=dict)  # word outside the claims → unit
    pinyin_words: set[str] = field(default_factory=set)  # ... those in pinyin or kept in Chinese
    claims: dict[tuple[str, str, str], Unit] = field(default_factory=dict)  # (zh, en, kind) → unit
    # ... the words of two or more characters tagged as adjectives or adverbs (rules.ADVERB_TAGS):
    # the only words adverbs_before_verbs looks at
    adverbs: set[str] = field(default_factory=set)


def word_unit(word: str, lex: Lexicon) -> Unit:
    """The unit of a word, punctuation mark, space or Latin run outside the claims."""
    if _CJK.search(word):
        en, pinyin = lex.render(word)
        if word in DROPPED:
            en = ""  # no English wherever it stands: dropped here once, not per sentence
        elif pinyin and len(word) > 1 and not lex.in_jieba(word):
            en = en.capitalize()  # an unknown word jieba had to guess is most often a name
        return Unit(word, en, "word", pinyin)
    if word in PUNCT:
        return Unit(word, PUNCT[word], "punct")
    if word.isspace():
        return Unit(word, "", "space")
    if _LATIN.match(word):
        return Unit(word, word, "latin")
    # other marks as their compatibility forms: full-width －～＋／ → -~+/
    return Unit(word, unicodedata.normalize("NFKC", word), "punct")
