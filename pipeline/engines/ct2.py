"""ctranslate2: a local CTranslate2 translation model with its SentencePiece files.

`--model PATH` is either a folder (a converted OPUS-MT model: model.bin, its
vocabulary, source.spm and target.spm; or an unpacked Argos package: model/ and
sentencepiece.model) or an Argos Translate `.argosmodel` file, a zip holding
exactly that, unpacked once into the cache folder. Needs the optional extra
`pip install '.[ct2]'` (ctranslate2, sentencepiece), never argostranslate.

Glossary terms and the names of people and places (`Request.names`) are locked: each is
replaced by a placeholder the model copies through, and the placeholder is replaced by the
required rendering after, so the model cannot mangle them.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.engines import Request, Translation
from pipeline.errors import EngineError
from pipeline.model import TermHit

if TYPE_CHECKING:
    from pipeline.engines import EngineDeps
    from pipeline.engines.progress import Monitor
    from pipeline.zh.names import Name

#: The placeholder for term (or name) n. A Latin non-word with a digit: SentencePiece models
#: trained on zh/en (OPUS-MT, Argos) split it into pieces the decoder copies as it
#: copies names and codes, and no English text contains it.
PLACEHOLDER = "ZQX{n}"
#: What the model may make of it: spaces inserted between pieces, case changed.
PLACEHOLDER_BACK = re.compile(r"Z\s*Q\s*X\s*(\d+)", re.IGNORECASE)
#: Segments per translate_batch call: the progress bar moves between chunks.
CHUNK = 16
BEAM, REASK_BEAM = 4, 8  # a re-ask searches wider and picks the best-verified hypothesis


def protect(zh: str, terms: Sequence[TermHit],
            names: Sequence[Name] = ()) -> tuple[str, tuple[str, ...]]:
    """`zh` with each term and name replaced by a placeholder, and the rendering of each
    placeholder."""
    renderings: list[str] = []
    out = zh
    for start, end, en in sorted(locked(terms, names), key=lambda s: s[0], reverse=True):
        if en not in renderings:
            renderings.append(en)
        ph = PLACEHOLDER.format(n=renderings.index(en))
        out = f"{out[:start]} {ph} {out[end:]}"
    return re.sub(r" {2,}", " ", out).strip(), tuple(renderings)


def locked(terms: Sequence[TermHit], names: Sequence[Name]) -> list[tuple[int, int, str]]:
    """The spans `protect` locks, with their renderings: every term, and every name that
    overlaps no term (the term decides there: 西和县 of 西和县委书记) nor an earlier name."""
    spans = [(t.start, t.end, t.en) for t in terms]
    for n in names:
        if n.en and not any(a < n.end and n.start < b for a, b, _ in spans):
            spans.append((n.start, n.end, n.en))
    return spans


def restore(en: str, renderings: Sequence[str]) -> str:
    """Put each rendering back where its placeholder came out; drop placeholders the
    model invented (no such term)."""
    def back(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return renderings[n] if n < len(renderings) else ""

    text = PLACEHOLDER_BACK.sub(back, en)
    text = re.sub(r" {2,}", " ", text)
    return re.sub(r" ([,.;:?!)])", r"\1", text).strip()


@dataclass(frozen=True, slots=True)
class ModelFiles:
    model_dir: Path
    source_spm: Path
    target_spm: Path


def locate(path: Path) -> ModelFiles:
    """The model folder and SentencePiece files under `path` (folder or .argosmodel)."""
    if path.is_file() and zipfile.is_zipfile(path):
        path = unpack_argos(path)
    elif not path.is_dir():
        raise EngineError(f"{path}: no such CTranslate2 model folder or .argosmodel file")
    model_dir = path if (path / "model.bin").is_file() else path / "model"
    if not (model_dir / "model.bin").is_file():
        raise EngineError(f"{path}: no model.bin (nor model/model.bin); give a CTranslate2 "
                          "model folder (ct2-opus-mt-converter output) or an .argosmodel file")
    for src, tgt in (("source.spm", "target.spm"), ("sentencepiece.model", "sentencepiece.model")):
        for where in (path, model_dir):
            if (where / src).is_file() and (where / tgt).is_file():
                return ModelFiles(model_dir, where / src, where / tgt)
    raise EngineError(f"{path}: no SentencePiece files; put source.spm and target.spm "
                      "(OPUS-MT) or sentencepiece.model (Argos) beside model.bin")


def unpack_argos(path: Path) -> Path:
    """Unzip an Argos package into the cache folder once; return its package folder."""
    from pipeline.fileio import cache_dir

    st = path.stat()
    tag = hashlib.sha256(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()
    dest = cache_dir() / "ct2" / f"{path.stem}-{tag[:12]}"
    if not dest.is_dir():
        _extract(path, dest)
    tops = [p for p in dest.iterdir() if p.is_dir()]
    # Argos packages hold one top folder (translate-zh_en-1_9/); accept a flat zip too.
    return tops[0] if len(tops) == 1 and not (dest / "model").exists() else dest


def _extract(path: Path, dest: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if name.startswith("/") or ".." in Path(name).parts:
                    raise EngineError(f"{path}: unsafe path {name!r} in the package; not unpacked")
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(dir=dest.parent, prefix=f".{dest.name}."))
            try:
                zf.extractall(tmp)
                os.replace(tmp, dest)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
    except (zipfile.BadZipFile, OSError) as e:
        raise EngineError(f"{path}: cannot unpack the .argosmodel package ({e})") from None


class CT2Engine:
    name = "ctranslate2"
    accepts_hint = True
    reports_progress = True

    def __init__(self, deps: EngineDeps | None = None, *, model: str | None = None,
                 jobs: int | None = None, **options: object) -> None:
        if not model:
            raise EngineError("engine 'ctranslate2' needs --model PATH "
                              "(a CTranslate2 model folder or an .argosmodel file)")
        try:
            import ctranslate2
            import sentencepiece
        except ImportError as e:
            raise EngineError(f"engine 'ctranslate2' needs the ct2 extra ({e.name} is missing): "
                              "pip install '.[ct2]'") from None
        files = locate(Path(model))
        try:
            self.translator = ctranslate2.Translator(str(files.model_dir), device="cpu",
                                                     intra_threads=jobs or 0)
            self.source = sentencepiece.SentencePieceProcessor(model_file=str(files.source_spm))
            self.target = sentencepiece.SentencePieceProcessor(model_file=str(files.target_spm))
        except (RuntimeError, OSError, ValueError) as e:
            raise EngineError(f"{model}: cannot load the CTranslate2 model ({e})") from None
        st = (files.model_dir / "model.bin").stat()
        self.cache_id = f"ctranslate2|{files.model_dir.resolve()}|{st.st_size}|{st.st_mtime_ns}"
        self.monitor: Monitor | None = deps.monitor if deps is not None else None

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        out: list[Translation] = []
        for i in range(0, len(requests), CHUNK):
            chunk = requests[i:i + CHUNK]
            if self.monitor is not None:
                self.monitor.sent(len(chunk))
            try:
                out += self._chunk(chunk)
            finally:
                if self.monitor is not None:
                    self.monitor.received(len(chunk))
                    self.monitor.advance(len(chunk))
        return out

    def _chunk(self, requests: Sequence[Request]) -> list[Translation]:
        from pipeline.engines.verify import misses

        protected = [protect(r.zh, r.terms, r.names or ()) for r in requests]
        tokens = [self.source.encode(text, out_type=str) for text, _ in protected]
        wide = any(r.hint for r in requests)
        results: list[Any] = self.translator.translate_batch(
            tokens, beam_size=REASK_BEAM if wide else BEAM,
            num_hypotheses=REASK_BEAM if wide else 1, max_batch_size=CHUNK)
        out = []
        for r, (_, renderings), res in zip(requests, protected, results):
            hyps = [restore(self.target.decode_pieces(h), renderings) for h in res.hypotheses]
            best = min(hyps, key=lambda en: len(misses(r, en))) if r.hint else hyps[0]
            out.append(Translation(best, self.name) if best
                       else Translation("", self.name, error="the model produced no text"))
        return out
