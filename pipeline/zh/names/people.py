"""People: names beside titles (记者冉创昌摄, 田红旗委员), names jieba knows, the speaker
of an interview, a sentence's subject; each in CC-CEDICT's English for a person it knows,
else pinyin, surname first (`romanize.person`)."""

from __future__ import annotations

import re
from itertools import compress, count, repeat

from pipeline.zh.chars import HAN
from pipeline.zh.names.claims import Claims
from pipeline.zh.names.tables import (
    COMMON_WORD,
    HALT,
    LONG_GIVEN,
    MORE_TRANSLITERATION,
    NAME_FOLLOWERS,
    NEXT,
    NO_NAME,
    NR_SURNAME,
    OFFICES_AFTER,
    QUOTES,
    SHORT_GIVEN,
    SPOKE,
    STOP_CHARS,
    SURNAME,
    TAKE_UNCUT,
    TITLE,
    TITLE_ENDINGS,
    TITLE_WORDS,
    TITLES_AFTER,
    UNSEEN,
)
from pipeline.zh.romanize import SURNAMES, TRANSLITERATION_CHARS, pinyin_word

_CJK = re.compile(f"[{HAN}]+")
_TITLE_END = re.compile("|".join(TITLE_ENDINGS))
_FOREIGN = TRANSLITERATION_CHARS | MORE_TRANSLITERATION


class PeopleClaims(Claims):
    """The people rules of one sentence."""

    def claim_people(self) -> None:
        toks, words, claimed, zh = self.tokens, self.words, self.claimed, self.zh
        roles, speaker, surnames = self.w.memos.name_roles, self.speaker, SURNAMES
        get = roles.get
        # The tokens whose role (worked out once per word) lets them be a name here: beside a
        # title word any name-like role, elsewhere only the roles that are names anywhere; a
        # common word only first or as the speaker. The rest are no names without a look.
        titled = not TITLE_WORDS.isdisjoint(words) or _TITLE_END.search(zh) is not None
        least = SURNAME if titled else TITLE
        maybe = list(compress(count(), map(least.__le__, map(get, words, repeat(UNSEEN)))))  # (in C)
        if words and get(words[0]) in (COMMON_WORD, SHORT_GIVEN) and maybe[:1] != [0]:
            maybe.insert(0, 0)
        if zh[:1] in _FOREIGN and zh[:1] not in surnames and self.free(0, 1):
            self.claim_foreign(0, 2)  # the sentence's subject: 凯德尔表示，…
        if speaker is not None and speaker in words:
            maybe = sorted(set(maybe).union(k for k, w in enumerate(words) if w == speaker))
        for k in maybe:
            a, b = toks[k]
            word = words[k]
            role = get(word)
            if role is None:
                role = roles[word] = self.w.name_role(word)
            if role == NO_NAME or (role < least and a and word != speaker):
                continue  # what is_person would say without looking at the neighbours
            if role == TITLE:  # (the title itself may be a glossary term: 全国人大代表)
                if word in OFFICES_AFTER and a >= 3 and zh[a - 3] in surnames:
                    self.claim_before_title(a)
                foreign = zh[b:b + 1] in _FOREIGN
                if foreign and zh[b] in surnames:
                    foreign = not self.claim_foreign(b, 4)  # 穆贾希德 before 穆贾
                if zh[b:b + 1] in surnames:
                    self.claim_titled(b)
                if foreign and self.free(b, b + 1):
                    self.claim_foreign(b, 2)
                continue
            if claimed[a] is not None or claimed[b - 1] is not None:
                continue
            prev = words[k - 1] if k else ""
            nxt = toks[k + 1] if k + 1 < len(toks) else (b, b)
            after = words[k + 1] if k + 1 < len(toks) else ""
            surname = role in (SURNAME, NR_SURNAME)
            if not surname and self.is_person(word, role, prev, after, a == 0):
                self.claim(a, b, self.w.person_en(word), "person")
            elif surname and self.free(*nxt) and 1 <= len(after) <= 2:
                context = role == NR_SURNAME or self.w.is_title(prev)
                if context and _CJK.fullmatch(after) and not self.w.known(after):
                    self.claim(a, nxt[1], self.w.person_en(word + after), "person")

    def claim_titled(self, b: int) -> None:
        """A name right after a title (记者冉创昌摄), even where jieba cut it wrongly."""
        zh = self.zh
        if b >= len(zh) or zh[b] not in SURNAMES:
            return
        verdicts = self.w.memos.titled_names
        for n in (3, 2):
            name, end = zh[b:b + n], b + n
            verdict = verdicts.get(name)
            if verdict is None:
                verdict = verdicts[name] = self.w.titled_name(name)
            if verdict == HALT:
                return
            if verdict == NEXT or not self.free(b, end) or (verdict == TAKE_UNCUT and b + 2 in self.bounds):
                continue  # (苏辉|和: the name ends before the function word)
            if end == len(zh) or end in self.bounds or not _CJK.match(zh[end]) or any(
                zh.startswith(t, end) for t in TITLES_AFTER
            ) or (n == 3 and zh[end] in NAME_FOLLOWERS  # 赵克|志在 → 赵克志|在, not 秦飞|关于
                  and self.lex.pos(zh[end - 1:end + 1]) not in ("p", "c")):
                self.claim(b, end, self.w.person_en(name), "person")
                return

    def claim_foreign(self, b: int, least: int) -> bool:
        """A transliterated foreign name of `least` to five characters right after a title and
        before what the person said (驻华代表凯德尔表示 "Kaide'er said", 发言人扎哈罗娃称), in
        pinyin joined (a Chinese surname's name of three or fewer is claim_titled's); a word
        the dictionaries know is none (巴西称: Brazil)."""
        zh = self.zh
        end = b
        while end < len(zh) and end - b < 5 and zh[end] in _FOREIGN:
            end += 1
        for e in range(end, b + least - 1, -1):  # the longest run that a speech verb closes
            if zh.startswith(SPOKE, e) and self.free(b, e) and not self.w.known(zh[b:e]):
                self.claim(b, e, pinyin_word(zh[b:e]).capitalize(), "person")
                return True
        return False

    def claim_before_title(self, a: int) -> None:
        """A three-character name right before an office title (田红旗委员, 汪玉成代表), where
        jieba cut it into words (田|红旗)."""
        zh, s = self.zh, a - 3
        if s < 0 or zh[s] not in SURNAMES or not (s == 0 or s in self.bounds):
            return
        name = zh[s:a]
        if not _CJK.fullmatch(name) or not self.free(s, a) or not STOP_CHARS.isdisjoint(name):
            return
        if self.w.common(name[:2]) and self.w.common(name[1:]):
            return  # 农业界委员: words, no name
        if self.w.role(name) == LONG_GIVEN and self.w.may_follow_title(name):
            self.claim(s, a, self.w.person_en(name), "person")

    def is_person(self, w: str, role: int, prev: str, nxt: str, first: bool) -> bool:
        """Whether a word of a name-like role (name_role) is a person's name here."""
        if w == self.speaker or (first and nxt in (":", "：")):
            return True
        context = self.w.is_title(prev) or nxt in TITLES_AFTER
        if prev in QUOTES and not context:
            return False  # a quoted coinage ("包抓联"), not a name
        if role == COMMON_WORD:
            return False
        if first and role == SHORT_GIVEN and self.lex.pos(nxt)[:1] in ("v", "p", "c"):
            return True  # the subject of the sentence: 李希参加…, 蔡奇在…, 李希与…
        return role == LONG_GIVEN or context
