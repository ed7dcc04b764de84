"""The gloss engine's work-report English, round 2 (issue 17): 新一届 "the new ..." (not a count
of one, pipeline/zh/numbers/patterns.py); a group of people + 就业 "employment for the group"
(order/reportchains.py) and 做好X工作 "do a good job of X"; 新征程 heading its phrase as the
glossary term it is (order/reportheads.py, run through the whole pipeline with the default
glossary, as a user's run is); on sentences of CCTV Xinwen Lianbo reports in tests/data/corpus
(file named beside each; none from a report on a reserved Government Work Report); none is a
dev-set pair."""

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


@pytest.mark.parametrize("zh, present, absent", [
    # 19-xwlb-20230313 (Xinhua: "the new government")
    ("新一届政府的工作，就是要把党中央的决策部署贯彻好、落实好。", ["new government"], ["first"]),
    # 17-xwlb-20221023 ("the new leadership of the CPC Central Committee")
    ("广大官兵表示，坚决拥护新一届中央领导集体。", ["new"], ["first", "one"]),
])
def test_new_term(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 07-xwlb-20241212 (GWR 2019/2022 English: "ensure employment for key groups")
    ("实施重点领域、重点行业、城乡基层和中小微企业就业支持计划，促进重点群体就业。",
     ["employment for key groups"], ["groups employment"]),
    # 14-xwlb-20230305: the list before 等 after the group, 工作 unsaid
    ("要加强保障和改善民生各项工作，着力抓好青年特别是高校毕业生等重点群体就业，巩固拓展脱贫攻坚成果。",
     ["employment for key groups such as college graduates"], ["groups employment", "employments"]),
    # input/xihe-interview.zh.txt (Xihe county interview): a list of groups before 就业, the list whole
    ("全面落实创业就业扶持政策，扎实开展“春风行动”专项服务活动，全力做好高校毕业生、农民工、就业困难群体和新业态从业人员"
     "就业工作，新增城镇就业2023人，完成职业技能培训5445人。",
     ["do a good job of employment for college graduates, migrant workers"],
     ["and employment for", "workers employment"]),
    # 19-xwlb-20230313: 更好 before the clause's verb is no item of the list before 等 (modifiers.list_start)
    ("我们将全面落实就业优先战略，加大政策支持力度，多措并举稳定和扩大就业岗位，更好促进高校毕业生等重点群体就业。",
     ["better promote employment for key groups such as college graduates"], ["such as better"]),
    # 03-xwlb-20231212: the chain goes on after 就业 (就业稳定): left as it was
    ("更加突出就业优先导向，确保重点群体就业稳定。", ["key groups employment"], ["employment for"]),
])
def test_employment_for(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 05-xwlb-20221016 (CGTN/Xinhua: "embark on a new journey of building a modern socialist country in
    # all respects"): 新征程 a glossary term, the phrase before it a term too
    ("习近平说，十年来党和国家事业取得历史性成就、发生历史性变革，推动我国迈上全面建设社会主义现代化国家新征程。",
     ["the new journey of building a modern socialist country"], ["respects new journey"]),
])
def test_new_heads_as_terms(zh: str, present: list[str], absent: list[str]) -> None:
    ctx = Context(glossary=load_glossary(default_paths()), cache=False)
    doc = run(Document("t.txt", data=zh.encode()), ctx)
    en = doc.segments[0].en or ""
    for phrase in present:
        assert phrase in en, en
    for phrase in absent:
        assert phrase not in en, en


@pytest.mark.parametrize("zh, present, absent", [
    # 03-xwlb-20231212 (GWR English: "the transformation and upgrading of traditional industries")
    ("打造生物制造、商业航天、低空经济等若干战略性新兴产业，开辟量子、生命科学等未来产业新赛道，广泛应用数智技术、"
     "绿色技术，加快传统产业转型升级。", ["the transformation and upgrading of", "industries."], ["industry."]),
    # 09-xwlb-20221216 ("the legitimate rights and interests of consumers")
    ("为进一步规范相关防疫类药品足量供应和价格稳定，维护消费者合法权益，市场监管总局规范涉疫物资网络交易秩序，"
     "严防平台内经营者实施虚假宣传、欺诈等行为。", ["the legitimate rights and interests of consumers"], []),
    # 07-xwlb-20241212: no count noun after "of": left singular
    ("加强监管，促进平台经济健康发展。", ["the healthy development of platform economy"], ["economies"]),
])
def test_counted_nouns_after_of(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, present, absent", [
    # 14-xwlb-20230305 (GWR English says what is done well, no "work")
    ("要继续做好新阶段疫情防控工作。", ["do a good job of", "control."], ["work"]),
    # 15-xwlb-20220305: 各项工作 "all work" keeps it
    ("我们要扎实履职尽责，全力做好今年各项工作，以实际行动迎接党的二十大召开。", ["all work"], []),
    # 16-xwlb-20210305: before 工作 a verb's English (调控 "regulate"): "work" kept
    ("要继续做好房地产市场调控工作，解决好大城市住房突出问题。", ["regulate work"], []),
])
def test_good_job_of(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)
