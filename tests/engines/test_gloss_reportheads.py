"""The gloss engine's work-report word order (pipeline/engines/gloss/order/reportheads.py,
reportverbs.py, yearranges.py; the 等 list after coordinated verbs in modifiers.py; counts with
the classifiers of vehicles and munitions in rules.py): on sentences of CCTV Xinwen Lianbo
reports in tests/data/corpus (file named beside each; none from a report on a reserved
Government Work Report) and of official Chinese text named beside each (Ministry of Agriculture
and Rural Affairs 2021, an assessment of the Human Rights Action Plan 2016-2020, People's Daily
Online 2026); the GWR English each rule follows is quoted; none is a dev-set pair."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # 07-xwlb-20241212 (GWR 2017-2022 English: "promote the healthy development of ...")
    ("加强监管，促进平台经济健康发展。", ["the healthy development of platform economy"],
     ["economic healthy", "economy healthy"]),
    # 03-xwlb-20231212: two manner words, one of them inside the head's word
    ("积极稳妥化解房地产风险，一视同仁满足不同所有制房地产企业的合理融资需求，促进房地产市场平稳健康发展。",
     ["the steady and healthy development of real estate market"], ["market steady"]),
    # 09-xwlb-20221216 (GWR English: "protect the legitimate rights and interests of ...")
    ("为进一步规范相关防疫类药品足量供应和价格稳定，维护消费者合法权益，市场监管总局规范涉疫物资网络交易秩序，"
     "严防平台内经营者实施虚假宣传、欺诈等行为。",
     ["the legitimate rights and interests of consum"], ["consumer lawful"]),
    # 27-xwlb-20230306: the phrase after 各类 "all kinds of" is no bare noun phrase: left as it was
    ("要依法规范和引导各类资本健康发展，有效防范化解系统性金融风险，为各类所有制企业创造公平竞争、竞相发展的环境。",
     ["capital healthy development"], ["development of"]),
    # 18-xwlb-20191001 (Xinhua: "the peaceful development of cross-Strait relations")
    ("我们要坚持“和平统一、一国两制”的方针，保持香港、澳门长期繁荣稳定，推动海峡两岸关系和平发展，团结全体中华儿女，"
     "继续为实现祖国完全统一而奋斗。", ["the peaceful development of"], ["relation peace"]),
    # 15-xwlb-20220305: two heads, the first joining the second
    ("山西要持续推进产业结构优化升级，全力完成国企改革任务，推动科技创新，加强金融风险防控，在推动高质量发展上取得新突破。",
     ["the optimization and upgrading of industrial structure"], ["structure improve"]),
    # 33-xwlb-20230307: 转型 closes one item of a list, not a head of the whole list
    ("张恩迪委员代表致公党中央发言说，要深入推进能源革命、科技革命和经济转型，推动煤电减碳增效，抓紧落实国家氢能产业发展规划，"
     "统筹推进碳达峰碳中和。", ["economic transformation"], ["transformation of"]),
    # 03-xwlb-20231212: 新 + a head (GWR 2022 "new drivers of foreign trade")
    ("要加快培育外贸新动能，巩固外贸外资基本盘，拓展中间品贸易、服务贸易、数字贸易、跨境电商出口。",
     ["the new growth drivers of foreign trade"], ["trade new growth"]),
    # 33-xwlb-20230307
    ("赵乐际强调，香港、澳门要积极融入国家发展大局，全面准确、坚定不移贯彻“一国两制”方针，努力开创港澳繁荣发展新局面。",
     ["the new situation of Hong Kong and Macao"], ["development new situation"]),
    # 24-xwlb-20220307: 打牢 "lay a solid" has its article (GWR English "lay a solid foundation for")
    ("陈萌山委员发言建议，国家应在东北平原、黄淮海平原、长江中下游平原整体布局，率先建设高水平国家粮食安全产业带，"
     "全面提高粮食综合生产能力；推动粮食精深加工和高效养殖，全面提高粮食综合效益；建设粮食运输走廊，"
     "形成产得出、调得快、供得上的高效供应链，打牢国家粮食安全基础。",
     ["lay a solid foundation of national grain security"], ["solid the", "security foundation"]),
])
def test_heads_of(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 16-xwlb-20210305 (GWR English: 加大…力度 "step up ..."): the verb before 力度 read as its noun
    ("要统筹山水林田湖草沙系统治理，实施好生态保护修复工程，加大生态系统保护力度，提升生态系统稳定性和可持续性。",
     ["step up ecosystem protection"], ["protection strength", "protect,"]),
    # 16-xwlb-20210305: a list before 力度
    ("要强化源头治理，推动资源高效利用，加大重点行业、重要领域绿色化改造力度，发展清洁生产，加快实现绿色低碳发展。",
     ["step up key industr", "transformation"], ["transformation strength", "transform,", "of green"]),
    # 03-xwlb-20231212: 加大对X的支持力度 (GWR 2023 "stepped up support for ..."): what is stepped up first
    ("发挥好货币政策工具总量和结构双重功能，盘活存量、提升效能，引导金融机构加大对科技创新、绿色转型、普惠小微、"
     "数字经济等方面的支持力度。", ["step up the support for"],
     ["support strength", "for science and technology innovation support"]),
    # 22-xwlb-20220306
    ("要加大对因疫因灾遇困群众的临时救助力度，做好残疾人康复、教育、就业等工作，保障流浪乞讨人员人身安全和基本生活，"
     "关心关爱精神障碍人员，坚决杜绝欺凌虐待妇女儿童、老年人、残疾人等违法行为。",
     ["step up the temporary assistance for"], ["assistance strength"]),
])
def test_step_up(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # People's Daily Online, 2026-08-04 (the Ministry of Natural Resources on the ocean economy): GWR
    # English "as a share of GDP"
    ("初步核算，上半年全国海洋生产总值5.5万亿元，同比增长5.1%，高于国内生产总值增速0.4个百分点，"
     "海洋生产总值占国内生产总值比重为7.9%。", ["as a share of GDP was 7.9 percent"], ["account for", "proportion"]),
])
def test_shares(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 15-xwlb-20220305: 培育壮大 (GWR 2023 English "cultivate and strengthen")
    ("要强化科技创新，改革科技投入机制，培育壮大发展新动能。", ["foster and expand"], ["foster expand"]),
    # 03-xwlb-20231212
    ("推动消费从疫后恢复转向持续扩大，培育壮大新型消费，大力发展数字消费、绿色消费、健康消费，积极培育智能家居、文娱旅游、"
     "体育赛事、国货“潮品”等新的消费增长点。",
     ["foster and expand new consumption"], ["foster expand"]),
    # 12-xwlb-20210225: 巩固拓展 (GWR 2021 "consolidate and expand") after "a good job of": both -ing
    ("要切实做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接各项工作，对易返贫致贫人口要加强监测，对脱贫地区产业要长期培育和支持，"
     "对易地扶贫搬迁群众要搞好后续扶持，对脱贫县要扶上马送一程，保持主要帮扶政策总体稳定。",
     ["consolidating and expanding"], ["and expand ", "strengthen and"]),
])
def test_paired_verbs(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # Ministry of Agriculture and Rural Affairs, 2021 (moa.gov.cn): the plan "(2021-2025)"
    ("近日，经国务院同意，农业农村部、国家发展和改革委员会、财政部、水利部、科学技术部、中国科学院、国家林业和草原局7部门"
     "联合印发《国家黑土地保护工程实施方案（2021—2025年）》（以下简称《实施方案》）。", ["(2021-2025)"],
     ["2021 -", "in 2025"]),
    # Assessment of the National Human Rights Action Plan 2016-2020 (rqyjy.seu.edu.cn, 2021)
    ("2016—2020年，全国155个民族自治地方共制定、修改50余部自治条例和240余部单行条例，为依法保障少数民族公民合法权益"
     "提供了法律支撑。", ["from 2016 to 2020,"], ["in 2020", "2016 -"]),
    # GWR 2021's dateline keeps its date
    ("——2021年3月5日在第十三届全国人民代表大会第四次会议上", ["March 5, 2021"], ["2021-"]),
])
def test_year_ranges(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 12-xwlb-20210225: 坚持和完善X、Y等制度 (the list is the object of both verbs)
    ("要坚持和完善驻村第一书记和工作队、东西部协作、对口支援、社会帮扶等制度，并根据形势和任务变化进行完善。",
     ["adhere to and improve systems such as"], ["such as and"]),
])
def test_lists_after_coordinated_verbs(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 04-xwlb-20210701: 架 counts aircraft
    ("空中护旗梯队拉开飞行庆祝表演序幕，5架直升机分别悬挂中国共产党党旗和写有“伟大的中国共产党万岁”“伟大的中国人民万岁”"
     "“伟大的中华人民共和国万岁”“全国各族人民大团结万岁”的条幅迎风向前。", ["5 helicopters"], ["5 helicopter "]),
    # 09-xwlb-20221216: 枚 counts rockets
    ("顿涅茨克官员表示，乌军15日向顿涅茨克市发射约40枚火箭弹，造成人员死伤。", ["40 rockets"], ["40 rocket "]),
    # 07-xwlb-20241212: 颗 counts satellites (jieba tags 卫星 as a name: still a common noun)
    ("今天（12月12日），我国在酒泉卫星发射中心使用长征二号丁运载火箭与远征三号上面级，成功将高速激光钻石星座试验系统发射升空，"
     "5颗卫星顺利进入预定轨道，发射任务获得圆满成功。", ["5 satellites"], ["5 satellite "]),
    # 04-xwlb-20210701: a name's tag only right after the count (呼啸而过 is no noun of the phrase)
    ("随后，直升机、战斗机分别组成“100”“71”字样掠过长空，15架歼-20飞机组成3个梯队呼啸而过，教练机拉出10道彩烟，"
     "精彩的表演激起一阵阵欢呼声。", ["3 echelons whistle past"], ["pasts"]),
])
def test_plural_after_classifiers(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
