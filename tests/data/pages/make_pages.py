"""Render the test pages of tests/data/pages/ once, from real text, with a CJK font.

    apt-get install fonts-noto-cjk chromium      # the fonts, and chromium for the text-layer PDF
    .venv/bin/python tests/data/pages/make_pages.py

The pages are committed, so the tests need neither the fonts nor this script. Each page's text,
in reading order (paragraphs separated by blank lines), is written beside it as `NAME.txt`: the
reference the OCR tests measure character accuracy and reading order against.

The text is real newspaper text from tests/data/clean-report.zh.txt (a county paper's report of a
spring farming meeting) and tests/data/official-report.zh.txt (a county government work report).

Pages (newspaper-like: headline across the columns, a photo with its caption, indented paragraphs):
  one-column.png        headline, photo box, caption, credit, three paragraphs in one column
  two-column.png        headline across two columns, photo and caption across both, two columns
  two-column-noisy.jpg  the same page scanned badly: tilted 0.4°, blurred, speckled, JPEG q=60
  vertical.png          a vertical headline (top to bottom) beside two short paragraphs
  scan.pdf              one-column.png as an image-only PDF at 150 dpi (no text layer)
  text-layer.pdf        two columns of text printed to PDF by chromium (a real text layer)
"""

from __future__ import annotations

import random
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/opentype/noto")
SERIF = FONTS / "NotoSerifCJK-Regular.ttc"
SANS_BOLD = FONTS / "NotoSansCJK-Bold.ttc"
SC = 2  # index of the Simplified Chinese face in the Noto CJK collections

BODY, HEAD, CAPTION = 30, 52, 24  # font sizes in pixels (about 7, 12 and 6 pt at 300 dpi)
LEADING = 1.55  # line pitch as a share of the font size
MARGIN, GUTTER = 60, 50

# tests/data/clean-report.zh.txt
ONE_HEAD = "全县春季农业生产工作会议召开"
ONE_CAPTION = "图为会议现场。"
ONE_CREDIT = "本报记者 张华 摄"
ONE_BODY = [
    "3月1日，全县春季农业生产工作会议召开。会议总结了去年农业农村工作，安排部署了今年春耕备耕任务。",
    "会议指出，今年要稳定粮食播种面积，全县计划种植粮食作物32万亩，其中小麦8万亩、玉米15万亩。"
    "“菜篮子”工程要继续抓紧抓实。",
    "会议要求，各乡镇要压实责任，抓好农资供应、技术服务和防灾减灾等工作，确保春耕生产有序推进。",
]

# tests/data/official-report.zh.txt
TWO_HEAD = "坚持稳中求进 经济社会发展取得新成效"
TWO_CAPTION = "图为县人民代表大会会场。"
TWO_BODY = [
    "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员提出意见。",
    "过去一年，全县上下坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、"
    "防风险各项工作，经济社会发展取得新成效。",
    "全县地区生产总值完成85.6亿元，增长6.2%；一般公共预算收入4.3亿元，增长8.1%。",
    "我们始终把群众的安危冷暖放在心上，多办顺民意、惠民生、暖民心的实事。",
    "民生工作要坚持尽力而为、量力而行，一件事情接着一件事情办，一年接着一年干。",
]

VERTICAL_HEAD = "康乐访谈"
# tests/data/kangle-interview.zh.txt
VERTICAL_BODY = [
    "我们把产业发展作为乡村振兴的关键，全县上下聚焦牛羊养殖、中药材种植两大产业。",
    "新建规模养殖场12个，牛羊饲养量达到85万头（只），年出栏肉牛3.6万头。",
]


def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, index=SC)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int, indent: int) -> list[str]:
    """Lines of at most `width` pixels, the first set in by `indent` pixels."""
    lines, line = [], ""
    for ch in text:
        room = width - (indent if not lines else 0)
        if line and f.getlength(line + ch) > room:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


class Sheet:
    """A white page being set top to bottom."""

    def __init__(self, width: int, height: int) -> None:
        self.image = Image.new("L", (width, height), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.width = width

    def centred(self, text: str, f: ImageFont.FreeTypeFont, y: int) -> int:
        w = f.getlength(text)
        self.draw.text(((self.width - w) / 2, y), text, font=f, fill=0)
        return y + int(f.size * LEADING)

    def photo(self, x: int, y: int, w: int, h: int) -> int:
        """A grey halftone-like box standing in for a photograph."""
        rng = random.Random(7)
        self.draw.rectangle((x, y, x + w, y + h), fill=150)
        for _ in range(w * h // 400):
            px, py = rng.randrange(x, x + w), rng.randrange(y, y + h)
            self.draw.ellipse((px, py, px + 6, py + 6), fill=rng.choice((90, 120, 190)))
        return y + h + 14

    def column(self, paragraphs: list[str], x: int, y: int, w: int, y_end: int | None = None,
               ) -> tuple[int, list[str]]:
        """Set paragraphs (first line indented two characters) until `y_end`; return the
        y after the last line and what did not fit (a paragraph cut mid-way continues)."""
        f = font(SERIF, BODY)
        pitch = int(BODY * LEADING)
        left = list(paragraphs)
        while left:
            text = left[0]
            cont = text.startswith("\x00")
            text = text.lstrip("\x00")
            lines = wrap(text, f, w, 0 if cont else 2 * BODY)
            for i, line in enumerate(lines):
                if y_end is not None and y + pitch > y_end:
                    left[0] = "\x00" + "".join(lines[i:])
                    return y, left
                indent = 0 if cont or i else 2 * BODY
                self.draw.text((x + indent, y), line, font=f, fill=0)
                y += pitch
            left.pop(0)
        return y, left


def one_column() -> tuple[Image.Image, str]:
    s = Sheet(1000, 880)
    y = s.centred(ONE_HEAD, font(SANS_BOLD, HEAD), MARGIN) + 20
    y = s.photo(MARGIN + 180, y, 520, 260)
    cap = font(SERIF, CAPTION)
    s.draw.text((MARGIN + 180, y), ONE_CAPTION, font=cap, fill=0)
    credit_w = cap.getlength(ONE_CREDIT)
    s.draw.text((MARGIN + 700 - credit_w, y), ONE_CREDIT, font=cap, fill=0)
    y += int(CAPTION * LEADING) + 30
    s.column(ONE_BODY, MARGIN, y, 1000 - 2 * MARGIN)
    return s.image, "\n\n".join([ONE_HEAD, ONE_CAPTION + " " + ONE_CREDIT, *ONE_BODY])


def two_column() -> tuple[Image.Image, str]:
    width = 1100
    s = Sheet(width, 960)
    y = s.centred(TWO_HEAD, font(SANS_BOLD, HEAD), MARGIN) + 20
    y = s.photo(MARGIN, y, width - 2 * MARGIN, 240)
    y = s.centred(TWO_CAPTION, font(SERIF, CAPTION), y) + 24
    col = (width - 2 * MARGIN - GUTTER) // 2
    end = y + 10 * int(BODY * LEADING)
    _, rest = s.column(TWO_BODY, MARGIN, y, col, end)
    s.column(rest, MARGIN + col + GUTTER, y, col)
    return s.image, "\n\n".join([TWO_HEAD, TWO_CAPTION, *TWO_BODY])


def vertical() -> tuple[Image.Image, str]:
    s = Sheet(900, 560)
    f = font(SANS_BOLD, HEAD)
    x = 900 - MARGIN - HEAD
    for i, ch in enumerate(VERTICAL_HEAD):
        s.draw.text((x, MARGIN + i * int(HEAD * 1.3)), ch, font=f, fill=0)
    s.column(VERTICAL_BODY, MARGIN, MARGIN + 10, 900 - 3 * MARGIN - HEAD - 40)
    return s.image, "\n\n".join([VERTICAL_HEAD, *VERTICAL_BODY])


def scanned(image: Image.Image) -> Image.Image:
    """A bad scan: tilted, blurred, speckled, grey noise."""
    rng = random.Random(16)
    img = image.rotate(0.4, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    assert px is not None
    w, h = img.size
    for _ in range(w * h // 300):  # dust and toner specks
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.choice((0, 60, 255))
    noise = Image.effect_noise((w, h), 18)
    return Image.blend(img, noise.point(lambda v: min(255, v + 100)), 0.12)


def text_layer_pdf(out: Path) -> str:
    """Two columns of real text printed to PDF by chromium: a PDF with a text layer."""
    paras = "".join(f"<p>{p}</p>" for p in TWO_BODY)
    html = f"""<!doctype html><meta charset="utf-8"><style>
      @page {{ size: 160mm 120mm; margin: 10mm }}
      body {{ font-family: 'Noto Serif CJK SC'; font-size: 11pt; line-height: 1.6 }}
      h1 {{ font-family: 'Noto Sans CJK SC'; text-align: center; font-size: 18pt; margin: 0 0 8mm }}
      .cols {{ column-count: 2; column-gap: 8mm }} p {{ margin: 0; text-indent: 2em }}
    </style><h1>{TWO_HEAD}</h1><div class="cols">{paras}</div>"""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", page.as_uri()], check=True, capture_output=True)
    return "\n\n".join([TWO_HEAD, *TWO_BODY])


def main() -> None:
    one, one_text = one_column()
    one.save(HERE / "one-column.png", optimize=True)
    (HERE / "one-column.txt").write_text(one_text + "\n", encoding="utf-8")
    one.save(HERE / "scan.pdf", resolution=150.0)
    (HERE / "scan.txt").write_text(one_text + "\n", encoding="utf-8")
    two, two_text = two_column()
    two.save(HERE / "two-column.png", optimize=True)
    (HERE / "two-column.txt").write_text(two_text + "\n", encoding="utf-8")
    scanned(two).save(HERE / "two-column-noisy.jpg", quality=60)
    (HERE / "two-column-noisy.txt").write_text(two_text + "\n", encoding="utf-8")
    vert, vert_text = vertical()
    vert.save(HERE / "vertical.png", optimize=True)
    (HERE / "vertical.txt").write_text(vert_text + "\n", encoding="utf-8")
    (HERE / "text-layer.txt").write_text(text_layer_pdf(HERE / "text-layer.pdf") + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
