"""国家 as a noun: "country" where it heads its noun phrase (70多个国家和国际组织 "over 70
countries and international organizations", was "over 70 nationals"; 这些国家 "these
countries"), "national" only before the noun it modifies (国家4A级景区 "national 4A-level
scenic area", the domain lexicon's rendering)."""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line

#: The word, and the English the domain lexicon and the figures' plurals give it, each with
#: the noun's.
COUNTRY = "国家"
AS_NOUN = {"national": "country", "nationals": "countries", "nationally": "country", "nationality": "country",
           "nation": "country",
           "nations": "countries"}
#: Tags of a word 国家 modifies (a noun after it): then it stays "national".
MODIFIED_TAGS = frozenset({"n", "vn", "nz", "j", "an", "ng", "l", "nt", ""})
#: Words that join 国家 to another modifier or noun.
JOINERS = frozenset({"和", "与", "及", "、"})
#: Words before a noun that make it plural (这些国家 "these countries").
MANY = frozenset({"这些", "那些", "一些", "许多", "很多", "多个", "众多", "各个", "有关", "相关", "其他"})
#: A count's English that is one (一个国家 "one country").
ONE = frozenset({"1", "one", "a", "an"})


def country_heads(line: Line) -> None:
    """国家 not before a noun (nor 的, whose rules make it "national" or the country's) is the
    noun "country": a clause mark, a verb, a figure, 和/与/、 or 都 after it; "countries"
    after a count or 这些."""
    units = line.units
    for k in line.find(frozenset({COUNTRY})):
        en = AS_NOUN.get(units[k].en)
        if en is None:
            continue
        after = line.next(k)
        if after is not None and (modified(line, after) or joined_modifier(line, after)):
            continue
        before = line.prev(k)
        if before is not None and (line.zh(before) in MANY or (
                units[before].kind == "num" and units[before].en.rsplit(" ", 1)[-1] not in ONE)):
            en = "countries"  # 157个国家, 这些国家
        line.set_en(k, en, "n")


def modified(line: Line, after: int) -> bool:
    """Whether the unit after 国家 is what it modifies: 的, a noun, a claimed term or name, a
    grade's code (国家4A级景区 "national 4A-level scenic area"), or a compound no dictionary
    tags (国家粮食安全 "national grain security": 粮食安全 is a noun of the phrase table)."""
    u = line.units[after]
    return (u.zh == "的" or (u.kind == "word" and line.tag(after) in MODIFIED_TAGS)
            or u.kind in ("term", "place", "person", "latin") or any(c.isascii() and c.isalpha() for c in u.zh))


def joined_modifier(line: Line, after: int) -> bool:
    """Whether 国家 is joined to another modifier (国家和省级考核 "national and provincial-level
    assessment")."""
    other = line.next(after) if line.zh(after) in JOINERS else None
    return other is not None and line.tag(other) in ("a", "b")
