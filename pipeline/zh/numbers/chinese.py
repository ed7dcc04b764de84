"""Numbers in Chinese text: find every numeric expression, render it in English, and
check that an English text (from any engine or a human) states the same numbers.

    find_quantities(zh)      every numeric expression of zh, left to right, with its
                             value (Decimal, base units), English unit and rendering
    english_values(en)       every number an English text states, scaled
    missing_numbers(zh, en)  the quantities of zh whose value en does not state

All arithmetic is Decimal: 121.7亿 is Decimal("12170000000") and renders as
"12.17 billion", never 12.169999.... The rule tables come first, each with its source.

Matching rules (what `missing_numbers` accepts as "stated"):
- amount, count, percent: the value itself, however written ("14,700", "14.7 thousand",
  "1.47 ten thousand", "twenty", "RMB 2 billion", "2bn", "30 percent").
- multiple (倍): the multiple as written, or ×100 as a percentage. After an increase verb
  (增长2.5倍, "grew by 2.5 times" = new is 3.5× old, GB/T 15835 usage) also the ratio
  N+1 and (N+1)×100: "up 250%", "2.5 times", "3.5 times the level", "350% of" all match.
  翻一番/翻两番: the ratio (2, 4: "doubled", "quadrupled", "twice") or the increase in %.
- ordinal, enumerator: an ordinal word or number ("fifth", "5th", "Firstly") or the digit.
- date: month and day as "January 30", "Jan. 30", "30 January", "2024-01-30"; a year
  as the number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

__all__ = [
    "Quantity",
    "english_dates",
    "english_ordinals",
    "english_values",
    "find_quantities",
    "format_number",
    "missing_numbers",
    "parse_chinese_numeral",
]

# ---------------------------------------------------------------------------------------
# Rule tables
# ---------------------------------------------------------------------------------------

# Chinese digits. 两 = 2 before measure words and 万/亿; 〇/零 = 0.
# Source: Xiandai Hanyu Cidian (7th ed.), entries 〇 零 一 二 两 三 四 五 六 七 八 九.
CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
# Place and section characters: 十 10, 百 10^2, 千 10^3; 万 = 10^4, 亿 = 10^8
# (Xiandai Hanyu Cidian); 万亿 = 10^12 (GB/T 15835-2011 §4.4 uses 万/亿 as scale words).
CN_PLACES: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CN_SECTIONS: dict[str, int] = {"万": 10**4, "亿": 10**8}

# Units after a number: zh → (English singular, English plural, kind, role).
# role: "noun"       the English noun is shown: 3213户 → "3,213 households"
#       "classifier" a measure word folded into the noun that follows or precedes it
#                    (CC-CEDICT "classifier for ..."): 134项 → "134"; 一 + classifier is
#                    left to the engine ("a"/"one")
#       "event"      like noun, but 一 + it is left to the engine (一次性, 一批次)
#       "ordinal"    届: 五届 → "fifth" (市委五届八次全会)
#       "template"   the singular is a format: 二期 → "phase 2", 3年级 → "grade 3"
# Sources: money — ISO 4217 names (CNY "yuan", USD, EUR, HKD); measures — the PRC legal
# units (GB 3100-1993, 《中华人民共和国法定计量单位》; 亩 = mu, 斤 = jin); 人次 "person-time"
# is the rendering of China's official statistical communiqués (NBS English edition);
# other nouns and classifiers — CC-CEDICT.
UNITS: dict[str, tuple[str, str, str, str]] = {
    "元": ("yuan", "yuan", "amount", "noun"),
    "人民币": ("yuan", "yuan", "amount", "noun"),
    "美元": ("US dollar", "US dollars", "amount", "noun"),
    "欧元": ("euro", "euros", "amount", "noun"),
    "港元": ("Hong Kong dollar", "Hong Kong dollars", "amount", "noun"),
    "公里": ("km", "km", "amount", "noun"),
    "千米": ("km", "km", "amount", "noun"),
    "km": ("km", "km", "amount", "noun"),
    "米": ("meter", "meters", "amount", "noun"),
    "厘米": ("cm", "cm", "amount", "noun"),
    "毫米": ("mm", "mm", "amount", "noun"),
    "平方米": ("square meter", "square meters", "amount", "noun"),
    "㎡": ("square meter", "square meters", "amount", "noun"),
    "平方公里": ("square kilometer", "square kilometers", "amount", "noun"),
    "平方千米": ("square kilometer", "square kilometers", "amount", "noun"),
    "立方米": ("cubic meter", "cubic meters", "amount", "noun"),
    "亩": ("mu", "mu", "amount", "noun"),
    "公顷": ("hectare", "hectares", "amount", "noun"),
    "吨": ("tonne", "tonnes", "amount", "noun"),
    "公斤": ("kg", "kg", "amount", "noun"),
    "千克": ("kg", "kg", "amount", "noun"),
    "kg": ("kg", "kg", "amount", "noun"),
    "斤": ("jin", "jin", "amount", "noun"),
    "千瓦时": ("kWh", "kWh", "amount", "noun"),
    "千瓦": ("kW", "kW", "amount", "noun"),
    "兆瓦": ("MW", "MW", "amount", "noun"),
    "人次": ("person-time", "person-times", "count", "noun"),
    "人": ("person", "people", "count", "noun"),
    "户": ("household", "households", "count", "noun"),
    "轮": ("round", "rounds", "count", "noun"),
    "年": ("year", "years", "count", "noun"),
    "个月": ("month", "months", "count", "noun"),
    "天": ("day", "days", "count", "noun"),
    "小时": ("hour", "hours", "count", "noun"),
    "分钟": ("minute", "minutes", "count", "noun"),
    "周岁": ("year old", "years old", "count", "noun"),
    "岁": ("year old", "years old", "count", "noun"),
    "次": ("time", "times", "count", "event"),
    "批次": ("batch", "batches", "count", "event"),
    "届": ("", "", "ordinal", "ordinal"),
    "期": ("phase {n}", "phase {n}", "ordinal", "template"),
    "年级": ("grade {n}", "grade {n}", "ordinal", "template"),
    **{c: ("", "", "count", "classifier") for c in (
        "个", "项", "座", "家", "名", "处", "所", "件", "间", "条", "位", "批", "台", "辆",
        "套", "种", "类", "张", "本", "部", "支", "栋", "幢", "架", "艘", "头", "只", "篇",
        "份", "起", "例", "宗", "场", "块", "片", "棵", "株", "口", "门", "盏")},
}
# A unit is not read as one when followed by these (the character starts another word):
# 100万人口 is "1 million" + 人口 "population", 3部门 is 3 + 部门 "departments".
UNIT_NOT_BEFORE: dict[str, str] = {
    "人": "民口均员才大工士", "户": "籍口型厕", "部": "门署分", "场": "馆所景地",
    "所": "有以属", "名": "单称义", "间": "隔", "条": "件例", "种": "植子", "类": "型别",
    "片": "区", "口": "岸径", "支": "持付出", "天": "然津下空", "期": "间限待望末初中刊货",
    "米": "粮", "门": "类户槛", "年": "级代",
}
UNIT_TIME = frozenset({"年", "个月", "天", "小时", "分钟"})

# Approximation words and their English (Xiandai Hanyu Cidian: 多/余 after a number "more
# than"; 以上 "and above"; 左右 "about"). Prefixes stand before the number, the rest after.
APPROX_PREFIX: dict[str, str] = {
    "大约": "about", "约": "about", "超过": "over", "逾": "over",
    "将近": "nearly", "接近": "nearly", "近": "nearly",
}
APPROX_SUFFIX: dict[str, str] = {"多": "over", "余": "over", "以上": "over", "以下": "under",
                                 "左右": "about"}
# Verbs before 倍 that make it an increase: 增长2.5倍 = "up 250%" (GB/T 15835-2011 §4.3 and
# the NBS style guide: 增长N倍 means an increase of N×100%).
INCREASE_VERBS = re.compile(r"(?:增长|增加|提高|提升|上升|扩大|增|涨)了?[ \t]*$")
# 翻N番: doubled N times (Xiandai Hanyu Cidian 翻番).
FAN_EN: dict[int, str] = {1: "doubled", 2: "quadrupled"}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS: dict[str, str] = {"一": "Monday", "二": "Tuesday", "三": "Wednesday", "四": "Thursday",
                            "五": "Friday", "六": "Saturday", "日": "Sunday", "天": "Sunday"}
# English number words (Chicago Manual of Style 9.2: spell out whole numbers up to ten
# in prose; we spell out Chinese-numeral counts up to ten: 两轮 → "two rounds").
ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth")
ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}
# English scale words a translation may use, including the literal calques of 万 and 亿.
EN_SCALES: dict[str, int] = {
    "hundred million": 10**8, "ten thousand": 10**4, "hundred thousand": 10**5,
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "hundred": 100, "bn": 10**9, "bln": 10**9, "mn": 10**6, "mln": 10**6, "tn": 10**12,
    "k": 10**3,
}
# Multiplicative words (Merriam-Webster): "doubled" states 2, "threefold" 3.
EN_MULTIPLES: dict[str, int] = {
    "twice": 2, "double": 2, "doubled": 2, "doubling": 2, "twofold": 2,
    "triple": 3, "tripled": 3, "tripling": 3, "threefold": 3, "thrice": 3,
    "quadruple": 4, "quadrupled": 4, "fourfold": 4, "fivefold": 5, "tenfold": 10,
}
# Full-width digits and signs → ASCII, one character for one, so offsets stay put.
FULLWIDTH = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
_FULLWIDTH_ANY = re.compile("[０-９％．]")  # most text has none: no translate() copy then

# ---------------------------------------------------------------------------------------
# The quantity
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    """One numeric expression of a Chinese text. `value` is in base units (121.7亿 →
    12170000000; 72% → 72; a 倍 multiple as written, 2.5)."""

    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str
    en: str
    kind: str  # amount | percent | multiple | date | ordinal | enumerator | count
    date: tuple[int | None, int | None, int | None] | None = None  # (year, month, day)
    alternatives: tuple[Decimal, ...] = ()  # other values an English text may state instead


# ---------------------------------------------------------------------------------------
# The patterns (compiled on first use)
# ---------------------------------------------------------------------------------------

_SP = r"[ \t\u3000]*"  # OCR leaves spaces inside quantities: "3213 户", "4.54 亿元"
_CN_NUM = "[一二两三四五六七八九十〇零][〇零一二两三四五六七八九十百千万亿]*"
_CN_CHARS = "〇零一二两三四五六七八九十百千万亿"
_ARABIC = r"[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_ORD_CLASSIFIERS = ("次", "届", "个", "批", "期", "轮", "季度", "名", "位", "章", "条", "款",
                    "项", "部分", "阶段", "节", "天", "年", "层", "代", "家", "件", "场", "站", "号")


def _unit_pattern(units: list[str]) -> str:
    """An alternation of units, longest first, tolerating OCR spaces between characters."""
    alts = []
    for u in sorted(units, key=len, reverse=True):
        body = _SP.join(re.escape(c) for c in u)
        stop = UNIT_NOT_BEFORE.get(u)
        alts.append(body + (f"(?![{stop}])" if stop else ""))
    return "|".join(alts)


_MON_A = r"1[0-2](?![0-9])|0?[1-9](?![0-9])"
_MON_C = "(?:十[一二]?|[一二三四五六七八九])"
_DAY = (r"3[01](?![0-9])|[12][0-9](?![0-9])|0?[1-9](?![0-9])"
        r"|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]")
_YEAR = r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])|[〇零一二三四五六七八九]{4}"
#: Parts of the day after a date, as English news writes them: "on the morning of March 5".
PARTS_OF_DAY = {"上午": "the morning of", "下午": "the afternoon of", "晚上": "the evening of",
                "晚间": "the evening of", "早上": "the morning of", "凌晨": "the early hours of",
                "中午": "noon on"}
#: Verbs that follow a bare day in news reports (习近平11日签署, 大会5日开幕).
_NEWS_VERBS = ("在|召开|举行|举办|签署|发布|发表|出席|会见|会谈|表示|宣布|开幕|闭幕|访问|致电|"
               "通电话|主持|抵达|启程|开始|结束|公布|印发|晚间|凌晨|起")


def _date_alt() -> str:
    """2024年3月5日, 2023年(度|代), 1月30日, 三月五日; a Chinese-numeral month alone only
    after 年/至/到/和/或 or a non-Chinese character (统一月度 is not January)."""
    s, mon = _SP, f"{_MON_A}|{_MON_C}"
    # a part of the day after a day (5日上午 "on the morning of the 5th"), unless a clock
    # time follows it (上午9时 is the clock's)
    part = f"(?:{'|'.join(PARTS_OF_DAY)})(?!{s}[0-9])"
    full = (rf"(?P<y>{_YEAR}){s}年(?P<decade>代)?度?"
            rf"(?:{s}(?P<m1>{mon}){s}月份?(?:{s}(?P<d1>{_DAY}){s}[日号](?P<p1>{part})?)?)?")
    month_c = rf"(?:(?<=[年至到和或])|(?<![\u4e00-\u9fff])){_MON_C}"
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
    mark or inside a numeral, not before another numeral ("五个一", 一户一策: slogans)."""
    s = _SP
    return (rf"(?P<CN>(?<![{_CN_CHARS}\"“‘'「『])(?P<cpre>{pre})?(?P<cn>{_CN_NUM})"
            rf"(?P<cap>[多余])?(?P<cmult>[万亿]*){s}(?P<cunit>个?{s}百{s}分{s}点|倍(?:{s}多)?|{units})"
            rf"(?![〇零一二两三四五六七八九十])(?:{s}(?P<cpost>{post}))?)")


@cache
def _master() -> re.Pattern[str]:
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
        (rf"(?P<CLOCK>(?<=上午|下午|晚上|凌晨|早上|中午)(?P<ch>[01]?[0-9]|2[0-4]){s}时"
         rf"(?:{s}(?P<cm>[0-5]?[0-9]){s}分)?)"),
        # 8时30分 → 8:30
        rf"(?P<TIME>(?<![0-9])(?P<hh>[01]?[0-9]|2[0-4]){s}[时点]{s}(?P<mm>[0-5][0-9]){s}分)",
        # 五届八次; 十四届全国人大(常委会)三次会议 (a body between, a meeting after: not a count)
        (rf"(?P<SESS>(?P<s1>{_CN_NUM}|[0-9]+){s}届{s}(?:[\u4e00-\u9fff]{{0,8}}?"
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


# ---------------------------------------------------------------------------------------
# Chinese numerals and English formatting
# ---------------------------------------------------------------------------------------


def parse_chinese_numeral(s: str, digit_string: bool = False) -> int | None:
    """三十 → 30, 两万三千 → 23000, 一亿二千万 → 120000000; None if malformed (十四五).
    With `digit_string`, a run of bare digits reads digit by digit (二〇二三 → 2023)."""
    if s and all(c in CN_DIGITS for c in s):
        if len(s) == 1 or digit_string:
            return int("".join(str(CN_DIGITS[c]) for c in s))
        return None
    total = section = 0
    num: int | None = None
    for c in s:
        if c in CN_DIGITS:
            if num not in (None, 0):
                return None  # two digits with no place between them: 十四五
            num = CN_DIGITS[c]
        elif c in CN_PLACES:
            section += (1 if num is None else num) * CN_PLACES[c]
            num = None
        elif c in CN_SECTIONS:
            if c == "亿":
                total = (total + section + (num or 0)) * CN_SECTIONS[c]
                section = 0
            else:
                section = (section + (num or 0)) * CN_SECTIONS[c]
            num = None
        else:
            return None
    return total + section + (num or 0)


def _number(text: str) -> Decimal | None:
    """An Arabic or Chinese number (with 点 decimals) as a Decimal."""
    text = re.sub(r"\s+", "", text)
    if re.fullmatch(r"[0-9,]+(?:\.[0-9]+)?", text):
        return Decimal(text.replace(",", ""))
    whole, _, frac = text.partition("点")
    n = parse_chinese_numeral(whole)
    if n is None:
        return None
    if frac:
        return Decimal(f"{n}." + "".join(str(CN_DIGITS[c]) for c in frac))
    return Decimal(n)


def _multiplier(mult: str) -> int:
    factor = 1
    for c in re.sub(r"\s+", "", mult):
        factor *= CN_PLACES.get(c) or CN_SECTIONS[c]
    return factor


def _clean(v: Decimal) -> Decimal:
    """Drop a meaningless exponent: 12170000000.0 → 12170000000, 25.50 → 25.5."""
    if v.adjusted() >= 27:
        return v
    if v == v.to_integral_value():
        return v.quantize(Decimal(1))
    return v.normalize()


def _plain(v: Decimal) -> str:
    return format(_clean(v), ",f")


def format_number(v: Decimal) -> str:
    """English digits: 14700 → "14,700"; 29100000 → "29.1 million"; 12170000000 →
    "12.17 billion" (at most 3 decimals on the scale word, else all the digits)."""
    v = _clean(v)
    for scale, word, places in ((10**12, "trillion", 3), (10**9, "billion", 3),
                                (10**6, "million", 3)):
        if abs(v) >= scale:
            m = _clean(v / scale)
            if -m.as_tuple().exponent <= places:  # type: ignore[operator]
                return f"{_plain(m)} {word}"
    return _plain(v)


def _words(v: Decimal) -> str:
    """Spell out 0–10 (two, three); digits beyond."""
    if v == v.to_integral_value() and 0 <= v <= 10:
        return ONES[int(v)]
    return format_number(v)


def _ordinal(n: int, words_upto: int = 9) -> str:
    if 0 < n <= words_upto and n < len(ORDINALS):
        return ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ---------------------------------------------------------------------------------------
# find_quantities
# ---------------------------------------------------------------------------------------


#: What a handler may read outside its match: up to 4 characters before it (近3年, 连续三届,
#: 增长2.5倍, the mark before 一是). Spaces there (an enumerator looks past them) are not memoised.
_BEFORE = 4
_SPACES = " \t\u3000"
#: A memo of find_quantities: (group, characters before, their text and the match's, its
#: groups) → the quantities found, with offsets relative to the match.
QuantityMemo = dict[tuple[object, ...], tuple[tuple[int, int, "Quantity"], ...]]


def find_quantities(zh: str, memo: QuantityMemo | None = None) -> list[Quantity]:
    """Every numeric expression of `zh`, left to right, non-overlapping. With `memo` (a
    dict the caller keeps for one document) each distinct expression, seen with the same
    few characters before it, is read once: a page repeats its figures and dates."""
    norm = zh.translate(FULLWIDTH) if _FULLWIDTH_ANY.search(zh) else zh
    out: list[Quantity] = []
    for m in _master().finditer(norm):
        handler = _HANDLERS[m.lastgroup or ""]
        start = m.start()
        if memo is None or (start and zh[start - 1] in _SPACES):
            out.extend(handler(m, zh))
            continue
        before = min(start, _BEFORE)
        key = (m.lastgroup, before, zh[start - before:m.end()], m.groups())
        got = memo.get(key)
        if got is None:
            got = memo[key] = tuple((q.start - start, q.end - start, q) for q in handler(m, zh))
        out.extend(q if q.start == start + a else _moved(q, start + a, start + b)
                   for a, b, q in got)
    return out


def _moved(q: Quantity, start: int, end: int) -> Quantity:
    return Quantity(start, end, q.text, q.value, q.unit, q.en, q.kind, q.date, q.alternatives)


def _q(m: re.Match[str], zh: str, value: Decimal | None, unit: str, en: str, kind: str,
       **extra: object) -> Quantity:
    start, end = m.span()
    return Quantity(start, end, zh[start:end], None if value is None else _clean(value),
                    unit, en, kind, **extra)  # type: ignore[arg-type]


def _date(m: re.Match[str], zh: str) -> list[Quantity]:
    y = None
    if m["y"]:
        y = int(m["y"]) if m["y"].isascii() else parse_chinese_numeral(m["y"], digit_string=True)
    mon_s, day_s = m["m1"] or m["m2"] or m["m3"], m["d1"] or m["d2"]
    mon = int(_number(mon_s) or 0) if mon_s else None
    day = int(_number(day_s) or 0) if day_s else None
    part = m["p1"] or m["p2"] or m["p4"]
    on = "" if zh[max(0, m.start() - 1):m.start()] in ("于", "在", "从", "自", "至", "到") else "on "
    if m["d4"]:
        day = int(m["d4"])
        en = f"the {_ordinal(day, words_upto=0)}"
        if part:
            en = f"{PARTS_OF_DAY[part]} {en}"
            on = "at " if part == "中午" and on else on
        return [_q(m, zh, None, "", on + en, "date", date=(None, None, day))]
    if m["decade"]:
        return [_q(m, zh, Decimal(y or 0), "", f"{y}s", "date", date=(y, None, None))]
    if mon and day:
        en = f"{MONTHS[mon - 1]} {day}" + (f", {y}" if y else "")
        if part:  # 3月5日上午 → "on the morning of March 5"
            en = ("at " if part == "中午" and on else on) + f"{PARTS_OF_DAY[part]} {en}"
    elif mon:
        en = MONTHS[mon - 1] + (f" {y}" if y else "")
    else:
        en = str(y)
    value = Decimal(y) if y and not mon else None
    return [_q(m, zh, value, "", en, "date", date=(y, mon, day))]


def _percent_cn(m: re.Match[str], zh: str) -> list[Quantity]:
    v = _number(m["pc"])
    if v is None:
        return []
    if m["per"] == "千":
        return [_q(m, zh, v, "‰", f"{format_number(v)} per thousand", "percent")]
    return [_q(m, zh, v, "%", f"{format_number(v)}%", "percent")]


def _fan(m: re.Match[str], zh: str) -> list[Quantity]:
    n = int(_number(m["fan"]) or 0)
    ratio = Decimal(2) ** n
    en = FAN_EN.get(n, f"increased {ratio}-fold")
    return [_q(m, zh, ratio, "times", en, "multiple", alternatives=((ratio - 1) * 100,))]


def _clock(m: re.Match[str], zh: str) -> list[Quantity]:
    """上午9时 → "9 a.m."; 下午3时30分 → "3:30 p.m." (12-hour, as English news writes it)."""
    hh, mm = int(m["ch"]), int(m["cm"] or 0)
    start, end = m.start() - 2, m.end()
    part = zh[start:m.start()]  # 上午 … 中午 (the pattern's lookbehind)
    pm = part in ("下午", "晚上") or (part == "中午" and hh == 12)
    h12 = hh - 12 if hh > 12 else hh
    mark = "p.m." if pm or hh > 12 else "a.m."
    en = f"{h12}:{mm:02d} {mark}" if m["cm"] else f"{h12} {mark}"
    # checked as its numbers: the hour where it reads the same in 12 and 24 hours, the minutes
    alts = ((Decimal(hh),) if hh == h12 else ()) + ((Decimal(mm),) if m["cm"] else ())
    return [Quantity(start, end, zh[start:end], None, "", en, "date", alternatives=alts)]


def _time(m: re.Match[str], zh: str) -> list[Quantity]:
    """8时30分 → "8:30" (a clock time: nothing to scale, checked as its two numbers)."""
    hh, mm = int(m["hh"]), int(m["mm"])
    return [_q(m, zh, None, "", f"{hh}:{mm:02d}", "date", alternatives=(Decimal(hh), Decimal(mm)))]


def _week(m: re.Match[str], zh: str) -> list[Quantity]:
    return [_q(m, zh, None, "", WEEKDAYS[m["wd"]], "date")]


def _session(m: re.Match[str], zh: str) -> list[Quantity]:
    """五届八次(全会): two ordinals, the term and the session."""
    out = []
    for g in ("s1", "s2"):
        v = _number(m[g])
        if v is None:
            return []
        start, end = m.span(g)
        end = zh.index("届" if g == "s1" else "次", end) + 1
        out.append(Quantity(start, end, zh[start:end], _clean(v), "", _ordinal(int(v)), "ordinal"))
    return out


def _term(m: re.Match[str], zh: str) -> list[Quantity]:
    """十九届(四中全会) → "19th" (the plenum's own number is the lexicon's: fourth plenary session)."""
    return _nth(m, zh, m["t1"], "")


def _first(m: re.Match[str], zh: str) -> list[Quantity]:
    return [_q(m, zh, Decimal(1), "", "first", "ordinal")]


def _ord(m: re.Match[str], zh: str) -> list[Quantity]:
    """第五次 → "fifth"; 第73号 / 第一〇一号 (an order's or document's number) → "No. 73"."""
    return _nth(m, zh, m["ord"], m["ordcl"])


def _nth(m: re.Match[str], zh: str, number: str, classifier: str | None) -> list[Quantity]:
    """The ordinal a 第/届 number states, or "No. N" before 号 (an order's number)."""
    v = _number(number)
    if v is None and all(c in CN_DIGITS for c in number):  # 一〇一, 一一一: digit by digit
        n = parse_chinese_numeral(number, digit_string=True)
        v = None if n is None else Decimal(n)
    if v is None:
        return []
    if classifier == "号":
        return [_q(m, zh, v, "", f"No. {int(v)}", "ordinal")]
    return [_q(m, zh, v, "", _ordinal(int(v)), "ordinal")]


def _enum(m: re.Match[str], zh: str, group: str, fmt: str) -> list[Quantity]:
    v = _number(m[group])
    if v is None or v == 0:
        return []
    n = int(v)
    word = ORDINALS[n] if n < len(ORDINALS) else _ordinal(n)
    before = zh[: m.start()].rstrip(" \t\u3000")
    lower = before[-1:] in ("，", ",", "、", "；", ";")
    en = fmt.format(n=n, w=word if lower else word.capitalize())
    return [_q(m, zh, v, "", en, "enumerator")]


def _arabic(m: re.Match[str], zh: str) -> list[Quantity]:
    v = _number(m["num"])
    assert v is not None
    v *= _multiplier(m["mult"] or "")
    approx = _approx(m["pre"], m["ap1"] or m["ap2"], m["post"])
    if m["latin"] is not None:
        return [_latin(m, zh, v, approx)]
    if m["unit"] is None:
        en = _bare(m["num"], v) if not m["mult"] else format_number(v)
        return [_q(m, zh, v, "", _join(approx, en, ""), "count")]
    return [_with_unit(m, zh, v, format_number(v), m["unit"], approx)]


def _chinese(m: re.Match[str], zh: str) -> list[Quantity]:
    n = parse_chinese_numeral(m["cn"])
    if n is None:
        return []
    unit = re.sub(r"\s+", "", m["cunit"])
    plain = not (m["cap"] or m["cmult"])
    if n == 1 and plain and unit in UNITS and UNITS[unit][3] in ("classifier", "event"):
        return []  # 一项, 一批, 一次: "a"/"one" is the engine's choice
    v = Decimal(n) * _multiplier(m["cmult"] or "")
    approx = _approx(m["cpre"], m["cap"], m["cpost"])
    return [_with_unit(m, zh, v, _words(v) if plain else format_number(v), unit, approx)]



def _approx(pre: str | None, ap: str | None, post: str | None) -> str:
    if pre:
        return APPROX_PREFIX[pre]
    return APPROX_SUFFIX.get(ap or "") or APPROX_SUFFIX.get(re.sub(r"\s+", "", post or ""), "")


def _join(approx: str, number: str, noun: str) -> str:
    return " ".join(p for p in (approx, number, noun) if p)


def _bare(num: str, v: Decimal) -> str:
    """A bare number: year-like (1900–2099) and codes (leading 0, 11+ digits) kept as written."""
    if re.fullmatch(r"(?:19|20)[0-9]{2}|0[0-9]+|[0-9]{11,}", num):
        return num
    return format_number(v)


def _latin(m: re.Match[str], zh: str, v: Decimal, approx: str) -> Quantity:
    """4A级 → "4A-level", 5G → "5G": the Latin is kept."""
    letters = re.sub(r"\s+", "", m["latin"])
    unit = letters.replace("级", "-level")
    en = f"{format_number(v)} {unit}" if m["mult"] else f"{m['num']}{unit}"
    return _q(m, zh, v, unit, _join(approx, en, ""), "count")


def _with_unit(m: re.Match[str], zh: str, v: Decimal, number: str, unit: str,
               approx: str) -> Quantity:
    unit = re.sub(r"\s+", "", unit)
    if unit.startswith("倍"):
        return _multiple(m, zh, v, number, approx or ("over" if unit == "倍多" else ""))
    if unit in ("%", "‰"):
        return _q(m, zh, v, unit, _join(approx, f"{format_number(v)}{unit}", ""), "percent")
    if unit.endswith("百分点"):
        noun = "percentage point" if v == 1 and not approx else "percentage points"
        return _q(m, zh, v, "percentage points", _join(approx, number, noun), "percent")
    sing, plur, kind, role = UNITS[unit]
    if role == "ordinal":
        return _jie(m, zh, v)
    if role == "template":
        return _q(m, zh, v, sing.split()[0], sing.format(n=_plain(v)), kind)
    noun = sing if v == 1 and not approx else plur
    if approx == "nearly" and unit in UNIT_TIME and zh[m.start()] == "近":
        approx = "the past"  # 近3年 "the past 3 years"
    return _q(m, zh, v, plur, _join(approx, number, noun), kind)


def _jie(m: re.Match[str], zh: str, v: Decimal) -> Quantity:
    """五届 → "fifth"; 连续三届 → "three terms"."""
    if zh[max(0, m.start() - 2): m.start()].endswith(("连续", "连", "历")):
        return _q(m, zh, v, "terms", _join("", _words(v), "terms"), "count")
    return _q(m, zh, v, "", _ordinal(int(v)), "ordinal")


def _multiple(m: re.Match[str], zh: str, v: Decimal, number: str, approx: str) -> Quantity:
    """增长2.5倍 → "250%" (an increase); 是去年的2倍 → "2 times"."""
    if INCREASE_VERBS.search(zh[max(0, m.start() - 4): m.start()]):
        en = _join(approx, f"{format_number(v * 100)}%", "")
        alts: tuple[Decimal, ...] = (v + 1, v * 100, (v + 1) * 100)
    else:
        en = _join(approx, format_number(v), "times")
        alts = (v * 100,)
    return _q(m, zh, v, "times", en, "multiple", alternatives=tuple(_clean(a) for a in alts))


_HANDLERS = {
    "DATE": _date, "PCTCN": _percent_cn, "FAN": _fan, "WEEK": _week, "TIME": _time, "CLOCK": _clock,
    "SESS": _session, "TERM": _term,
    "FIRST": _first, "ORD": _ord,
    "ENUM": lambda m, zh: _enum(m, zh, "en_n", "{w},"),
    "LIST": lambda m, zh: _enum(m, zh, "li_n", "{n}."),
    "PAREN": lambda m, zh: _enum(m, zh, "pa_n", "({n})"),
    "AR": _arabic, "CN": _chinese,
}

# ---------------------------------------------------------------------------------------
# Reading English
# ---------------------------------------------------------------------------------------


@cache
def _english_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    scales = "|".join(sorted((re.escape(s) for s in EN_SCALES), key=len, reverse=True))
    ones = "|".join(sorted(ONES, key=len, reverse=True))
    tens = "|".join(t for t in TENS if t)
    mults = "|".join(sorted(EN_MULTIPLES, key=len, reverse=True))
    # Every alternative starts with a digit or one of these letters: a lookahead on it first
    # skips most positions of the English at once (as _master does for the Chinese).
    lead = "".join(sorted({w[0] for w in (*ONES, *TENS, *EN_MULTIPLES, "a") if w}))
    lead += lead.upper()
    values = re.compile(
        rf"(?=[0-9{lead}])(?:"
        rf"(?P<digits>(?<![0-9.])(?:[0-9]{{1,3}}(?:,[0-9]{{3}}(?![0-9]))+|[0-9]+)(?:\.[0-9]+)?)"
        rf"|\b(?P<tens>{tens})(?:[\s-](?P<unit>{ones}))?\b|\b(?P<ones>{ones})\b"
        rf"|\b(?P<a>an?)(?=\s+(?:hundred|thousand|million|billion)\b)"
        rf"|\b(?P<mult>{mults})\b)",
        re.IGNORECASE)
    scale = re.compile(rf"\s*-?\s*(?P<scale>{scales})\b", re.IGNORECASE)
    ords = "|".join(sorted(ORDINALS[1:] + tuple(ORDINAL_TENS), key=len, reverse=True))
    olead = "".join(sorted({w[0] for w in (*TENS, *ORDINALS, *ORDINAL_TENS) if w}))
    ordinal = re.compile(
        rf"(?=[0-9{olead}{olead.upper()}])(?:"
        rf"\b(?:(?P<otens>{tens})[\s-])?(?P<oword>{ords})(?:ly)?\b"
        r"|(?<![0-9.])(?P<onum>[0-9]+)(?:st|nd|rd|th)\b)", re.IGNORECASE)
    return values, scale, ordinal


def english_values(en: str) -> list[Decimal]:
    """Every number `en` states, scaled: "12.17 billion" → 12170000000, "2,023" → 2023,
    "twenty-one" → 21, "RMB 2bn" → 2000000000, "doubled" → 2, "72%" → 72."""
    values, scale, _ = _english_patterns()
    out: list[Decimal] = []
    done = 0  # end of the last number and its scale words ("1.47 ten thousand")
    for m in values.finditer(en):
        if m.start() < done:
            continue
        if m["mult"]:
            out.append(Decimal(EN_MULTIPLES[m["mult"].lower()]))
            continue
        if m["digits"]:
            v = Decimal(m["digits"].replace(",", ""))
        elif m["tens"]:
            v = Decimal(TENS.index(m["tens"].lower()) * 10
                        + (ONES.index(m["unit"].lower()) if m["unit"] else 0))
        elif m["ones"]:
            v = Decimal(ONES.index(m["ones"].lower()))
        else:
            v = Decimal(1)  # "a million"
        pos = m.end()
        while (s := scale.match(en, pos)) is not None:  # "1.2 hundred million", "5 thousand"
            v *= EN_SCALES[s["scale"].lower()]
            pos = s.end()
        done = pos
        out.append(_clean(v))
    return out


def english_ordinals(en: str) -> list[Decimal]:
    """Every ordinal `en` states: "fifth" → 5, "Firstly" → 1, "21st" → 21, "twenty-first" → 21."""
    _, _, ordinal = _english_patterns()
    out = []
    for m in ordinal.finditer(en):
        if m["onum"]:
            out.append(Decimal(m["onum"]))
            continue
        word = m["oword"].lower()
        n = ORDINAL_TENS.get(word) or ORDINALS.index(word)
        if m["otens"]:
            n += TENS.index(m["otens"].lower()) * 10
        out.append(Decimal(n))
    return out


@cache
def _date_pattern() -> re.Pattern[str]:
    month = "|".join(f"{name[:3]}(?:{name[3:]}|\\.)?" if len(name) > 3 else name
                     for name in MONTHS).replace("Sep(", "Sept?(")
    day = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?P<m1>{month})(?![a-z])(?:\s+(?P<d1>{day})\b)?"
        rf"|\b(?P<d2>{day})\s+(?:of\s+)?(?P<m2>{month})(?![a-z])"
        r"|\b(?:19|20)[0-9]{2}-(?P<m3>[01][0-9])-(?P<d3>[0-3][0-9])\b")


def english_dates(en: str) -> list[tuple[int, int | None]]:
    """(month, day or None) of every date `en` states: "Jan. 30", "30 January", "March"."""
    out: list[tuple[int, int | None]] = []
    for m in _date_pattern().finditer(en):
        name = m["m1"] or m["m2"]
        mon = int(m["m3"]) if m["m3"] else 1 + [n[:3] for n in MONTHS].index(name[:3])
        day = m["d1"] or m["d2"] or m["d3"]
        out.append((mon, int(re.sub(r"\D", "", day)) if day else None))
    return out


# ---------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------


def missing_numbers(zh: str, en: str, quantities: Sequence[Quantity] | None = None) -> list[Quantity]:
    """The quantities of `zh` whose value `en` does not state (rules in the module doc);
    `quantities`: find_quantities(zh) when the caller has them already."""
    if quantities is None:
        quantities = find_quantities(zh)
    # A quantity whose own rendering stands whole in the English is stated: the gloss engine
    # writes exactly those renderings, so its answers are checked without parsing the English.
    quantities = [q for q in quantities if not _verbatim(q.en, en)]
    if not quantities:
        return []  # most sentences: no need to read the English at all
    kinds = {q.kind for q in quantities}
    values = set(english_values(en))
    # ordinals and dates are read only when a quantity needs them (see _stated)
    ordinals = set(english_ordinals(en)) | values if kinds & {"ordinal", "enumerator"} else values
    dates = english_dates(en) if "date" in kinds else []
    return [q for q in quantities if not _stated(q, values, ordinals, dates)]


def _verbatim(phrase: str, en: str) -> bool:
    """Whether `phrase` occurs in `en` as a whole: not inside a longer number or word
    ("2 people" is not in "12 people", "2" not in "2,000" or "3.2", "second" not in
    "twenty-second")."""
    if not phrase:
        return False
    i = en.find(phrase)
    while i != -1:
        j = i + len(phrase)
        before_ok = i == 0 or not (en[i - 1].isalnum() or en[i - 1] in ".,-")
        after_ok = j == len(en) or not (en[j].isalnum() or (en[j] in ".," and en[j + 1:j + 2].isdigit()))
        if before_ok and after_ok:
            return True
        i = en.find(phrase, i + 1)
    return False


def _stated(q: Quantity, values: set[Decimal], ordinals: set[Decimal],
            dates: list[tuple[int, int | None]]) -> bool:
    if q.kind == "date":
        if q.date is None:  # a clock time checks its hour and minute; a weekday nothing
            return all(a in values for a in q.alternatives)
        y, mon, day = q.date
        ok = y is None or Decimal(y) in values
        if mon and day:
            ok = ok and (mon, day) in dates
        elif mon:
            ok = ok and any(dm == mon for dm, _ in dates)
        elif day:  # a day alone: "the 11th"
            ok = ok and (Decimal(day) in values or Decimal(day) in ordinals)
        return ok
    if q.value is None:
        return True
    pool = ordinals if q.kind in ("ordinal", "enumerator") else values
    return any(v in pool for v in (q.value, *q.alternatives))
