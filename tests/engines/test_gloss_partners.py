"""The partner of an action, 同/与 X before the verb, "with X" after it (order/partners.py), where
clauses.partners (after 愿, 将, 继续) leaves it; 与X相比 "compared with X". Sentences of the
Foreign Ministry's regular press conferences (bilingual transcripts: the page in each comment)
and of 新闻联播 (tests/data/corpus); none is a page of the fluency dev set."""

from __future__ import annotations

import pytest

from pipeline.engines.gloss import GlossEngine
from tests.engines.gloss_check import check


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize("zh, present, absent", [
    # MFA 2021-02-09 (yingyushijie.com/exam/detail/id/8258): "and remains in close communication
    # with relevant parties"; 并 before 与
    ("中方高度关注相关局势发展，并与有关各方保持密切沟通。",
     ["remain in close communication with all relevant parties"], ["and all relevant parties"]),
    # Wang Yi, NPC press conference 2016 (rgfgowx.cn ?id=93): 同 after its subject, a pronoun object
    ("目前已经有70多个国家和国际组织表达了合作意愿，30多个国家同我们签署了共建“一带一路”合作协议。",
     ["agreement with us"], ["with we"]),
    # 19-xwlb-20230313: 与X一道 "together with X" at a clause's start
    ("新一届政府的工作，就是要把党中央的决策部署贯彻好、落实好，把党的二十大擘画的宏伟蓝图变成施工图，与全国人民一道，一步一个脚印把宏伟蓝图变为美好现实。",
     ["together with national the people"], []),
])
def test_the_partner_follows_the_verb(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)


@pytest.mark.parametrize("zh, absent", [
    # two things related, no partner (23-xwlb-20250306: 改革与法治相统一)
    ("坚持党的领导、统一战线、民主协商有机结合，坚持改革与法治相统一，以高质量履职汇聚奋进力量。",
     ["with rule of law"]),
    # 同X… as a noun's modifier after 是 (MFA 2020-06-09, yingyushijie.com/exam/detail/id/6881)
    ("华春莹：今天是中国同菲律宾建交纪念日，中菲两国建立外交关系已经整整45周年了。", ["day of commemoration with"]),
])
def test_no_partner_stays_put(engine: GlossEngine, zh: str, absent: list[str]) -> None:
    check(engine, zh, [], absent)


@pytest.mark.parametrize("zh, present, absent", [
    # China Daily podcast (litchi prices): "Litchi prices ... have risen ... compared with last year"
    ("与去年相比，茂名市的荔枝价格上涨了30%到100%以上。", ["compared with last year,"], ["and last year"]),
    # 28-xwlb-20220309: jieba's 同期相比 in one word
    ("和去年同期相比，2月份，CPI上涨0.9%，涨幅与上月相同，总体保持稳定。",
     ["compared with last year the same period,"], ["compare,"]),
])
def test_compared_with(engine: GlossEngine, zh: str, present: list[str], absent: list[str]) -> None:
    check(engine, zh, present, absent)

