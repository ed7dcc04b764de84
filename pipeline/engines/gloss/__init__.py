"""gloss: the offline default engine, from the glossary, CC-CEDICT and rules.

Each sentence is cut into units, most specific first: glossary terms (verbatim),
quantities (`pipeline.zh.numbers`), places and people (`pipeline.zh.names`), then the
remaining jieba words, joined across tokens where the domain lexicon has a
phrase. Each unit gets its English (`pipeline.zh.lexicon`), function words are
dropped or rendered by their neighbours, and the pieces are assembled with
English punctuation and capitals. Unknown words come out in pinyin, flagged.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from operator import itemgetter
from typing import TYPE_CHECKING

from pipeline.zh import names
from pipeline.engines import EngineDeps, Request, Translation
from pipeline.zh.lexicon import FUNCTION_CHARS, VERB_TAGS, place_english, spelling

if TYPE_CHECKING:
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
# Titles that stand next to a person's name (news bylines and interview labels; the state and
# Party offices of the PRC Constitution ch. III and the CPC Constitution as Xinhua reports them:
# 全国人大常委会副委员长李鸿忠, 国务院副总理丁薛祥, 行政长官李家超). Heads of foreign states
# (总统, 首相, 国王) are left out: the names after them are transliterations, no Chinese names.
TITLES_BEFORE = frozenset({
    "记者", "本报记者", "通讯员", "书记", "副书记", "县委书记", "市委书记", "总书记", "主任",
    "副主任", "县长", "副县长", "市长", "副市长", "省长", "副省长", "区长", "镇长", "乡长",
    "局长", "厅长", "部长", "副部长", "外长", "主席", "副主席", "执行主席", "委员长",
    "副委员长", "总理", "副总理", "国务委员", "常委", "院长", "副院长", "检察长", "秘书长",
    "副秘书长", "行政长官", "大使", "发言人", "司令员", "政委", "董事长", "总经理", "校长",
    "院士", "对话人", "嘉宾", "同志", "代表", "委员", "专访",
})
TITLES_AFTER = frozenset({"同志", "书记", "主任", "县长", "市长", "摄", "说", "表示", "指出",
                          "介绍", "强调", "专访", ":", "：", "做客", "接受", "委员长", "总理",
                          "主席", "部长", "院士", "委员", "代表"})
# A longer word ending in one of these is a title too (全国政协副主席, 中央军委委员, 外交部长,
# 全国人大代表): the offices above that are not also common words' endings.
TITLE_ENDINGS = ("书记", "主任", "县长", "市长", "省长", "区长", "局长", "厅长", "部长", "外长",
                 "主席", "委员", "总理", "常委", "院长", "检察长", "秘书长", "行政长官", "大使",
                 "发言人", "司令员", "董事长", "总经理", "校长", "院士", "代表", "记者")
_TITLE_END = re.compile("|".join(TITLE_ENDINGS))
# jieba's tags of people's names (nr; nrfg a full name; nrt a transliterated one).
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
# jieba's tags of other proper nouns: places, bodies, other names (黑龙江, 党中央).
NON_PERSON_TAGS = frozenset({"ns", "nt", "nz"})
# Characters that may follow a name straight after a title, ending it where jieba ran on
# (赵克|志在, 孙业|礼作): function words and the verbs of reports (作 a report, 说 said).
NAME_FOLLOWERS = frozenset("在和与是为对从等及并也都就而或被给向于以作说则")
# Office titles after a name (田红旗委员, 汪玉成代表; speech verbs are no such evidence).
OFFICES_AFTER = frozenset({"同志", "书记", "主任", "县长", "市长", "委员长", "总理", "主席",
                           "部长", "院士", "委员", "代表"})
# What claim_titled makes of the characters after a title (Segmenter.titled_name).
NEXT, HALT, TAKE, TAKE_UNCUT = range(4)
# How surely a list item is a person's name (Segmenter.list_name).
NOT_NAME, NAME_SHAPED, MAYBE_NAME, SURE_NAME = range(4)
# Separators inside a name list item (张升民和傅全有) and what may close a list (何立峰等).
LIST_JOINERS = frozenset("和及与")
_LIST = re.compile(r"[\u3400-\u9fff·]+(?:、[\u3400-\u9fff·]+)+")
# A list item that opens with a surname, or a transliterated name: where a list of names may be.
_LISTED_SURNAME = re.compile("、[" + "".join(sorted(names.SURNAMES)) + "]|·")
# A transliterated name in a list: parts joined by the interpunct (帕巴拉·格列朗杰).
_DOTTED = re.compile(r"[\u3400-\u9fff]{2,6}(?:·[\u3400-\u9fff]{2,6})+")
# CC-CEDICT's sense of a person it knows: "Wang Yi (1953-), PRC foreign minister ...".
_PERSON_SENSE = re.compile(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){1,3}) \((?:born |b\. |c\. )?\d{3,4}-")
# What a token can be for the people rules, from the word alone (Segmenter.name_role), in
# order of where it may be a name: no name; a surname-led word in a dictionary with a common
# reading (only first or as the speaker); beside a title (TITLE_WORDS): a one-character surname,
# a surname-led word in a dictionary only as a name, an unknown one with a one-character given
# name; anywhere: a title (before a name), a surname jieba tags nr, an unknown surname-led word
# with a two-character given name.
NO_NAME, COMMON_WORD, SURNAME, PROPER_WORD, SHORT_GIVEN, TITLE, NR_SURNAME, LONG_GIVEN = range(8)
UNSEEN = 8  # a word not classified yet in this run
# Place-suffix alternation, longest first (the table lives in pipeline.zh.names).
_SUFFIX = re.compile("|".join(sorted(names.PLACE_SUFFIXES, key=len, reverse=True)))
# Suffixes strong enough to make a place of an unknown two-character base (长道镇, 雷王片区).
STRONG_SUFFIXES = frozenset({"镇", "乡", "村", "街道", "社区", "片区", "矿区", "景区"})
GEO_SUFFIXES = frozenset({"湖", "山", "河", "江", "峡", "岭", "崖"})
# What a place name's start must be, beyond its characters (Segmenter.place_plan): nothing,
# a token boundary, right after the last place or between boundaries, a whole token.
ALWAYS, AT_TOKEN_START, CHAINED, WHOLE_TOKEN = range(4)
ADMIN_SUFFIXES = frozenset({"省", "市", "县", "区", "镇", "乡", "自治区", "自治州", "自治县"})
# Last characters of administrative places (no name ends so: 长所乡, 措果乡).
ADMIN_ENDINGS = frozenset("省市县区镇乡")
# What follows an administrative place to name its organs (Xinhua English usage).
ADMIN_FOLLOWERS = {"委书记": "Party Secretary", "委副书记": "Deputy Party Secretary",
                   "委": "Party Committee", "政府": "Government", "人民政府": "People's Government"}
TITLE_WORDS = TITLES_BEFORE | TITLES_AFTER
QUOTES = frozenset('"“‘「《\'')
# Function words whose English depends on their neighbours (DROPPED ones have none anywhere).
CONTEXT_WORDS = frozenset({"将", "等", "是", "之一", "以"})
STOP_CHARS = frozenset("的了在和与是为把将对从等及并也都就而或被给向于以之其这那有")
# Surnames that are also words opening a phrase (向 towards, 于 at, 应 should, 能 can ...).
LEADING_CHARS = STOP_CHARS | frozenset("应能过相还又更最要朝")
# Auxiliaries and adverbs that jieba's "names" hold (路会越 of 路会越走越宽) and given names
# hardly do.
MODAL_CHARS = frozenset("会要能可越更最还又再已")
# Function words that do not stand second in a name (向, 于, 其, 为 do: 丁向群, 许其亮).
NOT_IN_NAMES = frozenset("的了在是和与把被从对以这那有也都就而或给等及并")
# Characters that do not end a three-character name after a title (刘昆说, 钟山作的, 铁凝在):
# the verbs of reports and function words that follow a subject.
NOT_NAME_END = frozenset("说作称在是的了等也都就被把将从对向到")
# Change verbs before their figures, as Xinhua English reports them ("up 72% year on year").
#: Measure words a count folds in (numbers.UNITS classifiers): 投资项目134项, 示范村15个.
MEASURE_WORDS = frozenset("项个座家所间条台辆批名处位件套栋幢部只头块支份张本")
CLAUSE_ENDS = frozenset("，。；、：！？,.;:!?）)")
#: jieba tags a noun phrase before a trailing count is made of (nouns, adjectives, verbal nouns).
NP_TAGS = frozenset({"n", "vn", "an", "ng", "nz", "nt", "j", "s", "b", "a", "l", "ns"})
_BARE_COUNT = re.compile(r"(?:(?:over|about|nearly|more than) )?[0-9][0-9,.]*(?: (?:million|billion))?")
IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women",
                     "staff": "staff", "personnel": "personnel", "equipment": "equipment"}
CHANGE_WORDS = {"增长": "up", "下降": "down", "同比增长": "up", "同比下降": "down"}
# Modifiers of a change verb that English puts after the figures (同比 → year on year, 分别 → respectively).
CHANGE_MODIFIERS = frozenset({"同比", "分别"})
# Words joining the figures of one change (72%和25.5%, 33%、35%).
FIGURE_JOINERS = frozenset({"和", "、", "与", "及", ","})
# Verbs whose "to" already introduces what 以 marks (坚持以X为指导 → adhere to X as the guide).
BARE_YI_AFTER = frozenset({"坚持", "始终坚持", "坚定不移"})
_CJK = re.compile(r"[\u3400-\u9fff]+")
_QUOTE_END = re.compile("[" + re.escape("".join(sorted(CLOSING | TOGGLING))) + "]")
_NUMERIC = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两零〇]")
_LATIN = re.compile(r"^[0-9A-Za-z.%+-]+$")


_START = itemgetter(0)
_END = itemgetter(1)


# How assemble writes a unit's English: not at all (none, or only spaces); as a word, after a
# space; as an opening mark (nothing after it); as an ASCII quote (opens or closes by position);
# as a closing mark or a stop (nothing before it).
SKIP, WORD, OPEN, TOGGLE, CLOSE = range(5)


@dataclass(frozen=True, slots=True)
class Unit:
    """A piece of the sentence and its English. Immutable, so that one unit serves every
    sentence with the same word or claim (Memos); a rule that changes a unit's English puts
    a new unit in its place (`dataclasses.replace`). What the gloss and `assemble` need from
    a unit is worked out when it is made, not per sentence."""

    zh: str
    en: str
    kind: str  # term num enum place person word punct space latin
    pinyin: bool = False
    pair: tuple[str, str] = field(init=False, repr=False, compare=False)  # (zh, en): the gloss
    text: str = field(init=False, repr=False, compare=False)  # the English assemble writes
    spaced: str = field(init=False, repr=False, compare=False)  # the same after a space
    mode: int = field(init=False, repr=False, compare=False)  # how: SKIP, WORD, OPEN, ...

    def __post_init__(self) -> None:
        en = self.en
        if self.kind == "enum" and not en.endswith(","):
            en += ","  # 一是 → "First," (the numbers module may already give the comma)
        set_field = object.__setattr__  # the frozen dataclass way to fill derived fields
        set_field(self, "pair", (self.zh, self.en))
        set_field(self, "text", en)
        set_field(self, "spaced", " " + en)
        set_field(self, "mode", placement(self.zh, en, self.kind))


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
    """What the engine works out once per word, claim, place or name in a run, for every
    sentence (per string, never per sentence)."""

    units: dict[str, Unit] = field(default_factory=dict)  # word outside the claims → unit
    pinyin_words: set[str] = field(default_factory=set)  # ... those whose unit is in pinyin
    claims: dict[tuple[str, str, str], Unit] = field(default_factory=dict)  # (zh, en, kind) → unit
    # The place rules: (up to 3 characters, suffix) → plan; (base, suffix) → English
    place_plans: dict[tuple[str, str], tuple[tuple[int, int], ...]] = field(default_factory=dict)
    place_names: dict[tuple[str, str], str] = field(default_factory=dict)
    name_roles: dict[str, int] = field(default_factory=dict)  # word → what it can be for people
    titles: dict[str, bool] = field(default_factory=dict)  # word → whether it is a title
    list_names: dict[str, int] = field(default_factory=dict)  # list item → how surely a name
    people: dict[str, str] = field(default_factory=dict)  # name → its English
    titled_names: dict[str, int] = field(default_factory=dict)  # after a title → what it is


class GlossEngine:
    name = "gloss"

    def __init__(self, deps: EngineDeps | None = None, **options: object) -> None:
        deps = deps or EngineDeps.offline()
        self.tokenizer = deps.tokenizer
        self.lexicon = deps.lexicon
        self.memos = Memos()

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        return [self.one(r) for r in requests]

    def one(self, r: Request) -> Translation:
        tokens = r.tokens
        if not tokens:
            from pipeline.zh.tokenize import words

            tokens = tuple(words(self.tokenizer, r.zh))
        segmenter = Segmenter(r.zh, tokens, self.lexicon, r, self.memos)
        units = segmenter.units()
        if segmenter.context_words:
            render_function_words(units, self.lexicon)
        if r.terms and _QUOTE_END.search(r.zh):  # only glossary terms make "term" units
            drop_repeated_heads(units)
        if "增长" in r.zh or "下降" in r.zh:  # every CHANGE_WORDS entry holds one of them
            change_figures(units)
        if segmenter.trailing_counts:
            counts_before_nouns(units, self.lexicon)
        en = assemble(units)
        unknown = [u.zh for u in units if u.pinyin] if segmenter.pinyin_words else []
        if not en.isascii() and _CJK.search(en):  # never leave Chinese in the English
            unknown += _CJK.findall(en)
            en = _CJK.sub(lambda m: names.pinyin_word(m.group()), en)
        gloss = tuple([u.pair for u in units if u.kind != "space"])
        qa = (f"pinyin: {', '.join(dict.fromkeys(unknown))}",) if unknown else ()
        return Translation(en, self.name, gloss, qa)


class Segmenter:
    """Cuts one sentence into units, claiming characters most specific first."""

    def __init__(self, zh: str, tokens: Sequence[tuple[int, int]], lex: Lexicon, r: Request,
                 memos: Memos) -> None:
        self.zh, self.tokens, self.lex, self.request, self.memos = zh, tokens, lex, r, memos
        self.words = [zh[a:b] for a, b in tokens]
        self.claimed: list[Unit | None] = [None] * len(zh)
        self.claims: list[tuple[int, int, Unit]] = []  # (start, end, unit), in claiming order
        self.context_words = False  # whether words of CONTEXT_WORDS are left for the rules
        self.pinyin_words = False  # ... words that come out in pinyin

    @cached_property
    def bounds(self) -> set[int]:
        """Token boundaries (built only for sentences with a place suffix or a title)."""
        return {a for a, _ in self.tokens} | {b for _, b in self.tokens}

    @cached_property
    def token_set(self) -> set[tuple[int, int]]:
        return set(self.tokens)

    def units(self) -> list[Unit]:
        self.claim_terms()
        self.claim_quantities()
        self.claim_places()
        if _LISTED_SURNAME.search(self.zh):  # (most lists are of nouns: 科技、教育、人才)
            self.claim_name_lists()
        self.claim_people()
        claims = sorted(self.claims, key=_START)
        pieces, units = self.word_units(*self.free_pieces(claims))
        for n, (start, _, u) in enumerate(claims):  # each claim goes before the pieces after it
            units.insert(bisect_left(pieces, start, key=_START) + n, u)
        return units

    def free(self, a: int, b: int) -> bool:
        return 0 <= a < b <= len(self.zh) and not any(self.claimed[a:b])

    def claim(self, a: int, b: int, en: str, kind: str) -> None:
        zh = self.zh[a:b]
        u = self.memos.claims.get((zh, en, kind))
        if u is None:
            u = self.memos.claims[zh, en, kind] = Unit(zh, en, kind)
        self.claimed[a:b] = [u] * (b - a)
        self.claims.append((a, b, u))

    def claim_terms(self) -> None:
        for t in self.request.terms:
            if self.free(t.start, t.end):
                self.claim(t.start, t.end, t.en, "term")

    #: Whether a count with its measure word closes a clause (项目134项，): see counts_before_nouns.
    trailing_counts = False

    def claim_quantities(self) -> None:
        found = self.request.quantities
        if found == () or not _NUMERIC.search(self.zh):
            return
        if found is None:  # not looked for by the stage
            from pipeline.zh.numbers import find_quantities

            found = tuple(find_quantities(self.zh))
        for q in found:
            if self.free(q.start, q.end):
                self.claim(q.start, q.end, q.en, "enum" if q.kind == "enumerator" else "num")
                if q.kind == "count" and q.text[-1:] in MEASURE_WORDS and q.end < len(self.zh) \
                        and self.zh[q.end] in CLAUSE_ENDS:
                    self.trailing_counts = True

    def claim_places(self) -> None:
        last_end = -1
        names_memo = self.memos.place_names
        zh = self.zh
        for m in _SUFFIX.finditer(zh):
            i, j = m.span()
            suffix = m.group()
            if suffix in GEO_SUFFIXES and self.lex.pos(zh[i:i + 2]) == "ns" and zh[i + 2:i + 3] in ADMIN_SUFFIXES:
                continue  # 西藏|山南市: the character starts the next place
            start = self.place_start(i, suffix, last_end)
            if start is None or not self.free(start, j):
                continue
            base = zh[start:i]
            if suffix in GEO_SUFFIXES:  # 黑龙江省, 佛山市: the whole name before its level
                after = _SUFFIX.match(zh, j)
                if (after is not None and after.group() in ADMIN_SUFFIXES and self.free(j, after.end())
                        and not self.common(zh[i:after.end()])):  # (大别山区: 山区 mountain area)
                    base, suffix, j = zh[start:j], after.group(), after.end()
            en = names_memo.get((base, suffix))
            if en is None:
                en = names_memo[base, suffix] = self.place_en(base, suffix)
            j, en = self.with_follower(j, suffix, en)
            self.claim(start, j, en, "place")
            last_end = j

    def place_start(self, i: int, suffix: str, last_end: int) -> int | None:
        """Where the name before a place suffix at i starts, or None if it is no place."""
        before = self.zh[max(i - 3, 0):i]
        plan = self.memos.place_plans.get((before, suffix))
        if plan is None:
            plan = self.memos.place_plans[before, suffix] = self.place_plan(before, suffix)
        for n, need in plan:
            start = i - n
            if need == ALWAYS:
                return start
            if need == AT_TOKEN_START and start in self.bounds:
                return start
            if need == CHAINED and (start == last_end or (start in self.bounds and i in self.bounds)):
                return start  # 长道镇, 雷王片区; 宁家村 right after 长道镇
            if need == WHOLE_TOKEN and (start, i) in self.token_set:
                return start  # 晚霞湖, 八峰崖
        return None

    def place_plan(self, before: str, suffix: str) -> tuple[tuple[int, int], ...]:
        """place_start's tests on the (up to 3) characters before a suffix, in order: which
        name lengths n may start a place, each with what the sentence's tokens must show
        (only that part differs between sentences, so the rest is worked out once)."""
        lex = self.lex
        plan: list[tuple[int, int]] = []
        for n in (3, 2, 1):
            base = before[-n:]
            if len(before) < n or not _CJK.fullmatch(base) or names.place_suffix(base) == base:
                continue
            whole = base + suffix
            if lex.pos(whole) == "ns" and self.proper_only(whole):
                plan.append((n, AT_TOKEN_START))
            if n >= 2 and lex.pos(base) == "ns" and self.proper_only(base):
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

    def proper_only(self, word: str) -> bool:
        """No common reading in CC-CEDICT (城镇 'town' is tagged ns by jieba but is no name)."""
        return all(r.proper for r in self.lex.cedict.readings(word))

    def known(self, word: str) -> bool:
        return self.lex.in_jieba(word) or word in self.lex.cedict or word in self.lex.domain

    def proper_pinyin(self, base: str, suffix: str) -> str:
        """CC-CEDICT's reading of the place's name, from the base or the whole name."""
        for word, drop in ((base, 0), (base + suffix, len(suffix))):
            for r in self.lex.cedict.readings(word):
                syl = r.pinyin.split()
                if r.proper and len(syl) == len(word):
                    return " ".join(syl[: len(syl) - drop])
        return ""

    def with_follower(self, j: int, suffix: str, en: str) -> tuple[int, str]:
        if suffix not in ADMIN_SUFFIXES:
            return j, en
        for zh, follower in ADMIN_FOLLOWERS.items():
            if self.zh.startswith(zh, j) and self.free(j, j + len(zh)):
                return j + len(zh), f"{en} {follower}"
        return j, en

    def claim_people(self) -> None:
        toks, words, claimed, zh = self.tokens, self.words, self.claimed, self.zh
        roles, speaker, surnames = self.memos.name_roles, self.request.speaker, names.SURNAMES
        get = roles.get
        # The tokens whose role (worked out once per word) lets them be a name here: beside a
        # title word any name-like role, elsewhere only the roles that are names anywhere; a
        # common word only first or as the speaker. The rest are no names without a look.
        titled = not TITLE_WORDS.isdisjoint(words) or _TITLE_END.search(zh) is not None
        least = SURNAME if titled else TITLE
        maybe = [k for k, w in enumerate(words) if get(w, UNSEEN) >= least]
        if words and get(words[0]) in (COMMON_WORD, SHORT_GIVEN) and maybe[:1] != [0]:
            maybe.insert(0, 0)
        if speaker is not None and speaker in words:
            maybe = sorted(set(maybe).union(k for k, w in enumerate(words) if w == speaker))
        for k in maybe:
            a, b = toks[k]
            word = words[k]
            role = get(word)
            if role is None:
                role = roles[word] = self.name_role(word)
            if role == NO_NAME or (role < least and a and word != speaker):
                continue  # what is_person would say without looking at the neighbours
            if role == TITLE:  # (the title itself may be a glossary term: 全国人大代表)
                if word in OFFICES_AFTER and a >= 3 and zh[a - 3] in surnames:
                    self.claim_before_title(a)
                if zh[b:b + 1] in surnames:
                    self.claim_titled(b)
                continue
            if claimed[a] is not None or claimed[b - 1] is not None:
                continue
            prev = words[k - 1] if k else ""
            nxt = toks[k + 1] if k + 1 < len(toks) else (b, b)
            after = words[k + 1] if k + 1 < len(toks) else ""
            surname = role == SURNAME or role == NR_SURNAME
            if not surname and self.is_person(word, role, prev, after, a == 0):
                self.claim(a, b, self.person_en(word), "person")
            elif surname and self.free(*nxt) and 1 <= len(after) <= 2:
                context = role == NR_SURNAME or self.is_title(prev)
                if context and _CJK.fullmatch(after) and not self.known(after):
                    self.claim(a, nxt[1], self.person_en(word + after), "person")

    def role(self, w: str) -> int:
        """name_role, memoised per word."""
        role = self.memos.name_roles.get(w)
        if role is None:
            role = self.memos.name_roles[w] = self.name_role(w)
        return role

    def is_title(self, w: str) -> bool:
        """A title before a name: one of TITLES_BEFORE, or a longer word ending in one of
        TITLE_ENDINGS (全国政协副主席, 中央军委委员)."""
        got = self.memos.titles.get(w)
        if got is None:
            got = self.memos.titles[w] = w in TITLES_BEFORE or (len(w) > 2 and w.endswith(TITLE_ENDINGS))
        return got

    def name_role(self, w: str) -> int:
        """What a token can be for claim_people, from the word alone."""
        if self.is_title(w):
            return TITLE
        if w in names.SURNAMES:
            return NR_SURNAME if self.lex.pos(w) == "nr" else SURNAME
        if not 2 <= len(w) <= 4 or not _CJK.fullmatch(w):
            return NO_NAME
        n = names.surname_length(w)
        if not n:
            return NO_NAME
        if self.known(w):  # a dictionary word is a name only beside a title (jieba's nr is noisy)
            readings = self.lex.cedict.readings(w)
            if readings:  # a place or a body CC-CEDICT knows (黑龙江, 党中央) is no name either
                proper = all(r.proper for r in readings) and self.lex.pos(w) not in NON_PERSON_TAGS
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

    def plausible_name(self, w: str, n: int) -> bool:
        """A surname and a two-character given name, neither the given name nor the first two
        characters a common word, no function word inside (jieba tags 高水平, 和光荣 nr)."""
        given = w[n:]
        return (len(given) == 2 and self.lex.pos(w) != "nrt" and FUNCTION_CHARS.isdisjoint(w)
                and MODAL_CHARS.isdisjoint(given) and not self.common(given) and not self.common(w[:2]))

    def common(self, word: str) -> bool:
        """A word of the dictionaries with a common (not proper) reading (水平, 建国; not 沪宁
        "Shanghai and Nanjing", nor a name jieba knows)."""
        readings = self.lex.cedict.readings(word)
        if readings:
            return any(not r.proper for r in readings)
        return word in self.lex.domain or (
            self.lex.in_jieba(word) and self.lex.pos(word) not in PERSON_TAGS | NON_PERSON_TAGS)

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

    def claim_titled(self, b: int) -> None:
        """A name right after a title (记者冉创昌摄), even where jieba cut it wrongly."""
        zh = self.zh
        if b >= len(zh) or zh[b] not in names.SURNAMES:
            return
        verdicts = self.memos.titled_names
        for n in (3, 2):
            name, end = zh[b:b + n], b + n
            verdict = verdicts.get(name)
            if verdict is None:
                verdict = verdicts[name] = self.titled_name(name)
            if verdict == HALT:
                return
            if verdict == NEXT or not self.free(b, end) or (verdict == TAKE_UNCUT and b + 2 in self.bounds):
                continue  # (苏辉|和: the name ends before the function word)
            if end == len(zh) or end in self.bounds or not _CJK.match(zh[end]) or any(
                zh.startswith(t, end) for t in TITLES_AFTER
            ) or (n == 3 and zh[end] in NAME_FOLLOWERS  # 赵克|志在 → 赵克志|在, not 秦飞|关于
                  and self.lex.pos(zh[end - 1:end + 1]) not in ("p", "c")):
                self.claim(b, end, self.person_en(name), "person")
                return

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

    def claim_before_title(self, a: int) -> None:
        """A three-character name right before an office title (田红旗委员, 汪玉成代表), where
        jieba cut it into words (田|红旗)."""
        zh, s = self.zh, a - 3
        if s < 0 or zh[s] not in names.SURNAMES or not (s == 0 or s in self.bounds):
            return
        name = zh[s:a]
        if not _CJK.fullmatch(name) or not self.free(s, a) or not STOP_CHARS.isdisjoint(name):
            return
        if self.common(name[:2]) and self.common(name[1:]):
            return  # 农业界委员: words, no name
        if self.role(name) == LONG_GIVEN and self.may_follow_title(name):
            self.claim(s, a, self.person_en(name), "person")

    def is_person(self, w: str, role: int, prev: str, nxt: str, first: bool) -> bool:
        """Whether a word of a name-like role (name_role) is a person's name here."""
        if w == self.request.speaker or (first and nxt in (":", "：")):
            return True
        context = self.is_title(prev) or nxt in TITLES_AFTER
        if prev in QUOTES and not context:
            return False  # a quoted coinage ("包抓联"), not a name
        if role == COMMON_WORD:
            return False
        if first and role == SHORT_GIVEN and self.lex.pos(nxt)[:1] in ("v", "p", "c"):
            return True  # the subject of the sentence: 李希参加…, 蔡奇在…, 李希与…
        return role == LONG_GIVEN or context

    def claim_name_lists(self) -> None:
        """Names in a list (马兴瑞、王毅、尹力、…; 常委李强、赵乐际、…、李希出席): where at least
        two items are surely names (list_name) and at least half may be, every item that
        may be a name is one, whatever jieba made of it (刘国|中, 何|卫东, 张|又|侠); where
        three are sure and every item is shaped like a name, even a common word (汪洋)."""
        zh = self.zh
        surnames = names.SURNAMES
        for m in _LIST.finditer(zh):
            parts = m.group().split("、")
            # at least two items where a name may be, from their characters alone
            if sum(1 for p in parts[1:-1] if len(p) <= 4 and p[0] in surnames) + (
                    parts[0][-2:-1] in surnames or parts[0][-3:-2] in surnames) + (
                    parts[-1][0] in surnames) < 2 and "·" not in m.group():
                continue
            items = []
            a = m.start()
            for part in parts:
                items.append((a, a + len(part)))
                a += len(part) + 1
            found: list[tuple[int, int, int]] = []
            shaped = 0  # items with a name in them, of any level
            for k, (a, b) in enumerate(items):
                got = self.item_names(a, b, k == 0, k == len(items) - 1)
                found += got
                shaped += bool(got)
            sure = sum(1 for *_, how in found if how == SURE_NAME)
            maybe = sum(1 for a, _, how in found if how == MAYBE_NAME and zh[a] in names.SURNAMES)
            if sure < 2 or 2 * (sure + maybe) < len(items):
                continue
            least = NAME_SHAPED if sure >= 3 and shaped == len(items) else MAYBE_NAME
            for a, b, how in found:
                if how >= least and self.free(a, b):
                    self.claim(a, b, self.person_en(zh[a:b]), "person")

    def item_names(self, a: int, b: int, first: bool, last: bool) -> list[tuple[int, int, int]]:
        """The names that may stand in one list item, each as (start, end, list_name): the
        whole item, its two halves around 和 (张升民和傅全有), a name at the end of the first
        item (常委李强) or at the start of the last (李希出席会议, 何立峰等)."""
        zh = self.zh
        if last and zh[b - 1] == "等":
            b -= 1
        how = self.list_name(zh[a:b])
        if how:
            return [(a, b, how)]
        for j in range(a + 2, b - 1):
            if zh[j] in LIST_JOINERS:
                left, right = self.list_name(zh[a:j]), self.list_name(zh[j + 1:b])
                if left and right:
                    return [(a, j, left), (j + 1, b, right)]
        bounds = self.bounds
        for n in (3, 2):
            if first and b - n > a and b - n in bounds and zh[b - n] in names.SURNAMES:
                how = self.list_name(zh[b - n:b])
                if how > NAME_SHAPED:
                    return [(b - n, b, how)]
            if last and a + n < b and a + n in bounds and zh[a + n - 1] not in LIST_JOINERS and not (
                n == 3 and (zh[a + 2] in NOT_NAME_END or zh[a + 2] in STOP_CHARS and a + 2 in bounds)
            ):  # 刘奇|在主席台
                how = self.list_name(zh[a:a + n])
                if how > NAME_SHAPED:
                    return [(a, a + n, how)]
        return []

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

    def word_units(self, pieces: Sequence[tuple[int, int]], words: list[str]
                   ) -> tuple[Sequence[tuple[int, int]], list[Unit]]:
        """The rest: the free pieces of the jieba tokens (their words given), joined into domain
        phrases; (the pieces as joined, their units). Most words are one look-up of a shared unit."""
        pieces, words = self.join_phrases(pieces, words)
        get, made = self.memos.units.get, self.new_unit
        units = [get(w) or made(w) for w in words]
        self.context_words = not CONTEXT_WORDS.isdisjoint(words)
        self.pinyin_words = not self.memos.pinyin_words.isdisjoint(words)
        return pieces, units

    def new_unit(self, word: str) -> Unit:
        u = self.memos.units[word] = word_unit(word, self.lex)
        if u.pinyin:
            self.memos.pinyin_words.add(word)
        return u

    def join_phrases(self, pieces: Sequence[tuple[int, int]], words: list[str]
                     ) -> tuple[Sequence[tuple[int, int]], list[str]]:
        """Pieces and words with each run that makes a domain phrase (or a place name jieba
        cut up, 西|和) joined into one."""
        zh, heads, starts = self.zh, self.lex.phrase_heads, self.lex.phrase_starts
        # Only where two words in a row start a phrase or place name can longest_phrase join
        # (the first word alone rules out most, without joining the two).
        maybe = [k for k, w in enumerate(words[:-1]) if w in heads and w + words[k + 1] in starts]
        if not maybe:
            return pieces, words
        joins: list[tuple[int, int]] = []  # (first, last) piece of each phrase
        done = 0  # the first piece after the last phrase
        for k in maybe:
            if k < done or pieces[k][1] != pieces[k + 1][0]:
                continue  # inside the last phrase, or a claim between the two
            m = self.longest_phrase(pieces, k)
            if m != k:
                joins.append((k, m))
                done = m + 1
        if not joins:
            return pieces, words
        pieces, words = list(pieces), list(words)
        for k, m in reversed(joins):  # from the end, so the indices before stay right
            a, b = pieces[k][0], pieces[m][1]
            pieces[k:m + 1] = [(a, b)]
            words[k:m + 1] = [zh[a:b]]
        return pieces, words

    def free_pieces(self, claims: list[tuple[int, int, Unit]]
                    ) -> tuple[Sequence[tuple[int, int]], list[str]]:
        """Token spans with the claimed characters (claims: in order) cut out, in order, and
        their words."""
        tokens, words = self.tokens, self.words
        if not claims:
            return tokens, words  # nothing claimed: the tokens as they are
        zh, claimed = self.zh, self.claimed
        pieces: list[tuple[int, int]] = []
        piece_words: list[str] = []
        k, n = 0, len(tokens)
        for start, end, _ in claims:  # claims never overlap
            j = bisect_right(tokens, start, lo=k, key=_END)
            pieces += tokens[k:j]  # the tokens that end before the claim: whole
            piece_words += words[k:j]
            k = j
            while k < n and tokens[k][0] < end:  # the tokens it cuts (maybe with later claims)
                a, b = tokens[k]
                if start <= a and b <= end:  # wholly claimed: nothing left of it
                    k += 1
                    continue
                i = a
                while i < b:
                    if claimed[i] is not None:
                        i += 1
                        continue
                    j = i
                    while j < b and claimed[j] is None:
                        j += 1
                    pieces.append((i, j))
                    piece_words.append(zh[i:j])
                    i = j
                k += 1
        pieces += tokens[k:]
        piece_words += words[k:]
        return pieces, piece_words

    def longest_phrase(self, pieces: Sequence[tuple[int, int]], k: int) -> int:
        """Index of the last piece of the longest domain phrase starting at piece k (else k);
        also joins single characters that make a place name jieba cut up (西|和)."""
        a = pieces[k][0]
        best = k
        singles = pieces[k][1] - a == 1
        for m in range(k + 1, len(pieces)):
            if pieces[m][0] != pieces[m - 1][1]:
                break
            joined = self.zh[a:pieces[m][1]]
            singles = singles and pieces[m][1] - pieces[m][0] == 1 and len(joined) <= 4
            place = singles and self.lex.pos(joined) == "ns" and self.proper_only(joined)
            if place or joined in self.lex.domain:
                best = m
            if not singles and joined not in self.lex.prefixes:
                break
        return best


def word_unit(word: str, lex: Lexicon) -> Unit:
    """The unit of a word, punctuation mark, space or Latin run outside the claims."""
    if "\u3400" <= word[0] <= "\u9fff" or _CJK.search(word):
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


def render_function_words(units: list[Unit], lex: Lexicon) -> None:
    """Context-dependent words: 将 + verb → will, 等 + noun → and other, X之一 → one of X.
    (的/了/把 and the other DROPPED words have no English anywhere: see word_unit.)"""
    for k, u in enumerate(units):
        if u.zh not in CONTEXT_WORDS or u.kind != "word":
            continue
        nxt = next((v for v in units[k + 1:k + 3] if v.kind != "space"), None)
        pos = lex.pos(nxt.zh)[:1] if nxt is not None and nxt.kind == "word" else ""
        en = u.en
        if u.zh == "将":
            en = "will" if pos in ("v", "d", "a") else ""  # 将 + noun marks the object, like 把
        elif u.zh == "等":
            en = "and other" if pos == "n" else "etc."
        elif u.zh == "是" and k > 0 and units[k - 1].kind == "enum":
            en = ""
        elif u.zh == "之一":
            one_of(units, k, lex)
            continue
        elif u.zh == "以" and previous_word(units, k) in BARE_YI_AFTER:
            en = ""  # 坚持以X为指导: "adhere to X as the guide", not "adhere to with X"
        if en != u.en:
            units[k] = replace(u, en=en)


def previous_word(units: list[Unit], k: int) -> str:
    """The Chinese of the nearest unit before k that is not a space."""
    return next((v.zh for v in reversed(units[:k]) if v.kind != "space"), "")


def drop_repeated_heads(units: list[Unit]) -> None:
    """A quoted glossary rendering that already ends in the next word's English keeps it
    once: “四强”行动 with 四强 → "Four Strengths campaign" gives '"Four Strengths campaign"',
    not '... campaign" campaign'. Only after a closing quote (a named campaign, project or
    system and its head noun); unquoted, the next word may be a second noun (就业 工作)."""
    for k, u in enumerate(units):
        if u.kind != "term" or not u.en:
            continue
        quoted = False
        for j in range(k + 1, min(k + 4, len(units))):
            v = units[j]
            if v.kind == "space" or (v.kind == "punct" and (v.zh in CLOSING or v.zh in TOGGLING)):
                quoted = quoted or v.kind == "punct"
                continue
            if quoted and v.kind == "word":
                head = v.en.lower().split()
                tail = [w.strip("\"'.,;:()").lower() for w in u.en.split()]
                if head and tail[-len(head):] == head:
                    units[j] = replace(v, en="")
            break


def change_figures(units: list[Unit]) -> None:
    """同比分别增长72%和25.5% → "up 72% and 25.5% year on year, respectively": the change
    verb before its figures, 同比 and 分别 after them (Xinhua English word order)."""
    for k, u in enumerate(units):
        if u.kind not in ("word", "term") or u.zh not in CHANGE_WORDS:
            continue
        last = figures_end(units, k + 1)
        if last is None:
            continue
        moved = {"同比": "year on year"} if u.zh.startswith("同比") else {}
        for j in range(k - 1, -1, -1):
            v = units[j]
            if v.kind == "space":
                continue
            if v.kind not in ("word", "term") or v.zh not in CHANGE_MODIFIERS or not v.en:
                break
            moved[v.zh] = v.en  # a glossary rendering moves verbatim
            units[j] = replace(v, en="")
        units[k] = replace(u, en=CHANGE_WORDS[u.zh])
        after = ""
        if "同比" in moved:
            after += " " + moved["同比"]
        if "分别" in moved:
            after += ", " + moved["分别"]
        if after:
            units[last] = replace(units[last], en=units[last].en + after)


def figures_end(units: list[Unit], k: int) -> int | None:
    """Index of the last figure of the run of figures starting at k (72%和25.5%), or None."""
    last = None
    for j in range(k, len(units)):
        v = units[j]
        if v.kind == "num":
            last = j
        elif v.kind != "space" and not (last is not None and v.zh in FIGURE_JOINERS):
            break
    return last


def counts_before_nouns(units: list[Unit], lex: Lexicon) -> None:
    """实施投资项目134项， → "implement 134 investment projects,": a count that closes a clause
    after its noun (Chinese lists write the figure last, with its measure word) goes before the
    noun phrase, and the phrase's last word takes the plural. The phrase runs back over nouns
    and adjectives to the nearest verb, figure, name or mark; a glossary rendering is moved, and
    takes a plural only as an ending (village → villages), so that it still stands verbatim."""
    for k, u in enumerate(units):
        if u.kind != "num" or u.zh[-1:] not in MEASURE_WORDS or not _BARE_COUNT.fullmatch(u.en):
            continue
        nxt = next((v for v in units[k + 1:] if v.kind != "space"), None)
        if nxt is not None and nxt.zh[:1] not in CLAUSE_ENDS:
            continue
        start = last = k
        while start > 0:
            prev = units[start - 1]
            if prev.kind == "space":
                start -= 1
                continue
            if prev.kind not in ("word", "term") or not prev.en or (
                    prev.kind == "word" and lex.pos(prev.zh) not in NP_TAGS):
                break
            start -= 1
            if last == k:
                last = start  # the head noun: the word right before the figure
        if last == k:
            continue
        while units[start].kind == "space":
            start += 1
        head = units[last]
        many = plural(head.en) if u.en not in ("1", "one") else head.en
        if head.kind == "word" or many.startswith(head.en):  # a glossary rendering stays inside
            units[last] = replace(head, en=many)
        units[k] = replace(u, en="")
        first = units[start]
        units[start] = replace(first, en=f"{u.en} {first.en}")


def plural(en: str) -> str:
    """The plural of an English noun phrase's last word (project → projects, policy → policies);
    a phrase that does not end in a plain lower-case word is left as it is."""
    head, _, word = en.rpartition(" ")
    if not word.isalpha() or not word.islower() or word.endswith("s"):
        return en
    if word in IRREGULAR_PLURALS:
        word = IRREGULAR_PLURALS[word]
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        word = word[:-1] + "ies"
    elif word.endswith(("x", "ch", "sh", "z")):
        word += "es"
    else:
        word += "s"
    return f"{head} {word}" if head else word


def one_of(units: list[Unit], k: int, lex: Lexicon) -> None:
    """X之一 → "one of X": "one of" moves to where the noun phrase X starts."""
    start = k
    while start > 0:
        prev = units[start - 1]
        if prev.kind in ("punct", "enum", "person") or (prev.kind == "word" and (
            lex.pos(prev.zh)[:1] in ("v", "p", "c", "d", "r") or FUNCTION_CHARS.intersection(prev.zh)
        )):
            break
        start -= 1
    if start == k:
        return
    units[k] = replace(units[k], en="")
    units[start] = replace(units[start], en="one of " + units[start].en)


def assemble(units: list[Unit]) -> str:
    """Join the units' English with English spacing, quotes and capitals."""
    out: list[str] = []
    glue_next = True  # no space before the next piece
    open_ascii = False
    for u in units:
        mode = u.mode
        if mode == WORD:  # most units
            out.append(u.text if glue_next else u.spaced)
            glue_next = False
        elif mode == SKIP:
            continue
        elif mode == OPEN or (mode == TOGGLE and not open_ascii):
            open_ascii = open_ascii or mode == TOGGLE
            out.append(u.text if glue_next else u.spaced)
            glue_next = True
        else:  # CLOSE, or an ASCII quote that closes
            open_ascii = open_ascii and mode != TOGGLE
            en = u.text
            if out and out[-1].endswith(",") and en[0] in ",.;:":
                out[-1] = out[-1][:-1]  # "First," then the sentence's own comma
            bare = en.strip()
            out.append(bare if bare != "-" else " - ")
            glue_next = bare in ("(", "[")
    return capitalise(" ".join("".join(out).split()))


# A sentence start after a stop ("etc." is none) or after a colon before a quote; each
# alternative opens with its mark, so the regex engine skips to those marks at once.
_AFTER_STOP = re.compile(r"(\.(?<!etc\.)\s+|\?(?<!etc\?)\s+|!(?<!etc!)\s+|:\s+(?=\"))(\"?)([a-z])")
# The text's own start, or after a speaker label at the start ("Wang Jun: ...").
_TEXT_START = re.compile(r"((?:[A-Z][\w']*(?: [A-Z][\w']*)*:\s+)?)(\"?)([a-z])")


def capitalise(text: str) -> str:
    """Capital letter at the start of each sentence and after a speaker label."""
    text = _AFTER_STOP.sub(_upper, text)  # before the start, so a leading "etc." still reads so
    m = _TEXT_START.match(text)
    return _upper(m) + text[m.end():] if m else text


def _upper(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2) + m.group(3).upper()
