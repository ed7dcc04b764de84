"""OCR of the test pages (tests/data/pages/, made by make_pages.py from real text): seconds per
page with the model load timed apart, peak RSS, character accuracy against the known text and
whether the reading order is right, for each engine installed. Each engine runs in a process of
its own, so its peak RSS is its own."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

PAGES = Path(__file__).resolve().parents[2] / "tests" / "data" / "pages"
#: The pages measured, and whether each is a clean render or a bad scan.
MEASURED = (("one-column.png", "clean"), ("two-column.png", "clean"), ("vertical.png", "clean"),
            ("scan.pdf", "clean"), ("text-layer.pdf", "clean"), ("two-column-noisy.jpg", "noisy"))
#: Quotes NFKC leaves as they are, folded like the rest of the full/half-width punctuation.
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "　": " "})


def normalise(text: str) -> str:
    """Full-width and half-width forms made one (NFKC, quotes folded), whitespace dropped."""
    return "".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


def distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), two rows at a time."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def char_accuracy(got: str, reference: str) -> float:
    """1 − edit distance / reference length, on normalised text."""
    g, r = normalise(got), normalise(reference)
    return 1 - distance(g, r) / max(len(r), 1)


def in_order(got: str, paragraphs: list[str], probe: int = 6) -> bool:
    """Whether the start of each reference paragraph is found, in order, in the text read."""
    text, pos = normalise(got), 0
    for p in paragraphs:
        at = text.find(normalise(p)[:probe], pos)
        if at < 0:
            return False
        pos = at + 1
    return True


def reference(page: str) -> list[str]:
    name = page.rsplit(".", 1)[0]
    return [p for p in (PAGES / f"{name}.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]


#: A full newspaper page: the one- and two-column pages tiled 2 across × 3 down (2200 × 2880
#: pixels, an A4 page at ~260 dpi); read column-major: the left stack of articles, then the right.
TILES = ("two-column.png", "one-column.png", "two-column.png")


def _full_page(engine: str) -> dict[str, object]:
    import io

    from PIL import Image

    from pipeline.ocr.locate import PageText
    from pipeline.ocr.scan import scan
    from pipeline.ocr.types import OcrOptions

    width, height = 1100, 960
    sheet = Image.new("L", (2 * width, len(TILES) * height), 255)
    ref: list[str] = []
    for col in range(2):
        for row, name in enumerate(TILES[col:] + TILES[:col]):
            with Image.open(PAGES / name) as tile:
                sheet.paste(tile.convert("L"), (col * width, row * height))
            ref += reference(name)
    buf = io.BytesIO()
    sheet.save(buf, "PNG")
    t0 = time.perf_counter()
    text = PageText.of(scan(buf.getvalue(), "full-page.png", "png", OcrOptions(engine=engine))).text
    seconds = time.perf_counter() - t0
    return {"page": f"full page {sheet.width}×{sheet.height} (6 articles)", "quality": "clean",
            "seconds": seconds, "accuracy": char_accuracy(text, "\n".join(ref)), "order": in_order(text, ref)}


def child(engine: str) -> None:
    """Measure one engine in this process; print one JSON object."""
    from PIL import Image

    from pipeline.ocr import engines
    from pipeline.ocr.locate import PageText
    from pipeline.ocr.scan import scan
    from pipeline.ocr.sniff import sniff
    from pipeline.ocr.types import OcrOptions

    t0 = time.perf_counter()
    recognizer = engines.load(engine)
    load = time.perf_counter() - t0
    with Image.open(PAGES / "vertical.png") as img:  # the first run sets up the runtime: timed apart
        t0 = time.perf_counter()
        recognizer.read(img.convert("RGB").crop((0, 0, 700, 130)), 1)
        warm = time.perf_counter() - t0
    rows = []
    for page, quality in MEASURED:
        data = (PAGES / page).read_bytes()
        t0 = time.perf_counter()
        text = PageText.of(scan(data, page, sniff(data) or "", OcrOptions(engine=engine))).text
        seconds = time.perf_counter() - t0
        ref = reference(page)
        rows.append({"page": page, "quality": quality, "seconds": seconds,
                     "accuracy": char_accuracy(text, "\n".join(ref)), "order": in_order(text, ref)})
    rows.append(_full_page(engine))
    rss = max(resource.getrusage(who).ru_maxrss for who in  # tesseract runs as a child
              (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    print(json.dumps({"engine": engine, "load": load, "warm": warm, "rows": rows, "rss_mb": rss}))


def main() -> None:
    from pipeline.ocr.types import ENGINES

    for engine in ENGINES:
        done = subprocess.run([sys.executable, "-m", "pipeline.bench.ocr", engine],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{engine}: not measured ({(done.stderr.strip().splitlines() or ['?'])[-1]})")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{engine}: model load {r['load']:.2f} s (+ {r['warm']:.2f} s first run), "
              f"peak RSS {r['rss_mb']:.0f} MB")
        for row in r["rows"]:
            print(f"  {row['page']:<38} {row['quality']:<5} {row['seconds']:5.2f} s/page  "
                  f"accuracy {row['accuracy']:.1%}  order {'right' if row['order'] else 'WRONG'}")
        pages = [x for x in r["rows"] if x["page"].endswith((".png", ".jpg"))]
        mean = sum(x["seconds"] for x in pages) / len(pages)
        print(f"  mean {mean:.2f} s per test page image (model load apart)")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        child(sys.argv[1])
    else:
        main()
