"""The tables of the name rules: titles and the characters around names, jieba's tags of
names, place suffix classes. Each says where it comes from; the rules are in `people`,
`places` and `lists`, the word-level judgments in `words`."""

from __future__ import annotations

# Titles that stand next to a person's name (news bylines and interview labels; the state and
# Party offices of the PRC Constitution ch. III and the CPC Constitution as Xinhua reports them:
# 全国人大常委会副委员长李鸿忠, 国务院副总理丁薛祥, 行政长官李家超). Heads of foreign states
# (总统, 首相, 国王) are left out: the names after them are transliterations, no Chinese names.
TITLES_BEFORE = frozenset({
    "记者", "本报记者", "通讯员", "书记", "副书记", "县委书记", "市委书记", "总书记", "主任",
    "副主任", "县长", "副县长", "市长", "副市长", "省长", "副省长", "区长", "镇长", "乡长",
    "局长", "厅长", "部长", "副部长", "外长", "主席", "副主席", "执行主席", "委员长",
    "副委员长", "总理", "副总理", "国务委员", "常委", "院长", "副院长", "检察长", "秘书长",
    "副秘书长", "行政长官", "大使", "发言人", "司令员", "政委", "董事长", "总经理", "校长",
    "院士", "对话人", "嘉宾", "同志", "代表", "委员", "专访",
    # the experts and officials news reports quote (China Daily: 中国社会科学院研究员X表示, 首席经济学家X,
    # 国家统计局统计师X, 司长X)
    "研究员", "副研究员", "经济学家", "分析师", "统计师", "教授", "副教授", "司长", "副司长", "处长",
})
TITLES_AFTER = frozenset({"同志", "书记", "主任", "县长", "市长", "摄", "说", "表示", "指出",
                          "介绍", "强调", "专访", ":", "：", "做客", "接受", "委员长", "总理",
                          "主席", "部长", "院士", "委员", "代表"})
# What a foreign name after a title is said to do (美国国务院发言人米勒称, 驻华代表凯德尔表示): the
# words after TITLES_AFTER's that close a transliterated name (titled_foreign_name).
SPOKE = ("表示", "说", "称", "指出", "强调", "认为", "介绍")
# Characters of transliterations beyond romanize.TRANSLITERATION_CHARS (Xinhua's tables: 尔 r,
# 夫 f, 娃 va, 娜 na, 莎 sha: 凯德尔, 扎哈罗娃).
MORE_TRANSLITERATION = frozenset("尔夫娃娜莎")
# A longer word ending in one of these is a title too (全国政协副主席, 中央军委委员, 外交部长,
# 全国人大代表): the offices above that are not also common words' endings.
TITLE_ENDINGS = ("书记", "主任", "县长", "市长", "省长", "区长", "局长", "厅长", "部长", "外长",
                 "主席", "委员", "总理", "常委", "院长", "检察长", "秘书长", "行政长官", "大使",
                 "发言人", "司令员", "董事长", "总经理", "校长", "院士", "代表", "记者", "研究员",
                 "经济学家", "分析师", "统计师", "教授", "司长")
# jieba's tags of people's names (nr; nrfg a full name; nrt a transliterated one).
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
# jieba's tags of other proper nouns: places, bodies, other names (黑龙江, 党中央).
NON_PERSON_TAGS = frozenset({"ns", "nt", "nz", "t"})  # t: time words (周四 "Thursday", read Zhou1 si4)
# Characters that may follow a name straight after a title, ending it where jieba ran on
# (赵克|志在, 孙业|礼作): function words and the verbs of reports (作 a report, 说 said).
NAME_FOLLOWERS = frozenset("在和与是为对从等及并也都就而或被给向于以作说则")
# Office titles after a name (田红旗委员, 汪玉成代表; speech verbs are no such evidence).
OFFICES_AFTER = frozenset({"同志", "书记", "主任", "县长", "市长", "委员长", "总理", "主席",
                           "部长", "院士", "委员", "代表"})
# What claim_titled makes of the characters after a title (NameWords.titled_name).
NEXT, HALT, TAKE, TAKE_UNCUT = range(4)
# How surely a list item is a person's name (NameWords.list_name).
NOT_NAME, NAME_SHAPED, MAYBE_NAME, SURE_NAME = range(4)
# Separators inside a name list item (张升民和傅全有) and what may close a list (何立峰等).
LIST_JOINERS = frozenset("和及与")
# What a token can be for the people rules, from the word alone (NameWords.name_role), in
# order of where it may be a name: no name; a surname-led word in a dictionary with a common
# reading (only first or as the speaker); beside a title (TITLE_WORDS): a one-character surname,
# a surname-led word in a dictionary only as a name, an unknown one with a one-character given
# name; anywhere: a title (before a name), a surname jieba tags nr, an unknown surname-led word
# with a two-character given name.
NO_NAME, COMMON_WORD, SURNAME, PROPER_WORD, SHORT_GIVEN, TITLE, NR_SURNAME, LONG_GIVEN = range(8)
UNSEEN = 8  # a word not classified yet in this run
# Suffixes strong enough to make a place of an unknown two-character base (长道镇, 雷王片区).
STRONG_SUFFIXES = frozenset({"镇", "乡", "村", "街道", "社区", "片区", "矿区", "景区"})
GEO_SUFFIXES = frozenset({"湖", "山", "河", "江", "峡", "岭", "崖"})
# What a place name's start must be, beyond its characters (NameWords.place_plan): nothing,
# a token boundary, right after the last place or between boundaries, a whole token.
ALWAYS, AT_TOKEN_START, CHAINED, WHOLE_TOKEN = range(4)
ADMIN_SUFFIXES = frozenset({"省", "市", "县", "区", "镇", "乡", "自治区", "自治州", "自治县"})
# Last characters of administrative places (no name ends so: 长所乡, 措果乡).
ADMIN_ENDINGS = frozenset("省市县区镇乡")
# What follows an administrative place to name its organs (Xinhua English usage).
ADMIN_FOLLOWERS = {"委书记": "Party Secretary", "委副书记": "Deputy Party Secretary",
                   "委": "Party Committee", "政府": "Government", "人民政府": "People's Government"}
TITLE_WORDS = TITLES_BEFORE | TITLES_AFTER
QUOTES = frozenset('"“‘「《\'')
STOP_CHARS = frozenset("的了在和与是为把将对从等及并也都就而或被给向于以之其这那有")
# Surnames that are also words opening a phrase (向 towards, 于 at, 应 should, 能 can ...).
LEADING_CHARS = STOP_CHARS | frozenset("应能过相还又更最要朝")
# Auxiliaries and adverbs that jieba's "names" hold (路会越 of 路会越走越宽) and given names
# hardly do.
MODAL_CHARS = frozenset("会要能可越更最还又再已")
# Function words that do not stand second in a name (向, 于, 其, 为 do: 丁向群, 许其亮).
NOT_IN_NAMES = frozenset("的了在是和与把被从对以这那有也都就而或给等及并")
# Characters that do not end a three-character name after a title (刘昆说, 钟山作的, 铁凝在):
# the verbs of reports and function words that follow a subject.
NOT_NAME_END = frozenset("说作称在是的了等也都就被把将从对向到")
