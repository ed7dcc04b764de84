"""What a word can be for the name rules, judged from the word alone and memoised per run:
a title, a surname, a name jieba or CC-CEDICT knows, a common word; a person's English;
where a place name may start before a suffix, and the place's English."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.zh import romanize as names
from pipeline.zh.chars import HAN
from pipeline.zh.lexicon import FUNCTION_CHARS, VERB_TAGS, Lexicon, place_english, spelling
from pipeline.zh.names.tables import (
    ADMIN_ENDINGS,
    ALWAYS,
    AT_TOKEN_START,
    CHAINED,
    COMMON_WORD,
    GEO_SUFFIXES,
    HALT,
    LEADING_CHARS,
    LONG_GIVEN,
    MAYBE_NAME,
    MODAL_CHARS,
    NAME_SHAPED,
    NEXT,
    NO_NAME,
    NON_PERSON_TAGS,
    NOT_IN_NAMES,
    NOT_NAME,
    NOT_NAME_END,
    NR_SURNAME,
    PERSON_TAGS,
    PROPER_WORD,
    SHORT_GIVEN,
    STOP_CHARS,
    STRONG_SUFFIXES,
    SURE_NAME,
    SURNAME,
    TAKE,
    TAKE_UNCUT,
    TITLE,
    TITLE_ENDINGS,
    TITLES_BEFORE,
    WHOLE_TOKEN,
)
from pipeline.zh.romanize import SURNAMES

_CJK = re.compile(f"[{HAN}]+")
# A transliterated name in a list: parts joined by the interpunct (帕巴拉·格列朗杰).
_DOTTED = re.compile(f"[{HAN}]{{2,6}}(?:·[{HAN}]{{2,6}})+")
# CC-CEDICT's sense of a person it knows: "Wang Yi (1953-), PRC foreign minister ...".
_PERSON_SENSE = re.compile(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){1,3}) \((?:born |b\. |c\. )?\d{3,4}-")


@dataclass
class Memos:
    """What the rules work out once per word or name in a run (per string, never per sentence)."""

    # The place rules: (up to 3 characters, suffix) → plan; (base, suffix) → English
    place_plans: dict[tuple[str, str], tuple[tuple[int, int], ...]] = field(default_factory=dict)
    place_names: dict[tuple[str, str], str] = field(default_factory=dict)
    name_roles: dict[str, int] = field(default_factory=dict)  # word → what it can be for people
    titles: dict[str, bool] = field(default_factory=dict)  # word → whether it is a title
    list_names: dict[str, int] = field(default_factory=dict)  # list item → how surely a name
    people: dict[str, str] = field(default_factory=dict)  # name → its English
    titled_names: dict[str, int] = field(default_factory=dict)  # after a title → what it is


class NameWords:
    """The word-level judgments of the name rules, over one lexicon, memoised per run."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.memos = Memos()

    def known(self, word: str) -> bool:
        return self.lex.in_jieba(word) or word in self.lex.cedict or word in self.lex.domain

    def common(self, word: str) -> bool:
        """A word of the dictionaries with a common (not proper) reading (水平, 建国; not 沪宁
        "Shanghai and Nanjing", nor a name jieba knows)."""
        readings = self.lex.cedict.readings(word)
        if readings:
            return any(not r.proper for r in readings)
        return word in self.lex.domain or (
            self.lex.in_jieba(word) and self.lex.pos(word) not in PERSON_TAGS | NON_PERSON_TAGS)

    def in_cedict_common(self, word: str) -> bool:
        """A word CC-CEDICT has a common reading for (地区 "region"; not 镇宁, a county)."""
        return any(not r.proper for r in self.lex.cedict.readings(word))

    def role(self, w: str) -> int:
        """name_role, memoised per word."""
        role = self.memos.name_roles.get(w)
        if role is None:
            role = self.memos.name_roles[w] = self.name_role(w)
        return role

    def name_role(self, w: str) -> int:
        """What a token can be for claim_people, from the word alone."""
        if self.is_title(w):
            return TITLE
        if w in SURNAMES:
            return NR_SURNAME if self.lex.pos(w) == "nr" else SURNAME
        if not 2 <= len(w) <= 4 or not _CJK.fullmatch(w):
            return NO_NAME
        n = names.surname_length(w)
        if not n:
            return NO_NAME
        if self.known(w):  # a dictionary word is a name only beside a title (jieba's nr is noisy)
            readings = self.lex.cedict.readings(w)
            if readings:  # a place or a body CC-CEDICT knows (黑龙江, 党中央) is no name either,
                # nor one the domain tables render (商务部 "Ministry of Commerce", not "Shang Wubu")
                proper = all(r.proper for r in readings) and self.lex.pos(w) not in NON_PERSON_TAGS \
                    and w not in self.lex.domain
                return PROPER_WORD if proper else COMMON_WORD
            tag = self.lex.pos(w)
            if len(w) - n > 2:  # jieba's four-character "names": 殷切期望, 党和人民; 安东诺夫 is one
                words = (self.common(w[:2]) and self.common(w[2:])) or not FUNCTION_CHARS.isdisjoint(w)
                return COMMON_WORD if words else PROPER_WORD
            if tag == "nz":
                return PROPER_WORD  # jieba's "other proper noun" holds names too (周铁农)
            if tag not in PERSON_TAGS:
                return COMMON_WORD  # 全县, 万元, 重要讲话: jieba words, no names
            # jieba's three-character names (李鸿忠, 王沪宁) are names anywhere, unless a part
            # is a word of its own (高水平, 安全观, 韩美军)
            return LONG_GIVEN if self.plausible_name(w, n) else PROPER_WORD
        if w[-1] in ADMIN_ENDINGS:
            return NO_NAME  # 长所乡, 曲洛乡: places the place rules did not take
        return LONG_GIVEN if len(w) - n >= 2 else SHORT_GIVEN

    def is_title(self, w: str) -> bool:
        """A title before a name: one of TITLES_BEFORE, or a longer word ending in one of
        TITLE_ENDINGS (全国政协副主席, 中央军委委员)."""
        got = self.memos.titles.get(w)
        if got is None:
            got = self.memos.titles[w] = w in TITLES_BEFORE or (len(w) > 2 and w.endswith(TITLE_ENDINGS))
        return got

    def plausible_name(self, w: str, n: int) -> bool:
        """A surname and a two-character given name, neither the given name nor the first two
        characters a common word, no function word inside (jieba tags 高水平, 和光荣 nr)."""
        given = w[n:]
        return (len(given) == 2 and self.lex.pos(w) != "nrt" and FUNCTION_CHARS.isdisjoint(w)
                and MODAL_CHARS.isdisjoint(given) and not self.common(given) and not self.common(w[:2]))

    def person_en(self, name: str) -> str:
        """A person's name in English: CC-CEDICT's name for a person it knows (梁振英 →
        Leung Chun-ying), else pinyin, surname first (CC-CEDICT's reading where it has one);
        a transliteration (安东诺夫, 帕巴拉·格列朗杰) or a name without a Chinese surname
        (巴特尔) in pinyin joined."""
        en = self.memos.people.get(name)
        if en is None:
            en = self.memos.people[name] = self._person_en(name)
        return en

    def _person_en(self, name: str) -> str:
        pinyin = ""
        for r in self.lex.cedict.readings(name):
            if not r.proper or len(r.pinyin.split()) != len(name):
                continue
            pinyin = pinyin or r.pinyin
            m = _PERSON_SENSE.match(r.senses[0])
            if m and (len(name) > 2 or spelling(m.group(1)) == spelling(r.pinyin)):
                return m.group(1)  # two characters name many people: 罗文 is no Roman Tam here
        n = names.surname_length(name)
        if "·" in name or self.lex.pos(name) == "nrt" or (self.known(name) and not pinyin and (
                not n or len(name) - n > 2)):
            return " ".join(names.pinyin_word(part).capitalize() for part in name.split("·"))
        return names.person(name, pinyin)

    def titled_name(self, name: str) -> int:
        """What claim_titled makes of two or three characters after a title, from them alone:
        NEXT (no name: try the shorter), HALT (no name here at all), TAKE (a name where the
        text around allows), TAKE_UNCUT (... unless jieba cut before its last character)."""
        if len(name) < 2 or not _CJK.fullmatch(name):
            return NEXT
        if self.known(name):
            if self.role(name) not in (PROPER_WORD, SHORT_GIVEN, LONG_GIVEN):
                return NEXT
        elif name[1] in NOT_IN_NAMES:
            return NEXT  # 总书记|和以
        if len(name) == 3 and (name[2] in NOT_NAME_END or self.phrase_start(name)):
            return NEXT  # 刘昆说, 钟山作的: the name ends before the word; 关于党
        if not self.may_follow_title(name):
            return HALT
        return TAKE_UNCUT if len(name) == 3 and name[2] in STOP_CHARS else TAKE

    def may_follow_title(self, name: str) -> bool:
        """Whether a surname and the word after it beside a title can be a name: not where
        the given name is a common verb (主席|席就座) or the surname a function word before
        a common word (委员长|向大会, 委员|和列席, 应出席|代表); 聂守军, 田红旗 can."""
        given = name[1:]
        if len(given) < 2 or not self.common(given):
            return True
        return name[0] not in LEADING_CHARS and self.lex.pos(given) not in VERB_TAGS

    def phrase_start(self, name: str) -> bool:
        """Whether three characters after a title start a phrase, no name: a function word or
        a verb (关于党, 召集并), or two overlapping words (高中强 is a name: 中强 is no word)."""
        if not self.common(name[:2]):
            return False
        tag = self.lex.pos(name[:2])
        return tag in VERB_TAGS or tag in ("p", "c", "d", "r", "u") or self.common(name[1:])

    def list_name(self, item: str) -> int:
        """How surely a list item is a person's name (memoised): NOT_NAME; NAME_SHAPED (a
        surname and one or two characters, but a common word: 汪洋); MAYBE_NAME (a word jieba
        or CC-CEDICT know only as a name, not as this person's; a name without a common
        surname); SURE_NAME (unknown to the dictionaries, a plausible jieba name, a person
        CC-CEDICT knows)."""
        how = self.memos.list_names.get(item)
        if how is None:
            how = self.memos.list_names[item] = self._list_name(item)
        return how

    def _list_name(self, item: str) -> int:
        n = names.surname_length(item)
        if item[-1] in ADMIN_ENDINGS:
            return NOT_NAME  # 措果乡
        if not n:  # a name of a rarer surname or none (巴特尔, 帕巴拉·格列朗杰)
            if _DOTTED.fullmatch(item):
                return MAYBE_NAME
            if not 2 <= len(item) <= 3 or not _CJK.fullmatch(item):
                return NOT_NAME
            known = self.known(item)
            name = not known or (self.lex.pos(item) in PERSON_TAGS and item not in self.lex.cedict)
            return MAYBE_NAME if name else NOT_NAME
        if not n + 1 <= len(item) <= n + 2 or not _CJK.fullmatch(item):
            return NOT_NAME
        role = self.role(item)
        if role == PROPER_WORD:
            readings = self.lex.cedict.readings(item)
            return SURE_NAME if any(_PERSON_SENSE.match(r.senses[0]) for r in readings) else MAYBE_NAME
        if role == SHORT_GIVEN:
            return MAYBE_NAME if item[n:] in FUNCTION_CHARS else SURE_NAME
        if role == LONG_GIVEN:
            if self.known(item):
                return SURE_NAME  # a jieba name that passed plausible_name
            odd = (self.common(item[n:]) or not FUNCTION_CHARS.isdisjoint(item[n:])
                   or item[0] in LEADING_CHARS or self.common(item[:2]))  # 向前看、朝前走
            return MAYBE_NAME if odd else SURE_NAME
        return NAME_SHAPED if role == COMMON_WORD and _CJK.fullmatch(item) else NOT_NAME

    def place_plan(self, before: str, suffix: str) -> tuple[tuple[int, int], ...]:
        """place_start's tests on the (up to 3) characters before a suffix, in order: which
        name lengths n may start a place, each with what the sentence's tokens must show
        (only that part differs between sentences, so the rest is worked out once)."""
        lex = self.lex
        plan: list[tuple[int, int]] = []
        if len(before) == 3 and self.in_cedict_common(before[:2]) and self.in_cedict_common(before[2] + suffix):
            return ()  # 东北|地区, 全国|城市: two common words, the second ending in the suffix
        for n in (3, 2, 1):
            base = before[-n:]
            if len(before) < n or not _CJK.fullmatch(base) or names.place_suffix(base) == base:
                continue
            whole = base + suffix
            if lex.pos(whole) == "ns" and self.lex.proper_only(whole):
                plan.append((n, AT_TOKEN_START))
            if n >= 2 and lex.pos(base) == "ns" and self.lex.proper_only(base):
                plan.append((n, ALWAYS))
                return tuple(plan)
        base = before[-2:]
        if len(before) < 2 or not _CJK.fullmatch(base) or STOP_CHARS & set(base):
            return tuple(plan)
        unknown = base not in lex.cedict and base not in lex.domain
        if suffix in STRONG_SUFFIXES and unknown:
            plan.append((2, CHAINED))
        if suffix in GEO_SUFFIXES and (lex.pos(base) in ("n", "nz", "ns") or not self.known(base)):
            plan.append((2, WHOLE_TOKEN))
        return tuple(plan)

    def place_en(self, base: str, suffix: str) -> str:
        """A place's English: CC-CEDICT's English name where it is no pinyin (内蒙古自治区 →
        Inner Mongolia Autonomous Region), else pinyin and the suffix's English (西和县)."""
        whole = base + suffix
        if self.lex.pos(whole) == "ns":
            en = place_english(whole, self.lex.cedict.readings(whole))
            if en:
                return en
        return names.place(base, suffix, self.proper_pinyin(base, suffix))

    def proper_pinyin(self, base: str, suffix: str) -> str:
        """CC-CEDICT's reading of the place's name, from the base or the whole name."""
        for word, drop in ((base, 0), (base + suffix, len(suffix))):
            for r in self.lex.cedict.readings(word):
                syl = r.pinyin.split()
                if r.proper and len(syl) == len(word):
                    return " ".join(syl[: len(syl) - drop])
        return ""
