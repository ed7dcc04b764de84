"""Titles before a name (order/diplomacy.py `titles_before_names`): each in English title case,
two joined by 兼 with "and", 国家主席 "President" (fmprc and Xinhua English: "State Councilor and
Foreign Minister Wang Yi", "President Xi Jinping"). Sentences of the Foreign Ministry's
transcripts (the page named; none a page of the fluency dev set) and of 新闻联播
(tests/data/corpus)."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # yingyushijie.com 6007 (MFA, 2019-08-23): "At the invitation of State Councilor and Foreign
    # Minister Wang Yi, Foreign Minister Mohammad Javad Zarif of the Islamic Republic of Iran ..."
    ("应国务委员兼外交部长王毅邀请，伊朗伊斯兰共和国外交部长穆罕默德·贾瓦德·扎里夫将于8月25日至27日对中国进行正式访问。",
     ["State Councilor and Minister of Foreign Affairs Wang Yi"], ["double"]),
    # tests/data/corpus (新闻联播): 国家主席习近平 "President Xi Jinping"
    ("央视网消息（新闻联播）：10月15日，国家主席习近平致电拉希德，祝贺他当选伊拉克共和国总统。",
     ["President Xi Jinping"], ["national"]),
    # tests/data/corpus (新闻联播): 俄罗斯外长拉夫罗夫 "Russia's Foreign Minister Lavrov"
    ("拉夫罗夫：北约无限度扩张损害俄利益俄罗斯外长拉夫罗夫3日在回答总台记者在线提问时表示，北约无限度扩张损害了俄罗斯的利益，对此俄罗斯不会接受。",
     ["Russia's Foreign Minister Lavrov"], ["Russia foreign"]),
])
def test_titles_before_a_name(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)



def test_a_foreign_premier_is_a_prime_minister(engine: GlossEngine) -> None:
    # tests/data/corpus (新闻联播, Xi Jinping in Hanoi): 越南总理范明政 "Vietnamese Prime Minister Pham
    # Minh Chinh" (China alone has a Premier)
    check(engine, ("习近平乘坐专机抵达时，越南总理范明政，越共中央政治局委员、中央书记处书记、中央内政部部长潘庭濯，"
                   "越共中央书记处书记、中央对外部部长黎怀忠等越南党政领导人和地方代表在舷梯旁热情迎接。"),
          ["Vietnam Prime Minister"], ["Vietnam premier"])


def test_chinas_side_owns_its_position(engine: GlossEngine) -> None:
    # freewechat.com (MFA, 2018-03-23): 已经就此表明了中方立场 "has stated China's stance"
    check(engine, "答：今天上午中国商务部发言人已经就此表明了中方立场。", ["China's position"], ["China position"])


@pytest.mark.parametrize("zh, present, absent", [
    # reciyi.com 2020/11/110-5 (MFA, Wang Wenbin, 2020-11-13): "We send congratulations to Mr. Biden
    # and Ms. Harris."
    ("我们向拜登先生和哈里斯女士表示祝贺。", ["Mr. Biden"], ["Biden teacher", "Biden Mr"]),
    # tests/data/corpus (新闻联播, National Day 2019): a name titled already keeps its title alone
    ("人民英雄纪念碑前，竖立着伟大的革命先行者孙中山先生的画像，巨大的“国庆”“1949”“2019”立体字样分外醒目。",
     ["Dr Sun Yat-sen"], ["Mr. Dr"]),
])
def test_courtesy_titles_before_the_name(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
