"""Word → English for the gloss engine: the phrase table (`pipeline.zh.phrases`), the curated
domain lexicon, then the CC-CEDICT sense that fits the word's part of speech; pinyin only for a
name or place (any other unknown word stays in Chinese, flagged untranslated).

Part of speech comes cheaply from jieba's dictionary tags (cached with the
CC-CEDICT index) and the domain lexicon's `pos` column; no tagger runs per word.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files
from typing import Any, TypeVar
from weakref import ref

from pipeline.errors import EngineError
from pipeline.model import Span
from pipeline.zh import romanize as names
from pipeline.zh.cedict import Cedict, Reading
from pipeline.zh.chars import HAN
from pipeline.zh.phrases import PhraseTable, shipped
from pipeline.zh.strtable import StrTable
from pipeline.zh.tokenize import Tokenizer

#: The curated lexicon shipped with the package (see its header for sources).
DOMAIN_FILE = "domain.tsv"
#: Its files, read in this order: one zh in one file only (the news words apart, to be
#: extended without touching the report words).
DOMAIN_FILES = (DOMAIN_FILE, "domain-news.tsv")
# Sense shapes CC-CEDICT uses for cross-references and notes, never a rendering
# (conventions from the CC-CEDICT wiki's "Syntax" page).
_SKIP = re.compile(
    r"^(?:CL:|variant of|old variant|see |see also|surname |abbr\. for|used in|also written|"
    r"also pr\.|erhua variant|Japanese variant|classifier for|pr\. |same as )"
)
_PLACE_WORDS = re.compile(r"^\S+ (?:county|city|district|province|prefecture|town|township|village)\b")
# Where the name a proper noun's sense gives ends ("Hong Kong, abbr. ..."; "Yangtze River (...)"),
# and a place sense's ("Ürümqi or Urumqi; capital of ...").
_NAME_END = re.compile(r",| \(")
_PLACE_NAME_END = re.compile(r",|;| \(")
# Where a place's name ends in a CC-CEDICT sense ("Lijiang prefecture-level city in ...",
# "Jiangsu province (Kiangsu) in ..."): lowercase words of kind, level and position.
_PLACE_GENERICS = frozenset({
    "province", "city", "county", "district", "prefecture", "prefecture-level", "county-level",
    "subprovincial", "sub-provincial", "municipality", "autonomous", "region", "league", "town",
    "township", "village", "neighborhood", "capital", "in", "on", "near", "formerly", "state",
})
# ... of them, those that name an administrative level (冲绳县 "Okinawa prefecture").
_PLACE_LEVELS = frozenset({"province", "prefecture", "county", "district", "autonomous", "region",
                           "city", "town", "township", "village", "league", "state"})
# What CC-CEDICT's sense of a Tibetan place gives beside the exonym it uses (定日县 "Tingri
# county, Tibetan: Ding ri rdzong"); Xinhua English uses the pinyin for these (Dingri County).
_NATIVE_NAME = "Tibetan: "
# Last characters of a place name that say its level (province, city, county, district,
# prefecture, league, town, township, village; 自治区/自治州/自治县 end in them too).
_LEVEL_CHARS = frozenset("省市县区州盟镇乡村")
# Capitalised words of kind, left out when a name is compared with its pinyin ("Hebei Province",
# "Wuzhi Mountain", "Lake Tai").
_PLACE_KIND_WORDS = frozenset({"Province", "City", "County", "District", "Prefecture", "Town",
                               "Township", "Village", "River", "Lake", "Mountain", "Mountains",
                               "Mount", "Mt", "Island", "Autonomous", "Region"})
# A CC-CEDICT sense naming two countries' relations ("China-Pakistan (relations)").
_COUNTRY_PAIR = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+\b")
# Labels and words of senses for economy and policy ("(economic) bloc", "to officially launch
# (a policy, program etc)", "(of an enterprise etc) to gain momentum").
_POLICY_SENSE = re.compile(r"\((?:economic|economics|finance|politics|of an enterprise|a policy|of prices)")
# Labels and words of senses from other fields and registers, never the sense of a policy
# text (骨干 "diaphysis (long segment of a bone)", 牌 "mahjong tile", 底线 "(sports) baseline").
_OTHER_FIELD = re.compile(
    r"\((?:sports|sewing|chemistry|epidemiology|geology|anatomy|botany|zoology|medicine|TCM|Buddhism|"
    r"Taoism|old|archaic|literary|classical|dialect|slang|coll\.|Tw|HK|Cantonese|Internet slang|"
    r"vulgar|derog\.|euphemism|chess|Go|of a bar girl|physics|math\.|music|linguistics)\b|"
    r"\b(?:mahjong|Chinese medicine|chess|bone)\b")
# CC-CEDICT's placeholders for the object or owner of a verb ("sb", "sth", "one's"): a sense
# holding one explains the word rather than renders it (CC-CEDICT wiki "Syntax").
_EXPLAINING = re.compile(r"\b(?:sb|sth|sb's|sth's|one's|oneself|someone|something)\b")
# "to do sth" before what is done: the adverbial rest is the rendering (分批 "to do sth in
# batches or groups" → "in batches or groups").
_PLACEHOLDER_VERB = re.compile(r"^(?:to )?do (?:sth|something) ")
# An idiom's literal picture with no figurative meaning beside it ("lit. to seek truth from
# facts (idiom)", its "fig." sense apart), or a sentence ("One does what one can."): no rendering.
_PICTURE = re.compile(r"^lit\. (?!.*\bfig\. )|^[A-Z][^.]*\.$")
# A sense that only sends the reader to another headword (念兹在兹 "see 念念不忘[nian4 ...]"):
# the simplified form of the word it names.
_SEE_WORD = re.compile(rf"^(?:see(?: also)?|variant of|old variant of|also written) (?:[{HAN}]+\|)?([{HAN}]+)\[")
# CC-CEDICT's sense of the general classifier (个), which has no English after a numeral.
_GENERAL_CLASSIFIER = re.compile(r"^\(classifier used before a noun that has no specific classifier\)")
# A placeholder object at the end of a sense ("to attach importance to sth", "to entrust a
# task to sb else"): the Chinese object follows the verb, so the English stops before it.
_TRAILING_PLACEHOLDER = re.compile(r"\s+(?:sb else|sb|sth|something|someone)$")
#: A label before a proper noun's sense in CC-CEDICT ("(China) National Bureau of ...").
_LABEL = re.compile(r"^\([^()]*\)\s*")
_PARENS = re.compile(r"\s*\([^()]*\)\s*")
#: A sense's first part ends at a semicolon, colon or comma (clean_sense).
_FIRST_PART = re.compile(r"[;:]|, ")
_CJK_REF = re.compile(rf"[{HAN}|]+\[[^\]]*\]|[{HAN}]+")
#: jieba tags read as verbs / nouns (jieba dict.txt tag set, after ICTCLAS).
VERB_TAGS = frozenset({"v", "vd", "vi", "vg", "vq"})
#: jieba tags of a word that modifies the verb right after it inside a word jieba's dictionary
#: lacks (广泛开展 "extensively carry out", 隆重庆祝 "grandly celebrate", 精心筹办 "carefully
#: arrange"; Chao, A Grammar of Spoken Chinese, 8.1: adjectives as adverbs before verbs).
MODIFIER_TAGS = frozenset({"a", "ad", "d"})
NOUN_TAGS = frozenset({"n", "vn", "an", "ng", "nz", "nt", "j", "s", "f", "t", "l", "i", "b", "q"})
#: jieba tags of idioms (i, 成语) and set phrases (l, 习用语).
IDIOM_TAGS = frozenset({"i", "l"})
#: jieba tags of names (nr left out: jieba tags many non-names nr, e.g. 红黄蓝).
NAME_TAGS = frozenset({"ns", "nz", "nt", "nrfg"})
# Characters that are function words or pronouns, never inside a name (Li & Thompson,
# Mandarin Chinese, ch. 4-7; the structural particles, copula, prepositions, demonstratives).
FUNCTION_CHARS = frozenset("这那是的了在和与为把将对从等及并也都就而或被给向于以之其有我你他她它们个不没")
#: jieba tags of people's names (nr person, nrt transliterated), read as names only where
#: CC-CEDICT has no English for the word.
PERSON_TAGS = frozenset({"nr", "nrt"})
_HAN_RUN = re.compile(f"[{HAN}]")
# The characters of the 以X为Y frame (Li & Thompson ch. 9): jieba joins 为 to the noun after it
# (为主|线), where the frame wants 为|主线.
_FRAME_CHARS = frozenset("以为")
# What Lexicon.mended knows of a word: a single character (no function character), a pair no
# dictionary knows (jieba's HMM guessed it), a pair headed by a character of the 以…为 frame.
_SINGLE, _GUESS, _FRAME = 1, 2, 4
#: The flags of a word that a pair ending in it may be mended for (`_mended_end`).
_MENDS_BEFORE = _SINGLE | _GUESS
#: Proper-noun tags for places, whose rendering is pinyin plus suffix.
PLACE_TAGS = frozenset({"ns"})
#: Tags whose words render as names unless CC-CEDICT reads them as common words (`common_word`).
_NAME_FIRST_TAGS = PLACE_TAGS | {"nrfg", "nt"}


@dataclass(frozen=True, slots=True)
class DomainEntry:
    en: str
    pos: str
    note: str
    line: int
    file: str = DOMAIN_FILE  # the file of pipeline/data it stands in (DOMAIN_FILES)


@lru_cache(maxsize=1)
def domain() -> dict[str, DomainEntry]:
    """The curated lexicon: zh → entry (TSVs with header zh, en, pos, note; '#' lines are comments)."""
    out: dict[str, DomainEntry] = {}
    for name in DOMAIN_FILES:
        text = files("pipeline.data").joinpath(name).read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines()[1:], start=2):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != 4 or not cells[0] or not cells[1].strip():
                raise EngineError(f"pipeline/data/{name}:{n}: need zh, en, pos, note; got {line!r}")
            if cells[0] in out:
                first = f"{out[cells[0]].file}:{out[cells[0]].line}"
                raise EngineError(f"pipeline/data/{name}:{n}: duplicate {cells[0]!r} (first at {first})")
            out[cells[0]] = DomainEntry(cells[1], cells[2], cells[3], n, name)
    return out


@lru_cache(maxsize=1 << 16)
def sense_rank(sense: str) -> int:
    """Where a sense stands among a word's (lower first; sorting by it keeps the dictionary's
    order within each rank): 0 a sense CC-CEDICT labels as economic or political ("(of prices
    etc) to rise"), 2 a plain one, 3 a gloss that explains rather than renders (a placeholder
    "sb", "sth", "one's" outside brackets: 运行 "to move along one's course"; more than six
    words; an idiom's literal picture, "lit. ..." without its "fig." meaning: 实事求是; a
    sentence: 量力而行 "One does what one can."), 4 one of another field or register (its
    labels, CC-CEDICT wiki "Syntax": "(sports)", "(dialect)", "(TCM)" ...)."""
    # (each pattern searched only where the words it needs are there: a first-seen word's
    # senses are ranked, dozens for a character)
    bracket = "(" in sense
    if bracket and _POLICY_SENSE.search(sense):
        return 0
    if (bracket or "mahjong" in sense or "medicine" in sense or "chess" in sense or "bone" in sense) \
            and _OTHER_FIELD.search(sense):
        return 4
    if _PICTURE.match(sense):
        return 3
    bare = _PARENS.sub(" ", sense) if bracket else sense  # "to introduce (sb to sb)" renders
    # (cleaning can add a word only where it drops a bracket: a sense of fewer words and
    # brackets than seven cleans to six words at most, and is not cleaned here)
    return 3 if (("sb" in bare or "sth" in bare or "one" in bare or "some" in bare) and _EXPLAINING.search(bare)) \
        or (len(sense.split()) + sense.count("(") > 6 and clean_sense(sense).count(" ") > 5) else 2


@lru_cache(maxsize=1 << 16)
def clean_sense(sense: str) -> str:
    """'(bound form) up; upper' → 'up'; '' for notes and cross-references; a placeholder object
    at the end dropped ('to attach importance to sth' → 'to attach importance to'); an idiom's
    meaning, not its literal picture (一步一个脚印 "one step, one footprint (idiom); steady progress" →
    'steady progress'; 'lit. ...; fig. ...' → the figurative); a placeholder verb dropped
    ('to do sth in batches' → 'in batches')."""
    if _SKIP.match(sense):
        return ""
    _, idiom, meaning = sense.partition(" (idiom); ")
    if not idiom and sense.startswith("lit. "):
        _, idiom, meaning = sense.replace("; fig. ", " fig. ").partition(" fig. ")
    text = meaning if idiom else sense  # (each pattern applied only where it may match)
    first = _FIRST_PART.split(_PARENS.sub(" ", text) if "(" in text else text, maxsplit=1)[0]
    if "|" in first or not first.isascii():
        first = _CJK_REF.sub("", first)
    first = first.removeprefix("fig. ").removeprefix("lit. ")
    if first.startswith(("do ", "to do ")):
        first = _PLACEHOLDER_VERB.sub("", first)
    if first.endswith(("sb", "sth", "else", "something", "someone")):
        first = _TRAILING_PLACEHOLDER.sub("", first)
    return " ".join(first.split()).strip(" ,")


def choose_sense(readings: tuple[Reading, ...], tag: str) -> str:
    """The sense for this part of speech and for policy and economic text: verbs take the
    first 'to ...' sense (without 'to'), nouns the first sense that is not a verb and renders
    rather than explains (管制 "to control/.../non-custodial sentence with ..." as a noun:
    "control"), idioms and set phrases their rendering (`idiom_sense`), other words their
    first sense (健康 "health/healthy" stays "health", English's noun modifier: 健康服务
    "health services"); common readings before proper ones;
    senses of economy and policy first, senses of other fields and registers (sports,
    anatomy, games, dialects) last (`sense_rank`). Senses are cleaned only as far as the
    choice needs (a word has up to dozens)."""
    common = [r for r in readings if not r.proper] or readings
    raw = [s for r in common for s in r.senses]
    many = len(raw) > 1
    ranked = ((sense_rank(s) if many else 2, clean)
              for s in (sorted(raw, key=sense_rank) if many else raw) if (clean := clean_sense(s)))
    rank, first = next(ranked, (0, ""))
    if not first:
        return ""
    if tag in VERB_TAGS:
        verb = first if first.startswith("to ") else next((s for _, s in ranked if s.startswith("to ")), first)
        return verb.removeprefix("to ").removeprefix("be ")
    if tag == "d" and first.startswith(("to ", "a ", "an ")):  # a verb's or a noun's sense for an
        # adverb: its -ly sense (约 "to weigh .../approximately", 大幅 "a big margin/substantially")
        return next((s for _, s in ranked if s.endswith("ly") and s.isalpha()), first).removeprefix("to ")
    if tag in IDIOM_TAGS and many:
        return idiom_sense(first, rank, ranked)
    if tag in NOUN_TAGS and first.startswith("to "):
        return next((s for r, s in ranked if r < 3 and not s.startswith("to ")), first.removeprefix("to "))
    return first.removeprefix("to ")


def idiom_sense(first: str, rank: int, ranked: Iterable[tuple[int, str]]) -> str:
    """An idiom's or set phrase's rendering: its first sense of the best rank (`sense_rank`
    ranks explanations and literal pictures last), or where that is long (five words or
    more), the one of fewest words among the senses of that rank, the first of those that tie
    (百折不挠 "to keep on fighting in spite of all setbacks (idiom)/to be undaunted by repeated
    setbacks/to be indomitable": "be indomitable")."""
    first = first.removeprefix("to ")
    if first.count(" ") < 4:
        return first
    best = [first, *(s.removeprefix("to ") for _, s in itertools.takewhile(lambda p: p[0] == rank, ranked))]
    return min(best, key=lambda s: s.count(" "))


def dictionary_english(index: Cedict, word: str) -> str:
    """The English CC-CEDICT gives `word` (the lexicon's rendering where neither the phrase
    table nor the domain lexicon has it): a proper noun's name (a place by `place_english` or
    pinyin and suffix, others by CC-CEDICT's own name: `proper_name`), else the sense for its
    jieba part of speech (`choose_sense`), else the English of the word its only senses send
    the reader to (`see_also`); "" where there is none. It depends on the dictionaries
    alone, so it is worked out once for every headword and cached (`pipeline.zh.renderings`)."""
    readings = index.readings(word)
    if not readings:
        return ""
    tag = index.tag(word)
    if all(r.proper for r in readings) or (tag in _NAME_FIRST_TAGS and not common_word(word, readings)):
        proper = [r for r in readings if r.proper]
        if proper:
            exonym = place_english(word, readings) if tag in PLACE_TAGS else ""
            return proper_name(word, proper[0], tag, exonym)
    return choose_sense(readings, tag) or see_also(index, word, readings)


def see_also(index: Cedict, word: str, readings: tuple[Reading, ...]) -> str:
    """The English of the headword that CC-CEDICT's only senses of `word` send the reader
    to (念兹在兹 "see 念念不忘[...]": that word's "to keep in mind constantly"), one step;
    "" where there is none."""
    if len(word) < 2:
        return ""  # a character's "variant of" names another reading's character (份, 分)
    for r in readings:
        for sense in r.senses:
            m = _SEE_WORD.match(sense)
            if m and m[1] != word and (target := index.readings(m[1])):
                return choose_sense(target, index.tag(m[1]) or index.tag(word))
    return ""


def common_word(word: str, readings: tuple[Reading, ...]) -> bool:
    """Whether a word jieba tags as a name is read as the common word CC-CEDICT also has:
    新建 "new construction" (not Xinjian county), 安宁 "peaceful", 东北 "northeast". Single
    characters stay names (美 the US, 京 Beijing: abbreviations), and so do pairs of countries
    (中巴 "China-Pakistan", not "minibus")."""
    if len(word) < 2 or all(r.proper for r in readings):
        return False
    return not any(_COUNTRY_PAIR.match(s) for r in readings if r.proper for s in r.senses)


def proper_name(word: str, reading: Reading, tag: str, exonym: str = "") -> str:
    """A proper noun: places in pinyin with their suffix (or by `exonym`, their English
    name where it is no pinyin: place_english), others by CC-CEDICT's own name."""
    if tag in PLACE_TAGS:
        if exonym:
            return exonym
        suffix = names.place_suffix(word)
        syl = reading.pinyin.split()
        base = syl[: len(syl) - len(suffix)] if suffix and len(syl) == len(word) else syl
        return names.place(word[: len(word) - len(suffix)], suffix, " ".join(base))
    if _PLACE_WORDS.search(reading.senses[0]):  # "Hanyuan county in Ya'an": a place after all
        return proper_name(word, reading, "ns")
    sense = next((x for x in reading.senses if not _SKIP.match(x)), reading.senses[0])
    if _SKIP.match(sense) and ", " in sense:  # "abbr. for 國家發展和改革委員會|…, PRC National ..."
        sense = sense.split(", ", 1)[1]
    sense = _LABEL.sub("", sense)  # "(China) National Bureau of Statistics (NBS)"
    name = _NAME_END.split(sense)[0].strip().removeprefix("PRC ")
    name = _CJK_REF.sub("", name).strip()
    if name[:1].isupper() and len(name.split()) <= 7:
        return name
    return names.join_syllables(names.cedict_syllables(reading.pinyin)).capitalize()


def spelling(text: str) -> str:
    """What a name spells, for comparing it with pinyin: "Xi'an" → "xian", "Ürümqi" → "urumqi"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if "a" <= c <= "z")


def place_english(word: str, readings: tuple[Reading, ...]) -> str:
    """The English name of a place (jieba tag ns) that CC-CEDICT knows only as a proper noun:
    its own name where that is no pinyin (香港 → Hong Kong, 长江 → Yangtze River, 内蒙古自治区
    → Inner Mongolia Autonomous Region), the whole word's pinyin where a suffix is part of the
    name (黑龙江 "Heilongjiang province": Heilongjiang, not Heilong River); "" where the pinyin
    and suffix are the name (河北省 "Hebei Province") or CC-CEDICT gives none."""
    if len(word) < 2 or not readings or not all(r.proper for r in readings):
        return ""
    suffix = names.place_suffix(word)
    for r in readings:
        native = any(_NATIVE_NAME in sense for sense in r.senses)
        syl = names.cedict_syllables(r.pinyin)
        whole = {spelling("".join(syl))}
        base = {spelling("".join(syl[: len(syl) - len(suffix)]))} if suffix and len(syl) == len(word) else set()
        for sense in r.senses:
            found = sense_place_name(sense, whole | base)
            if found is None:  # the pinyin is the name: with the suffix split off, or whole
                whole_only = base and sense_place_name(sense, base) is not None
                return names.place(word, "", r.pinyin) if whole_only else ""
            name, level = found
            if native and " " not in name:
                return ""  # a Tibetan place: Xinhua writes the pinyin (定日县 Dingri, 山南 Shannan)
            if name:  # 冲绳县 "Okinawa prefecture, Japan": the level CC-CEDICT names
                return f"{name} {level.title()}" if level and word[-1] in _LEVEL_CHARS else name
    return ""


def sense_place_name(sense: str, spellings: set[str]) -> tuple[str, str] | None:
    """(name, the administrative level CC-CEDICT puts after it) of a place sense ("Inner
    Mongolia autonomous region ..." → ("Inner Mongolia", "autonomous region")); None where
    a name it gives is spelt as one of `spellings` (the pinyin); ("", "") where it gives none.
    Of "X or Y" the first name in plain ASCII ("Ürümqi or Urumqi" → Urumqi)."""
    head = _CJK_REF.sub("", _PLACE_NAME_END.split(sense)[0]).strip().removeprefix("the ")
    if _SKIP.match(sense) or not head[:1].isupper():
        return "", ""
    found = ("", "")
    for alt in head.split(" or "):
        words = alt.split()
        cut = next((k for k, w in enumerate(words) if w in _PLACE_GENERICS), len(words))
        if not 0 < cut <= 6 or not words[0][:1].isupper():
            continue
        leading = [w for w in words[:cut] if w[:1].isupper() or w in ("of", "and")]
        key = " ".join(w for w in leading if w not in _PLACE_KIND_WORDS)
        if {spelling(key), spelling(" ".join(leading)), spelling(words[0])} & spellings:
            return None
        if not found[0] and " ".join(words[:cut]).isascii():
            level = " ".join(itertools.takewhile(_PLACE_LEVELS.__contains__, words[cut:]))
            found = (" ".join(words[:cut]), level)
    return found


#: English words that open a noun phrase, never a verb phrase.
_DETERMINERS = frozenset({"the", "a", "an", "our", "its", "their", "all", "each", "every", "this",
                          "these", "those", "more", "new", "greater", "major", "key"})
#: Endings of English nouns (a phrase whose English opens with one is nominal: "advancement of").
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism")


def phrase_pos(zh: str, en: str, tag: Callable[[str], str]) -> str:
    """Part of speech of a phrase-table unit, that of its head, so that the order rules treat
    it as the word it stands for: "v" when its Chinese opens with a verb (or an adverb, or a
    verb jieba also tags as a noun: 保障) and its English with a verb (保障和改善民生 "ensure
    and improve ..."), "vn" for an English gerund, else the tag of its last word when that is
    a noun's, else "n" (全面推进乡村振兴 "the comprehensive advancement of ..." is a noun
    phrase). `tag`: jieba's dictionary tag of a word ("" if none); the first and last words
    are the longest prefix and suffix it knows."""
    first_en = en.split(" ", 1)[0]
    first = next((t for n in (4, 3, 2, 1) if n < len(zh) and (t := tag(zh[:n]))), "")
    if first_en.islower() and first_en not in _DETERMINERS:
        if first_en.endswith("ing"):
            return "vn"
        adverb = first == "d" or (first == "ad" and first_en.endswith("ly"))  # 积极的… "proactive ..." no verb
        verbal = first in VERB_TAGS or first == "vn" or adverb or (zh[0] == "以" and "为" in zh)  # 以X为Y
        if verbal and first_en.isalpha() and not first_en.endswith(_NOUN_ENDINGS):
            return "v"
    last = next((t for n in (4, 3, 2, 1) if n < len(zh) and (t := tag(zh[-n:]))), "")
    return last if last in NOUN_TAGS else "n"


#: Endings of English adjectives whose -ly form is the adverb (clear → clearly, effective →
#: effectively, steady → steadily); others (outstanding, fast, overall) have none or no change.
_ADVERB_FROM = ("al", "ive", "ous", "ful", "ent", "ant", "ct", "ear", "ble", "ic", "id", "oth", "dy", "ong",
                "ate", "ict", "ere", "ure", "ough", "ep", "ight", "ad", "ain")
#: ... except these, no adverbs in -ly (fast, hard) or no adjectives (overall, plan).
_NO_ADVERB = frozenset({"fast", "hard", "overall", "much", "early", "long", "lead", "ahead", "well",
                        "first", "main", "aid", "again", "already", "lifelong", "midnight", "nature",
                        "capital", "effect"})


def adverb_form(adjective: str) -> str:
    """The -ly adverb of a one-word English adjective (strict → strictly, notable → notably,
    steady → steadily, basic → basically), "" when it has none."""
    if not adjective.isalpha() or not adjective.islower() or adjective in _NO_ADVERB \
            or not adjective.endswith(_ADVERB_FROM):
        return ""
    if adjective.endswith("ble"):
        return adjective[:-1] + "y"
    if adjective.endswith("y"):
        return adjective[:-1] + "ily"
    if adjective.endswith("ic"):
        return adjective + "ally"
    return adjective + "ly"


def join_parts(english: list[str], parts: list[str]) -> str:
    """The English of a word rendered by its parts: 的 between two parts is the possessive of
    the part before it (党的基本 "the Party's basic", not "the Party of basic"); two parts of one
    English (繁荣兴旺, two words for "prosperous") say it once."""
    out: list[str] = []
    for en, zh in zip(english, parts, strict=True):
        if zh == "的" and out and out[-1][-1:].isalpha():
            out[-1] += "'s"
        elif en and (not out or out[-1] != en):  # 繁荣兴旺 "prosperous", not "prosperous prosperous"
            out.append(en)
    return " ".join(out)


_V = TypeVar("_V")


class Memo(dict[str, _V]):
    """word → `find(word)`, worked out on the first look-up (`memo[word]`) and kept: a hit is
    the dict's own look-up, no Python call (the gloss asks a word's part of speech ~190k times
    over the 342k-character bench corpus)."""

    __slots__ = ("find",)

    def __init__(self, find: Callable[[str], _V]) -> None:
        super().__init__()
        self.find = find

    def __missing__(self, word: str) -> _V:
        got = self[word] = self.find(word)
        return got


class MethodMemo(dict[str, _V]):
    """word → `method(owner, word)`, as `Memo`, without keeping `owner` alive: a Memo of the
    owner's bound method would make a reference cycle, and a cycle alive at the end of a run
    is never collected (the runner freezes what a run leaves, pipeline.runner.collector_paused);
    without one, a Lexicon and what it holds (the tokenizer, its memos) go when the run's
    Context goes. A miss is one call of the plain function (a WeakMethod's call would make a
    bound method and go through a closure: ~52k misses in a first pass over the bench corpus)."""

    __slots__ = ("method", "owner")

    def __init__(self, method: Callable[[Any, str], _V], owner: object) -> None:
        super().__init__()
        self.method = method
        self.owner = ref(owner)

    def __missing__(self, word: str) -> _V:
        got = self[word] = self.method(self.owner(), word)
        return got


class Lexicon:
    """Renders single words; memoised, as a page repeats its vocabulary."""

    def __init__(self, cedict: Cedict, known: Callable[[str], bool] | None = None,
                 phrases: PhraseTable | None = None, renderings: StrTable | None = None) -> None:
        """`renderings`: `dictionary_english` of every headword of `cedict`, worked out
        before (`pipeline.zh.renderings`); None: worked out for each word met."""
        self.cedict = cedict
        self.renderings = renderings
        self.domain = domain()
        self.phrases = shipped() if phrases is None else phrases  # official multi-word phrasing
        self.known = known or (lambda word: False)  # a word of jieba's dictionary, or a glossary term
        # Every proper prefix of a domain phrase: lets phrase matching stop early.
        self.prefixes = {zh[:n] for zh in self.domain for n in range(1, len(zh))}
        self._memo = MethodMemo(type(self)._render, self)
        self._pos = MethodMemo(type(self)._find_pos, self)
        #: (English, is-pinyin) for one word (memoised).
        self.render: Callable[[str], tuple[str, bool]] = self._memo.__getitem__
        #: Part of speech of a word (the order rules ask it of every unit: memoised).
        self.pos: Callable[[str], str] = self._pos.__getitem__
        self._adverbs: dict[str, str] = {}
        self._words = MethodMemo(type(self)._is_word, self)
        self._mend_flags = MethodMemo(type(self)._flags, self)

    def _is_word(self, w: str) -> bool:
        return w in self.domain or w in self.cedict or self.known(w)

    @cached_property
    def place_starts(self) -> frozenset[str]:
        """First two characters of every place name jieba tags ns (to rejoin 西|和 cheaply)."""
        return frozenset(w[:2] for w in self.cedict.tagged("ns") if 2 <= len(w) <= 4)

    @cached_property
    def place_first_chars(self) -> frozenset[str]:
        """First characters of place_starts: a single character outside them starts none."""
        return frozenset(w[0] for w in self.place_starts)

    @cached_property
    def phrase_heads(self) -> frozenset[str]:
        """Words a domain phrase or a cut-up place name may start with: other words stay alone."""
        return frozenset(self.prefixes) | self.place_first_chars

    @cached_property
    def phrase_starts(self) -> frozenset[str]:
        """What two or more words joined must start with to be a domain phrase (the phrases
        and their prefixes) or a place name jieba cut up (place_starts)."""
        return frozenset(self.prefixes).union(self.domain, self.place_starts)

    def proper_only(self, word: str) -> bool:
        """No common reading in CC-CEDICT (城镇 'town' is tagged ns by jieba but is no name)."""
        return all(r.proper for r in self.cedict.readings(word))

    def in_jieba(self, word: str) -> bool:
        return self.known(word)

    def _find_pos(self, word: str) -> str:
        d = self.domain.get(word)
        if d is not None:
            return d.pos
        p = self.phrases.index.get(word)
        if p is None:
            return "v" if self.modified_verb(word) else self.cedict.tag(word)
        return phrase_pos(word, p.en, self.cedict.tag)

    def modified_verb(self, word: str, parts: list[str] | None = None) -> list[str] | None:
        """The parts of a word CC-CEDICT lacks that is an adjective or adverb and a verb, each
        a word of two characters or more (广泛开展 "extensively carry out"): a verb phrase,
        whatever tag jieba's dictionary gives it (nr for 广泛开展, 隆重庆祝); else None.
        `parts`: the word's `split`, where the caller has it already."""
        if len(word) < 4 or self.cedict.readings(word):
            return None
        parts = self.split(word) if parts is None else parts
        if len(parts) != 2 or min(map(len, parts)) < 2 or self.pos(parts[0]) not in MODIFIER_TAGS \
                or self.pos(parts[1]) not in VERB_TAGS:
            return None
        return parts

    def _render(self, word: str) -> tuple[str, bool]:
        p = self.phrases.get(word)
        if p is not None:
            return p.en, False
        d = self.domain.get(word)
        if d is not None:
            return d.en, False
        en = self.renderings.get(word) if self.renderings is not None else dictionary_english(self.cedict, word)
        if en:
            return en, False
        tag = self.cedict.tag(word)
        parts = self.split(word) if len(word) > 1 else []
        # A word jieba's HMM made up may be a name (库皮扬斯克, 王晨) or a word (纠治, 堵点).
        guessed = not self.in_jieba(word) and not FUNCTION_CHARS.intersection(word)
        name = tag in NAME_TAGS or tag in PERSON_TAGS or (guessed and names.looks_like_name(word))
        if parts and self.modified_verb(word, parts):
            return f"{self.adverb(parts[0]) or self.render(parts[0])[0]} {self.render(parts[1])[0]}", False
        if parts and (any(len(p) > 1 for p in parts) or (tag not in NAME_TAGS and not guessed)):
            return join_parts([self.part_english(parts, k) for k in range(len(parts))], parts), False
        if not name:
            return word, False  # no English known and no name: the Chinese stays (untranslated)
        pinyin = names.pinyin_word(word)  # a name jieba knows and CC-CEDICT does not: 华辰
        return (pinyin.capitalize() if tag in NAME_TAGS else pinyin), True

    def part_english(self, parts: list[str], k: int) -> str:
        """The English of parts[k] in a word rendered by its parts: its own, but none for the
        general classifier after a numeral (四个 "four", not "four individual": CC-CEDICT 个
        "(classifier used before a noun that has no specific classifier)", jieba tags m, q)."""
        part = parts[k]
        if k and len(part) == 1 and self.cedict.tag(part) == "q" and self.cedict.tag(parts[k - 1]) == "m" \
                and any(_GENERAL_CLASSIFIER.match(x) for r in self.cedict.readings(part) for x in r.senses):
            return ""
        return self.render(part)[0]

    def is_word(self, word: str) -> bool:
        """Whether `word` is a word of the domain lexicon, CC-CEDICT, jieba's dictionary or
        the glossary (memoised)."""
        return self._words[word]

    def mended(self, zh: str, tokens: tuple[Span, ...], words: Sequence[str] | None = None) -> tuple[Span, ...]:
        """jieba's words of `zh` with three mis-cuts of official text mended where the
        dictionaries know a better word: a pair no dictionary knows (jieba's HMM guessed it)
        gives its first character to the word before or its last to the word after where
        that makes a word (赤字|率拟 → 赤字率|拟, 可降|至 → 可|降至); a function character
        of the 以…为 frame heading a pair gives up the pair's second character to a single
        character after it (以…为主|线 → 为|主线); two single characters that make a word are
        one (人|道|救助 → 人道|救助). Function characters never join a word here. Only the
        words next to a single character or a guess are looked at (`_mend_flags`, memoised).
        `words`: the tokens' words, where the caller has them."""
        words = [zh[a:b] for a, b in tokens] if words is None else words
        flags = self._mend_flags
        # Only a pair whose second word is a single character or a guess can be mended
        # (`_mended_end`): the k before each such word, in order
        mends = map(_MENDS_BEFORE.__and__, map(flags.__getitem__, words[1:]))
        at = list(itertools.compress(range(len(words) - 1), mends))
        if not at:
            return tokens  # most sentences: no single character, no guess
        cut = [b for _, b in tokens]  # where each word ends; mending moves or drops ends
        done = -1  # the last word of a mended pair: not mended again
        for k in at:
            if k > done and (end := self._mended_end(words, k, flags, cut[k])) != cut[k]:
                cut[k], done = end, k + 1
        if done < 0:
            return tokens
        ends = [c for c in cut if c > 0]
        return tuple(zip([tokens[0][0], *ends[:-1]], ends))

    def _flags(self, w: str) -> int:
        """What mending needs to know of a word: _SINGLE, _GUESS, _FRAME (or 0)."""
        if not _HAN_RUN.match(w):
            return 0
        if len(w) == 1:
            return 0 if w in FUNCTION_CHARS else _SINGLE
        if len(w) != 2 or w[1] in FUNCTION_CHARS:
            return 0
        return (_FRAME if w[0] in _FRAME_CHARS else 0) | (0 if self.is_word(w) else _GUESS)

    def _mended_end(self, words: Sequence[str], k: int, flags: dict[str, int], end: int) -> int:
        """Where words[k] should end, followed by words[k + 1] (see `mended`): -1 to make the
        two one. A guess after a figure keeps its first character (2|号线|上: no 线上)."""
        w, nxt = words[k], words[k + 1]
        fw, fn = flags[w], flags[nxt]
        after_figure = k > 0 and words[k - 1][-1:].isdigit()
        if fn & _SINGLE and (fw & _FRAME or (fw & _GUESS and not after_figure)):
            return end - 1 if self.is_word(w[1] + nxt) else end  # 为主|线 → 为|主线, 可降|至 → 可|降至
        if fw & _SINGLE and fn & _SINGLE:
            return -1 if self.is_word(w + nxt) else end  # 人|道 → 人道
        if fn & _GUESS and nxt[0] not in FUNCTION_CHARS and _HAN_RUN.match(w) and self.is_word(w + nxt[0]):
            return end + 1  # 赤字|率拟 → 赤字率|拟
        return end

    def verb_sense(self, word: str) -> str:
        """The English of `word` used as a verb where it stands (把思想统一到…: 统一 "unify",
        not the first sense "unified"): the domain lexicon's, else CC-CEDICT's verb sense."""
        d = self.domain.get(word)
        if d is not None:
            return d.en
        readings = self.cedict.readings(word)
        return choose_sense(readings, "v") if readings else self.render(word)[0]

    def adverb(self, word: str) -> str:
        """The English of an adjective or adverb `word` before a verb (明显改善 "clearly
        improve", 大幅提高 "substantially raise"): its English if that is an adverb, else
        CC-CEDICT's first one-word -ly sense, else the -ly form of the first one-word
        adjective among its English and senses (显著 "outstanding, notable" → "notably",
        `adverb_form`), never of a word CC-CEDICT gives as the word's verb (落实 "implement",
        CC-CEDICT "to implement": no "implemently"; 尊重 "to respect"); "" if there is none
        (memoised)."""
        got = self._adverbs.get(word)
        if got is None:
            en = self.render(word)[0]
            senses = [x for r in self.cedict.readings(word) for x in r.senses]
            verbs = {x[3:] for sense in senses for x in sense.split("; ") if x.startswith("to ")}
            got = en if en.endswith("ly") else next(
                (x for x in senses if x.endswith("ly") and x.isalpha()),
                next((a for x in (en, *senses) if x not in verbs and (a := adverb_form(x))), ""))
            self._adverbs[word] = got
        return got

    def untranslated(self, word: str) -> bool:
        """Whether the lexicon has no English for `word` and it is no name (render keeps the
        Chinese)."""
        return self.render(word)[0] == word and bool(_HAN_RUN.match(word))

    def name_pinyin(self, word: str) -> str:
        """`word` as a name in pinyin (稍峪 before 马元矿区: Shaoyu), for a word the lexicon
        leaves untranslated that its context shows to be a name."""
        return names.pinyin_word(word).capitalize()

    def split(self, word: str) -> list[str]:
        """Forward maximum matching into dictionary words; [] unless every part is known."""
        parts, i = [], 0
        while i < len(word):
            for j in range(len(word), i, -1):
                piece = word[i:j]
                if piece != word and (piece in self.domain or piece in self.cedict):
                    parts.append(piece)
                    i = j
                    break
            else:
                return []
        return parts


def load_lexicon(tokenizer: Tokenizer, phrases: PhraseTable | None = None) -> Lexicon:
    """The lexicon of a run: the shared CC-CEDICT index and its headwords' renderings, the
    phrase table (default: the shipped one), the domain lexicon, and the words the run's
    tokenizer knows (jieba's dictionary and the glossary's terms)."""
    from pipeline.zh import renderings
    from pipeline.zh.cedict import shared

    return Lexicon(shared(), tokenizer.known, phrases, renderings.shared(dictionary_english))
