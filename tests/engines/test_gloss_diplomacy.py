"""The constructions of the Foreign Ministry's regular press conferences and of diplomatic news
(order/questions.py, order/diplomacy.py, reports.quoted_speech): direct questions in English
order, the transcripts' labels, 应…邀请, titles after names, visits and their dates, the title
line, quotations. Sentences from Foreign Ministry transcripts and China Daily items (the page
named in each comment; none is a page of the fluency dev set), run through the whole pipeline
so that names are found as a user's run finds them."""

from __future__ import annotations

import pytest

from pipeline.context import Context
from pipeline.glossary import default_paths, load_glossary
from pipeline.model import Document
from pipeline.runner import run


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context(glossary=load_glossary(default_paths()), cache=False)


def english(ctx: Context, zh: str) -> str:
    doc = run(Document("t.txt", data=zh.encode()), ctx)
    assert len(doc.segments) == 1
    return doc.segments[0].en or ""


def check(ctx: Context, zh: str, present: list[str], absent: list[str]) -> str:
    en = english(ctx, zh)
    for phrase in present:
        assert phrase in en, en
    for phrase in absent:
        assert phrase.casefold() not in en.casefold(), en
    return en


@pytest.mark.parametrize("zh, present, absent", [
    # xiexiebang.com 2015 transcript: "Can you confirm that and give us more details?"
    ("中方能否证实并介绍具体情况？", ["Can you confirm that", "give us more details", "?"], ["whether"]),
    # reciyi.com 394-5 (2019-12-03): "Do you have details on the purpose of his visit ...?"
    ("你能否介绍此访目的？", ["Can you share"], ["whether", "introduce"]),
    # edu.ctpc.com.cn 5035 (2019-07-22): "... if China will attend it?"
    ("中方是否将出席？", ["Will China attend?"], ["whether"]),
    # feiqiaoshang.com (2023-01-18): "Do you have any comment?"
    ("请问发言人对此有何评论？", ["What comment do you have on this?"], ["may I ask", "spokesperson"]),
    # pixnet.net (2021-10-29): "Could you talk about China's expectations for the summit?"
    ("中方对此次峰会有何期待？", ["What expectations does China have"], ["have what", "look forward"]),
    # yingyushijie.com 6881 (2020-06-09): "What's your response?"
    ("中方对此有何回应？", ["What response does China have on this?"], ["respond"]),
])
def test_direct_questions_take_english_order(ctx: Context, zh: str, present: list[str], absent: list[str]) -> None:
    check(ctx, zh, present, absent)


def test_whether_in_a_statement_is_no_question(ctx: Context) -> None:
    # a statement with 是否 (no question mark) keeps its order: no auxiliary added
    en = english(ctx, "关键在于各方是否能够落实共识。")
    assert not en.startswith(("Does", "Can", "Will")), en


@pytest.mark.parametrize("zh, present, absent", [
    # etogether.net 6149 (2018-09): "Q: ... Has China expressed its condolences to the Japanese side?"
    ("问：中方是否向日方表示慰问？", ["Q: ", "the Japanese side"], ["Ask", "Rifang"]),
    # cischina.com bilingual news (2025): "Reuters: China and the US have extended the tariff truce"
    ("路透社记者：中美将关税“休战期”延长了90天。", ["Reuters: "], ["reporter"]),
    # jiufanju.com (2023-01-16): "Global Times: A joint statement was released ..."
    ("《环球时报》记者：日前，美日外长、防长举行“2+2”会谈后发表联合声明。", ["Global Times: ", "ecently"],
     ["reporter", '"Global Times"']),
])
def test_transcript_labels(ctx: Context, zh: str, present: list[str], absent: list[str]) -> None:
    en = check(ctx, zh, present, absent)
    assert en.startswith(present[0]), en


@pytest.mark.parametrize("zh, present, absent", [
    # vqdolsx.cn 410344 (2018-01-25): "At the invitation of Premier Li Keqiang, Prime Minister
    # Theresa May ... will pay an official visit to China from January 31 to February 2"
    ("应国务院总理李克强邀请，大不列颠及北爱尔兰联合王国首相特雷莎·梅将于1月31日至2月2日对中国进行正式访问。",
     ["At the invitation of Premier Li Keqiang,", "pay an official visit to China from January 31 to February 2"],
     ["should", "on January 31"]),
    # yingyuw.cn 9254 (China Daily, 2017): "President Xi Jinping will pay a state visit to Finland from April 4 to 6"
    ("应芬兰共和国总统尼尼斯托邀请，国家主席习近平将于4月4日至6日对芬兰共和国进行国事访问。",
     ["At the invitation of", "President Xi Jinping will pay a state visit to", "from April 4 to 6"],
     ["carry out", "6 day"]),
    # reciyi.com 394-5 (2019-12-03): "State Councilor Wang Yi will visit the ROK from December 4 to 5"
    ("王毅国务委员将于12月4日至5日访问韩国。", ["State Councilor Wang Yi will visit", "from December 4 to 5"],
     ["the 5th"]),
])
def test_announcements_of_visits(ctx: Context, zh: str, present: list[str], absent: list[str]) -> None:
    check(ctx, zh, present, absent)


def test_titles_go_before_the_name(ctx: Context) -> None:
    # pixnet.net (2021-10-29): "State Councilor and Foreign Minister Wang Yi will attend the
    # summit in person in Rome as President Xi's special representative"
    check(ctx, "王毅国务委员兼外长将作为习近平主席特别代表在罗马现场与会。",
          ["State Councilor and Foreign Minister Wang Yi will", "President Xi Jinping"],
          ["chairperson", "double"])


@pytest.mark.parametrize("zh, en", [
    # edu.ctpc.com.cn 5035 and feiqiaoshang.com: the transcripts' title lines
    ("2019年7月22日外交部发言人耿爽主持例行记者会",
     "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on July 22, 2019"),
    ("2023年1月18日外交部发言人汪文斌主持例行记者会",
     "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on January 18, 2023"),
])
def test_the_title_line_of_a_press_conference(ctx: Context, zh: str, en: str) -> None:
    assert english(ctx, zh) == en


def test_holding_a_meeting_in_a_sentence_is_no_title(ctx: Context) -> None:
    # a sentence (it ends in 。) with 主持 keeps its verb: "chaired ..."
    en = english(ctx, "昨天，王毅国务委员兼外长在北京以视频方式主持会议。")
    assert "'s" not in en and "Conference on" not in en, en


def test_a_quotation_goes_before_its_speaker(ctx: Context) -> None:
    # m.42bites.com 437852 (China Daily, 2018-12): "China and Russia have a tradition of ...,
    # said Hua at a regular briefing."
    en = check(ctx, "华春莹在例行发布会上说：“中俄两国一直有着相互支持举办重大国际活动的传统。”",
               ['," Hua Chunying said'], [':"'])
    assert en.startswith('"'), en


@pytest.mark.parametrize("zh, present, absent", [
    # bbs.adaiere.com (2021-05-12 transcript): "The Chinese side believes that foreign troops should withdraw ..."
    ("中方认为，外国驻军应当有序、负责任地撤出阿富汗。", ["China believes that "], ["believed", "believes,"]),
    # etogether.net 6149 (2018-09): "We hope and believe that people in the affected areas could resume ..."
    ("中方希望并相信，灾区民众能够早日恢复正常生产生活，重建家园。", ["hopes and believe that "], ["convinced,"]),
    # edu.ctpc.com.cn 5035 (2019-07-22): "As we repeatedly emphasize, ensuring the full and effective implementation ..."
    ("中方一再强调，确保全面协议得到完整、有效执行，既是安理会决议的要求。", ["China repeatedly stresses that "],
     ["emphasize,"]),
    # xinjiapo.news 235254 (2022-02-08): "In the meantime, China believes that double standards should not ..."
    ("同时中方认为，反恐不应搞双重标准，要打击一切形式的恐怖主义。", ["China believes that "], ["will be believed"]),
    # yingyushijie.cn 7978 (2020-12-23): "We believe the opening of the Vientiane-Vangvieng section will help ..."
    ("我们相信，万象至万荣段通车将为改善当地民生提供新的助力。", ["We believe that "], ["will believe"]),
])
def test_a_sides_statement_keeps_its_order_with_that(ctx: Context, zh: str, present: list[str],
                                                     absent: list[str]) -> None:
    check(ctx, zh, present, absent)


def test_a_news_report_still_puts_its_source_last(ctx: Context) -> None:
    # news: the reporting clause of an organisation goes last ("..., the bureau said")
    en = english(ctx, "国家统计局称，今年上半年国内生产总值同比增长5.5%。")
    assert en.endswith("the National Bureau of Statistics said."), en


@pytest.mark.parametrize("zh, present, absent", [
    # reciyi.com 394-5 (2019-12-03): "... and hold talks with Foreign Minister Kang Kyung-wha"
    ("双方外长将在北京同美方举行会谈。", ["hold talks with the US side"], ["be held"]),
    # Xinhua: 同…举行会晤 "held a meeting with President Biden" (the title before the name too)
    ("习近平主席同拜登总统举行会晤。", ["a meeting with President Biden"], ["be held", "Biden president"]),
    # yingyushijie.com 7064 (2020-07-16): "Wang Yi held talks with Philippine Foreign Secretary ... via video link"
    ("王毅国务委员兼外长同菲律宾外长洛钦举行视频会谈。", ["hold video talks with Philippines"], ["be held"]),
])
def test_talks_are_held_with_a_partner(ctx: Context, zh: str, present: list[str], absent: list[str]) -> None:
    check(ctx, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # the spokesperson's formula (fmprc transcripts): "I want to stress that ..."; a speaker's
    # own words are said now (zh.tense: no report of the past)
    ("我想强调的是，台湾是中国领土不可分割的一部分。", ["I want to stress that Taiwan is"], ["wanted", "was"]),
    # the transcripts' "China always maintains that ..."
    ("中方一贯主张，通过对话协商解决分歧。", ["China always maintains that "], ["view that"]),
])
def test_the_spokespersons_own_formulas(ctx: Context, zh: str, present: list[str], absent: list[str]) -> None:
    check(ctx, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # etogether.net 20180827: "China stands ready to work with the new Australian government"
    ("中方愿与澳大利亚新一届政府共同努力。", ["China stands ready to work"], ["hope"]),
    # the same wish of two sides: the verb's base form after a plural subject
    ("双方愿加强合作。", ["Both sides stand ready to strengthen cooperation"], ["hopes"]),
    # freewechat.com (MFA 2018-03-23): "Such action does not serve the interests of China, the US ..."
    ("美方此举不利于中国利益，不利于美方利益。", ["such action does not serve China's interests"], ["unfavorable"]),
])
def test_the_spokespersons_words_of_intent_and_harm(ctx: Context, zh: str, present: list[str], absent: list[str]) -> None:
    check(ctx, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # b2cedu.com 27774 (Xinhua, 2022-12-22, Albert Keidel): a pronoun, 认为 and a comma
    ("他认为，展望2023年，“中国经济将保持强劲”，“将成为世界的亮点”，为全球需求提供“一个支撑点”。",
     ["He believes that "], ["believes,", "will believe"]),
    # yingyu.chazidian.com 269660 (China Daily, Scott Kennedy): 认为 straight on, in a later clause
    ("美国战略与国际研究中心费和中国研究部副主任斯科特•肯尼迪也持相同观点，他认为中国在诸多领域都在推进改革，"
     "包括国企、财政、利率以及对外经济联系。", ["he believes that China"], ["he believe "]),
    # 9k8cc.com (China Daily, 2023-09-11): the passive 被认为 has no speaker
    ("罗思义表示，西方媒体惯用统计数据中被认为是肮脏行为的套路。", [], ["believes that"]),
])
def test_a_named_speakers_belief_takes_that(ctx: Context, zh: str, present: list[str], absent: list[str]) -> None:
    check(ctx, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # MFA 2019-01-25 (yingyushijie.com/exam/detail/id/4196): "French Foreign Minister Le Drian";
    # glossary/foreign-people.tsv keeps the name whole (jieba: 勒|德里|昂 "rein in Delhi lift")
    ("问：我们注意到，昨天，王毅国务委员兼外长在巴黎会见了法国外长勒德里昂。",
     ["Foreign Minister Jean-Yves Le Drian"], ["Delhi"]),
    # MFA 2021-02-09 (yingyushijie.com/exam/detail/id/8258): "The French President Macron"
    ("法新社记者：法国总统马克龙表示愿意在美国和伊朗之间斡旋，以恢复伊核协议。",
     ["President Emmanuel Macron"], ["dragon"]),
    # MFA 2018-09-07 (yingyushijie.com/exam/detail/id/3184): "Prime Minister Nguyen Xuan Phuc of Vietnam"
    ("应越南总理阮春福邀请，国务院副总理胡春华将于9月11日至13日出席在越南河内举行的"
     "世界经济论坛东盟会议。", ["Nguyen Xuan Phuc"], ["ruanchunfu"]),
    # MFA 2024-10-08 (51haodu.com transcript): "Colombian Minister of Foreign Affairs Luis Gilberto
    # Murillo will visit China"; 来华访问 "visit China" (domain-news.tsv)
    ("应中共中央政治局委员、外交部长王毅邀请，哥伦比亚外长穆里略将于10月9日至12日来华访问。",
     ["Foreign Minister Luis Gilberto Murillo will visit China"], ["Lilüe", "come to China"]),
])
def test_foreign_leaders_by_the_glossary(ctx: Context, zh: str, present: list[str], absent: list[str]) -> None:
    check(ctx, zh, present, absent)
