"""segment: sentence boundaries and ids."""

from __future__ import annotations

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
