"""Reading order and sniffing, on line boxes drawn by hand (no OCR: fast)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ocr.locate import PageText, part_box
from pipeline.ocr.order import reading_order
from pipeline.ocr.sniff import sniff
from pipeline.ocr.types import PageImage, Scan, TextLine
from tests.conftest import ROOT, SAMPLE


def line(text: str, x0: int, y0: int, x1: int, y1: int, page: int = 1) -> TextLine:
    return TextLine(text, page, (x0, y0, x1, y1), 0.99, vertical=y1 - y0 > 1.5 * (x1 - x0) and len(text) > 1)


# A page as RapidOCR returns it (whole-page order, top to bottom): a headline across two columns,
# then rows holding a line of each column. Boxes from two-column.png, rounded.
HEADLINE = line("坚持稳中求进", 100, 70, 1000, 130)
CAPTION = line("图为会场。", 400, 418, 680, 448)
LEFT = [line("　现在，我代表", 116, 480, 514, 519), line("大会报告工作", 57, 526, 515, 565),
        line("政协委员意见。", 58, 573, 314, 609), line("　过去一年，全", 114, 617, 514, 656),
        line("求进工作总基调", 58, 665, 513, 701)]
RIGHT = [line("4.3亿元。", 569, 479, 851, 519), line("　我们始终把群", 633, 528, 1027, 561),
         line("在心上，多办顺", 572, 573, 1028, 609), line("民心的实事。", 571, 617, 741, 657)]


def texts(paragraphs: list[list[TextLine]]) -> list[str]:
    return ["|".join(ln.text for ln in p) for p in paragraphs]


def test_columns_are_read_one_after_the_other_headline_first() -> None:
    whole_page = sorted([HEADLINE, CAPTION, *LEFT, *RIGHT], key=lambda ln: (ln.box[1], ln.box[0]))
    got = texts(reading_order(whole_page))
    assert got == [
        "坚持稳中求进",
        "图为会场。",
        "　现在，我代表|大会报告工作|政协委员意见。",  # a short last line ends the paragraph
        "　过去一年，全|求进工作总基调|4.3亿元。",  # cut at the column's foot, continued (no indent)
        "　我们始终把群|在心上，多办顺|民心的实事。",
    ]


def shifted(ln: TextLine, dx: int, dy: int) -> TextLine:
    x0, y0, x1, y1 = ln.box
    return line(ln.text + f"@{dx},{dy}", x0 + dx, y0 + dy, x1 + dx, y1 + dy)


def test_stacks_of_articles_side_by_side_are_read_stack_by_stack() -> None:
    # The page above tiled 2 across × 2 down (as `make bench` does with the real pages): a
    # gutter runs the whole height, so the left stack is read before the right one.
    article = [HEADLINE, CAPTION, *LEFT, *RIGHT]
    tiles = [(0, 0), (0, 960), (1150, 0), (1150, 960)]
    page = sorted((shifted(ln, dx, dy) for dx, dy in tiles for ln in article), key=lambda ln: ln.box[1])
    heads = [p[0].text for p in reading_order(page) if p[0].text.startswith("坚持")]
    assert heads == [f"坚持稳中求进@{dx},{dy}" for dx, dy in tiles]


def test_vertical_headline_is_read_first_top_to_bottom() -> None:
    head = line("康乐访谈", 780, 65, 850, 340)
    body = [line("我们把产业发展", 119, 76, 662, 111), line("县上下聚焦牛羊", 60, 124, 642, 157)]
    got = texts(reading_order([body[0], head, body[1]]))
    assert got[0] == "康乐访谈" and got[1:] == ["我们把产业发展|县上下聚焦牛羊"]


def test_pages_in_order_and_nothing_lost() -> None:
    lines = [line("第二页", 10, 10, 200, 40, page=2), *LEFT, *RIGHT, HEADLINE]
    got = reading_order(lines)
    assert sorted(id(x) for p in got for x in p) == sorted(id(x) for x in lines)
    assert got[-1][0].page == 2


def test_text_offsets_map_back_to_line_parts() -> None:
    a, b = line("一二三四", 0, 0, 400, 50), line("五六", 0, 60, 200, 110)
    pages = PageText.of(Scan("png", "rapidocr", ((a, b),), ()))
    assert pages.text == "一二三四\n五六"
    # characters 2..7 of the text: 三四 on line 1 (the right half of its box), 五 on line 2
    pieces = pages.pieces(((2, 6),))
    assert [(i, box) for i, _, box in pieces] == [(0, (200, 0, 400, 50)), (1, (0, 60, 100, 110))]
    assert part_box(line("ab中", 0, 0, 400, 10), 2, 3) == (200, 0, 400, 10)  # 中 is full-width


@pytest.mark.parametrize(
    "data, kind",
    [
        # magic numbers: PNG spec §5.2, JPEG SOI, TIFF 6.0 §2, WebP RIFF container, PDF 1.7 §7.5.2
        (b"\x89PNG\r\n\x1a\n\x00\x00", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"II*\x00\x08\x00", "tiff"),
        (b"MM\x00*\x00\x08", "tiff"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "webp"),
        (b"%PDF-1.7\n", "pdf"),
        (b"\xef\xbb\xbf%PDF-1.4", "pdf"),  # a few bytes of junk before the header are allowed
        ("全县春季农业生产工作会议召开".encode(), None),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", None),
    ],
)
def test_sniff_reads_the_bytes(data: bytes, kind: str | None) -> None:
    assert sniff(data) == kind


def test_tesseract_words_become_lines() -> None:
    from pipeline.ocr.engines import tesseract_lines

    # the shape of `tesseract page.png stdout -l chi_sim tsv` (Tesseract 5.3): level 5 = word
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "4\t1\t1\t1\t1\t0\t60\t500\t400\t36\t-1\t",
        "5\t1\t1\t1\t1\t1\t60\t500\t60\t36\t96.5\t会议",
        "5\t1\t1\t1\t1\t2\t124\t500\t90\t36\t91.0\t要求，",
        "5\t1\t1\t1\t1\t3\t220\t500\t40\t36\t89.0\tGDP",
        "5\t1\t1\t1\t1\t4\t264\t500\t30\t36\t88.0\t6.2%",
        "5\t1\t1\t1\t2\t1\t60\t545\t60\t36\t40.0\t压实",
    ]
    lines = tesseract_lines("\n".join([head, *rows]), page=2)
    assert [(ln.text, ln.page, ln.box) for ln in lines] == [
        ("会议要求，GDP 6.2%", 2, (60, 500, 294, 536)), ("压实", 2, (60, 545, 120, 581))]
    assert lines[0].confidence == pytest.approx(0.91125, abs=1e-4) and lines[1].confidence == 0.4


@pytest.mark.slow
def test_a_text_run_imports_no_ocr_stack(tmp_path: Path) -> None:
    """Lazy imports: translating a text file loads none of Pillow, numpy, pypdfium2, onnxruntime."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from pipeline.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['run', {str(SAMPLE)!r}, '-o', {str(tmp_path)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in ('PIL', 'numpy', 'pypdfium2', 'onnxruntime', 'rapidocr', 'cv2')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_transparent_is_paper_and_exif_rotation_applied() -> None:
    import io

    from PIL import Image

    from pipeline.ocr.images import open_image, reader_image

    ink = Image.new("RGBA", (40, 20), (0, 0, 0, 0))  # transparent black, one opaque black dot
    ink.putpixel((3, 3), (0, 0, 0, 255))
    buf = io.BytesIO()
    ink.save(buf, "PNG")
    img = open_image(buf.getvalue(), "a.png", "png")
    assert img.getpixel((10, 10)) == (255, 255, 255) and img.getpixel((3, 3)) == (0, 0, 0)
    turned = Image.new("RGB", (40, 20), "white")
    exif = turned.getexif()
    exif[0x0112] = 6  # EXIF orientation 6: the camera was turned; shown rotated 90° clockwise
    buf = io.BytesIO()
    turned.save(buf, "JPEG", exif=exif)
    img = open_image(buf.getvalue(), "b.jpg", "jpeg")
    assert img.size == (20, 40)
    assert reader_image(1, img, buf.getvalue(), "jpeg").ext == "jpg"  # re-encoded upright
    assert reader_image(1, img, buf.getvalue(), "jpeg").data != buf.getvalue()


def test_doubtful_lines_are_outlined_on_the_page_image() -> None:
    from pipeline.context import Context
    from pipeline.model import Document, Paragraph, Segment
    from pipeline.stages.render import render

    sure, doubtful = TextLine("会议召开", 1, (0, 0, 100, 20), 0.99), TextLine("压实责任", 1, (0, 30, 100, 50), 0.41)
    pages = PageText.of(Scan("png", "rapidocr", ((sure,), (doubtful,)), (PageImage(1, 200, 100, b"x", "png"),)))
    paragraphs = tuple(Paragraph(f"p{i}", "body", t, tuple(range(a, a + 4)), ((a, a + 4),), segments=(
        Segment(f"p{i}.s1", "body", t, tuple(range(a, a + 4)), ((a, a + 4),)),)) for i, t, a in
        ((1, "会议召开", 0), (2, "压实责任", 6)))
    doc = render(Document("page.png", text=pages.text, meta=(("ocr", pages),), paragraphs=paragraphs),
                 Context(formats=("html",)))
    html = str(dict(doc.outputs)[".html"])
    assert '<rect data-pair="p1.s1" x="0" y="0"' in html
    assert '<rect data-pair="p2.s1" class="low" x="0" y="30"' in html
    assert 'src="page.p1.png"' in html and dict(doc.outputs)[".p1.png"] == b"x"
