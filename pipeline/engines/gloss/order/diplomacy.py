"""The constructions of diplomatic announcements and news: 应X邀请，… → "At the invitation of X,
...", a title after a name (习近平主席 → "President Xi Jinping", 王毅国务委员兼外长 → "State
Councilor and Foreign Minister Wang Yi"), and the title line of a press conference (2019年7月22日
外交部发言人耿爽主持例行记者会 → "Foreign Ministry Spokesperson Geng Shuang's Regular Press
Conference on July 22, 2019"). The English is the Foreign Ministry's and Xinhua's (fmprc.gov.cn
transcripts and announcements)."""

from __future__ import annotations

import re

from pipeline.engines.gloss.order.line import OPENING_QUOTES, Line
from pipeline.zh.numbers.tables import MONTHS

#: 应 … 邀请: the preposition and the noun that close the phrase.
AT_INVITATION = ("应", "邀请")
#: Titles that follow a name in Chinese and precede it in English, with that English
#: (Xinhua/fmprc: 习近平主席 "President Xi Jinping", 李强总理 "Premier Li Qiang", 王毅外长 "Foreign
#: Minister Wang Yi", 王毅国务委员 "State Councilor Wang Yi").
TITLES = {"主席": "President", "总统": "President", "总理": "Premier", "首相": "Prime Minister",
          "外长": "Foreign Minister", "国务委员": "State Councilor", "副总理": "Vice Premier",
          "委员长": "Chairman", "副主席": "Vice President", "国王": "King", "女王": "Queen",
          "秘书长": "Secretary-General", "大使": "Ambassador", "部长": "Minister", "副总统": "Vice President",
          "外交部长": "Foreign Minister", "国家主席": "President"}
#: 总理 of another country than China: "Prime Minister" (fmprc, Xinhua), China's "Premier".
PREMIER = "总理"
HOME = frozenset({"中国", "我国", "中华人民共和国"})
#: Words that end a state's name (越南社会主义共和国, 柬埔寨王国).
STATES = ("共和国", "王国", "联邦")
#: Courtesy titles after a name, before it in English.
COURTESY = {"先生": "Mr.", "女士": "Ms."}
#: 国家 before 主席 (国家主席 "President", as jieba may cut it).
STATE = "国家"
#: The word joining two titles of one person (国务委员兼外长 "State Councilor and Foreign Minister").
AND_TITLE = "兼"
#: A press conference's title: the verb of holding it and the words naming it.
HOLDS = "主持"
CONFERENCES = ("记者会", "发布会")
#: A date's English as the numbers layer writes it ("July 22, 2019").
DATE = re.compile(rf"^(?:{'|'.join(MONTHS)}) \d{{1,2}}, \d{{4}}$")
#: A day's ordinal as the numbers layer writes a day without its month ("the 5th").
ORDINAL_DAY = re.compile(r"^the (\d{1,2})(?:st|nd|rd|th)$")
#: The triggers of the rules (one search of the sentence).
TRIGGERS = frozenset({AT_INVITATION[1], *TITLES, HOLDS})


def invitation(line: Line) -> None:
    """应X邀请，… → "At the invitation of X, ...": 应 opens the clause (or a quotation), 邀请
    closes it."""
    for first in line.find(frozenset({AT_INVITATION[0]})):
        before = line.prev(first)
        if before is not None and not (line.ends_clause(before) or line.zh(before) in OPENING_QUOTES):
            continue  # 应 opens the sentence, a clause or a quotation
        end = line.clause_end(first)
        last = line.prev(end)
        if last is None or last == first or line.zh(last) != AT_INVITATION[1]:
            continue
        line.set_en(first, "at the invitation of")
        line.set_en(last, "")


def titles_after_names(line: Line) -> None:
    """A name followed by its titles (joined by 兼): the titles go before it, in English title
    case (习近平主席 "President Xi Jinping")."""
    k = len(line.units) - 1
    while k > 0:
        u = line.units[k]
        if u.kind in ("word", "term") and u.zh in TITLES:
            a = k
            while a - 2 >= 0 and line.zh(a - 1) == AND_TITLE and line.zh(a - 2) in TITLES:
                a -= 2
            name = a - 1
            if is_name(line, name):
                for j in range(a, k + 1):
                    if line.units[j].kind != "term":  # a glossary rendering stays verbatim
                        line.set_en(j, TITLES.get(line.zh(j), "and"))
                line.move(a, k + 1, name)
                k = name - 1
                continue
        k -= 1


def titles_before_names(line: Line) -> None:
    """Titles before a name keep their place in English title case, two joined by 兼 with
    "and" (国务委员兼外交部长王毅 "State Councilor and Foreign Minister Wang Yi", 俄罗斯外长拉夫罗夫
    "Russia's Foreign Minister Lavrov": fmprc)."""
    units = line.units
    for k in line.find(TITLES):
        name = line.next(k)
        prime = line.zh(k) == PREMIER and foreign(line, k)  # another country's 总理
        if prime and units[k].kind == "word":
            line.set_en(k, "Prime Minister")  # 澳大利亚新任总理 "Australia's new Prime Minister"
        if name is None or not is_name(line, name):
            continue
        titles = [k]
        a = line.prev(k)
        b = line.prev(a) if a is not None and line.zh(a) == AND_TITLE else None
        if a is not None and b is not None and line.zh(b) in TITLES:
            titles.append(b)
            line.set_en(a, "and")
        first = titles[-1]
        for j in titles:
            if units[j].kind == "word":  # a glossary rendering stays verbatim
                line.set_en(j, TITLES[line.zh(j)])
        if prime:
            line.set_en(k, "Prime Minister")  # again after the titles' case: China's alone has a Premier
        state = line.prev(first)
        if state is not None and line.zh(state) == STATE and line.zh(first) == "主席":
            line.set_en(state, "")  # 国家主席 cut 国家|主席: "President"


def foreign(line: Line, k: int) -> bool:
    """Whether a country other than China stands right before unit k or one word before it
    (澳大利亚新任总理)."""
    for country in (line.prev(k), line.prev(line.prev(k) or 0) if line.prev(k) else None):
        if country is not None and line.zh(country) not in HOME and line.units[country].kind in ("word", "place") \
                and (line.tag(country) == "ns" or line.zh(country).endswith(STATES)):
            return True
    return False


def mister(line: Line) -> None:
    """莫里森先生 → "Mr. Morrison", 女士 "Ms.": the courtesy title after a name goes before it
    (fmprc: 我们对莫里森先生将出任澳大利亚总理表示祝贺 "We congratulate Mr. Morrison")."""
    for k in line.find(COURTESY):
        name = line.prev(k)
        if name is None or not is_name(line, name):
            continue
        if line.units[name].en.split(" ", 1)[0].rstrip(".") in ("Dr", "Mr", "Ms", "Mrs", "Sir", "Madam"):
            line.set_en(k, "")  # 孙中山先生 "Dr Sun Yat-sen": titled already
            continue
        line.set_en(name, f"{COURTESY[line.zh(k)]} {line.units[name].en}")
        line.set_en(k, "")


def is_name(line: Line, k: int) -> bool:
    """Whether unit k is a person's name: found by the name finder, or a glossary term or a
    word jieba tags as a name (a few characters, its English capitalised words: 习近平 "Xi
    Jinping")."""
    u = line.units[k]
    if u.kind == "person":
        return True
    words = u.en.split()
    if len(u.zh) > 4 or not 0 < len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if u.kind == "word" and line.tag(k).startswith("nr"):
        return True  # 拜登 "Biden"
    return len(words) > 1 and (u.kind == "term" or (u.kind == "word" and not line.tag(k)))


def conference_title(line: Line) -> None:
    """A title line (no sentence end): DATE 外交部发言人 NAME 主持 例行记者会 → "Foreign Ministry
    Spokesperson NAME's Regular Press Conference on DATE"."""
    units = line.units
    last = line.prev(len(units))
    if last is None or line.is_mark(last):
        return
    hold = next((k for k, u in enumerate(units) if u.kind == "word" and u.zh == HOLDS), None)
    if hold is None or not units[last].zh.endswith(CONFERENCES) or hold >= last:
        return
    person = line.prev(hold)
    first = line.next(-1)
    if person is None or first is None or units[person].kind != "person" or not DATE.match(units[first].en):
        return
    line.set_en(person, units[person].en + "'s")
    line.set_en(hold, "")
    line.move(hold, hold + 1, person)  # the name's "'s" right before the conference: no article
    units = line.units
    for j in range(hold + 1, last + 1):
        if units[j].en:
            line.set_en(j, " ".join(w[:1].upper() + w[1:] for w in units[j].en.split()))
    line.set_en(first, "on " + units[first].en)
    line.move(first, first + 1, len(units))


#: Visits and their English after "pay" (fmprc: 进行国事访问 "pay a state visit", 进行正式访问
#: "pay an official visit", 进行工作访问 "pay a working visit").
VISITS = {"国事访问": "a state visit", "正式访问": "an official visit", "工作访问": "a working visit",
          "访问": "a visit"}
#: Words that join a clause's second verb phrase (…进行国事访问并举行会谈 "... and hold talks").
JOINERS = frozenset({"并", "并且", "和", "同时"})


def visits(line: Line) -> None:
    """对X进行国事访问 → "pay a state visit to X": the destination after the visit (a span of
    dates the earlier rules put after 进行 stays where it is, for `dates_last`)."""
    for k in line.find(frozenset({"进行"})):
        end = line.clause_end(k)
        v = next((j for j in range(k + 1, end)
                  if line.units[j].kind in ("word", "term") and line.zh(j) in VISITS), None)
        if v is None or any(line.is_verb(j) for j in range(k + 1, v)):
            continue
        line.set_en(k, "pay")
        line.set_en(v, VISITS[line.zh(v)])
        start = line.clause_start(k)
        to = next((j for j in range(k - 1, start - 1, -1) if line.units[j].kind == "word" and line.zh(j) == "对"), None)
        if to is not None:
            line.set_en(to, "to")
            line.move(to, k, v + 1)  # pay a state visit | to X
            continue
        to = next((j for j in range(k + 1, v) if line.units[j].kind == "word" and line.zh(j) == "对"), None)
        if to is not None:  # the prepositions rule put 对X after the verb already
            line.set_en(to, "to")
            line.move(to, v, v + 1)
            continue
        after = line.next(v)
        if after is not None and line.units[after].kind == "word" and line.zh(after) == "对":
            line.set_en(after, "to")  # … a state visit | 对X, already after it


def dates_last(line: Line) -> None:
    """将于5月3日至5日访问… → "will visit ... from May 3 to 5": a span of dates (于/在 DATE 至 DATE)
    inside a clause goes to the clause's end (or before 并 and the next verb phrase)."""
    units = line.units
    for p in range(len(units) - 1, -1, -1):
        if units[p].kind != "word" or units[p].zh not in ("于", "在") or units[p].en not in ("on", "in") \
                or p + 1 >= len(units) or units[p + 1].kind != "num":
            continue
        end, span = p + 1, False
        while end < len(units) and (units[end].kind in ("num", "space") or units[end].zh in ("至", "到", "日")):
            if units[end].zh in ("至", "到"):
                span = True
            elif span and units[end].kind == "num" and (day := ORDINAL_DAY.match(units[end].en)):
                line.set_en(end, day.group(1))  # 至5日 "to 5", not "to the 5th"
            elif units[end].zh == "日" and units[end].kind == "word":
                line.set_en(end, "")  # 4月4日至6日: the second day's 日 ("6", not "6 day")
            end += 1
        if end == p + 1 or not any(units[j].kind == "num" for j in range(p + 1, end)):
            continue
        stop = line.clause_end(end)
        stop = next((j for j in range(end, stop) if units[j].kind == "word" and units[j].zh in JOINERS), stop)
        if stop == end:
            continue
        if span:
            line.set_en(p, "from")
        line.move(p, end, stop)
        units = line.units  # a move makes a new list


#: Meetings held with someone, and their English after "hold" (Xinhua: 同…举行会谈 "hold talks
#: with ...", 举行会晤 "hold a meeting", 举行磋商 "hold consultations").
MEETINGS = {"会谈": "talks", "会晤": "a meeting", "磋商": "consultations", "对话": "a dialogue"}
#: 举行 and a meeting as jieba keeps them, one word.
HOLD_MEETINGS = {"举行" + zh: en for zh, en in MEETINGS.items()}
#: The prepositions of a partner (同 X, 与 X, 和 X).
WITH = frozenset({"同", "与", "和", "跟"})


def held_talks(line: Line) -> None:
    """同X举行会谈 → "hold talks with X": 举行 "hold" (not "be held") before a meeting, the
    partner after it."""
    for k in line.find(frozenset({"举行", *HOLD_MEETINGS})):
        if line.zh(k) in HOLD_MEETINGS:  # 举行会谈 as one word
            line.set_en(k, "hold " + HOLD_MEETINGS[line.zh(k)])
            m = k
        else:
            m = line.next(k) or k
            if m != k and line.zh(m) not in MEETINGS and line.is_noun(m):
                m = line.next(m) or k  # 举行视频会谈 "hold video talks"
            if m == k or line.units[m].kind != "word" or line.zh(m) not in MEETINGS:
                continue
            line.set_en(k, "hold")
            line.set_en(m, MEETINGS[line.zh(m)].removeprefix("a ") if m > k + 1 else MEETINGS[line.zh(m)])
        start = line.clause_start(k)
        w = next((j for j in range(k - 1, start - 1, -1) if line.units[j].kind == "word" and line.zh(j) in WITH), None)
        if w is None or any(line.is_verb(j) for j in range(w + 1, k)):
            continue
        line.set_en(w, "with")
        line.move(w, k, m + 1)  # hold talks | with X
