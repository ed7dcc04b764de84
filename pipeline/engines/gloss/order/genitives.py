"""Number and ownership in noun phrases: plurals after quantifiers (一批大项目 "a batch of
big projects") and the genitive of names, places and the Party before 的 (中国的GDP "China's
GDP", 党的 "the Party's"), of the country before a noun (中国经济 "China's economy")."""

from __future__ import annotations

from pipeline.engines.gloss.order.articles import ORGANISATION
from pipeline.engines.gloss.order.derive import ADJ, MASS, NOUN, is_
from pipeline.engines.gloss.order.diplomacy import TITLES
from pipeline.engines.gloss.order.line import NOUN_JOINERS, Line
from pipeline.engines.gloss.order.nominal import nounlike
from pipeline.engines.gloss.rules import plural
from pipeline.engines.gloss.units import word_unit

#: Words that quantify a plural noun phrase after them (一批 "a batch of", 各类 "all kinds of",
#: 一系列 "a series of": Li & Thompson, Mandarin Chinese, 4.2.3, quantifiers; English puts
#: the noun after them in the plural).
QUANTIFIERS = frozenset({"一批", "各类", "各种", "各级", "一系列", "若干", "诸多", "众多", "许多", "多项", "多种",
                         "多个", "一些", "各项", "各个", "多方面", "一大批", "数以万计"})
#: Most units of the noun phrase (or list of them) after a quantifier.
QUANTIFIED_UNITS = 6
#: Nouns lemminflect counts that policy English leaves in the singular after a quantifier:
#: people is a plural already (惠民政策 "policies benefiting the people"), and work, staff
#: collective (各项工作 "all work": GWR English, e.g. 2019 "all our work").
UNCOUNTED = frozenset({"people", "work", "staff"})
#: Words that make a rendering a phrase whose last word is not its head ("policies benefiting
#: the people", "rate of growth"): such a rendering keeps its number.
CLAUSE_WORDS = frozenset({"of", "the", "to", "for", "and", "with", "in", "on"})


def quantified_plurals(line: Line) -> None:
    """精心谋划一批大项目好项目 → "a batch of big projects, good projects": after a
    quantifier, each noun that ends a run of nouns and adjectives takes the plural (a count
    noun's, in lemminflect's table; a glossary rendering stays as it is)."""
    for q in line.find(QUANTIFIERS):
        end = min(len(line.units), q + 1 + QUANTIFIED_UNITS)
        j = q + 1
        while j < end:
            u = line.units[j]
            if u.zh in NOUN_JOINERS and j > q + 1:  # 一批大项目、好项目: the list's nouns too
                j += 1
                continue
            if u.kind != "word" or line.tag(j) not in ("n", "vn", "a", "b", "an", "nz", "j"):
                break
            n = line.next(j)
            last_of_run = n is None or line.units[n].kind != "word" or line.tag(n) not in ("n", "vn", "nz", "j")
            words = u.en.split()
            word = words[-1] if words else ""
            if (last_of_run and line.tag(j) in ("n", "vn", "nz", "j") and is_(word, NOUN) and not is_(word, MASS)
                    and word not in UNCOUNTED and not any(w in CLAUSE_WORDS or w.endswith("ing") for w in words[:-1])):
                line.set_en(j, plural(u.en))
            j += 1



#: Possessors whose English takes 's before the noun after 的 (Quirk et al. 5.115-5.118: the
#: genitive of names, places and collective bodies): jieba's tags of names and places and
#: organisations, and the words official English writes as a genitive (党的 "the Party's";
#: 我国的 "China's", as GWR English renders 我国 before a noun).
POSSESSOR_TAGS = frozenset({"ns", "nr", "nrfg", "nrt", "nt"})
POSSESSORS = {"党": "", "我国": "China", "中国": "", "祖国": "", "政府": "", "人民": ""}
#: The country as the owner of a common noun right after it, without 的 (中国经济 "China's
#: economy", 我国宗教 "China's religions", 日本经济 "Japan's economy", 美国政府 "the US
#: government", 中方立场 "China's position": Xinhua, China Daily and fmprc English).
COUNTRY_OWNERS = {"中国": "China's", "我国": "China's", "日本": "Japan's", "俄罗斯": "Russia's", "印度": "India's",
                  "德国": "Germany's", "法国": "France's", "英国": "Britain's", "澳大利亚": "Australia's",
                  "以色列": "Israel's", "乌克兰": "Ukraine's", "美国": "the US", "两国": "", "中方": "China's"}
#: The people of a country or of both (中国人民 "the Chinese people", 两国人民 "the two peoples":
#: fmprc English, 符合两国人民根本利益 "serves the fundamental interests of the two peoples").
PEOPLES = {"中国": "the Chinese people", "我国": "the Chinese people", "两国": "the two peoples"}
PEOPLE = "人民"
#: A ministry's English name, which the country before it owns (China Daily: 中国教育部 "China's
#: Ministry of Education"; the China Meteorological Administration is a name of its own).
MINISTRY = "Ministry of "
#: The particle of the genitive.
DE = frozenset({"的"})
#: Unit kinds that are names (claims).
NAME_KINDS = frozenset({"place", "person"})


def possessives(line: Line) -> None:
    """中国的GDP → "China's GDP", 党的宗教工作 → "the Party's religious work": a name, a place
    or a possessor of POSSESSORS that alone makes the modifier before 的 (no noun before it)
    takes 's, the noun after 的 stays where it is."""
    for k in line.find(DE):
        p, n = line.prev(k), line.next(k)
        if p is None or n is None:
            continue
        u = line.units[p]
        if not (u.kind in NAME_KINDS or (u.kind == "word" and (line.tag(p) in POSSESSOR_TAGS or u.zh in POSSESSORS))):
            continue
        if not (nounlike(line, n) or line.tag(n) == "a" or line.units[n].kind == "num") \
                or line.units[n].en.startswith(("the ", "The ")):
            continue  # 党的二十大 "the 20th CPC National Congress": the owner is in the name
        before = line.prev(p)
        if before is not None and (nounlike(line, before) or line.zh(before) in ("和", "与", "及", "、", "的")):
            continue  # 党和国家的 / 城市的: a longer modifier, the of-phrase rule's
        en = POSSESSORS.get(u.zh) or u.en
        if not en or " of " in en or en.endswith(("'s", "'")) or not en.removeprefix("the ")[:1].isupper():
            continue  # a common word's English (人民 "the people") takes no genitive here
        line.set_en(p, en + ("'" if en.endswith("s") else "'s"))


def country_owners(line: Line) -> None:
    """中国经济发展 → "China's economic development": 中国 or 我国 right before a common noun
    of two or more characters owns it (中国人 cut 中国|人 is "Chinese": no owner)."""
    compounds(line)
    for k in line.find(COUNTRY_OWNERS):
        n = line.next(k)
        if n is not None and line.zh(n) == PEOPLE and line.zh(k) in PEOPLES:
            peoples(line, k, n)
            continue
        owner = COUNTRY_OWNERS[line.zh(k)]
        if n is None or not owner or line.units[k].en.endswith("'s"):
            continue
        head = line.units[n].en
        if line.units[n].kind in ("word", "term") and ((head.isupper() and head.isalpha()) or line.zh(n) in TITLES or (
                head[:1].isupper() and " " in head and ORGANISATION.match(head))):
            line.set_en(k, owner)  # 中国国内生产总值 "China's GDP", 中国教育部 "China's Ministry of Education"
            continue
        if line.units[n].kind != "word" or line.tag(n) not in ("n", "vn") or len(line.zh(n)) < 2:
            continue
        head = line.units[n].en
        after = line.next(n)
        adjective = is_(head, ADJ) and not is_(head, NOUN)  # 中国经济发展 "China's economic development"
        if head[:1].islower() and not head.startswith(("the ", "a ")) and not (
                adjective and (after is None or not nounlike(line, after))):
            line.set_en(k, owner)


def compounds(line: Line) -> None:
    """A word jieba makes of the country and a noun, rendered word by word (美国政府 "United
    States government" → "the US government", 两国人民 "both countries the people" → "the two
    peoples"): the country's part as its owner."""
    for k, u in enumerate(line.units):
        country = next((u.zh[:n] for n in (2, 3) if u.zh[:n] in COUNTRY_OWNERS), "") if len(u.zh) >= 3 else ""
        if not country or u.kind != "word":
            continue
        rest = u.zh[len(country):]
        if rest == PEOPLE and country in PEOPLES:
            line.set_en(k, _genitive(line, k, PEOPLES[country]))
            continue
        part = line.lex.render(country)[0] + " "
        if not COUNTRY_OWNERS[country] or not u.en.startswith(part):
            continue
        if u.en[len(part):][:1].islower():
            line.set_en(k, f"{COUNTRY_OWNERS[country]} {u.en[len(part):]}")
        elif u.en.startswith(MINISTRY, len(part)):  # 中国教育部 "China's Ministry of Education" (中国气象局 a name)
            line.split(k, [word_unit(country, line.lex), word_unit(rest, line.lex)])
            line.set_en(k, COUNTRY_OWNERS[country])
            return  # (the indices after k have moved)


def _genitive(line: Line, k: int, en: str) -> str:
    """`en` (unit k's English) as a genitive where a noun follows it, after 的 or not."""
    after = line.next(k)
    if after is not None and line.zh(after) in DE:
        after = line.next(after)
    if after is not None and nounlike(line, after) and not line.units[after].en.startswith(("the ", "The ")):
        return en + ("'" if en.endswith("s") else "'s")
    return en


def peoples(line: Line, k: int, n: int) -> None:
    """中国人民 → "the Chinese people", 两国人民根本利益 → "the two peoples' fundamental interests":
    a genitive where a noun follows (after 的 or not)."""
    line.set_en(k, "")
    line.set_en(n, _genitive(line, n, PEOPLES[line.zh(k)]))
