"""Modifiers that Chinese puts before their noun and English after it: a long X的Y
("the Y of X") and a list closed by 等 ("Y such as A, B and C")."""

from __future__ import annotations

from pipeline.engines.gloss.order.english import with_article
from pipeline.engines.gloss.order.line import CLOSING_QUOTES, INNER_MARKS, OPENING_QUOTES, Line
from pipeline.engines.gloss.rules import plural
from pipeline.zh.lexicon import VERB_TAGS

DE, DENG = frozenset({"的"}), frozenset({"等"})
#: Postpositions that close a 在 frame (frames.FRAMES' words).
FRAME_WORDS = frozenset({"中", "上", "下", "里", "内", "方面", "之中", "当中"})
#: Words that end the modifier before 的 (it starts after them): prepositions, verbs of
#: being and taking-as, particles.
LEFT_STOPS = frozenset({"把", "将", "是", "为", "作为", "成为", "以", "在", "的", "了"})
#: ... of the list before 等 (的 may stand inside an item).
LIST_STOPS = LEFT_STOPS - {"的"}
#: Joiners a modifier runs across only between two verbs (坚持和完善…的: "of upholding and
#: improving ..."); between nouns they may join the whole phrase (A的B和C的D).
AND = frozenset({"和", "与", "及", "并"})
#: Prepositions a modifier keeps at its start, with no "of" ("cooperation with X").
KEEPS_PREPOSITION = frozenset({"同", "与", "对", "对于", "关于"})
#: Tags of determiners and numerals (一个, 这个, 各类): they stay before the noun.
DETERMINER_TAGS = frozenset({"m", "mq", "q", "r", "rz", "rr"})
#: Tags of the words a head noun after 的 or 等 is made of (no time words: 今天 stands alone).
HEAD_TAGS = frozenset({"n", "vn", "an", "ng", "nz", "nt", "j", "l", "b", "a", "i", "ns", "nr"})
#: Tags of the words that make a modifier worth moving (a noun or a verb: 实实在在的 stays).
CONTENT_TAGS = frozenset({"n", "vn", "nz", "nt", "j", "l", "ns", "nr", "nrt", "nrfg", "i"}) | VERB_TAGS
#: A modifier of this many English words or more goes after its noun (国家的 "national" stays).
LONG = 3
#: Most units in the noun after 的 or 等 (a longer run is a clause of its own).
HEAD_UNITS = 4


def head_after(line: Line, k: int, listed: bool = False, compounds: bool = False) -> int:
    """End (exclusive) of the noun phrase right after unit k (nouns, adjectives, 和 between
    nouns, at most HEAD_UNITS) when a verb, a preposition or a mark follows it; k + 1 if
    there is none, or if more follows (之年, 一年: the noun goes on); `listed`: a 、 may
    follow (the noun after 等 is one item of a longer list), else it may not (the nouns after
    的 are a list: 世界的和平、稳定、繁荣); `compounds`: a compound jieba has no tag for
    may be the noun (关键作用)."""
    end, j, count = k + 1, k + 1, 0
    while j < len(line.units) and count < HEAD_UNITS:
        u = line.units[j]
        if u.kind == "space":
            j += 1
            continue
        joiner = u.kind == "word" and u.zh in ("和", "与", "及") and count > 0
        noun = u.kind in ("term", "place", "person") or (u.kind == "word" and (
            line.tag(j) in HEAD_TAGS or (compounds and compound(line, j))))
        if not (noun or joiner) or u.zh in LEFT_STOPS:
            break
        count += 1
        j += 1
        if not joiner:
            end = j
    if end == k + 1:
        return end
    last = line.prev(end)
    if last is not None and line.units[last].kind == "word" and line.tag(last) in ("a", "b"):
        return k + 1  # 重要指示: an adjective last, the noun goes on as a word read as a verb
    after = line.next(end - 1)
    if after is not None and line.zh(after) == "、" and not listed and not modified_next(line, after):
        return k + 1  # 世界的和平、稳定、繁荣: a list of nouns, not one to move
    if after is None or line.is_mark(after) or line.tag(after) in ("p", "c", "d") or line.zh(after) == "的":
        return end
    following = line.next(after)
    if line.is_verb(after) and following is not None and not line.is_mark(following):
        return end
    return k + 1  # more of the noun follows (之年, 一年, 部署安排)


def compound(line: Line, k: int) -> bool:
    """Whether unit k is a compound jieba has no tag for, rendered by its parts in plain
    English words (关键作用 "key role"; not 诞生地 "born -ly")."""
    en = line.units[k].en
    return not line.tag(k) and en[:1].islower() and all(w.isalpha() for w in en.split())


def modified_next(line: Line, comma: int) -> bool:
    """Whether the list item after the 、 at `comma` is a noun with its own 的 (消费的基础作用、
    投资的关键作用: a list of modified nouns, each moved on its own)."""
    m = line.next(comma)
    m2 = line.next(m) if m is not None else None
    return m2 is not None and line.zh(m2) == "的"


def modified_item(line: Line, comma: int, start: int) -> bool:
    """Whether the list item before the 、 at `comma` holds a 的 of its own."""
    for j in range(comma - 1, start - 1, -1):
        if line.zh(j) == "的":
            return True
        if line.is_mark(j):
            return False
    return False


def modifier_start(line: Line, k: int) -> int | None:
    """First unit of the modifier before 的 at k: back over nouns, lists, quotations and
    adverbs; over a verb only when the modifier is a clause opening at a preposition or 作为
    (全面推进乡村振兴的任务: "the task of advancing ..."), else from after that verb (the
    clause's own); None where a quotation is not closed."""
    start = line.clause_start(k)
    j = k
    while j > start:
        p = j - 1
        u = line.units[p]
        if u.zh == "、" and modified_item(line, p, start):
            return j  # 消费的基础作用、投资的关键作用: the modifier is 投资 alone
        if u.kind == "space" or u.zh == "、":
            j = p
            continue
        if u.zh in CLOSING_QUOTES:  # a quotation is taken whole
            opening = next((i for i in range(p - 1, start - 1, -1) if line.zh(i) in OPENING_QUOTES), None)
            if opening is None:
                return None
            j = opening
            continue
        if u.zh in KEEPS_PREPOSITION:
            return p
        if u.kind == "punct" or u.zh in LEFT_STOPS or line.tag(p) == "p" or (
                u.kind == "word" and line.tag(p) in DETERMINER_TAGS):
            return j
        if u.zh in AND and not (line.is_verb(p - 1) and line.is_verb(j)):
            return j
        if line.is_verb(p):
            q = verb_phrase_start(line, p, start)
            if q > start and line.zh(q - 1) in KEEPS_PREPOSITION:
                return q - 1
            opened = q > start and (line.zh(q - 1) in LEFT_STOPS or line.tag(q - 1) == "p")
            return q if opened else j  # else the clause's own verb: the modifier starts after it
        j = p
    return j


def verb_phrase_start(line: Line, p: int, start: int) -> int:
    """First unit of the verbs ending at p: back over adverbs and over 和 between verbs."""
    q = p
    while q > start:
        if line.tag(q - 1) in ("d", "ad") or line.units[q - 1].kind == "space":
            q -= 1
        elif q - 2 >= start and line.zh(q - 1) in AND and line.is_verb(q - 2):
            q -= 2
        else:
            break
    return q


def worth_moving(line: Line, first: int, k: int) -> bool:
    """A modifier of LONG words or more, with a noun or verb in it; or one common noun
    (消费的基础作用 "the basic role of consumption": English has no genitive for it)."""
    words = sum(len(line.units[j].en.split()) for j in range(first, k) if not line.is_mark(j))
    content = any(line.units[j].kind in ("term", "place", "person", "num")
                  or (line.units[j].kind == "word" and line.tag(j) in CONTENT_TAGS) for j in range(first, k))
    return (words >= LONG and content) or common_noun(line, first, k)


#: Tags of a common noun that makes a modifier "of" it alone.
COMMON_NOUN_TAGS = frozenset({"n", "vn"})
#: Verbs whose object is most often a whole modified noun (发挥消费的基础作用 "give play to the
#: basic role of consumption"), not a verb phrase modifying the noun after 的 (推动增长的政策
#: "policies promoting growth"): verbs of bringing out and strengthening a role or quality.
NOUN_OBJECT_VERBS = frozenset({"发挥", "充分发挥", "发挥好", "增强", "提高", "提升", "加强", "维护", "激发", "彰显",
                               "体现", "重视", "尊重", "保护", "巩固"})
_NOUN_OBJECT_ENDS = tuple(sorted(NOUN_OBJECT_VERBS))  # 不断提高 ends in one


def common_noun(line: Line, first: int, k: int) -> bool:
    """Whether units[first:k] is one word, a common noun whose English is lower case, that
    follows a verb of NOUN_OBJECT_VERBS or a list comma after another modified noun
    (消费的基础作用、投资的关键作用); not after a joiner (机械和设备的支出: the modifier
    is the whole list), 的 (取得的成就的总结) or another verb (推动增长的政策)."""
    u = line.units[first]
    before = line.prev(first)
    if before is not None and not (line.zh(before).endswith(_NOUN_OBJECT_ENDS) or (
            line.zh(before) == "、" and modified_item(line, before, line.clause_start(before)))):
        return False
    return (line.next(first) == k and u.kind == "word" and line.tag(first) in COMMON_NOUN_TAGS
            and u.en[:1].islower() and not u.en.startswith("the "))


def of_modifiers(line: Line) -> None:
    """全面推进乡村振兴的底线任务 → "the bottom-line task of advancing rural revitalization on
    all fronts": a long modifier goes after its noun, with "of" (none after a preposition:
    同长三角的交流合作 → "exchanges and cooperation with the Yangtze River Delta")."""
    done = len(line.units)  # the first unit of the last modifier moved: 的 before it only
    for k in line.find(DE):
        if k >= done:
            continue
        head_end = head_after(line, k)
        first = modifier_start(line, k)
        if head_end == k + 1 and first is not None and first < k and common_noun(line, first, k):
            head_end = head_after(line, k, compounds=True)  # 投资的关键作用: a compound head, a one-noun modifier
        if head_end == k + 1 or first is None or first >= k or not worth_moving(line, first, k):
            continue
        last = line.prev(k)
        if last is None or not (line.is_noun(last) or line.zh(last) in CLOSING_QUOTES):
            continue  # 相互促进的循环: a modifier ending in a verb or an unknown word stays
        if first > 0 and line.zh(first - 1) in ("在", "于") and last is not None and line.zh(last) in FRAME_WORDS:
            continue  # 在合理水平上的稳定: a frame, the 在 rule's
        line.set_en(k, "" if line.zh(first) in KEEPS_PREPOSITION else "of")
        head = line.next(k) or k + 1
        before = line.prev(first)
        bare = before is None or line.is_mark(before) or line.is_verb(before) or line.tag(before) == "p"
        if bare and line.units[head].kind in ("word", "term"):  # a term's rendering stays inside
            line.set_en(head, with_article(line.units[head].en))
        line.move(k, head_end, first)  # 的 and its noun before the modifier ...
        line.move(first, first + 1, first + head_end - k)  # ... and "of" after the noun
        done = first


def such_as(line: Line) -> None:
    """“包抓联”“六必访”等制度 → 'systems such as "..." and "..."': the noun after 等 goes
    before the list, 等 reads "such as", the list's last 、 reads "and"."""
    for k in line.find(DENG):
        head_end = head_after(line, k, listed=True)
        if head_end == k + 1:
            continue
        first = list_start(line, k)
        if first is None or first == k:
            continue
        commas = [j for j in range(first, k) if line.zh(j) == "、"]
        if commas and not any(line.zh(j) in ("和", "及", "与") for j in range(commas[-1], k)):
            line.set_en(commas[-1], "and")
        last = line.prev(head_end)
        if last is not None and line.units[last].kind == "word":
            line.set_en(last, plural(line.units[last].en))
        line.set_en(k, "such as")
        line.move(k, head_end, first)  # 等 and its noun before the list ...
        line.move(first, first + 1, first + head_end - k)  # ... and "such as" after the noun


def verbs_joined(line: Line, j: int) -> bool:
    """Whether unit j is a joiner between two verbs (坚持并完善: the clause's verbs, coordinated)."""
    p, n = line.prev(j), line.next(j)
    return line.zh(j) in AND and p is not None and n is not None and line.is_verb(p) and line.is_verb(n)


def _adverbial(line: Line, j: int) -> bool:
    """An adjective before the clause's verb, said as its adverb (更好促进A、B等: "better promote
    ..."), not before a verb closing a list item (绿色发展、创新发展等)."""
    if line.tag(j) != "a":
        return False
    verb = line.next(j)
    after = line.next(verb) if verb is not None else None
    return verb is not None and line.is_verb(verb) and (after is None or line.zh(after) != "、")


def list_start(line: Line, k: int) -> int | None:
    """First unit of the list that 等 at k closes: back to the clause's start, a mark, a
    preposition or a particle; past the clause's own verb when the clause opens with one
    (落实担保贷款、租金减免等政策: the list starts at 担保贷款). After a preposition every item
    is the list's (就实现A、推动B等问题: verb phrases, all of them)."""
    start = line.clause_start(k)
    j = k
    while j > start:  # the region the list may take
        p = j - 1
        u = line.units[p]
        if (u.kind == "word" and (line.tag(p) == "p" or u.zh in LIST_STOPS)) or (
                u.kind == "punct" and u.zh not in INNER_MARKS):
            break
        j = p
    region = j
    if region > start and line.tag(region - 1) == "p":
        return region
    while j < k and (line.units[j].kind == "space" or line.tag(j) in ("d", "ad") or _adverbial(line, j)):
        j += 1
    while j < k and (line.is_verb(j) or verbs_joined(line, j)) and line.next(j) is not None \
            and line.zh(line.next(j) or j) != "、":
        j = line.next(j) or k  # the clause's verbs (部署开展…, 坚持并完善…)
    while j < k and line.units[j].kind == "space":
        j += 1
    return j if j < k else None
