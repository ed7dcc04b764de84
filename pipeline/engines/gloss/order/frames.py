"""Prepositional phrases: the frames 在/于 X 中/下/方面 (one English preposition before X,
the Chinese postposition dropped), and a phrase inside a clause (对/通过/围绕/在 X before
the verb) moved after the verb's phrase, where English has it."""

from __future__ import annotations

from pipeline.engines.gloss.order.articles import DETERMINERS
from pipeline.engines.gloss.order.line import INNER_MARKS, Line

OPENERS = frozenset({"在", "于"})
#: Verbs of being: a phrase before them belongs to the subject, not to them.
COPULAS = frozenset({"是", "为", "有", "在"})
#: Postpositions closing a 在 frame → the English preposition (Li & Thompson, ch. 11
#: "locative phrases"; GWR English: 在…下 "under", 在…方面 "in", 在…基础上 "on the basis of").
FRAMES = {"中": "in", "之中": "in", "当中": "in", "里": "in", "内": "in", "方面": "in", "上": "in",
          "下": "under", "期间": "during", "过程中": "in the process of", "基础上": "on the basis of",
          "背景下": "against the backdrop of", "前提下": "on the premise of", "框架下": "under",
          "之际": "on the occasion of", "同时": "while", "后": "after", "之后": "after", "以后": "after",
          "前": "before", "之前": "before", "时": "when", "之时": "when", "之下": "under"}
#: Gatherings 在…上 puts an event at: "at" (China Daily: 在新闻发布会上表示 "said at a news
#: conference", 在开幕式上 "at the opening ceremony"; 在会议上 "at the meeting").
GATHERINGS = ("会议", "大会", "发布会", "记者会", "吹风会", "座谈会", "研讨会", "招待会", "峰会", "论坛", "年会",
              "仪式", "开幕式", "闭幕式", "典礼", "博览会", "晚会", "宴会", "例会")
#: Gatherings held again and again ("at a news conference"); a gathering's noun phrase that opens
#: with one of `articles.DETERMINERS` takes no article.
BRIEFINGS = ("发布会", "记者会", "吹风会", "座谈会", "招待会", "例会")
#: Nouns that join the postposition after them into one frame (在X领导下 "under the
#: leadership of X", 在X基础上 "on the basis of X").
FRAME_NOUNS = {("基础", "上"): "on the basis of", ("过程", "中"): "in the process of",
               ("背景", "下"): "against the backdrop of", ("领导", "下"): "under the leadership of",
               ("指导", "下"): "under the guidance of", ("支持", "下"): "with the support of",
               ("帮助", "下"): "with the help of", ("前提", "下"): "on the premise of",
               ("框架", "下"): "under the framework of", ("情况", "下"): "under circumstances of"}
#: Prepositions whose phrase goes after the verb's phrase inside a clause (对 X 作出部署 →
#: "make plans for X"), with their English there.
#: Days of the week (周/星期 + 一…日/天).
WEEKDAYS = frozenset(p + d for p in ("周", "星期", "礼拜") for d in "一二三四五六日天")
POSTPOSED = {"对": "for", "通过": "through", "围绕": "around", "在": "in", "于": "in", "以": "with"}
#: 以 means "with" before a noun and its verb, the phrase after the verb's (以实际行动迎接… "greet
#: ... with concrete actions", 以前所未有力度推进 "advance ... with unprecedented intensity"), not
#: in 以X为Y (`rules.take_as`) and not before a verb (以促进 "to promote").
FRAME_YI = "以"


def frames(line: Line) -> None:
    """在巩固成果方面做了哪些工作 → "done what work in consolidating the gains"."""
    for k in line.find(OPENERS):
        close = frame_close(line, k)
        if close is None:
            continue
        pair = (line.zh(line.prev(close) or 0), line.zh(close))
        if pair in FRAME_NOUNS and line.prev(close) != line.next(k):
            line.set_en(line.prev(close) or 0, "")
            line.set_en(k, FRAME_NOUNS[pair])
        elif line.zh(close) == "上" and line.zh(line.prev(close) or 0).endswith(GATHERINGS):
            line.set_en(k, at_gathering(line, k, line.prev(close) or 0))  # 在新闻发布会上 "at a news conference"
        else:
            line.set_en(k, FRAMES[line.zh(close)])
        line.set_en(close, "")
        postpose(line, k, close + 1)  # last: k may hold another unit after it


def at_gathering(line: Line, k: int, noun: int) -> str:
    """"at" and the article of the gathering after it (one of many briefings: "at a news
    conference"; the event: "at the opening ceremony"), none after a determiner or a name."""
    first = line.next(k)
    en = line.units[first].en if first is not None else ""
    if not en or en[:1].isupper() or en.split(" ", 1)[0] in DETERMINERS or line.units[first or 0].kind == "num":
        return "at"
    return "at a" if line.zh(noun).endswith(BRIEFINGS) else "at the"


def frame_close(line: Line, k: int) -> int | None:
    """The postposition closing the frame opened at k: the last FRAMES word before the clause
    ends that is followed by a mark or a verb (None if there is none)."""
    end = line.clause_end(k)
    found = None
    for j in range(k + 2, end):
        if line.zh(j) in OPENERS:
            break  # 在X之下、在Y之时: each frame closes before the next opens
        if line.zh(j) in FRAMES and line.units[j].kind == "word":
            after = line.next(j)
            if after is None or after >= end or line.is_verb(after) or line.tag(after) == "d" \
                    or line.ends_clause(after):
                found = j
    return found


def prepositions(line: Line) -> None:
    """对/通过/围绕/在 X followed by the verb: the phrase goes after the verb's phrase
    (在我县举行 → "held in our county")."""
    for k in line.find(POSTPOSED):
        zh = line.zh(k)
        if zh in OPENERS and on_day(line, k):
            line.set_en(k, "on")  # 于周四 "on Thursday", moved or not
        if zh in OPENERS and frame_close(line, k) is not None:
            continue  # a frame: `frames` has placed it
        before = line.prev(k)
        if before is not None and (line.is_verb(before) or line.zh(before) == "的"):
            continue  # 审议通过: a verb of its own; 的立场|对X: a modifier the noun took
        end = line.clause_end(k)
        if zh == FRAME_YI and any(line.zh(j)[:1] == "为" or line.zh(j) in ("来", "而") for j in range(k + 1, end)):
            continue  # 以X为Y: a frame of its own; 以X来V: the means said with "by"
        verb = next((j for j in range(k + 1, end) if line.is_verb(j)), None)
        if verb is not None and line.zh(verb) in COPULAS:
            continue  # 对X的立场是…: the phrase belongs to the subject
        if verb is not None and not any(line.is_noun(j) or line.tag(j) in ("", "r") for j in range(k + 1, verb)):
            continue  # 应对和解决: no noun, no phrase
        if verb is None or verb == line.next(k) or any(
                line.zh(j) == "的" or (line.is_mark(j) and line.zh(j) not in INNER_MARKS) for j in range(k, verb)):
            continue  # no noun between, a modifier moved in (的), or a mark: no phrase to move
        while (p := line.prev(verb)) is not None and p > k + 1 and line.units[p].kind == "word" \
                and line.tag(p) in ("d", "ad"):
            verb = p  # 以视频方式成功举行: the adverb stays before its verb
        en = line.units[k].en
        line.set_en(k, en if en == "on" else POSTPOSED[zh])
        if not postpose(line, k, verb, opening=zh == FRAME_YI):
            line.set_en(k, en)


def on_day(line: Line, k: int) -> bool:
    """Whether the phrase after 在/于 at k is a day (于周四 "on Thursday", 于12月15日 "on
    December 15"): English has "on" before a day, "in" before a month or year."""
    j = line.next(k)
    if j is None:
        return False
    u = line.units[j]
    return u.zh in WEEKDAYS or (u.kind == "num" and u.zh.endswith(("日", "号")) and "月" in u.zh)


def postpose(line: Line, a: int, b: int, opening: bool = False) -> bool:
    """Move the phrase units[a:b] to the end of its clause when it stands inside the clause
    (something before it: a subject or adverb; `opening`: or at its start) and a verb follows
    it; whether it moved."""
    start, end = line.clause_start(a), line.clause_end(a)
    before = [j for j in range(start, a) if line.units[j].kind != "space"]
    after = line.next(b - 1)
    while after is not None and after < end and line.units[after].kind == "word" and line.tag(after) in ("d", "ad"):
        after = line.next(after)  # adverbs, then the verb
    if (not before and not opening) or after is None or after >= end or not line.is_verb(after) or line.quoted(a) \
            or line.quoted(b):
        return False  # nothing moves into or out of a quotation
    if any(line.zh(j) in OPENERS | POSTPOSED.keys() and line.zh(j) != FRAME_YI for j in range(b, end)):
        return False  # a second phrase in the clause: leave both (以's has gone last)
    line.move(a, b, end)
    return True
