"""Names in pinyin: people (surname first, given name joined) and places (pinyin of the
name plus the English for its administrative or geographic suffix).

Detection is by rule, from jieba's dictionary tags and unknown words, titles around
a name and place suffixes; see `pipeline.engines.gloss` for where it is applied.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.zh import pinyin

# Compound surnames (复姓) of the Hundred Family Surnames (百家姓) still in use. One missing
# here is split after its first character, read as in a common word (澹台灭明 came out
# "Dan Taimieming", 钟离权 "Zhong Liquan"); the last rows follow English Wikipedia's Tantai
# Mieming, Chunyu Kun, Huyan Zan, Helian Bobo, Xianyu Shu, Zhongli Quan and Tuoba Gui.
# 左丘 stays out: 左丘明 is Zuo Qiuming (CC-CEDICT, Wikipedia), 左 his surname.
COMPOUND_SURNAMES = {
    "欧阳": "Ouyang", "司马": "Sima", "诸葛": "Zhuge", "上官": "Shangguan", "司徒": "Situ",
    "东方": "Dongfang", "皇甫": "Huangfu", "尉迟": "Yuchi", "公孙": "Gongsun", "慕容": "Murong",
    "长孙": "Zhangsun", "宇文": "Yuwen", "夏侯": "Xiahou", "令狐": "Linghu", "端木": "Duanmu",
    "司空": "Sikong", "万俟": "Moqi", "独孤": "Dugu", "南宫": "Nangong", "西门": "Ximen",
    "澹台": "Tantai", "淳于": "Chunyu", "呼延": "Huyan", "赫连": "Helian", "鲜于": "Xianyu",
    "钟离": "Zhongli", "拓跋": "Tuoba",
}
# Characters read differently as surnames than in ordinary words (Xiandai Hanyu Cidian's
# surname readings; the standard list used by name romanisation, e.g. 单 Shan, 区 Ou).
SURNAME_READINGS = {
    "单": "Shan", "解": "Xie", "仇": "Qiu", "朴": "Piao", "曾": "Zeng", "区": "Ou", "查": "Zha",
    "盖": "Ge", "覃": "Qin", "翟": "Zhai", "乐": "Yue", "缪": "Miao", "尉": "Wei", "柏": "Bai",
    "秘": "Bi", "种": "Chong", "员": "Yun", "召": "Shao", "那": "Na", "能": "Nai", "繁": "Po",
    "褚": "Chu", "折": "She", "宓": "Fu", "句": "Gou", "任": "Ren", "华": "Hua", "冼": "Xian",
    "洗": "Xian", "隗": "Wei", "朝": "Chao", "过": "Guo", "长": "Chang", "藏": "Zang",
    "重": "Chong", "石": "Shi", "沈": "Shen", "贾": "Jia", "薄": "Bo", "纪": "Ji", "莘": "Shen",
    "万": "Wan", "都": "Du", "阚": "Kan", "郇": "Huan", "黑": "He", "相": "Xiang", "参": "Can",
    "卜": "Bu",  # bǔ as a surname (CC-CEDICT "surname Bu"); pypinyin's bo is 萝卜's
}
# Common single-character surnames (the most frequent ~200 of the 2020 household register
# ranking, plus the special readings above), enough to recognise a name's first character.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝干朴区"
    # common ones the ranking spells otherwise (傅 beside 付, 阎 beside 闫, 萧 beside 肖) and
    # rarer ones of the Hundred Family Surnames borne by national leaders (栗战书, 谌贻琴,
    # 咸辉, 辜胜阻, 雒树刚, 铁凝, 鹿心社, 楼阳生, 信春鹰, 靖志远, 习近平)
    "傅阎萧栗谌咸辜雒铁鹿楼信靖习"
) | frozenset(SURNAME_READINGS)
# Place suffixes → English (the administrative levels of the PRC's Constitution art. 30 and
# the Ministry of Civil Affairs' English names; geographic generics as in atlases).
# Longest first when matching.
PLACE_SUFFIXES = {
    "自治区": "Autonomous Region", "自治州": "Autonomous Prefecture", "自治县": "Autonomous County",
    "街道": "Subdistrict", "社区": "Community", "片区": "Area", "矿区": "Mining Area",
    "景区": "Scenic Area", "新区": "New Area", "园区": "Park",
    "省": "Province", "市": "City", "县": "County", "区": "District", "镇": "Town",
    "乡": "Township", "村": "Village", "湖": "Lake", "山": "Mountain", "河": "River",
    "江": "River", "峡": "Gorge", "岭": "Ridge", "崖": "Cliff",
}
# Readings of heteronyms inside place names where pypinyin's default is the other one
# (长道 Changdao, 重庆 Chongqing, 乐山 Leshan, 朝阳 Chaoyang, 厦门 Xiamen, 六安 Lu'an).
PLACE_READINGS = {"长": "chang", "重": "chong", "乐": "le", "朝": "chao", "厦": "xia",
                  "蚌": "beng", "番": "pan", "六": "lu", "单": "shan", "解": "xie", "区": "ou"}

_TONE = re.compile(r"[1-5]")


def _keep(chars: str) -> list[str]:
    """pypinyin's fallback for characters without a reading: keep each one as it is."""
    return list(chars)


def syllables(text: str, readings: dict[str, str] | None = None) -> list[str]:
    """Toneless pinyin syllables of `text`, with per-character overrides: pypinyin's, from
    its table (pipeline.zh.pinyin) without loading pypinyin where it can."""
    out = pinyin.lazy_pinyin(text)
    if out is None:
        from pypinyin import lazy_pinyin

        keep: Any = _keep  # pypinyin accepts a list-returning callable; its stubs say str
        out = lazy_pinyin(text, errors=keep)
    if readings:
        out = [readings.get(ch, py) for ch, py in zip(text, out)] if len(out) == len(text) else out
    return [s.replace("ü", "v").replace("v", "ü") for s in out]


def join_syllables(parts: list[str]) -> str:
    """Join syllables into one word, with an apostrophe before a/o/e (Xi'an, Tian'anmen)."""
    word = ""
    for s in parts:
        if word and s[:1] in "aoe":
            word += "'"
        word += s
    return word


def cedict_syllables(pinyin: str) -> list[str]:
    """CC-CEDICT numbered pinyin ("Long3 nan2", "lu:4") → toneless syllables, lowercased."""
    return [_TONE.sub("", s).replace("u:", "ü").lower() for s in pinyin.split()]


#: Characters of the transliteration tables Xinhua uses for foreign names (Xinhua News Agency,
#: 世界人名翻译大辞典 and 外国地名译名手册, syllable tables): a guessed word made only of them is
#: most often a foreign name (库皮扬斯克, 阿夫杰耶夫卡, 苏梅), rarely a Chinese word.
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼宾波伯博布查达戴丹道德登迪蒂丁杜多厄恩法菲费芬丰弗伏福盖甘冈"
    "戈格古瓜圭哈海汉豪赫亨胡霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷黎里利列林琳"
    "卢鲁伦罗洛马玛迈麦曼芒梅门蒙米敏明莫姆穆纳奈南内尼涅宁努诺帕潘佩蓬皮珀普齐奇恰乔切钦琼萨塞"
    "桑森沙舍什斯松苏索塔泰坦汤特提图托瓦万威韦维温沃乌伍西希谢辛休雅亚扬耶伊因英尤于约泽扎詹兹"
)


#: Words that follow a company's or a place's name (华辰公司, 海汇矿业, 丽神食品): a word before
#: them that no dictionary knows is that name.
NAME_HEADS = frozenset({"公司", "集团", "企业", "矿业", "食品", "实业", "股份", "有限公司", "科技",
                        "工厂", "厂", "矿", "金矿", "银行", "医院", "学校", "大学", "中学", "小学"})


def looks_like_name(word: str) -> bool:
    """Whether a word no dictionary knows reads as a name: a transliteration (all of its
    characters from TRANSLITERATION_CHARS) or a surname with a one- or two-character given
    name (王晨, 陈槐)."""
    if len(word) < 2:
        return False
    if all(c in TRANSLITERATION_CHARS for c in word):
        return True
    return 2 <= len(word) <= 3 and surname_length(word) == 1


def surname_length(word: str) -> int:
    """How many characters of `word` a surname takes (2 for 欧阳修, 1 for 王俊强), 0 when
    it does not start with a known surname."""
    if len(word) > 2 and word[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if word[:1] in SURNAMES else 0


@lru_cache(maxsize=4096)
def person(name: str, pinyin: str = "") -> str:
    """王俊强 → Wang Junqiang; 欧阳修 → Ouyang Xiu; 单雄信 → Shan Xiongxin. `pinyin` is
    CC-CEDICT's reading of the name (王毅 "Wang2 Yi4"), used where it has a syllable each."""
    n = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    syl = cedict_syllables(pinyin) if pinyin else []
    if len(syl) == len(name):
        surname, given = join_syllables(syl[:n]).capitalize(), join_syllables(syl[n:])
    elif n == 2:
        surname, given = COMPOUND_SURNAMES[name[:2]], join_syllables(syllables(name[2:]))
    else:
        surname = SURNAME_READINGS.get(name[0]) or join_syllables(syllables(name[0])).capitalize()
        given = join_syllables(syllables(name[1:]))
    return f"{surname} {given.capitalize()}" if given else surname


def place_suffix(word: str) -> str:
    """The longest place suffix `word` ends with ("" when none)."""
    for n in (3, 2, 1):
        if len(word) > n and word[-n:] in PLACE_SUFFIXES:
            return word[-n:]
    return ""


def place(base: str, suffix: str, proper_pinyin: str = "") -> str:
    """西和 + 县 → Xihe County; `proper_pinyin` is CC-CEDICT's reading of the base if it has one."""
    parts = cedict_syllables(proper_pinyin) if proper_pinyin else syllables(base, PLACE_READINGS)
    name = join_syllables(parts).capitalize()
    return f"{name} {PLACE_SUFFIXES[suffix]}" if suffix else name


def pinyin_word(word: str) -> str:
    """Plain pinyin for an unknown word, syllables joined: 稍峪 → shaoyu."""
    return join_syllables(syllables(word))


def romanized_key(word: str) -> str:
    """A name's romanisation as one lower-case run of letters, for matching it in English text
    (欧阳明 → ouyangming, 单雄 → shanxiong): `person` for a word that opens with a surname,
    else the place readings (重庆 → chongqing)."""
    en = person(word) if surname_length(word) and len(word) >= 2 else place(word, "")
    return "".join(ch for ch in en.lower() if ch.isalpha())
