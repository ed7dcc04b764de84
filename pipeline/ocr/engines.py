"""The recognisers, behind one small interface: `read(image, page) -> lines` in whatever order
the engine finds them (reading order is `order`'s job).

- `rapidocr` (default): RapidOCR on onnxruntime with the PP-OCRv6 small detection and
  recognition models and the PP-OCR mobile direction classifier that ship inside the
  `rapidocr` 3.10.0 wheel. Their paths are pinned here, so RapidOCR never looks up its model
  site; its logger is set to errors only, so nothing reaches stderr.
- `tesseract`: Debian's `tesseract` CLI with the `chi_sim` data (`tesseract-ocr-chi-sim`),
  run as a subprocess; its TSV gives words, grouped here into its own lines.
"""

from __future__ import annotations

import csv
import io
import logging
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pipeline.errors import PipelineError
from pipeline.ocr.types import ENGINES, TextLine

if TYPE_CHECKING:
    from PIL.Image import Image

#: The models shipped in the rapidocr 3.10.0 wheel (rapidocr/models/), measured in README.md.
RAPIDOCR_MODELS = {
    "Det.model_path": "PP-OCRv6_det_small.onnx",
    "Rec.model_path": "PP-OCRv6_rec_small.onnx",
    "Cls.model_path": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}
#: RapidOCR drops lines scoring under Global.text_score (0.5 by default); nothing is dropped
#: here: a doubtful line keeps its text and is flagged (`ocr-low-confidence`).
RAPIDOCR_PARAMS: dict[str, object] = {"Global.text_score": 0.0, "Global.log_level": "error"}

#: Tesseract: language data, page segmentation (3 = fully automatic), and its TSV's columns.
TESSERACT_LANG, TESSERACT_PSM = "chi_sim", "3"
TESSERACT_INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim"
#: A gap between two words of a Tesseract line at least this many line heights wide is a gutter.
TESSERACT_GUTTER = 0.8


class Recognizer(Protocol):
    name: str

    def read(self, image: Image, page: int) -> list[TextLine]: ...


def load(name: str) -> Recognizer:
    """The recogniser called `name`; a PipelineError naming the choices or the missing piece."""
    if name == "rapidocr":
        return RapidOcr()
    if name == "tesseract":
        return Tesseract()
    raise PipelineError(f"--ocr {name}: unknown OCR engine; choose one of {', '.join(ENGINES)}")


class RapidOcr:
    name = "rapidocr"

    def __init__(self) -> None:
        self.engine = rapidocr_engine()

    def read(self, image: Image, page: int) -> list[TextLine]:
        import numpy as np

        bgr = np.asarray(image.convert("RGB"))[:, :, ::-1]
        result = self.engine(np.ascontiguousarray(bgr))
        if result.boxes is None or result.txts is None or result.scores is None:
            return []
        lines = []
        for quad, text, score in zip(result.boxes, result.txts, result.scores):
            if not text.strip():
                continue
            xs, ys = [float(p[0]) for p in quad], [float(p[1]) for p in quad]
            box = (round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys)))
            tall = box[3] - box[1] > 1.5 * (box[2] - box[0]) and len(text) > 1
            lines.append(TextLine(text.strip(), page, box, round(float(score), 4), vertical=tall))
        return lines


@lru_cache(maxsize=1)
def rapidocr_engine() -> Any:
    """RapidOCR with the shipped models pinned (loaded once per process: ~1 s)."""
    try:
        import rapidocr
        from rapidocr import RapidOCR
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise PipelineError(f"--ocr rapidocr: rapidocr is not installed ({e}); "
                            "reinstall the pipeline (make run)") from None
    models = Path(rapidocr.__file__).parent / "models"
    params = dict(RAPIDOCR_PARAMS)
    for key, file in RAPIDOCR_MODELS.items():
        path = models / file
        if not path.is_file():
            raise PipelineError(f"--ocr rapidocr: the model {path} is missing; the pipeline needs "
                                "the models shipped in rapidocr==3.10.0 (reinstall: make run)")
        params[key] = str(path)
    engine = RapidOCR(params=params)
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return engine


class Tesseract:
    name = "tesseract"

    def __init__(self) -> None:
        self.exe = shutil.which("tesseract")
        if self.exe is None:
            raise PipelineError(f"--ocr tesseract: the tesseract command is not installed; "
                                f"{TESSERACT_INSTALL} (or use the default, --ocr rapidocr)")
        langs = subprocess.run([self.exe, "--list-langs"], capture_output=True, text=True, check=False)
        if TESSERACT_LANG not in langs.stdout.split():
            raise PipelineError(f"--ocr tesseract: tesseract has no {TESSERACT_LANG} data; "
                                f"{TESSERACT_INSTALL}")

    def read(self, image: Image, page: int) -> list[TextLine]:
        assert self.exe is not None
        with tempfile.TemporaryDirectory(prefix="pipeline-ocr-") as tmp:
            path = Path(tmp) / "page.png"
            image.save(path)
            done = subprocess.run([self.exe, str(path), "stdout", "-l", TESSERACT_LANG, "--psm",
                                   TESSERACT_PSM, "tsv"], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            err = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise PipelineError(f"--ocr tesseract: tesseract failed on page {page} ({err})")
        return tesseract_lines(done.stdout, page)


def tesseract_lines(tsv: str, page: int) -> list[TextLine]:
    """Tesseract's TSV words grouped into its lines, each cut where a gap as wide as the line is
    high runs through it (Tesseract often runs a line on across a column gutter); Chinese words
    joined without spaces."""
    groups: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") == "5" and (row.get("text") or "").strip():
            groups.setdefault((row["block_num"], row["par_num"], row["line_num"]), []).append(row)
    lines = []
    for words in groups.values():
        for part in _cut_at_gutters(sorted(words, key=lambda w: int(w["left"]))):
            lines.append(_tesseract_line(part, page))
    return lines


def _cut_at_gutters(words: list[dict[str, str]]) -> list[list[dict[str, str]]]:
    height = max(int(w["height"]) for w in words)
    parts: list[list[dict[str, str]]] = [[words[0]]]
    for w in words[1:]:
        last = parts[-1][-1]
        if int(w["left"]) - (int(last["left"]) + int(last["width"])) >= TESSERACT_GUTTER * height:
            parts.append([])
        parts[-1].append(w)
    return parts


def _tesseract_line(words: list[dict[str, str]], page: int) -> TextLine:
    text = ""
    for w in words:
        t = w["text"].strip()
        if text and (t[0].isascii() and t[0].isalnum()) and (text[-1].isascii() and text[-1].isalnum()):
            text += " "
        text += t
    x0 = min(int(w["left"]) for w in words)
    y0 = min(int(w["top"]) for w in words)
    x1 = max(int(w["left"]) + int(w["width"]) for w in words)
    y1 = max(int(w["top"]) + int(w["height"]) for w in words)
    conf = sum(max(float(w["conf"]), 0.0) for w in words) / len(words) / 100
    return TextLine(text, page, (x0, y0, x1, y1), round(conf, 4))
