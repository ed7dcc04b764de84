"""Rules that rewrite units in place once a sentence is cut: function words rendered by their
neighbours (将 + verb → will, X之一 → one of X), a trailing count before its noun (项目134项 → 134 projects), a quoted
term's head noun said once. Each is a small named function over the unit list."""

from __future__ import annotations

import re
from collections.abc import Collection

from pipeline.engines.gloss.units import CLOSING, TOGGLING, Unit, replace
from pipeline.zh.lexicon import FUNCTION_CHARS, VERB_TAGS, Lexicon

# Function words whose English depends on their neighbours (DROPPED ones have none anywhere).
CONTEXT_WORDS = frozenset({"将", "等", "是", "之一", "以", "来", "为", "按"})
#: English endings of a span of time that 来 after it makes "over the past ..." (五年来 "over the
#: past five years", GWR English).
SPAN_ENDINGS = ("years", "year", "months", "month", "days", "decades")
#: Measure words a count folds in (numbers.UNITS classifiers): 投资项目134项, 示范村15个.
MEASURE_WORDS = frozenset("项个座家所间条台辆批名处位件套栋幢部只头块支份张本艘颗枚架")
CLAUSE_ENDS = frozenset("，。；、：！？,.;:!?）)")
#: jieba tags a noun phrase before a trailing count is made of (nouns, adjectives, verbal nouns).
NP_TAGS = frozenset({"n", "vn", "an", "ng", "nz", "nt", "j", "s", "b", "a", "l", "ns"})
_BARE_COUNT = re.compile(r"(?:(?:over|about|nearly|more than) )?[0-9][0-9,.]*(?: (?:million|billion))?")
#: ... and of a noun phrase after a count: jieba's dictionary tags some common nouns as names
#: (卫星 "satellite" nr; right after the count only); a name's English is capitalised, and
#: `plural` leaves it be.
COUNTED_TAGS = NP_TAGS | {"nr"}
#: Last English words of a noun phrase's rendering that are no noun (people cared for).
NOT_NOUNS = frozenset({"for", "of", "in", "to", "with", "on", "by", "at", "from", "up", "out"})
#: jieba tags of the words that modify a verb right after them (adjectives, adverbs).
ADVERB_TAGS = frozenset({"a", "ad", "d"})
#: Most units a noun phrase after a count runs over.
HEAD_WORDS = 3
IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women",
                     "staff": "staff", "personnel": "personnel", "equipment": "equipment",
                     # already plural (domain.tsv 儿童 "children", 残疾人 "disabled people")
                     "children": "children", "people": "people", "men": "men", "women": "women"}
# Verbs whose "to" already introduces what 以 marks (坚持以X为指导 → adhere to X as the guide).
BARE_YI_AFTER = frozenset({"坚持", "始终坚持", "坚定不移"})
#: Modals before 以X为Y: the frame is their verb (要以X为主线 "must take X as the main line").
MODAL_YI_AFTER = frozenset({"要", "必须", "应", "应当", "应该", "需要", "将"})
#: ... their English before "take X as Y" (坚定不移 "unswervingly").
YI_CARRY_ON = {"坚持": "continue to", "始终坚持": "always", "坚定不移": "unswervingly"}


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
            # 将 + noun marks the object, like 把; 将把 "will" with the 把 after it
            en = "will" if pos in ("v", "d", "a") or (nxt is not None and nxt.zh == "把") else ""
        elif u.zh == "等":
            en = "and other" if pos == "n" else "etc."
        elif u.zh == "是" and k > 0 and units[k - 1].kind == "enum":
            en = ""
        elif u.zh == "为":
            en = figure_copula(units, k, u.en)
        elif u.zh == "按":
            en = basis(units, k, u.en)
        elif u.zh == "来":
            en = past_span(units, k, u.en)
        elif u.zh == "之一":
            one_of(units, k, lex)
            continue
        elif u.zh == "以" and previous_word(units, k) in BARE_YI_AFTER | MODAL_YI_AFTER:
            en = take_as(units, k)  # 坚持以X为中心: "continue to take X as the center"
        if en != u.en:
            units[k] = replace(u, en=en)


def basis(units: list[Unit], k: int, en: str) -> str:
    """按 X 计算 → "on a X basis" (按两年平均增速计算 "on a two-year average growth basis",
    China Daily/Xinhua English: "on a quarter-on-quarter basis"): 计算 closing the clause's
    phrase reads "basis"; else `en`."""
    for j in range(k + 2, min(k + 8, len(units))):
        v = units[j]
        if v.kind == "punct":
            return en
        if v.zh == "计算" and v.kind == "word":
            units[j] = replace(v, en="basis")
            return "on a"
    return en


def figure_copula(units: list[Unit], k: int, en: str) -> str:
    """为 between a noun and a figure that closes the clause states the figure (增长率为5.5%，
    "growth rate was 5.5%",
    而第三季度为3.9% "... was 3.9%": reports state figures of a past period); else `en`.
    Not after a verb (认定为, 调整为: "as"/"to", the verb's complement)."""
    j = next((i for i in range(k + 1, len(units)) if units[i].kind != "space"), None)
    if j is None or units[j].kind != "num" or not units[j].en[:1].isdigit():
        return en
    after = next((v for v in units[j + 1:] if v.kind != "space"), None)
    if after is not None and after.kind != "punct":
        return en  # 为4573名关爱对象帮办: "for", the figure counts a noun
    before = next((v for v in reversed(units[:k]) if v.kind != "space"), None)
    if before is None or before.kind in ("punct", "enum") or (before.kind == "word" and not before.en):
        return en
    if (before.kind == "word" and before.en.split(" ", 1)[0] in ("to", "be", "is")) or before.zh[-1:] in "定改整调分设":
        return en
    return "was"


def past_span(units: list[Unit], k: int, en: str) -> str:
    """来 closing a span of time that opens its clause (五年来，, 过去一年来，): the span reads
    "over the past ..." and 来 (and a 过去 before the span) no English; else 来 keeps `en`."""
    j = next((i for i in range(k - 1, -1, -1) if units[i].kind != "space"), None)
    if j is None or units[j].kind != "num" or not units[j].en.endswith(SPAN_ENDINGS):
        return en
    before = next((i for i in range(j - 1, -1, -1) if units[i].kind != "space"), None)
    past = before if before is not None and units[before].zh == "过去" and units[before].kind == "word" else None
    if past is not None:
        before = next((i for i in range(past - 1, -1, -1) if units[i].kind != "space"), None)
    if before is not None and units[before].kind != "punct":
        return en  # 通水9年来: "since ... 9 years ago", not a span opening the clause
    if past is not None:
        units[past] = replace(units[past], en="")
    span = units[j].en.removeprefix("one ")  # 一年来: "over the past year"
    units[j] = replace(units[j], en="over the past " + span)
    return ""


def take_as(units: list[Unit], k: int) -> str:
    """以 after 坚持 (BARE_YI_AFTER) when 为 follows in its clause: 坚持以X为Y → "continue to
    take X as Y" (the verb before it reads "continue to", `CARRY_ON`); else no English (坚持
    以X指导 → "adhere to X ...")."""
    for v in units[k + 2:]:
        if v.kind == "punct" and v.zh in CLAUSE_ENDS and v.zh != "、":  # a list may stand between
            break
        if v.kind == "word" and (v.zh == "为" or (v.zh[0] == "为" and v.en.startswith("as "))):  # 为指导
            j = next(i for i in range(k - 1, -1, -1) if units[i].kind != "space")
            if units[j].kind == "word":
                units[j] = replace(units[j], en=YI_CARRY_ON.get(units[j].zh, units[j].en))
                return "take"
            break
    return ""


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


def adverbs_before_verbs(units: list[Unit], lex: Lexicon, adverbs: Collection[str] | None = None) -> None:
    """明显改善 → "clearly improve", 严格落实 → "strictly implement": an adjective or adverb
    of two characters or more (jieba a/ad/d; 市 "municipal" is none) right before a verb takes its
    adverb's English (`Lexicon.adverb`). `adverbs`: words that include every such adjective
    or adverb of the units (the segmenter's memo), to look only at those."""
    at = range(len(units) - 1) if adverbs is None else [k for k, u in enumerate(units[:-1]) if u.zh in adverbs]
    for k in at:
        u = units[k]
        if u.kind != "word" or len(u.zh) < 2 or lex.pos(u.zh) not in ADVERB_TAGS or u.en.endswith("ly"):
            continue
        v = units[k + 1]
        if v.kind != "word" or lex.pos(v.zh) not in VERB_TAGS:
            continue
        if k > 0 and units[k - 1].kind == "word" and lex.pos(units[k - 1].zh) in VERB_TAGS:
            continue  # 提供有效支撑: "provide effective support", the verb's object
        en = lex.adverb(u.zh)
        if en and en != u.en:
            units[k] = replace(u, en=en)


def plural_after_counts(units: list[Unit], lex: Lexicon) -> None:
    """设立5个国家公园 → "set up 5 national parks": a count of more than one with its measure
    word, right before a noun phrase (nouns and adjectives, at most HEAD_WORDS), gives the
    phrase's last word the plural; a glossary rendering only as an ending (so it stays
    verbatim). Counts before their noun only (a count closing the clause: counts_before_nouns)."""
    for k, u in enumerate(units):
        if u.kind != "num" or u.zh[-1:] not in MEASURE_WORDS or not _BARE_COUNT.fullmatch(u.en) \
                or u.en in ("1", "one"):
            continue
        last = None
        for j in range(k + 1, min(k + 2 + HEAD_WORDS, len(units))):
            v = units[j]
            tag = lex.pos(v.zh) if v.kind == "word" else ""
            if v.kind not in ("word", "term") or not v.en or (v.kind == "word" and tag not in COUNTED_TAGS) \
                    or (tag == "nr" and j > k + 1):
                break  # (a name's tag only right after the count: 梯队呼啸而过's 呼啸而过 is no noun)
            last = j
        if last is None or last - k > HEAD_WORDS:
            continue  # no noun, or a longer phrase whose head is not sure
        after = units[last + 1] if last + 1 < len(units) else None
        if after is not None and after.kind == "word" and lex.pos(after.zh) == "f":
            continue  # 5.6万家规模以上企业: the noun is part of 规模以上, not the head
        head = units[last]
        if len(head.zh) < 2 or head.en.rpartition(" ")[2] in NOT_NOUNS:
            continue  # 14项市列重大项目: 市 "municipal" no head; "people cared for"
        many = plural(head.en)
        if head.kind == "word" or many.startswith(head.en):
            units[last] = replace(head, en=many)


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
