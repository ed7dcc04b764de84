"""A small interview page as the pipeline would hand it to the writers: one record of every
kind, a speaker change, glossary terms (one repeated, one rendered wrongly), qa flags,
repairs, and input that tries to inject markup. Shared by test_formats and the browser test."""

from __future__ import annotations

from pathlib import Path

from pipeline.context import Context
from pipeline.formats import Writer
from pipeline.formats.common import RenderData
from pipeline.glossary import Entry, Glossary
from pipeline.model import Document, Paragraph, Repair, Segment, TermHit

GLOSSARY = Glossary.from_entries([
    Entry("三城五地", "Three Cities and Five Bases", "Longnan's development slogan", "slogan",
          "https://example.org/longnan", (), "glossary/policy.tsv", 2),
    Entry("三抓三促", "Three Grasps and Three Promotions", "Gansu campaign", "slogan", "",
          (), "glossary/policy.tsv", 4),
])

SCRIPT = "<script>window.__pwned = 1</script>"
IMG = '<img src=x onerror="window.__pwned = 2">'

T1 = TermHit("三城五地", "Three Cities and Five Bases", 4, 8, "glossary/policy.tsv:2",
             "Longnan's development slogan", "三城五地")


def _seg(sid: str, kind: str, zh: str, en: str | None, **kw: object) -> Segment:
    return Segment(id=sid, kind=kind, zh=zh, offsets=tuple(range(len(zh))), raw=((0, len(zh)),),
                   en=en, engine="gloss" if en is not None else None, **kw)  # type: ignore[arg-type]


SEGMENTS = (
    _seg("p1.s1", "furniture", "星期一", None),
    _seg("p2.s1", "heading", "奋力推动高质量发展", "Striving for high-quality development"),
    _seg("p3.s1", "body", "积极融入三城五地建设。", "Actively join the building of the "
         "three cities and five bases.", speaker="陈宇星", terms=(T1,),
         repairs=(Repair("space", " ", "", 3),)),
    _seg("p3.s2", "body", f"他说{SCRIPT}和{IMG}。", f"He said {SCRIPT} and {IMG}.",
         speaker="陈宇星", qa=("truncated",)),
    _seg("p4.s1", "body", "三城五地和三抓三促。", "Three Cities and Five Bases and the campaign.",
         speaker="王俊强",
         terms=(TermHit("三城五地", T1.en, 0, 4, T1.source, T1.note, "三城五地"),
                TermHit("三抓三促", "Three Grasps and Three Promotions", 5, 9,
                        "glossary/policy.tsv:4", "Gansu campaign", "三抓三促")),
         qa=("term-missing: 三抓三促 → Three Grasps and Three Promotions",),
         repairs=(Repair("name", "干俊强", "王俊强", 20),)),
    _seg("p5.s1", "caption", "↑西和县商贸|物流园", "↑ Xihe County trade | logistics park"),
    _seg("p6.s1", "credit", "本报记者 冉创昌 摄", "Photo by staff reporter Ran Chuangchang"),
    _seg("p7.s1", "fragment", "赶 超 稳 进 位", None),
    _seg("p8.s1", "byline", "(陇南市融媒体中心采访组)", "(Longnan Media Center interview team)",
         repairs=(Repair("space", " ", "", 90),)),
)


def document() -> Document:
    paras: dict[str, list[Segment]] = {}
    for s in SEGMENTS:
        paras.setdefault(s.id.split(".")[0], []).append(s)
    paragraphs = tuple(
        Paragraph(pid, segs[0].kind, "".join(s.zh for s in segs), (), (), segs[0].speaker,
                  segments=tuple(segs))
        for pid, segs in paras.items()
    )
    return Document(source="page<1>.txt", text="", paragraphs=paragraphs,
                    meta=(("qa_summary", {"term-missing": 1, "requests": 9}),))


def context(layout: str = "side") -> Context:
    return Context(glossary=GLOSSARY, layout=layout)


def rendered(render: Writer, doc: Document | None = None, ctx: Context | None = None) -> str:
    """A writer's output for `doc` (default: the page above), given its RenderData as the render
    stage does."""
    doc = document() if doc is None else doc
    ctx = context() if ctx is None else ctx
    return render(doc, RenderData.of(doc, ctx), ctx)


def write_html(folder: Path, layout: str = "side") -> Path:
    from pipeline.formats.html import render

    path = folder / f"page-{layout}.html"
    path.write_text(rendered(render, ctx=context(layout)), encoding="utf-8")
    return path
