"""The constructions of news reports (order/news.py) and the news words of the domain lexicon
(pipeline/data/domain-news.tsv): the source of a report after what it reports (据X报道, 据X消息,
X数据显示), 已 as the present perfect, 预计…将 "is expected to", and word choice. Sentences from
China Daily bilingual news and its podcast (the page named in each comment; none is a page of
the fluency dev set), with the English China Daily published beside them."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # jxbentu.cn 2020-08-14 (China Daily 每日新闻播报): "Universal Beijing Resort will start trial
    # operations next spring, ..., Beijing Daily reported."
    ("据《北京日报》报道，北京环球影城将在明年春季开始试运营，并于5月正式开园。",
     [", \"Beijing Daily\" reported."], ["according to", "report,"]),
    # CD Voice podcast (Shenzhou XXI spacewalk): "The Shenzhou XXI crew ... conducted their first
    # spacewalk on Tuesday, according to the China Manned Space Agency."
    ("据中国载人航天工程办公室消息，神舟二十一号乘组周二在中国空间站“天宫”完成了首次出舱活动。",
     ["spacewalk", ", according to China's manned spaceflight project office."], ["news"]),
    # China Daily podcast (tiger in Heilongjiang): "Local television reported on Monday evening that
    # the villager was in stable condition ..."
    ("据当地电视台18日晚间报道，这名村民的情况稳定，左手骨折，无截肢风险。",
     ["local television station on the evening of the 18th reported."], ["according to"]),
])
def test_report_source_goes_last(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    en = check(engine, zh, present, absent).en
    assert not en.startswith("According"), en


@pytest.mark.parametrize("zh, present, absent", [
    # tingroom.com 320476 (China Daily, 2015-08-26): "Total GDP reached about 29.69 trillion yuan ...
    # according to the National Bureau of Statistics"; Xinhua's "data from the NBS showed"
    ("国家统计局数据显示，上半年国内生产总值29.69万亿元，同比增长7.0%。",
     ["29.69 trillion yuan", "year-on-year, data from the National Bureau of Statistics showed."],
     ["was shown", "data show,"]),
    # language.chinadaily.com.cn 2021-09-09: "..., according to data from the General Administration
    # of Customs released Tuesday."
    ("海关总署9月7日公布的数据显示，今年前8个月，我国进出口总值24.78万亿元人民币，同比增长23.7%。",
     ["data released by the General Administration of Customs on September 7 showed."], ["announced data"]),
    # b2cedu.com 32456 (China Daily, 2023-08-02): 国家统计局7月17日的数据显示，2023年上半年… "data from the
    # National Bureau of Statistics showed", here with the 据 Chinese news also puts before the source
    ("据国家统计局数据显示，2023年上半年国内生产总值59.3万亿元，同比增长5.5%。",
     ["data from the National Bureau of Statistics showed."], ["according to"]),
])
def test_data_showed_goes_last(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # CD Voice podcast (Tianshui kindergarten): "As of 10 pm on Monday, all 251 children at the
    # kindergarten have finished the physical examination."
    ("截至周一晚10时，该幼儿园251名儿童已全部完成体检。",
     ["As of Monday", "children have all completed physical examination"], ["already", "up to"]),
    # language.chinadaily.com.cn 2022-05-19: "China has the world's largest mobile broadband and
    # optical fiber network"
    ("我国已建成全球规模最大的移动宽带和光纤网络。", ["has completed"], ["already"]),
    # the same page: "All 16 districts in Shanghai have recorded zero COVID-19 community
    # transmissions" (a count before the subject: "have")
    ("上海全市16个区都已实现社会面清零。", ["have achieved"], ["already", "has achieved"]),
    # freewechat.com (MFA 2018-03-23): "We are fully prepared to firmly defend our legitimate
    # interests" (a pronoun subject: "we have", was "we has")
    ("我们已经做好充分准备，坚决捍卫自身合法利益。", ["We have done"], ["has done", "already"]),
])
def test_already_is_the_present_perfect(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_already_before_have_stays(engine: GlossEngine) -> None:
    # 已有 "there have been" is no action done: no auxiliary put before it
    en = check(engine, "加沙地带已有1000多名医务人员在以色列的袭击中丧生。", [], ["has have", "have have"]).en
    assert "over 1,000" in en, en


@pytest.mark.parametrize("zh, present, absent", [
    # CD Voice podcast (Ukraine talks): "A US delegation is expected to travel to Moscow ... in the
    # second half of this week."
    ("预计本周下半周，美国代表团将前往莫斯科，与俄罗斯总统弗拉基米尔·普京举行会谈。",
     ["delegation is expected to"], ["forecast"]),
    # podcast24.nl (China Daily podcast, graduates): "The number of college graduates in China is
    # expected to reach 11.79 million next year"
    ("教育部表示，2025年中国大学毕业生人数预计达到1179万人，同比增加21万人。",
     ["is expected to reach"], ["forecast"]),
])
def test_expected_to(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # CD Voice podcast (Typhoon Fengshen): "The center issued a blue alert for Fengshen"; "the
    # National Meteorological Center"
    ("国家气象中心于周一上午发布了台风“风神”蓝色预警。", ["typhoon", "meteorological center"], ["stage presence"]),
    # CD Voice podcast (Typhoon Fengshen): "As of 9 am, the storm's center was located about 455
    # kilometers northeast of Sansha city"
    ("截至上午9时，台风中心位于海南省三沙市东北方向约455公里处。", ["As of 9 a.m.", "typhoon"], ["up to"]),
    # tingroom.com 407114: "In sharp contrast, ... Liaoning recorded the lowest growth of 2.4%."
    ("与此形成鲜明对比的是，东北炼钢省份辽宁以2.4%的增速垫底。", ["rank last"], ["foundation"]),
    # jxbentu.cn 2022-05-19: "the world's largest mobile broadband and optical fiber network"
    ("我国已建成全球规模最大的移动宽带和光纤网络。", ["mobile broadband"], ["movement"]),
    # CD Voice podcast (Tianshui kindergarten): "... were all normal."
    ("相关幼儿园的抽样检测结果均正常。", ["all normal"], ["equal", "regular"]),
    # China Daily podcast (graduates): "Authorities are also working to create jobs in emerging
    # industries and frontline sectors."
    ("有关部门还在新兴产业和一线行业创造就业岗位。", ["authorities", "jobs"], ["a post", "department"]),
    # lingq.com course 506886: "The annual \"Spring Festival\" is here again"
    ("一年一度的“春运”又来了。", ["annual"], ["one year", "a time"]),
    # edu.ctpc.com.cn 4419 (MFA 2017): "the rotating chair of ASEAN"
    ("中方愿支持菲律宾当好东盟轮值主席国。", ["rotating chair", "stands ready to"], ["take turns"]),
    # zm.sm-tc.cn (MFA 2024-04-29): "Could you share with us the program ... for the visits?"
    ("发言人能否进一步介绍此访具体安排和访问期待？", ["the visit"], ["此访"]),
])
def test_news_words(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # China Daily podcast ("Foreign visitors praise their travel experiences"): "China is building a
    # more positive tourism image globally"
    ("中国正在全球范围内建立更加积极的旅游形象。", ["is establishing"], ["now"]),
    # getpodcast.com (CD Voice, graduates): "An initiative to expand vacancies in State-owned
    # enterprises is being implemented"
    ("一项扩大国有企业招聘岗位的举措正在实施，以满足重点发展领域的就业需求。", ["being implemented"], ["now"]),
    # wxredian.com (China Daily, graduates): "China's Ministry of Education and Ministry of Human
    # Resources and Social Security are ramping up efforts ..." (two subjects: "are")
    ("中国教育部和人力资源和社会保障部正加大力度支持大学毕业生就业和创业举措。", ["are trying harder"], ["now", " is "]),
])
def test_in_progress(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # China Daily podcast (litchi): "Litchi from western Guangdong usually ripens earlier than fruit
    # from other places."
    ("来自广东西部的荔枝通常比来自其他地方的水果成熟得更早。", ["fruit from Guangdong", "fruit from other"], ["come from"]),
])
def test_come_from_after_the_noun(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_what_the_reporter_learned_goes_last(engine: GlossEngine) -> None:
    # People's Daily on the 2021 National Day holiday (jpfanyi.com news 6629, with its Japanese
    # edition): the source the reporter learned from goes after the news
    zh = ("记者从文化和旅游部获悉，综合各地文化和旅游部门、通讯运营商、线上旅行服务商数据，经文化和旅游部"
          "数据中心测算，10月1日至7日，全国国内旅游出游5.15亿人次。")
    en = check(engine, zh, ["515 million", "according to"], ["reporter", "find out"]).en
    assert en.endswith("according to Ministry of Culture and Tourism."), en


def test_focus_on_how_it_was_done_is_past(engine: GlossEngine) -> None:
    # kekenet.com 663957 (China Daily, 2022-11-23): "Because this magnificent stadium was jointly
    # constructed by the Qatar HBK Contracting and China Railway Construction Corporation"
    en = check(engine, "因为这座宏伟的体育场是由卡塔尔HBK公司和中国铁路建设总公司（CRCC）联合建造的。",
               ["stadium was constructed by"], [" is "]).en
    assert not en.rstrip(".").endswith(" of"), en


@pytest.mark.parametrize("zh, present, absent", [
    # podtail.nl (China Daily podcast, retirement age): "from Wednesday" (从2025年1月1日起)
    ("从2025年1月1日起，中国开始渐进式延迟法定退休年龄。", ["From January 1, 2025,"], ["rise"]),
    # CD Voice podcast (Jikayi village): "... felt immense pride when his village was named ..."; the
    # 在 frame inside says "when" itself: 当 has no English of its own there
    ("当家乡村庄在10月被联合国世界旅游组织评为“最佳旅游乡村”时，当地企业家嘉措感到无比自豪。",
     ["when"], ["Dong", "When hometown village when"]),
])
def test_when_and_from_frames(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_a_change_by_a_count(engine: GlossEngine) -> None:
    # ohmylovin.com 2022-05-10 (China Daily 每日新闻播报): "... 10.76 million college graduates this
    # year, 1.67 million more than last year": the count after its change verb
    check(engine, "今年全国普通高校毕业生总规模是1076万，同比增加了167万。", ["up 1.67 million year-on-year"],
          ["year-on-year increase"])


def test_data_of_a_date_showed(engine: GlossEngine) -> None:
    # jxbentu.cn 2023-08-03 (China Daily 双语新闻播报): "China's GDP grew 5.5 percent ... data from
    # the National Bureau of Statistics showed on July 17."
    check(engine, "国家统计局7月17日的数据显示，2023年上半年国内生产总值59.3万亿元，同比增长5.5%。",
          ["data from the National Bureau of Statistics on July 17 showed."], ["July 17 data"])


@pytest.mark.parametrize("zh, present, absent", [
    # tests/data/corpus (新闻联播 2022-03): 基里洛夫11日在记者会上表示，… "..., Kirillov said at a
    # press conference on the 11th": the speaker's clause, its 在…上 frame with it, last
    ("俄罗斯武装力量辐射、化学和生物防护部队司令基里洛夫11日在记者会上表示，俄军在特别军事行动中获取的文件证实美国在乌克兰进行危险的生物实验。",
     ["said at a press conference."], ["said in press conference,"]),
    # webjosh.com (China Daily 双语, Shanghai's 22 policies, 2022-09): "..., said Wu Qing, Shanghai's
    # executive vice-mayor, at a news conference"
    ("上海市常务副市长吴清在新闻发布会上表示，稳增长“22条”将促进市场需求，稳定增长，为市场主体注入更多活力，进一步改善营商环境。",
     ["Wu Qing said at a press conference."], []),
])
def test_said_at_a_gathering_goes_last(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


def test_said_after_a_date_goes_last(engine: GlossEngine) -> None:
    # language.chinadaily.com.cn 2022-05-19 (5G): "With nearly 1.6 million 5G base stations, China now owns
    # the largest 5G network worldwide, said the Ministry of Industry and Information Technology on
    # Tuesday": after the date's clause, what is said, then the speaker
    en = check(engine, "5月17日，工信部副部长张云明在2022年世界电信和信息社会日大会上表示，目前我国建成5G基站近160万个。",
               ["On May 17, currently", "Zhang Yunming said at"], []).en
    assert en.endswith("session."), en


@pytest.mark.parametrize("zh, present, absent", [
    # tests/data/corpus (新闻联播): 中国经济发展的潜力仍然巨大 "the potential ... remains huge"
    ("中国经济发展的潜力仍然巨大，新型城镇化的推进还有很大空间，欢迎力拓集团继续深化对华务实合作，共享中国发展带来的新机遇，实现互利共赢。",
     ["remains huge"], ["still huge"]),
    # tests/data/corpus (新闻联播): 发动机仍然强劲 "the engine ... remains strong"
    ("国际人士指出，中国两会让世界看到中国经济发展的发动机仍然强劲，中国不断扩大高水平开放、推动高质量发展，将持续为地区繁荣以及全球经济复苏贡献力量。",
     ["remains strong"], ["still strong"]),
    # a verb's English after 依然 is left (tests/data/corpus: 工具箱依然丰富, 丰富 "enrich")
    ("在回答货币政策还将如何支持经济回升向好的问题时，中国人民银行行长潘功胜表示，中国的货币政策工具箱依然丰富，货币政策仍有足够的空间。",
     [], ["remains enrich"]),
])
def test_still_before_an_adjective_is_remains(engine: GlossEngine, zh: str, present: list[str],
                                              absent: list[str]) -> None:
    check(engine, zh, present, absent)
