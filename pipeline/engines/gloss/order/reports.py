"""The order of news English: the reporting clause after what it reports (国家统计局称，…。 →
"..., the National Bureau of Statistics said.", "... said on Tuesday": Xinhua and China Daily
English)."""

from __future__ import annotations

import re

from pipeline.engines.gloss.order.english import THIRD, inflected
from pipeline.engines.gloss.order.line import NOUN_KINDS, NOUN_TAGS, Line
from pipeline.engines.gloss.order.verbs import THAT
from pipeline.zh.numbers.tables import MONTHS, WEEKDAYS
from pipeline.zh.tense import REPORTING_WORDS

#: A day's English (a date or a weekday, as the numbers layer writes them), which follows
#: "said" with "on".
DAY = re.compile(rf"^(?:(?:{'|'.join(MONTHS)}) \d{{1,2}}|{'|'.join(WEEKDAYS.values())})$")
#: Reporting verbs whose clause goes after what it reports (the subject and the verb only).
SAID = frozenset(REPORTING_WORDS - {"显示", "据悉", "介绍"})
#: The words that open a frame (在/于 X 上), which the frames rule puts after the verb.
FRAME_OPENERS = frozenset({"在", "于"})


def reporting_last(line: Line) -> None:
    """国家统计局称，X。 → "X, the National Bureau of Statistics said.": a first clause that is
    only a speaker and a reporting verb goes after the sentence it reports, with its comma."""
    units = line.units
    comma = line.clause_end(0)
    if comma >= len(units) or line.zh(comma) != "，":
        return
    start = 0
    if time_clause(line, comma):  # 5月17日，工信部副部长张云明表示，X。 "On May 17, X, ... said."
        start, comma = comma + 1, line.clause_end(comma + 1)
        if comma >= len(units) or line.zh(comma) != "，":
            return
    verb = line.prev(comma)
    if verb is not None and units[verb].en.startswith("on ") and DAY.match(units[verb].en[3:]):
        verb = line.prev(verb)  # the periods rule put the day after the verb already: 表示 "said on December 15"
    if verb is not None and line.zh(verb) not in SAID:
        verb = framed_verb(line, comma)  # 在新闻发布会上表示 "said at a news conference": the frame goes with it
    last = line.prev(len(units))
    if verb is None or last is None or line.zh(verb) not in SAID or line.zh(last) != "。" \
            or units[verb].en.endswith(" that") \
            or (p := line.prev(verb)) is None or p < start or line.zh(start) == "据" \
            or (line.clause_end(comma + 1) == last and last - comma < 3):
        return
    day = line.prev(verb)
    if day is not None and line.prev(day) is not None and DAY.match(line.units[day].en):
        line.set_en(day, "on " + line.units[day].en)  # 国家统计局12月15日表示 "... said on December 15"
        line.move(day, day + 1, comma)
    line.move(comma + 1, last, start)  # X, speaker said, 。
    rest = last - comma - 1
    line.move(last - 1, last, start + rest)  # X, speaker said 。


def time_clause(line: Line, comma: int) -> bool:
    """Whether the units before `comma` are only a time the periods rule has made an adverbial
    ("On May 17", "In July": a date or period and the words it took the English of)."""
    first = line.next(-1)
    if first is None or first >= comma or not line.units[first].en.startswith(("On ", "In ", "on ", "in ")):
        return False
    return line.units[first].kind == "num" and all(
        not line.units[j].en or line.units[j].kind == "space" or line.tag(j) == "t" for j in range(first + 1, comma))


def framed_verb(line: Line, comma: int) -> int | None:
    """The reporting verb of a first clause that the frames rule has given a 在/于 phrase after
    it (…在新闻发布会上表示 → "... said at a news conference"), or None."""
    start = line.clause_start(comma)
    for k in range(comma - 1, start, -1):
        if line.units[k].kind == "word" and line.zh(k) in SAID:
            after = line.next(k)
            return k if after is not None and line.zh(after) in FRAME_OPENERS else None
    return None


def quoted_speech(line: Line) -> None:
    """华春莹说：“…。” → "“...,” Hua Chunying said.": a speaker and a reporting verb before a
    colon and a whole quotation go after it (China Daily's "..., said Hua"), the quotation's
    closing full stop a comma."""
    units = line.units
    colon = line.clause_end(0)
    if colon >= len(units) or line.zh(colon) not in ("：", ":"):
        return
    verb = next((k for k in range(colon) if units[k].kind == "word" and units[k].zh in SAID), None)
    opening, last = line.next(colon), line.prev(len(units))
    if verb is None or opening is None or last is None or line.zh(opening) != "“" or line.prev(verb) is None:
        return  # (the verb anywhere in the clause: 在例行发布会上说 "said at a regular briefing")
    before = line.prev(last)
    if line.zh(last) == "”" and before is not None and line.zh(before) in ("。", "！"):
        if any(u.zh == "”" for u in units[opening + 1:last]):
            return  # more than one quotation
        line.set_en(before, ",")
        line.set_en(colon, ".")
        line.move(0, colon + 1, len(units))  # “..., ” speaker said.
    elif line.zh(last) == "。" and before is not None and line.zh(before) == "”":
        if any(u.zh == "”" for u in units[opening + 1:before]):
            return
        inside = line.prev(before)
        if inside is None or inside <= opening:
            return
        line.set_en(inside, units[inside].en + ",")  # “...,”
        line.set_en(colon, "")
        line.move(0, colon + 1, last)  # “...,” speaker said.


#: Verbs of saying and thinking whose clause is the spokesperson's or a side's own statement,
#: with their English before "that" (fmprc transcripts: 中方认为，… "China believes that ...",
#: 我们希望，… "We hope that ...", 中方一再强调，… "China has repeatedly stressed that ...").
THINKING = {"认为": "believe", "相信": "believe", "坚信": "firmly believe", "希望": "hope", "强调": "stress",
            "指出": "point out", "重申": "reiterate", "注意到": "note", "主张": "maintain", "表示": "say"}
#: Words of wanting before a verb of saying (我想强调 "I want to stress"), and their English.
WANT = {"想": "want to", "要": "want to", "愿": "would like to"}
#: Adverbs that jieba keeps with a verb of saying (一贯主张 "always maintains"), and their English.
ALWAYS = {"一贯": "always", "始终": "always", "一直": "always", "一再": "repeatedly", "再次": "once again"}
#: Words that may stand before the speaker of such a statement (同时中方认为 "In the meantime, China believes").
CONNECTIVES = frozenset({"同时", "此外", "另外", "因此", "但", "但是", "而且", "当然", "所以"})
#: The speakers that take a verb's base form ("we believe").
PLURAL_SPEAKERS = frozenset({"我们", "我", "双方", "各方"})
#: The subjects of such statements: the sides of diplomacy and the speaker (中方, 美方, 双方, 我们).
SPEAKERS = frozenset({"中方", "我们", "我", "双方", "各方", "中国", "中国政府", "外交部"})


def that_clauses(line: Line) -> None:
    """A side's statement (side_statement), then each named speaker's belief (named_belief)."""
    side_statement(line)
    for verb in line.find(BELIEVE):
        named_belief(line, verb)


def side_statement(line: Line) -> None:
    """中方认为，X。 → "China believes that X.": a side or the speaker, its adverbs and verbs
    of saying or thinking, then a comma and what is said: the verb's English takes "that",
    the comma goes (a side's statement keeps its order, unlike a news report's 国家统计局称，)."""
    units = line.units
    first = line.next(-1)
    while first is not None and line.zh(first) in CONNECTIVES:
        first = line.next(first)  # 同时中方认为，… "In the meantime, China believes that ..."
    if first is None or units[first].kind != "word" or not speaker(units[first].zh):
        return
    comma = line.clause_end(first)
    last = line.prev(comma)
    if comma >= len(units) or line.zh(comma) != "，" or last is None:
        return
    while last is not None and line.zh(last) in ("是", "的") and line.prev(last) is not None:
        line.set_en(last, "")  # 我想强调的是，… "I want to stress that ..."
        last = line.prev(last)
    if last is None:
        return
    note = line.prev(last)
    if line.zh(last) == "到" and note is not None and line.zh(note) == "注意":
        line.set_en(last, "")  # 注意/到 as jieba cuts it: "note"
        line.set_en(note, "note")
        last = note
    elif not thinking(line.zh(last)):
        return
    middle = [j for j in range(first + 1, comma) if units[j].kind != "space" and units[j].en]
    if any(not (thinking(line.zh(j)) or line.zh(j) in ("并", "和", "也", "都") or line.zh(j) in WANT
                or line.tag(j) in ("d", "ad")) for j in middle if j != last):
        return
    for j in middle:
        if line.zh(j) in WANT:
            line.set_en(j, WANT[line.zh(j)])
    if line.clause_end(comma + 1) - comma < 3:
        return  # a short clause after the comma: a list, not a statement
    one = line.zh(first) not in PLURAL_SPEAKERS
    verbs = [j for j in middle if thinking(line.zh(j)) or j == last]
    want = any(line.zh(i) in WANT for i in middle)
    for n, j in enumerate(verbs):
        zh = line.zh(j)
        if zh in THINKING or zh[:2] in ALWAYS:
            verb = THINKING[zh] if zh in THINKING else THINKING[zh[2:]]
            verb = inflected(verb, THIRD) if one and n == 0 and not want else verb
            line.set_en(j, verb if zh in THINKING else f"{ALWAYS[zh[:2]]} {verb}")  # 一贯主张 "always maintains"
    line.set_en(last, units[last].en + THAT)
    line.set_en(comma, "")


def thinking(zh: str) -> bool:
    """Whether a word is a verb of THINKING, alone or after an adverb jieba keeps with it (一再强调)."""
    return zh in THINKING or (len(zh) == 4 and zh[2:] in THINKING)


def speaker(zh: str) -> bool:
    """Whether a word is a side of diplomacy or the speaker (中方, 美方, 我们)."""
    return zh in SPEAKERS or (len(zh) == 2 and zh.endswith("方") and zh != "地方")


#: Verbs of believing that a named speaker's clause ends with, and their English before "that"
#: (Xinhua, China Daily: 沈利生认为，… "Shen Lisheng believes that ...", 他认为… "he believes that").
BELIEVE = {"认为": "believe", "相信": "believe", "坚信": "firmly believe", "普遍认为": "generally believe"}
#: Pronouns that may be such a speaker, and whether each takes the verb's base form.
PRONOUNS = {"他": False, "她": False, "他们": True, "她们": True, "专家们": True}


def named_belief(line: Line, verb: int) -> None:
    """国家统计局统计师余秋梅认为，X。 → "... Yu Qiumei believes that X.": a clause that opens
    with a noun phrase (a person, a title, a body) or a pronoun, adverbs, then 认为 and what
    is believed, after a comma or straight on (他认为中国… "he believes that China ..."): the
    verb's English takes "that", the comma goes (a verb of saying instead goes last:
    reporting_last)."""
    units = line.units
    if units[verb].en.endswith(THAT):
        return  # a side's statement (中方认为，…): side_statement's
    first = line.next(line.clause_start(verb) - 1)
    while first is not None and first < verb and line.zh(first) in CONNECTIVES:
        first = line.next(first)  # 同时他认为
    if first is None or first >= verb:
        return
    after = line.next(verb)
    if after is not None and line.zh(after) == "，":
        if line.clause_end(after + 1) - after < 3:
            return  # a short clause after the comma: a list, no statement of its own
    elif line.clause_end(verb) - verb < 4:
        return  # 他们认为 and little after: no statement
    head = line.prev(verb)
    while head is not None and head > first and line.tag(head) == "d":
        head = line.prev(head)  # 也认为, 一直认为: adverbs before the verb
    if head is None:
        return
    for j in range(first, head + 1):
        u = units[j]
        if u.kind == "space" or not u.en or u.kind in NOUN_KINDS or (u.kind == "word" and line.tag(j) in NOUN_TAGS):
            continue
        if not (j == head and u.zh in PRONOUNS):
            return
    verb_en = BELIEVE[line.zh(verb)]
    line.set_en(verb, (verb_en if PRONOUNS.get(line.zh(head), False) else inflected(verb_en, THIRD)) + THAT)
    if after is not None and line.zh(after) == "，":
        line.set_en(after, "")
