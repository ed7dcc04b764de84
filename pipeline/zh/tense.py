"""The time a Chinese clause speaks of, for English tense: Chinese marks no tense on its
verbs, so the time comes from the document (the section a sentence stands in: a work
report's review of the past year, its plans for this one) and from the sentence's own words
(time words, the aspect particle 了, 以来 "since", verbs of reporting, modal verbs).

The cues are the ones the official English of the Reports on the Work of the Government and
Xinhua/China Daily news follow: a review section ("2018年工作回顾", "I. 2018 in Review") is
told in the past ("we strengthened ..."), the work plan ("2019年政府工作任务") as "we will
...", news reported by a speaker or a statistics release (表示/说/显示) in the past ("..., the
National Bureau of Statistics said"), and 了 marks a completed action (Li & Thompson,
Mandarin Chinese, ch. 6 "perfective 了").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

PAST, PRESENT, FUTURE, PERFECT = "past", "present", "future", "perfect"
#: The future of suggestions: a section of proposals to the congress (GWR 2023 二、对今年政府
#: 工作的建议, "II. Suggestions for the Government's Work This Year": "We should ...").
ADVICE = "advice"
#: Heading words of a review section (GWR: 一、2018年工作回顾 "2018 in Review", 一、过去一年
#: 和五年工作回顾 "A Review of Our Work in 2022 and over the Past Five Years").
REVIEW_HEADINGS = ("回顾", "过去一年", "过去五年", "五年来", "年来工作")
#: Heading words of a plan section (GWR: 三、2019年政府工作任务 "What We Will Do in 2019",
#: 二、2019年经济社会发展总体要求和政策取向, 二、对今年政府工作的建议, 主要预期目标). Not 今年
#: alone: a news item's title with 今年 sets no plan for the sentences after it.
ADVICE_HEADINGS = ("建议",)
PLAN_HEADINGS = ("工作任务", "总体要求", "政策取向", "预期目标", "工作安排", "重点工作")
#: Words (jieba tokens) of a past time or a completed action.
PAST_WORDS = frozenset({"了", "去年", "上年", "前年", "昨天", "昨日", "此前", "曾", "曾经", "过去一年",
                        "五年来", "近年来"})
#: Time words that open a clause before its subject (去年城镇调查失业率… "Last year, the
#: surveyed urban unemployment rate ..."), whatever their dictionary tag.
TIME_WORDS = PAST_WORDS | frozenset({"今年", "明年", "目前", "当前", "现在", "近年", "同时", "此外", "其中"})
#: Words with which news reports what someone said or a release showed: the report is past
#: (Xinhua/China Daily English: "..., the National Bureau of Statistics said").
REPORTING_WORDS = frozenset({"表示", "说", "称", "显示", "指出", "介绍", "透露", "宣布", "公布",
                             "据悉", "强调"})
#: The speaker's own words open with these (我想强调的是，… "I want to stress that ..."): their
#: verbs of saying are no report of the past.
FIRST_PERSON = frozenset({"我", "我们"})
#: Words of a plan or an intention: "will" (GWR English: 今年要… "This year, we will ...").
FUTURE_WORDS = frozenset({"今年", "明年", "将要", "要", "拟", "即将", "力争", "预计"})
#: "since" a time: the present perfect (去年以来，全县… "Since last year, the county has ...").
SINCE = "以来"
#: 今年 "this year" is a plan's time unless a month, a quarter or "since" follows it (今年
#: 7月, 今年上半年, 今年前三个月, 今年以来: news of figures already out).
THIS_YEAR = "今年"
DATED = frozenset("一二三四五六七八九十上下前第以首")
#: Two-word cues jieba cuts apart (过去/一年, 五年/来).
PAST_PAIRS = frozenset({("过去", "一年"), ("过去", "五年"), ("五年", "来"), ("过去", "几年")})
#: 将 before a verb, an adverb or a preposition is "will" (我国将全面深化… "The country will ..."; 将于5月
#: 3日访华 "will visit China on May 3"); before a noun it marks
#: the object (将税率降至… "cut the rate to ..."), like 把, and says nothing of the time.
WILL = "将"
#: The tags (first letters) of the words after which 将 is "will": verbs, adverbs, prepositions.
WILL_BEFORE = ("v", "d", "p")


def _dated(word: str) -> bool:
    """Whether a word after 今年 narrows it to a month or a quarter (今年7月, 今年上半年,
    今年以来): figures of a time gone by, not a plan."""
    return word[:1].isdigit() or word[:1] in DATED


@lru_cache(maxsize=1024)
def section_time(heading: str) -> str | None:
    """The time a heading sets for the sentences under it (PAST for a review, FUTURE for a
    plan, ADVICE for suggestions), None for a heading that sets none (a topic's, "（一）…")."""
    if any(w in heading for w in REVIEW_HEADINGS):
        return PAST
    if any(w in heading for w in ADVICE_HEADINGS):
        return ADVICE
    if any(w in heading for w in PLAN_HEADINGS):
        return FUTURE
    return None


def _cues() -> re.Pattern[str]:
    words = REPORTING_WORDS | PAST_WORDS | FUTURE_WORDS | {SINCE, "了", WILL, "过去", "五年"}
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


#: Any of the sentence's own cues (one search: most sentences have none, and take their section's).
CUES = _cues()


def sentence_time(words: Sequence[str], section: str = "", pos: Callable[[str], str] = str,
                  text: str | None = None) -> str:
    """The time of a sentence given as its jieba words: its own cues first (a report or 了:
    past; a plan's words: future; a past time word: past), then the section's (`section`:
    the heading it stands under), else PRESENT. `pos`: a word's part of speech (jieba's
    tags: for 将 before a verb or an adverb); `text`: the sentence, when given, is searched
    for any cue first."""
    if text is not None and not CUES.search(text):
        return section_time(section) or PRESENT
    seen = set(words)
    if seen & REPORTING_WORDS and (not words or words[0] not in FIRST_PERSON):
        return PAST  # (a speaker's own 我想强调… is said now: no report)
    if SINCE in (text or "".join(words)) and any(w.endswith(SINCE) for w in seen):  # 去年以来 "since last year"
        return PERFECT
    if "了" in seen:
        return PAST
    if (seen & FUTURE_WORDS and any(w in FUTURE_WORDS and not (w == THIS_YEAR and _dated(v))
                                   for w, v in zip(words, [*words[1:], ""]))) \
            or (WILL in seen and any(w == WILL and pos(v)[:1] in WILL_BEFORE for w, v in itertools.pairwise(words))):
        return ADVICE if section and section_time(section) == ADVICE else FUTURE
    pairs = ("过去" in seen or "五年" in seen) and any(p in PAST_PAIRS for p in itertools.pairwise(words))
    if seen & PAST_WORDS or pairs:
        return PAST
    return section_time(section) or PRESENT
