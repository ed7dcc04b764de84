"""The translate stage's document context: each segment's section heading (the last heading
that sets a time, pipeline.zh.tense), on the Report on the Work of the Government 2019 of
the dev set (tests/data/dev/gwr2019.zh.txt)."""

from __future__ import annotations

from pathlib import Path

from pipeline.context import Context
from pipeline.model import Document
from pipeline.runner import run
from pipeline.stages.translate import section_headings

GWR2019 = Path(__file__).resolve().parents[1] / "data" / "dev" / "gwr2019.zh.txt"


def test_each_segment_has_the_heading_of_its_section() -> None:
    doc = run(Document(GWR2019.name, data=GWR2019.read_bytes()), Context(cache=False), until="terms")
    segs = doc.segments
    section = dict(zip((s.zh for s in segs), section_headings(segs)))
    assert section["政府工作报告"] == ""  # before any section: the title sets no time
    assert section["要进一步缩减市场准入负面清单。"] == "三、2019年政府工作任务"
    # a topic's heading ("（二）激发市场主体活力…") leaves the section as it is
    assert section["推动共建“一带一路”。"] == "三、2019年政府工作任务"
    assert section["经济全球化遭遇波折，多边主义受到冲击，国际金融市场震荡，特别是中美经贸摩擦给一些企业生产经营、市场预期带来不利影响。"] \
        == "一、2018年工作回顾"
