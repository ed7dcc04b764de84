"""The constructions of news reports (Xinhua and China Daily bilingual news), each a small named
rule run from `news_early` or `news_late` (two entries of the rule table):

- the source of a report after what it reports: 据《北京日报》报道，X。 → "X, Beijing Daily
  reported."; 据…消息 → "..., according to ..."; 国家统计局数据显示，X。 → "X, data from the
  National Bureau of Statistics showed."; 记者从X获悉 → "..., according to X" (`attributions`,
  `data_showed`);
- aspect: 已 V "has V-ed", 正在 V "is V-ing" / "is being V-ed", 预计(…将) V "is expected to V"
  (`already_done`, `in_progress`, `expected_to`);
- 是…V的 "was V-ed" (`focus_past`), 来自X的N "N from X" (`come_from`), 当…时 "when", 从…起
  "from" (`time_frames`).
"""

from __future__ import annotations

from pipeline.engines.gloss.order.derive import ADJ, is_
from pipeline.engines.gloss.order.english import PARTICIPLE, PAST, adjective, head_verb, inflected, ing
from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.verbs import INTRANSITIVE, plural

#: The nouns that close a 据…, attribution, with the English of the whole: a report's
#: source "reported" (after it), a piece of news or a statement's "according to" (before it).
#: (China Daily bilingual news: 据《澎湃新闻》报道 "ThePaper reported"; 据…消息 "according to")
REPORTED = {"报道": "reported", "报导": "reported"}
ACCORDING = {"消息": "", "通报": "", "统计": "", "数据": "data", "公告": "", "介绍": ""}
#: Words before 数据 that qualify the data, not name its source (官方数据显示 "official data showed").
PLAIN_DATA = frozenset({"官方", "最新", "相关", "有关", "初步", "统计"})
#: Words that say a clause's subject is data (数据显示 "data showed", 统计显示 "statistics showed").
DATA = {"数据": "data", "统计": "statistics", "调查": "a survey", "监测": "monitoring"}


def attributions(line: Line) -> None:
    """据X报道，Y。 → "Y, X reported."; 据X消息，Y。 → "Y, according to X.": a first clause that
    opens with 据 and closes with the report's noun goes after the sentence, with its comma."""
    first, comma, last = _first_clause(line)
    if first is None or comma is None or last is None:
        return
    if line.zh(first) == "记者":
        _learned(line, first, comma, last)
        return
    if line.zh(first) != "据":
        return
    noun = line.prev(comma)
    if noun is None or noun - first < 2:
        return
    word = line.zh(noun)
    if word in REPORTED:
        line.set_en(first, "")
        line.set_en(noun, REPORTED[word])
    elif word in ACCORDING:
        line.set_en(first, "according to")
        line.set_en(noun, ACCORDING[word])
    else:
        return
    _report_last(line, comma, last)


#: 记者从X获悉，Y。 "Y, according to X." (Xinhua's Chinese opens a report with what the reporter
#: learned from a source; its English names the source after the news: 记者从文化和旅游部获悉
#: "..., according to the Ministry of Culture and Tourism").
LEARNED = frozenset({"获悉", "了解到", "得知"})


def _learned(line: Line, first: int, comma: int, last: int) -> None:
    """记者从X获悉，Y。 → "Y, according to X."."""
    source = line.next(first)
    verb = line.prev(comma)
    if source is None or verb is None or line.zh(source) != "从" or line.zh(verb) not in LEARNED \
            or verb - source < 2:
        return
    line.set_en(first, "")
    line.set_en(source, "according to")
    line.set_en(verb, "")
    _report_last(line, comma, last)


def data_showed(line: Line) -> None:
    """国家统计局数据显示，Y。 → "Y, data from the National Bureau of Statistics showed.": a first
    clause that is a source and 显示 goes after the sentence it reports, in the past."""
    first, comma, last = _first_clause(line)
    if first is None or comma is None or last is None:
        return
    verb = line.prev(comma)
    if verb is None or line.zh(verb) != "显示" or verb == first:
        return
    line.set_en(verb, "showed")
    if line.zh(first) == "据":  # 据国家统计局数据显示 "data from the NBS showed"
        line.set_en(first, "")
    data = line.prev(verb)
    if data is not None and data != first and line.zh(data) in DATA:
        of = line.prev(data)
        released = line.prev(of) if of is not None and line.zh(of) == "的" else of
        if released is not None and line.is_verb(released) and released != first:
            # 海关总署9月7日公布的数据显示 "data released by the General Administration of Customs
            # on September 7 showed"; 国家统计局发布数据显示 "data released by the NBS showed"
            if of is not None and of != released:
                line.set_en(of, "")
            line.set_en(released, inflected(line.units[released].en, PARTICIPLE) + " by")
            line.move(released, released + 1, first)
            line.move(data, data + 1, first)
            line.set_en(first, DATA[line.zh(first)])
        elif released is not None and of is not None and released != first and of != released \
                and line.units[released].kind == "num" \
                and line.prev(released) == first and line.units[released].en[:1].isupper():
            # 国家统计局7月17日的数据显示 "data from the National Bureau of Statistics on July 17 showed"
            line.set_en(of, "")
            line.set_en(released, ("on " if line.zh(released)[-1:] in "日号" else "in ") + line.units[released].en)
            line.set_en(data, DATA[line.zh(data)] + " from")
            line.move(data, data + 1, first)
        elif (of is None or line.zh(of) != "的") and line.zh(line.prev(data) or first) not in PLAIN_DATA:
            line.set_en(data, DATA[line.zh(data)] + " from")  # 国家统计局数据 "data from the NBS"
            line.move(data, data + 1, first)
    _report_last(line, comma, last)


def _first_clause(line: Line) -> tuple[int | None, int | None, int | None]:
    """The first unit, the comma that ends the first clause and the sentence's full stop (None
    where the sentence is not one clause, a comma, then more and a full stop)."""
    units = line.units
    first = line.next(-1)
    if first is None:
        return None, None, None
    comma = line.clause_end(first)
    last = line.prev(len(units))
    if comma >= len(units) or line.zh(comma) != "，" or last is None or line.zh(last) != "。" \
            or last - comma < 4:
        return first, None, None
    return first, comma, last


def _report_last(line: Line, comma: int, last: int) -> None:
    """Units 0..comma (a source and its comma) after the rest, before the full stop."""
    line.move(comma + 1, last, 0)  # Y, source 。 → (Y)(source ，)(。)
    rest = last - comma - 1
    line.move(last - 1, last, rest)  # Y ， source 。


#: 已/已经 before a verb: the present perfect, without "already" (China Daily: 251名儿童已全部
#: 完成体检 "all 251 children ... have finished the physical examination"; 乌方代表团已前往美国
#: "the country's representatives traveled" reads as well as "have traveled").
ALREADY = frozenset({"已", "已经"})
#: Verbs that are no action done (已有 "there have been", 已是 "is now"): left as they are.
NOT_DONE = frozenset({"有", "是", "为", "在"})
#: 预计…将 V: "is expected to V" (China Daily: 预计本周下半周，美国代表团将前往莫斯科 "A US delegation is
#: expected to travel to Moscow in the second half of this week").
EXPECTED = frozenset({"预计"})
WILL = frozenset({"将", "将会"})


def already_done(line: Line) -> None:
    """已(经) V → "has/have V-ed": the adverb becomes the auxiliary (the subject's number from
    the nearest noun before it), the verb its participle; adverbs between stay (已全部完成
    "have all completed")."""
    for k in line.find(ALREADY):
        verb = line.next(k)
        while verb is not None and line.tag(verb) in ("d", "ad") and not line.ends_clause(verb):
            verb = line.next(verb)
        if verb is None or not line.is_verb(verb) or line.zh(verb) in NOT_DONE or not line.units[verb].en:
            continue
        line.set_en(k, _be(line, k, "has", "have"))
        line.set_en(verb, inflected(line.units[verb].en, PARTICIPLE))


#: 仍/依然 before an adjective that closes its clause: "remains" (China Daily: 经济复苏的基础仍
#: 不稳定 "the foundation for economic recovery remains unstable"), the negated adjective's own
#: negative where English has one.
STILL = frozenset({"仍", "仍然", "依然", "依旧", "仍旧"})
UNNEGATED = {"stable": "unstable", "steady": "unstable", "certain": "uncertain", "clear": "unclear",
             "balanced": "unbalanced", "sound": "unsound", "sustainable": "unsustainable", "even": "uneven",
             "solid": "not solid", "sufficient": "insufficient", "adequate": "inadequate", "complete": "incomplete"}


def still_adjective(line: Line) -> None:
    """X仍(不)稳定。 → "X remains (un)steady": 仍 before an adjective (or an -ly adverb, jieba's
    tag of 稳定) alone closing the clause is the copula "remain"."""
    for k in line.find(STILL):
        j, no = line.next(k), None
        if j is not None and line.zh(j) == "不":
            no, j = j, line.next(j)
        if j is None or line.units[j].kind != "word" or not line.ends_clause(line.next(j) or len(line)) \
                or line.tag(j) not in ("a", "ad", "an", "d") or " " in line.units[j].en:
            continue
        en = line.units[j].en
        adj = adjective(en) if en.endswith("ly") else en
        if (line.tag(j) == "d" and adj == en) or not is_(adj, ADJ):
            continue  # an adverb of its own (仍然如此), a verb's English (丰富 "enrich")
        if no is not None:
            adj = UNNEGATED.get(adj, "not " + adj)
            line.set_en(no, "")
        line.set_en(k, _be(line, k, "remains", "remain"))
        line.set_en(j, adj)


def expected_to(line: Line) -> None:
    """预计…将 V → "... is expected to V": 预计 gives its English to the 将 after it in its
    clause or the next (预计本周下半周，美国代表团将前往莫斯科); 预计 right before a verb is
    "is expected to" itself."""
    for k in line.find(EXPECTED):
        verb = line.next(k)
        if verb is not None and line.is_verb(verb) and line.units[verb].en and line.zh(verb) not in ("到", "将"):
            # 毕业生人数预计达到1179万人 "the number ... is expected to reach 11.79 million"
            line.set_en(k, _be(line, k) + " expected to")
            continue
        end = line.clause_end(k)
        if end < len(line) and line.zh(end) == "，":
            end = line.clause_end(end + 1)  # 预计到周二，… : the clause after the time phrase
        will = next((j for j in range(k + 1, end) if line.zh(j) in WILL and line.units[j].kind == "word"), None)
        if will is None:
            continue
        expected = _be(line, will) + " expected to"
        line.set_en(k, "")
        verb = next((j for j in range(will + 1, line.clause_end(will)) if _verb(line, j)), None)
        if verb is not None:  # 将于周日在佛罗里达举行会谈: "is expected to" on the verb, after the phrases
            line.set_en(will, "")
            line.set_en(verb, f"{expected} {line.units[verb].en}")
        else:
            line.set_en(will, expected)


def _be(line: Line, k: int, one: str = "is", many: str = "are") -> str:
    """The verb "be" (or `one`/`many`) in the number of the subject before unit k."""
    subject = _subject_before(line, k)
    return many if subject is not None and _many(line, subject) else one


def _subject_before(line: Line, k: int) -> int | None:
    """The nearest noun or personal pronoun before unit k in its clause (the subject's head,
    most often: 我们已经做好准备 "we have made ...", was "we has")."""
    start = line.clause_start(k)
    return next((j for j in range(k - 1, start - 1, -1) if line.is_noun(j) or line.zh(j) in PERSONAL), None)


#: Personal pronouns that may be a subject (their English's number is verbs.plural's).
PERSONAL = frozenset({"我", "我们", "你", "你们", "他", "她", "它", "他们", "她们", "它们"})


#: The words that join a list of nouns (a subject of two is plural).
AND = frozenset({"和", "与", "及", "、", "以及"})
#: Plural nouns without -s (the subjects of news: 251名儿童 "251 children").
PLURALS = frozenset({"children", "people", "staff", "personnel", "police", "media", "women", "men"})


def _many(line: Line, k: int) -> bool:
    """Whether the noun phrase whose head is unit k is plural: an -s plural or a list
    (`verbs.plural`), a plural without -s, or a count before it (251名儿童)."""
    en = line.units[k].en
    if any(line.zh(j) in AND for j in range(line.clause_start(k), k)):
        return True  # 中国教育部和人力资源和社会保障部 "X and Y"
    if " of " in en:  # 人数 "number of people": the head is "number"
        head = en.split(" of ", 1)[0].rsplit(" ", 1)[-1]
        return head in PLURALS or (head.endswith("s") and not head.endswith(("ss", "us", "is")))
    before = line.prev(k)
    return plural(line, k) or en.rsplit(" ", 1)[-1] in PLURALS \
        or (before is not None and line.units[before].kind == "num")


#: 正在/正 before a verb: the progressive (China Daily: 中国正在全球范围内建立更加积极的旅游形象 "China
#: is building a more positive tourism image globally"), passive where the verb closes its clause
#: (一项…举措正在实施 "An initiative ... is being implemented"; 各类游乐设备正在安装调试 "Ride and show
#: equipment is now being installed").
PROGRESSIVE = frozenset({"正在", "正"})
#: What may stand between the verb and its clause's end in the passive progressive (建设中 "under way").
INSIDE = frozenset({"中", "之中"})


def in_progress(line: Line) -> None:
    """正在 V → "is V-ing", or "is being V-ed" where nothing follows the verb in its clause."""
    for k in line.find(PROGRESSIVE):
        if line.tag(k) != "d":
            continue
        end = line.clause_end(k)  # the clause's first verb (中国正在全球范围内建立… "is building")
        verb = next((j for j in range(k + 1, min(end, k + 8)) if _verb(line, j)), None)
        if verb is None or line.zh(verb) in NOT_DONE:
            continue
        be = _be(line, k)
        after = line.next(verb)
        if after is not None and line.zh(after) in INSIDE and line.units[after].kind == "word":
            line.set_en(after, "")
            after = line.next(after)
        en = line.units[verb].en
        if after is None or line.ends_clause(after):
            line.set_en(verb, f"{be} being {inflected(en, PARTICIPLE)}")
        else:
            first, _, rest = en.partition(" ")
            line.set_en(verb, f"{be} {ing(first)}" + (f" {rest}" if rest else ""))
        line.set_en(k, "")


#: 来自X的N → "N from X" (China Daily: 来自广东西部的荔枝 "Litchi from western Guangdong"; 来自意大利的
#: 西迪亚和米卡 "Two visitors from Italy, Sydia and Mica").


COME_FROM = frozenset({"来自"})


def come_from(line: Line) -> None:
    """来自 X 的 N → "N from X": the place after the noun it qualifies, 的 dropped (N: the nouns
    right after 的, up to a verb, a mark or another 的)."""
    for k in line.find(COME_FROM):
        end = line.clause_end(k)
        of = next((j for j in range(k + 1, end) if line.zh(j) == "的" and line.units[j].kind == "word"), None)
        if of is None or of - k < 2:
            continue
        head = of + 1
        while head < end and (_head_noun(line, head) or line.units[head].kind == "space"):
            head += 1
        if head == of + 1:
            continue
        line.set_en(of, "")
        line.set_en(k, "from")
        line.move(k, of + 1, head)  # N from X


#: Tags of the words a qualified noun is made of (jieba's nouns, not its adjectives or figures).
HEAD_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "vn", "j", "ng", "s", "an"})


def _head_noun(line: Line, k: int) -> bool:
    u = line.units[k]
    return u.kind in ("term", "place", "person", "latin") or (u.kind == "word" and line.tag(k) in HEAD_TAGS)


#: Tags of phrases whose English may be a verb phrase: idioms, fixed expressions, and the
#: domain phrases jieba's dictionary tags by guess (加大力度 "try harder" as ns) or not at all (举行会谈).
PHRASE_TAGS = frozenset({"l", "i", "ns", "nz", ""})


def _verb(line: Line, k: int) -> bool:
    """Whether unit k is a verb with English (a verb's tag, or an idiom or a phrase whose English
    opens with a verb: 加大力度 "try harder")."""
    u = line.units[k]
    if u.kind != "word" or not u.en:
        return False
    return line.is_verb(k) or (line.tag(k) in PHRASE_TAGS and bool(head_verb(u.en)))


#: 是…V的 (the focus construction, Li & Thompson ch. 20.3: what the sentence tells is when, where
#: or how the event took place, in the past): "was V-ed ..." (China Daily: 这座宏伟的体育场是由…联合建造的
#: "this magnificent stadium was jointly constructed by ..."). The trigger: 的 closing a clause.
FOCUS = frozenset({"的。", "的，", "的；"})
COPULA = frozenset({"是"})


def focus_past(line: Line) -> None:
    """X是 … V的。 → "X was V-ed …" (an intransitive V: "X V-ed …"): 是 takes the verb's past,
    passive unless the verb takes no object (verbs.INTRANSITIVE); 的 has no English."""
    for k in line.find(COPULA):
        end = line.clause_end(k)
        de = line.prev(end)
        verb = line.prev(de) if de is not None else None
        if de is None or verb is None or line.zh(de) != "的" or verb - k < 2 or end >= len(line) \
                or line.units[verb].kind != "word" or line.tag(verb) != "v":
            continue
        en = line.units[verb].en
        head = head_verb(en)
        if not head or line.prev(k) is None:
            continue
        line.set_en(de, "")
        line.set_en(verb, "")
        if head in INTRANSITIVE:
            line.set_en(k, inflected(en, PAST))
        else:
            line.set_en(k, f"{_be(line, k, 'was', 'were')} {inflected(en, PARTICIPLE)}")


#: 当…时 "when ..." (China Daily: 当家乡村庄在10月被…评为"最佳旅游乡村"时 "when his village was named
#: 'Best Tourism Villages' ... in October"); 从…起 "from ..." (从2025年1月1日起 "from January 1,
#: 2025"): a frame of two words whose second word has no English.
FRAMES = {"当": ("时", "when"), "从": ("起", "from")}
FRAME_OPENERS = frozenset(FRAMES)


def time_frames(line: Line) -> None:
    """当 X 时 → "when X"; 从 X 起 → "from X": the frame's first word takes the English, the
    closing word (the clause's last before its mark) none."""
    for k in line.find(FRAME_OPENERS):
        close, en = FRAMES[line.zh(k)]
        end = line.clause_end(k)
        last = line.prev(end)
        if last is None or last - k < 2 or line.zh(last) != close or line.units[last].kind != "word":
            continue
        if close == "时" and any(line.zh(j) in ("在", "于") for j in range(k + 1, last)):
            line.set_en(k, "")  # 当…在10月…时: the 在 frame closes at 时 and says "when" (frames)
            continue
        line.set_en(k, en)
        line.set_en(last, "")


#: The news rules in two runs, each one entry of the rule table (one trigger search per
#: sentence for each, then a set test per rule): the early ones before the 的 rules and the
#: frames move phrases, the late ones once the prepositional phrases stand where they go.
EARLY = FOCUS | {"当", "从", "来自"}
LATE = frozenset({"据", "记者从", "显示，", "已", "预计", "正"}) | STILL


def news_early(line: Line) -> None:
    """当…时 and 从…起 (`time_frames`), 是…的 (`focus_past`), 来自X的N (`come_from`)."""
    words = {u.zh for u in line.units}
    if "当" in words or "从" in words:
        time_frames(line)
    if "是" in words and "的" in words:
        focus_past(line)
    if "来自" in words:
        come_from(line)


def news_late(line: Line) -> None:
    """The report's source last (`attributions`, `data_showed`), 已 (`already_done`), 预计
    (`expected_to`), 正在 (`in_progress`)."""
    words = {u.zh for u in line.units}
    if "据" in words or "记者" in words:
        attributions(line)
    if "显示" in words:
        data_showed(line)
    if not ALREADY.isdisjoint(words):
        already_done(line)
    if "预计" in words:
        expected_to(line)
    if not PROGRESSIVE.isdisjoint(words):
        in_progress(line)
    if not STILL.isdisjoint(words):
        still_adjective(line)
