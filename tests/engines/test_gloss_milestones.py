"""The gloss engine's work-report milestones (order/milestones.py, issue 17): X历史上 "in the history
of X", X新征程(上) "(on) the new journey of X", 开启…新征程 "embark on a new journey", 传统 before a
noun "traditional"; on sentences of CCTV Xinwen Lianbo reports in tests/data/corpus (file named
beside each; none from a report on a reserved Government Work Report); none is a dev-set pair."""

from __future__ import annotations

import pytest

from pipeline.context import Context
from pipeline.engines.gloss import GlossEngine
from pipeline.glossary import default_paths, load_glossary
from pipeline.model import Document
from pipeline.runner import run
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.fixture(scope="module")
def context() -> Context:
    return Context(glossary=load_glossary(default_paths()), cache=False)


def _english(context: Context, zh: str) -> str:
    """The sentence's English from a whole run with the default glossary (新征程 and the goals
    before it are its terms, as in a user's run)."""
    return run(Document("t.txt", data=zh.encode()), context).segments[0].en or ""


@pytest.mark.parametrize("zh, present, absent", [
    # 04-xwlb-20210701: 在X历史上 twice, each its own frame
    ("他表示，今天，在中国共产党历史上，在中华民族历史上，都是一个十分重大而庄严的日子。",
     ["in the history of communist party of china", "in the history of the chinese nation"], ["historical"]),
    # 09-xwlb-20221216 (GWR 2023 English: "a year of great importance in the history of the CPC and our
    # country"): inside 是…的一年, the history last in the year's modifier
    ("今年是党和国家历史上极为重要的一年，面对风高浪急的国际环境，全党全国各族人民迎难而上。",
     ["a year extremely important in the history of the party and the"], ["year for", "historical on"]),
    # 15-xwlb-20220305: no 在, the history's own "in"
    ("一年GDP增加了13万亿元，这在中华民族历史上是第一次。", ["in the history of the chinese nation"], ["historical"]),
])
def test_histories(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 05-xwlb-20221016 (Xinhua: "on the new journey of building a modern socialist country in all respects")
    ("我们坚信，在二十大精神指引下，中国党、政府、人民必将在全面建设社会主义现代化国家新征程上取得更加辉煌的成就。",
     ["achievements on the new journey of building a modern socialist country"],
     ["respects new journey", " in building"]),
    # 06-xwlb-20211111 (Xinhua: "on the new journey in the new era")
    ("我们坚信，中国共产党和中国人民，必将在新时代新征程上赢得更加伟大的胜利和荣光！",
     ["on the new journey in the new era"], ["new era new journey"]),
    # 17-xwlb-20221023: 新征程上 opening the clause
    ("习近平指出，新征程上，我们要始终坚持一切为了人民、一切依靠人民。", ["on the new journey,"], ["journey on"]),
    # 06-xwlb-20211111 (CGTN: "embark on a new journey of building a modern socialist country in all respects")
    ("中国如期实现全面建成小康社会，开启了全面建设社会主义现代化国家新征程，这将为亚太地区带来更大机遇。",
     ["embarked on a new journey of building a modern socialist country"], ["opened", "respects new journey"]),
    # 06-xwlb-20211111 (GWR 2022 English: "a new journey toward the second centenary goal")
    ("全会认为，党的二十大是我们党进入全面建设社会主义现代化国家、向第二个百年奋斗目标进军新征程的重要时刻召开的。",
     ["the new journey toward the second centenary goal"], ["march new journey"]),
])
def test_journeys(context: Context, zh: str, present: list[str], absent: list[str]) -> None:
    en = _english(context, zh).casefold()
    for phrase in present:
        assert phrase.casefold() in en, en
    for phrase in absent:
        assert phrase.casefold() not in en, en


@pytest.mark.parametrize("zh, present, absent", [
    # 03-xwlb-20231212 (GWR English: "traditional consumption")
    ("稳定和扩大传统消费，提振新能源汽车、电子产品等大宗消费。", ["traditional consumption"], ["tradition "]),
    # 03-xwlb-20231212 (Xinhua: "the traditional friendship between China and Vietnam")
    ("中越两国山水相连，传统友谊源远流长。", ["traditional friendship"], ["tradition "]),
    # 07-xwlb-20241212: the compound the lexicon renders by its parts
    ("积极运用数字技术、绿色技术改造提升传统产业。", ["traditional industr"], ["tradition "]),
])
def test_traditional(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_tradition_closing_its_phrase_stays_a_noun(engine: GlossEngine) -> None:
    # 15-xwlb-20220305 (弘扬光荣传统 "promote our glorious traditions", Xinhua): a mark after 传统
    check(engine, "弘扬优良传统，广泛凝聚共识。", ["tradition"], ["traditional"])


@pytest.mark.parametrize("zh, present, absent", [
    # 15-xwlb-20220305 (GWR 2022 English: "Last year was a milestone in the history of the CPC and our country"):
    # the year before its modifier, 具有 "of"
    ("栗战书说，过去一年是党和国家历史上具有里程碑意义的一年，以习近平同志为核心的党中央团结带领全党全国各族人民，"
     "推动党和国家事业取得了新的重大成就。",
     ["a year of milestone significance in the history of"], ["have milestone"]),
])
def test_significance(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_significance_as_predicate_keeps_its_verb(engine: GlossEngine) -> None:
    # 22-xwlb-20220306: 具有…意义 closing the clause, no noun it modifies
    check(engine, "中共中央政治局委员、中组部部长陈希在参加青海代表团审议时说，去年党和国家事业战胜各种风险挑战取得新的"
                  "重大成就，进一步证明“两个确立”具有决定性意义。", ["decisive significance"], ["of decisive"])


@pytest.mark.parametrize("zh, present, absent", [
    # 19-xwlb-20230313: 对X实施 + a verb closing the clause, 实施 a dummy verb (reportverbs.applied)
    ("乌克兰军方称，乌军继续在巴赫穆特等方向击退俄军进攻，并对俄军弹药库等目标实施打击。",
     ["targets such as russian army ammunition dump"], ["implement", "for targets"]),
    # 06-xwlb-20211111: before a noun 实施 keeps its English, the 对 phrase after it ("for")
    ("北京首都国际机场对入境、离境通道实施全程闭环管理，全力做好服务保障。", ["implement"], []),
])
def test_applied(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 29-xwlb-20220311: 给X带来Y "bring Y to X" (reportverbs.brought_to)
    ("建交以来，中韩关系快速发展，给两国人民带来实实在在的利益，为促进地区乃至世界和平稳定和发展繁荣作出积极贡献。",
     ["to the two peoples"], ["to the two peoples brought"]),
    # 13-xwlb-20181218
    ("他们表示，中国坚持改革开放给世界带来巨大机遇，各国将继续支持并积极参与中国改革开放进程，共同推进“一带一路”国际合作。",
     ["opportunity to world"], ["to world bring"]),
])
def test_brought_to(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_head_after_a_phrase_ending_in_a_plural(engine: GlossEngine) -> None:
    # 15-xwlb-20220305 (GWR English: "ensure the implementation of"): the phrase before 落实 ends in a
    # plural noun ("tasks"), a noun all the same (reportheads._noun_last)
    check(engine, "要深刻认识“两个确立”的决定性意义，发扬历史主动精神，抓好政府工作报告各项任务落实，"
                  "以优异成绩迎接党的二十大胜利召开。", ["ensure the implementation of"], ["tasks implementation"])


@pytest.mark.parametrize("zh, present, absent", [
    # 07-xwlb-20241212 (Xinhua: "the 75th anniversary of the founding of the People's Republic of China")
    ("习近平指出，今年是中华人民共和国成立75周年。",
     ["the 75th anniversary of the founding of the people's republic of china"], ["establish"]),
    # 04-xwlb-20210701: 值此…之际 "on the occasion of"
    ("朝鲜劳动党总书记、朝鲜民主主义人民共和国国务委员长金正恩表示，值此中国共产党成立100周年之际，我谨代表朝鲜劳动党全体党员、"
     "朝鲜人民并以我个人名义，向尊敬的习近平总书记同志，以及中国共产党全体党员和兄弟的中国人民致以热烈祝贺和同志般的亲切问候。",
     ["on the occasion of the 100th anniversary of the founding of the communist party of china"], ["100 anniversary"]),
    # 07-xwlb-20241212: 建交 after its countries
    ("王沪宁表示，今年是中俄建交75周年，习近平主席和普京总统三度会晤，为两国各领域合作作出顶层设计和规划部署。",
     ["the 75th anniversary of china-russia diplomatic relations"], []),
    # 16-xwlb-20210305: 建党 "the founding of the Party"
    ("要全力做好各项工作，开好局起好步，汇聚正能量，实现开门红，以优异成绩庆祝建党100周年。",
     ["the 100th anniversary of the founding of the party"], ["party-founding"]),
    # 03-xwlb-20231212: a verb's phrase before the count (建立…关系15周年): left as it was
    ("今年是中越建立全面战略合作伙伴关系15周年。", ["15 anniversary"], ["15th"]),
])
def test_anniversaries(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 05-xwlb-20221016 (GWR 2022 English: "united and led the whole Party and Chinese people"): 团结带领 a
    # verb pair (reportverbs.FIRST/SECOND)
    ("五年来，我们党团结带领人民，攻克了许多长期没有解决的难题，办成了许多事关长远的大事要事，"
     "推动党和国家事业取得举世瞩目的重大成就。", ["unite and led"], ["unite led"]),
    # 03-xwlb-20231212 (Xinhua: "delivered an important speech"; domain.tsv row)
    ("中共中央总书记、国家主席、中央军委主席习近平出席会议并发表重要讲话。", ["an important speech"], ["issue"]),
])
def test_report_words(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 05-xwlb-20221016 (GWR English: "enabled ... to achieve"): 推动 + the phrase that achieves + 取得
    # (reportverbs.enabled)
    ("五年来，我们党团结带领人民，攻克了许多长期没有解决的难题，办成了许多事关长远的大事要事，"
     "推动党和国家事业取得举世瞩目的重大成就。", ["enabled", "the party and the country to achieve"], ["promoted"]),
    # 07-xwlb-20241212: a quoted name in the phrase
    ("推动“三北”工程标志性战役取得重要成果，加快“沙戈荒”新能源基地建设。", ["to achieve important"], ["promote"]),
])
def test_enabled(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
