"""segment: sentence boundaries and ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages.segment import sentence_spans


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("一是项目建设提速推进。安排经费2000万元。", ["一是项目建设提速推进。", "安排经费2000万元。"]),
        ("他说：“我们要加油！”然后离开了。", ["他说：“我们要加油！”", "然后离开了。"]),
        ("真的吗?是的!好", ["真的吗?", "是的!", "好"]),
        ("做好三件事：一是稳就业；二是保民生；三是促发展。",
         ["做好三件事：一是稳就业；", "二是保民生；", "三是促发展。"]),
        ("坚持稳中求进；以进促稳。", ["坚持稳中求进；以进促稳。"]),  # ； not before an item: no cut
        ("省外到位资金增长22%……力争更好", ["省外到位资金增长22%……", "力争更好"]),
        ("资助资金物资113.38", ["资助资金物资113.38"]),  # a decimal point is no sentence end
    ],
)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tokenizer() -> object:
    from pipeline.glossary import default_paths, load_glossary
    from pipeline.tokenize import make_tokenizer

    return make_tokenizer(load_glossary(default_paths()).index)


@pytest.mark.parametrize(
    "text",
    # every real text of the repository, and edge cases of jieba.cut's block splitting:
    # "\r\n" is one token, spaces and ASCII punctuation single ones, "..." inside a han block
    [p.read_text(encoding="utf-8") for p in sorted(_ROOT.glob("input/*.txt"))]
    + [p.read_text(encoding="utf-8") for p in sorted((_ROOT / "tests" / "data").rglob("*.zh.txt"))]
    + ["abc...def 1.5万元\r\n测试 ", "", " ", "\r\n\r\n", "——", "我爱北京天安门ABC123",
       "西和县长道镇宁家村", "王俊强说：“千万工程”！", "一二三四五六七八九十百千万亿"],
)
def test_fast_cut_gives_jiebas_words(tokenizer: object, text: str) -> None:
    from pipeline.tokenize import cut

    assert list(cut(tokenizer, text)) == list(tokenizer.cut(text, HMM=True))  # type: ignore[attr-defined]
