"""Rule tables for numbers: Chinese digits, places, units and approximations; the English
words a translation states numbers, ordinals, months and multiples with. Each table names
its source."""

from __future__ import annotations

import re

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
    "元人民币": ("yuan", "yuan", "amount", "noun"),  # 28.5万亿元人民币: the currency said once
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
        "份", "起", "例", "宗", "场", "块", "片", "棵", "株", "口", "门", "盏",
        "枚", "颗", "粒", "幅")},
}
# A unit is not read as one when followed by these (the character starts another word):
# 100万人口 is "1 million" + 人口 "population", 3部门 is 3 + 部门 "departments".
UNIT_NOT_BEFORE: dict[str, str] = {
    "人": "民口均员才大工士", "户": "籍口型厕", "部": "门署分", "场": "馆所景地",
    "所": "有以属", "名": "单称义", "间": "隔", "条": "件例", "种": "植子", "类": "型别",
    "片": "区", "口": "岸径", "支": "持付出", "天": "然津下空", "期": "间限待望末初中刊货",
    "米": "粮", "门": "类户槛", "年": "级代", "枚": "举", "颗": "粒", "粒": "子", "幅": "度员",
}
UNIT_TIME = frozenset({"年", "个月", "天", "小时", "分钟"})

# Approximation words and their English (Xiandai Hanyu Cidian: 多/余 after a number "more
# than"; 以上 "and above"; 左右 "around": the Reports on the Work of the Government 2021-2023
# (Xinhua English) give their targets so: "GDP growth of around 5.5 percent"). Prefixes stand
# before the number, the rest after.
APPROX_PREFIX: dict[str, str] = {
    "大约": "about", "约为": "about", "约合": "about", "约": "about", "超过": "over", "逾": "over",
    "将近": "nearly", "接近": "nearly", "近": "nearly",
}
APPROX_SUFFIX: dict[str, str] = {"多": "over", "余": "over", "以上": "over", "以下": "under",
                                 "左右": "around"}
# Verbs before 倍 that make it an increase: 增长2.5倍 = "up 250%" (GB/T 15835-2011 §4.3 and
# the NBS style guide: 增长N倍 means an increase of N×100%).
INCREASE_VERBS = re.compile(r"(?:增长|增加|提高|提升|上升|扩大|增|涨)了?[ \t]*$")
# How a percentage is written in English: "12.7 percent", the word after the figure, as the
# English editions of official text write it (Xinhua and China Daily style, e.g. Xinhua
# 2023-01-17 "China's GDP grows 3 pct in 2022": "grew 3 percent year on year"; the GWR
# English editions: "GDP grew by 6.6 percent"); 百分点 "percentage points" likewise.
PERCENT = "percent"
# 翻N番: doubled N times (Xiandai Hanyu Cidian 翻番).
FAN_EN: dict[int, str] = {1: "doubled", 2: "quadrupled"}

# English month names; 星期一 … 星期日/天 → the English weekday.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS: dict[str, str] = {"一": "Monday", "二": "Tuesday", "三": "Wednesday", "四": "Thursday",
                            "五": "Friday", "六": "Saturday", "日": "Sunday", "天": "Sunday"}
# Parts of the day after a date, as English news writes them: "on the morning of March 5".
PARTS_OF_DAY = {"上午": "the morning of", "下午": "the afternoon of", "晚上": "the evening of",
                "晚间": "the evening of", "早上": "the morning of", "凌晨": "the early hours of",
                "中午": "noon on"}
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
FULLWIDTH_ANY = re.compile("[０-９％．]")  # most text has none: no translate() copy then
