"""Words jieba made of a word and a suffix (平衡性, 财政性, 利用率, 参与度) that the lexicon
renders by their parts ("balance nature", "use lead"): their English is the noun or the
adjective the suffix makes of the stem ("balance", "fiscal", "utilization rate"). And
compounds rendered by their parts that open with a noun English uses as an adjective
(经济指标 "economic indicator")."""

from __future__ import annotations

from pipeline.engines.gloss.order.attributes import ADJECTIVES
from pipeline.engines.gloss.order.derive import ADJ, NOUN, VERB, adjective_of_noun, is_, noun_of_adjective, noun_of_verb
from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.nominal import TARGET_TAGS, noun_form, nounlike
from pipeline.zh.lexicon import VERB_TAGS, Lexicon

#: Suffixes that make a noun or an adjective of the word before them (Chao, A Grammar of
#: Spoken Chinese, 4.4: 性 "-ness, -ity", 化 "-ize", 率 "rate", 度 "degree"), and the
#: English the lexicon gives them alone, which a word rendered by its parts ends in.
SUFFIX_EN = {"性": "nature", "化": "-ization", "率": "lead", "度": "pass"}

def suffix_words(line: Line) -> None:
    """平衡性 "balance nature" → "balance", 财政性教育经费 → "fiscal education funds", 利用率 "use
    lead" → "use rate", 参与度 → "participation": a word the lexicon rendered by its parts
    (stem and suffix) takes the noun of its stem at the head of a phrase, its adjective before
    a noun."""
    for k, u in enumerate(line.units):
        if u.kind == "word" and u.zh == "性" and k > 0:
            cut_suffix(line, k)  # 改善|性: jieba cut the suffix off (性 alone is no other word)
            continue
        if u.kind != "word" or len(u.zh) < 2 or u.zh[-1] not in SUFFIX_EN or not u.en.endswith(SUFFIX_EN[u.zh[-1]]):
            continue
        stem_zh, suffix = u.zh[:-1], u.zh[-1]
        stem = line.lex.render(stem_zh)[0]
        if u.en != f"{stem} {SUFFIX_EN[suffix]}" or " " in stem:
            continue  # a word the dictionaries know, or a stem of many words
        n = line.next(k)
        paired = n is not None and line.zh(n)[-1:] == suffix and len(line.zh(n)) > 1  # 平衡性协调性
        if n is not None and line.zh(n) == "的":  # 间歇性的冲突: a modifier before 的 too
            n = line.next(n)
        modifier = n is not None and not paired and nounlike(line, n) and line.units[n].kind == "word"
        en = suffixed(line.lex, stem_zh, stem, suffix, modifier)
        if en:
            line.set_en(k, en + (" and" if paired else ""), "b" if modifier and suffix == "性" else "n")


def cut_suffix(line: Line, k: int) -> None:
    """A suffix jieba cut off its stem (改善|性住房需求): the stem takes the English of the
    two (its adjective or noun, as suffix_words), the suffix none."""
    stem_unit, suffix = line.units[k - 1], line.zh(k)
    if stem_unit.kind != "word" or line.units[k].en != SUFFIX_EN[suffix] or " " in stem_unit.en:
        return
    n = line.next(k)
    modifier = n is not None and nounlike(line, n) and line.units[n].kind == "word"
    en = suffixed(line.lex, stem_unit.zh, stem_unit.en, suffix, modifier)
    if en:
        line.set_en(k - 1, en, "b" if modifier and suffix == "性" else "n")
        line.set_en(k, "")


def suffixed(lex: Lexicon, stem_zh: str, stem: str, suffix: str, modifier: bool) -> str:
    """The English of stem + suffix (see suffix_words); "" if none is known."""
    tag = lex.pos(stem_zh)
    if suffix == "率":
        return f"{noun_form(lex, stem_zh, stem, tag) or stem} rate"
    if suffix == "化":
        verb = stem + "ize" if is_(stem + "ize", VERB) else stem[:-1] + "ize" if is_(stem[:-1] + "ize", VERB) else ""
        return noun_of_verb(verb) if verb else ""
    if suffix == "性" and modifier:
        adjective = ADJECTIVES.get(stem_zh) or (stem if is_(stem, ADJ) else adjective_of_noun(stem))
        if adjective:
            return adjective
    if is_(stem, ADJ) and (noun := noun_of_adjective(stem)):
        return noun  # 优越性 "superior" → "superiority"
    if is_(stem, NOUN) and (tag not in VERB_TAGS or not is_(stem, VERB)):
        return stem
    return noun_form(lex, stem_zh, stem, tag if tag in TARGET_TAGS else "a" if is_(stem, ADJ) else "v")



def compound_modifiers(line: Line) -> None:
    """经济指标 "economy indicator" → "economic indicator", 产业政策 "industry policies" →
    "industrial policies": a compound the lexicon rendered by its parts, opening with a noun
    of attributes.ADJECTIVES, takes that noun's adjective (as noun_modifiers does for two
    words side by side)."""
    for k, u in enumerate(line.units):
        adjective = ADJECTIVES.get(u.zh[:2]) if len(u.zh) > 2 else None
        if adjective is None or u.kind != "word" or line.tag(k):
            continue
        first = u.zh[:2]
        noun = line.lex.render(first)[0] + " "
        if u.en.startswith(noun) and len(u.en) > len(noun):
            line.set_en(k, adjective + " " + u.en[len(noun):])
