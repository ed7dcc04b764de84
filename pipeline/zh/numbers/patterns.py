"""The one regular expression that finds quantities in Chinese: alternatives in priority
order, each named for the handler in `chinese` that reads it. Compiled on first use."""

from __future__ import annotations

import re
from functools import cache

from pipeline.zh.chars import HAN_BASIC, SPACES
from pipeline.zh.numbers.tables import (
    APPROX_PREFIX,
    APPROX_SUFFIX,
    PARTS_OF_DAY,
    UNIT_NOT_BEFORE,
    UNITS,
)

# The parts: spaces, numerals (Arabic, Chinese), the classifiers of 第N, months, days, years.
_SP = f"[{SPACES}]*"  # OCR leaves spaces inside quantities: "3213 户", "4.54 亿元"
_CN_NUM = "[一二两三四五六七八九十〇零][〇零一二两三四五六七八九十百千万亿]*"
_CN_CHARS = "〇零一二两三四五六七八九十百千万亿"
_ARABIC = r"[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_ORD_CLASSIFIERS = ("次", "届", "个", "批", "期", "轮", "季度", "名", "位", "章", "条", "款",
                    "项", "部分", "阶段", "节", "天", "年", "层", "代", "家", "件", "场", "站", "号")
_MON_A = r"1[0-2](?![0-9])|0?[1-9](?![0-9])"
_MON_C = "(?:十[一二]?|[一二三四五六七八九])"
_DAY = (r"3[01](?![0-9])|[12][0-9](?![0-9])|0?[1-9](?![0-9])"
        r"|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]")
_YEAR = r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])|[〇零一二三四五六七八九]{4}"
#: Verbs that follow a bare day in news reports (习近平11日签署, 大会5日开幕).
_NEWS_VERBS = ("在|召开|举行|举办|签署|发布|发表|出席|会见|会谈|表示|宣布|开幕|闭幕|访问|致电|"
               "通电话|主持|抵达|启程|开始|结束|公布|印发|晚间|凌晨|起")


def _unit_pattern(units: list[str]) -> str:
    """An alternation of units, longest first, tolerating OCR spaces between characters."""
    alts = []
    for u in sorted(units, key=len, reverse=True):
        body = _SP.join(re.escape(c) for c in u)
        stop = UNIT_NOT_BEFORE.get(u)
        alts.append(body + (f"(?![{stop}])" if stop else ""))
    return "|".join(alts)


def _date_alt() -> str:
    """2024年3月5日, 2023年(度|代), 1月30日, 三月五日; a Chinese-numeral month alone only
    after 年/至/到/和/或 or a non-Chinese character (统一月度 is not January)."""
    s, mon = _SP, f"{_MON_A}|{_MON_C}"
    # a part of the day after a day (5日上午 "on the morning of the 5th"), unless a clock
    # time follows it (上午9时 is the clock's)
    part = f"(?:{'|'.join(PARTS_OF_DAY)})(?!{s}[0-9])"
    full = (rf"(?P<y>{_YEAR}){s}年(?P<decade>代)?度?"
            rf"(?:{s}(?P<m1>{mon}){s}月份?(?:{s}(?P<d1>{_DAY}){s}[日号](?P<p1>{part})?)?)?")
    month_c = rf"(?:(?<=[年至到和或])|(?<![{HAN_BASIC}])){_MON_C}"
    month = (rf"(?<![0-9])(?P<m2>{_MON_A}|{month_c}){s}月份?"
             rf"(?:{s}(?P<d2>{_DAY}){s}[日号](?P<p2>{part})?)?")
    # 1至6月: the first month of a range takes the 月 of the second
    first = rf"(?<![0-9])(?P<m3>{_MON_A})(?={s}[至到—–~-]{s}(?:{_MON_A}){s}月)"
    # a day alone (news style: 习近平11日签署, 5日下午), only where what follows makes it a
    # date: a time of day, a dateline, a range, a pause, or a verb of news reports
    day = (rf"(?<![0-9.月])(?P<d4>3[01]|[12][0-9]|0?[1-9]){s}日"
           rf"(?:(?P<p4>{part})|(?=[上下早晚中凌]|电|讯|[至到—–~，、]|{_NEWS_VERBS}))")
    return f"(?P<DATE>{full}|{month}|{first}|{day})"


def _arabic_alt(units: str, pre: str, post: str) -> str:
    """[约]390[多]万[多](人次|%|倍|个百分点|A级)[以上]: digits, scale, unit, approximation."""
    s = _SP
    mult = "(?:千(?![瓦米克])|百(?!分))?(?:万|亿)*"  # 千米 is km, not 千 × 米
    unit = rf"(?P<unit>个?{s}百{s}分{s}点|[%‰]|倍(?:{s}多)?|{units})|(?P<latin>[A-Za-z]+(?:{s}级)?)"
    return (rf"(?P<AR>(?P<pre>{pre})?(?P<num>{_ARABIC})(?:{s}(?P<ap1>[多余]))?"
            rf"(?:{s}(?P<mult>{mult}))?(?:{s}(?P<ap2>[多余]))?(?:{s}(?:{unit}))?"
            rf"(?:{s}(?P<post>{post}))?)")


def _chinese_alt(units: str, pre: str, post: str) -> str:
    """两轮, 三十多万人, 一亿二千万元: a Chinese numeral needs a unit; not after a quote
    mark or inside a numeral, not before another numeral ("五个一", 一户一策: slogans); not
    新一届 "the new (government, leadership)", a word of its own, no count of one."""
    s = _SP
    return (rf"(?P<CN>(?<![{_CN_CHARS}\"“‘'「『])(?!(?<=新)一届)(?P<cpre>{pre})?(?P<cn>{_CN_NUM})"
            rf"(?P<cap>[多余])?(?P<cmult>[万亿]*){s}(?P<cunit>个?{s}百{s}分{s}点|倍(?:{s}多)?|{units})"
            rf"(?![〇零一二两三四五六七八九十])(?:{s}(?P<cpost>{post}))?)")


@cache
def master_pattern() -> re.Pattern[str]:
    """One pattern, alternatives in priority order (the first that matches at a position wins)."""
    s = _SP
    units = _unit_pattern(list(UNITS))
    pre = "|".join(sorted(APPROX_PREFIX, key=len, reverse=True))
    post = "|".join(_SP.join(w) for w in APPROX_SUFFIX if len(w) > 1)
    ord_cl = "|".join(_ORD_CLASSIFIERS)
    enum_before = r"\s。；;：:！!？?，,、\"“”'‘’（("
    alternatives = [
        _date_alt(),
        # 百分之三十 → 30%, 千分之五 → 5‰
        (rf"(?P<PCTCN>(?P<per>[百千])分之{s}(?P<pc>[0-9]+(?:\.[0-9]+)?"
         rf"|{_CN_NUM}(?:点[〇零一二三四五六七八九]+)?))"),
        rf"(?P<FAN>翻了?{s}(?P<fan>[一两二三四五六七八九十]|[0-9]+){s}番)",  # 翻一番 → doubled
        r"(?P<WEEK>星期(?P<wd>[一二三四五六日天]))",
        # 上午9时 → 9 a.m., 下午3时30分 → 3:30 p.m. (a bare 3点 may be "3 points": not read)
        # (the match starts at the digit, so that 上/下/中 need not open a match everywhere;
        # the handler takes the two characters before it into the quantity)
        # (晚 after a day or a weekday, news style: 18日晚10时, 周一晚10时 → "10 p.m.")
        (rf"(?P<CLOCK>(?<=上午|下午|晚上|凌晨|早上|中午|[日一二三四五六天]晚)(?P<ch>[01]?[0-9]|2[0-4]){s}时"
         rf"(?:{s}(?P<cm>[0-5]?[0-9]){s}分)?)"),
        # 8时30分 → 8:30
        rf"(?P<TIME>(?<![0-9])(?P<hh>[01]?[0-9]|2[0-4]){s}[时点]{s}(?P<mm>[0-5][0-9]){s}分)",
        # 五届八次; 十四届全国人大(常委会)三次会议 (a body between, a meeting after: not a count)
        (rf"(?P<SESS>(?P<s1>{_CN_NUM}|[0-9]+){s}届{s}(?:[{HAN_BASIC}]{{0,8}}?"
         rf"(?<![〇零一二两三四五六七八九十百千])(?=[{_CN_CHARS}0-9][{_CN_CHARS}0-9]*{s}次{s}(?:会议|全体会议|全会)))?"
         rf"(?P<s2>{_CN_NUM}|[0-9]+){s}次)"),
        rf"(?P<TERM>(?P<t1>{_CN_NUM}|[0-9]+){s}届)(?=[一二三四五六七八九]中全会)",  # 十九届四中全会
        r"(?P<FIRST>首届)",
        rf"(?P<ORD>第{s}(?P<ord>[0-9]+|{_CN_NUM})(?:{s}(?P<ordcl>{ord_cl}))?)",  # 第五次, 第73号
        rf"(?P<ENUM>(?<![^{enum_before}])(?P<en_n>[一二三四五六七八九十]{{1,2}})是)",  # 一是
        r"(?P<LIST>(?<![^\n：:；;])(?P<li_n>[一二三四五六七八九十]{1,3})[、．])",  # 一、 at line start or after ：
        r"(?P<PAREN>[（(](?P<pa_n>[一二三四五六七八九十]{1,3})[)）])",  # （一）
        _arabic_alt(units, pre, post),
        _chinese_alt(units, pre, post),
    ]
    # Every alternative starts with one of these: checking it first makes the scan ~6× faster.
    lead = "0-9" + _CN_CHARS + "第翻星首（(" + "".join({w[0] for w in APPROX_PREFIX})
    return re.compile(f"(?=[{lead}])(?:{'|'.join(alternatives)})")
