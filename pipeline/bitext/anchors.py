"""Anchors: things a Chinese unit and its English translation both show.

Numbers (via `pipeline.zh.numbers`, after 万/亿 scaling), glossary terms (the entry's
English in the English text), names (the pinyin of a Chinese word spelled in the
English, "习近平" → "Xi Jinping", "雄安" → "Xiong'an") and a small dictionary of
content words. Each unit's anchors are computed once; `bonus` scores a candidate link.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from pipeline.bitext import lexicon
from pipeline.zh.chars import HAN
from pipeline.zh.names import romanized_key
from pipeline.zh.numbers import english_ordinals, english_values, find_quantities

#: Weights (in -log probability units) of one matched anchor, and the penalty for
#: a number on one side that the other side does not state. Tuned on tests/data/align.
W_NUMBER = 2.5
W_WORD = 1.0
U_NUMBER = 1.5
#: Lexical overlap through CC-CEDICT (`lexicon`): per-word log-likelihood ratios of
#: "translation" vs "unrelated", from match rates measured on tests/data/align (gold
#: links vs. random pairings): a Chinese word's glosses meet the English 65% vs 7% of
#: the time; an English content word is among the Chinese glosses 54% vs 6%. The LLR sums
#: over words, so a long loose translation can score very low: W_LEX keeps it a tie-breaker
#: beside lengths and priors (0.1–0.15 best on the test set; 0.4 and up lose links).
P_ZH = (0.65, 0.07)
P_EN = (0.54, 0.06)
W_LEX = 0.15

# A small zh → English-stem dictionary of content words frequent in government
# reports and news (hand-picked; the stems follow CC-CEDICT glosses and the official
# translations' usual wording). Function words are left out on purpose.
DICTIONARY: dict[str, tuple[str, ...]] = {
    "经济": ("econom",), "改革": ("reform",), "开放": ("open",), "创新": ("innovat",),
    "疫情": ("epidemic", "covid", "pandemic"), "贫困": ("poverty", "poor"), "脱贫": ("poverty",),
    "农村": ("rural",), "城镇": ("urban",), "就业": ("job", "employ"), "消费": ("consum",),
    "投资": ("invest",), "进口": ("import",), "出口": ("export",), "贸易": ("trade",),
    "企业": ("enterprise", "business", "compan", "firm"), "科技": ("technolog", "scien"),
    "法治": ("rule of law", "law-based"), "法律": ("law",), "生态": ("ecolog",),
    "环境": ("environment",), "妇女": ("women",), "老年": ("elderly",), "养老": ("elderly", "pension"),
    "航天": ("space",), "火箭": ("rocket",), "黄河": ("yellow river",), "长江": ("yangtze",),
    "教育": ("educat",), "医疗": ("medical", "health"), "安全": ("secur", "safe"),
    "国防": ("defense",), "军队": ("military", "armed forces"), "政府": ("government",),
    "国务院": ("state council",), "党中央": ("central committee",), "世界": ("world", "global"),
    "国际": ("international", "global"), "全球": ("global", "world"), "市场": ("market",),
    "财政": ("fiscal",), "税": ("tax",), "金融": ("financ",), "风险": ("risk",), "能源": ("energy",),
    "粮食": ("grain", "food"), "住房": ("housing",), "交通": ("transport",), "铁路": ("rail",),
    "高铁": ("high-speed",), "人口": ("population",), "收入": ("income",), "价格": ("price",),
    "人民": ("people",), "民族": ("ethnic", "nation"), "文化": ("cultur",), "历史": ("histor",),
    "现代化": ("moderniz",), "社会主义": ("socialis",), "共产党": ("communist party", "cpc"),
    "代表": ("deputies", "delegate", "behalf"), "审议": ("deliberation",), "意见": ("comment", "opinion"),
    "增长": ("grow", "growth", "increase", "rose"), "下降": ("drop", "declin", "fell", "down"),
    "海关": ("customs",), "法": ("law",), "会议": ("session", "meeting", "conference"),
    "疫苗": ("vaccin",), "监管": ("regulat", "supervis"), "产业": ("industr",), "制造": ("manufactur",),
    "工业": ("industr",), "农业": ("agricultur", "farm"), "城市": ("city", "cities", "urban"),
    "发射": ("launch",), "轨道": ("orbit",), "空间站": ("space station",), "实验": ("lab", "experiment"),
    "权益": ("rights",), "机遇": ("opportunit",), "中等收入": ("middle-income",), "平衡": ("balance",),
    "示范区": ("demonstration zone",), "防控": ("control", "prevent"), "攻坚": ("battle", "tough"),
    "战略": ("strateg",), "资源": ("resource",), "优势": ("advantage",), "领导": ("leader",),
}

T = TypeVar("T")
_CJK_WORD = re.compile(rf"^[{HAN}]{{2,4}}$")
_EN_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class ZhAnchors:
    numbers: frozenset[Decimal]
    words: frozenset[str]  # English strings (casefolded) expected in the translation
    lex: tuple[frozenset[str], ...] = ()  # CEDICT English stems of each content word


@dataclass(frozen=True, slots=True)
class EnAnchors:
    numbers: frozenset[Decimal]
    text: str  # casefolded
    joined: frozenset[str]  # runs of 1–3 adjacent letter-words, concatenated (for pinyin)
    stems: frozenset[str] = frozenset()  # content-word stems (`lexicon.english_stems`)


def zh_anchors(zh: str, tokens: Sequence[str], terms: Iterable[str]) -> ZhAnchors:
    """Anchors of a Chinese unit: its numbers, and English strings its translation likely holds."""
    words = {t.casefold() for t in terms if t}
    words |= {p for tok in tokens if (p := _name_pinyin(tok))}
    words |= {stem for zh_word, stems in DICTIONARY.items() if zh_word in zh for stem in stems[:1]}
    lex = tuple(lexicon.zh_words(tokens, lexicon.lexicon()))
    return ZhAnchors(_values(_zh_numbers(zh)), frozenset(words), lex)


def _zh_numbers(zh: str) -> list[Decimal]:
    """Values an English translation states as digits or number words: amounts, counts and
    ordinals by value, dates by their year and day (the month becomes a word in English)."""
    out: list[Decimal] = []
    for q in find_quantities(zh):
        if q.value is not None:
            out.append(q.value)
        if q.date is not None:
            year, _, day = q.date
            out.extend(Decimal(x) for x in (year, day) if x)
    return out


def en_anchors(en: str) -> EnAnchors:
    low = en.casefold()
    words = _EN_WORD.findall(low.replace("'", "").replace("’", ""))
    joined = {"".join(words[i:i + k]) for k in (1, 2, 3) for i in range(len(words) - k + 1)}
    numbers = english_values(en) + english_ordinals(en)
    return EnAnchors(_values(numbers), low, frozenset(joined), lexicon.english_stems(en))


def bonus(zh: Sequence[ZhAnchors], en: Sequence[EnAnchors]) -> float:
    """Score of linking these zh units with these en units: matched anchors minus stray numbers."""
    return Scorer(zh, en)(range(len(zh)), range(len(en)))


class Scorer:
    """`bonus` for links between runs of units of two fixed lists, with the word matching of
    each (zh unit, en unit) pair done once: the DP asks for overlapping runs many times."""

    def __init__(self, zh: Sequence[ZhAnchors], en: Sequence[EnAnchors]) -> None:
        self.zh, self.en = zh, en
        self._pairs: dict[tuple[int, int], tuple[frozenset[str], frozenset[tuple[int, int]],
                                                 frozenset[str]]] = {}

    def _pair(self, i: int, j: int) -> tuple[frozenset[str], frozenset[tuple[int, int]], frozenset[str]]:
        """Anchor words of zh[i] found in en[j], zh[i]'s dictionary words with a gloss in en[j]
        (as (i, position)), and en[j]'s stems among zh[i]'s glosses."""
        hit = self._pairs.get((i, j))
        if hit is None:
            z, e = self.zh[i], self.en[j]
            glosses = frozenset().union(*z.lex) if z.lex else frozenset()
            hit = (frozenset(w for w in z.words if _has(e, w)),
                   frozenset((i, k) for k, w in enumerate(z.lex) if w & e.stems),
                   e.stems & glosses)
            self._pairs[(i, j)] = hit
        return hit

    def __call__(self, zr: range, er: range) -> float:
        zn = _union([self.zh[i].numbers for i in zr])
        en_n = _union([self.en[j].numbers for j in er])
        stray = len(zn - en_n) + len(en_n - zn)
        hits = [self._pair(i, j) for i in zr for j in er]
        words = _union([h[0] for h in hits])
        k_zh = len(_union([h[1] for h in hits]))
        k_en = len(_union([h[2] for h in hits]))
        n_zh = sum(len(self.zh[i].lex) for i in zr)
        n_en = len(_union([self.en[j].stems for j in er]))
        lex = (_llr(k_zh, n_zh, P_ZH) + _llr(k_en, n_en, P_EN)) / 2
        return W_NUMBER * len(zn & en_n) + W_WORD * len(words) - U_NUMBER * stray + W_LEX * lex


def _union(sets: Sequence[frozenset[T]]) -> frozenset[T]:
    return sets[0] if len(sets) == 1 else frozenset().union(*sets)


def lexical(zh_words: Sequence[frozenset[str]], en_stems: frozenset[str]) -> float:
    """Log-likelihood ratio (translation vs. unrelated) of the dictionary overlap, averaged
    over the two directions: Chinese words with a gloss in the English, English words
    among the Chinese glosses."""
    k_zh = sum(1 for w in zh_words if w & en_stems)
    glosses = frozenset().union(*zh_words) if zh_words else frozenset()
    k_en = len(en_stems & glosses)
    return (_llr(k_zh, len(zh_words), P_ZH) + _llr(k_en, len(en_stems), P_EN)) / 2


def _llr(k: int, n: int, p: tuple[float, float]) -> float:
    hit, base = p
    return k * math.log(hit / base) + (n - k) * math.log((1 - hit) / (1 - base))


def _has(en: EnAnchors, word: str) -> bool:
    return word in en.joined if word.isalpha() and " " not in word and len(word) >= 5 \
        and word not in _STEMS else word in en.text


_STEMS = frozenset(s for stems in DICTIONARY.values() for s in stems)


@lru_cache(maxsize=65536)
def _name_pinyin(token: str) -> str:
    """A 2–4 character Chinese word romanised as a name would be (单雄 → shanxiong, the
    names module's reading), when long enough to be telling."""
    if not _CJK_WORD.match(token):
        return ""
    p = romanized_key(token)
    return p if len(p) >= 6 else ""


def _values(values: Iterable[Decimal | None]) -> frozenset[Decimal]:
    return frozenset(v.normalize() for v in values if v is not None)
