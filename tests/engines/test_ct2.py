"""--engine ctranslate2: placeholders without a model, then a tiny model built here.

The model is a 1-layer Transformer with random weights, except that its decoder
embeddings and output projection are set so that it always writes the placeholder
of term 0 (a bigram chain <s> → ▁ → ZQX0 → </s>): whatever the input, a correct
engine must turn that into the segment's own required rendering.
"""

from __future__ import annotations

import importlib.util
import io
import itertools
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.engines.ct2 import protect, restore
from pipeline.model import TermHit
from pipeline.zh.names import Name

HAVE_CT2 = all(importlib.util.find_spec(m) for m in ("ctranslate2", "sentencepiece", "numpy"))
needs_ct2 = pytest.mark.skipif(
    not HAVE_CT2, reason="the ct2 extra is not installed: pip install '.[ct2]'")


def hit(zh: str, text: str, en: str) -> TermHit:
    start = text.index(zh)
    return TermHit(zh, en, start, start + len(zh), "glossary.tsv:2")


S = "西和县学习推广千万工程经验，三抓三促和千万工程并进。"
T1 = hit("千万工程", S, "Green Rural Revival Program")
T2 = hit("三抓三促", S, "Three Grasps and Three Promotions")
T3 = TermHit("千万工程", "Green Rural Revival Program", S.rindex("千万工程"), S.rindex("千万工程") + 4,
             "glossary.tsv:2")


@pytest.mark.parametrize("terms, protected, renderings", [
    ((), S, ()),
    ((T1,), "西和县学习推广 ZQX0 经验，三抓三促和千万工程并进。", ("Green Rural Revival Program",)),
    # right to left: the later term is numbered first; a repeated rendering shares its number
    ((T1, T2, T3), "西和县学习推广 ZQX0 经验， ZQX1 和 ZQX0 并进。",
     ("Green Rural Revival Program", "Three Grasps and Three Promotions")),
])
def test_protect(terms: tuple[TermHit, ...], protected: str, renderings: tuple[str, ...]) -> None:
    assert protect(S, terms) == (protected, renderings)


@pytest.mark.parametrize("en, text", [
    ("Xihe promotes the ZQX0 experience.", "Xihe promotes the Green Rural Revival Program experience."),
    # what decoders do to a copied token: split its pieces, change case
    ("ZQX1 and Z QX 0 go together .",
     "Three Grasps and Three Promotions and Green Rural Revival Program go together."),
    ("zqx0 works", "Green Rural Revival Program works"),
    ("An invented ZQX7 placeholder.", "An invented placeholder."),
])
def test_restore(en: str, text: str) -> None:
    assert restore(en, ("Green Rural Revival Program", "Three Grasps and Three Promotions")) == text


def test_protect_restore_round_trip() -> None:
    text, renderings = protect(S, (T1, T2, T3))
    assert restore(text, renderings) == ("西和县学习推广 Green Rural Revival Program 经验， "
                                         "Three Grasps and Three Promotions 和 Green Rural Revival "
                                         "Program 并进。")


# input/xihe-interview.zh.txt line 51, its title 西和县委书记 (glossary/institutions.tsv:64)
# and the people and places a name finder gives (Request.names).
CAPTION = "市人大常委会副主任、西和县委书记王俊强接受陇南市融媒体中心主任陈宇星专访。"
SECRETARY = "Secretary of the CPC Xihe County Committee"


def name(zh: str, en: str, kind: str) -> Name:
    start = CAPTION.index(zh)
    return Name(zh, en, start, start + len(zh), kind)


TITLE = TermHit("西和县委书记", SECRETARY, CAPTION.index("西和县委书记"),
                CAPTION.index("西和县委书记") + 6, "glossary/institutions.tsv:64")
WANG, CHEN = name("王俊强", "Wang Junqiang", "person"), name("陈宇星", "Chen Yuxing", "person")
XIHE = name("西和县", "Xihe County", "place")  # inside the title: the title decides
# 王俊强 again, in a second copy of the caption
WANG_AGAIN = Name("王俊强", "Wang Junqiang", WANG.start + len(CAPTION), WANG.end + len(CAPTION),
                  "person")


@pytest.mark.parametrize("zh, terms, names, protected, renderings", [
    (CAPTION, (), (WANG,), "市人大常委会副主任、西和县委书记 ZQX0 接受陇南市融媒体中心主任陈宇星专访。",
     ("Wang Junqiang",)),
    # names and terms numbered together, right to left; 西和县 overlaps the title: left to it
    (CAPTION, (TITLE,), (XIHE, WANG, CHEN),
     "市人大常委会副主任、 ZQX2 ZQX1 接受陇南市融媒体中心主任 ZQX0 专访。",
     ("Chen Yuxing", "Wang Junqiang", SECRETARY)),
    # without the title, the place is locked itself
    (CAPTION, (), (XIHE,), "市人大常委会副主任、 ZQX0 委书记王俊强接受陇南市融媒体中心主任陈宇星专访。",
     ("Xihe County",)),
    # a name said twice shares its number
    (CAPTION * 2, (), (WANG, WANG_AGAIN),
     "市人大常委会副主任、西和县委书记 ZQX0 接受陇南市融媒体中心主任陈宇星专访。" * 2,
     ("Wang Junqiang",)),
])
def test_protect_names(zh: str, terms: tuple[TermHit, ...], names: tuple[Name, ...],
                       protected: str, renderings: tuple[str, ...]) -> None:
    assert all(zh[n.start:n.end] == n.zh for n in names)
    assert protect(zh, terms, names) == (protected, renderings)


@pytest.mark.parametrize("en", [
    "ZQX2 ZQX1 is interviewed by ZQX0.",
    "Z QX 2 zqx1 is interviewed by ZQX 0 .",  # pieces split, case changed by the decoder
])
def test_protect_restore_keeps_the_names(en: str) -> None:
    _, renderings = protect(CAPTION, (TITLE,), (XIHE, WANG, CHEN))
    assert restore(en, renderings) == f"{SECRETARY} Wang Junqiang is interviewed by Chen Yuxing."


# The page: three segments with a term each, one without (the model then writes nothing).
# The model writes the term alone, so each sentence is short enough for the term to pass
# the length check (pipeline.qa: at least 45% of 5 characters per Han character).
TEXT = "学习推广千万工程经验。\n\n全县深入开展三抓三促行动。\n\n千万工程带动乡村振兴。\n\n今年乡村旅游持续升温。\n"
GLOSSARY = ("zh\ten\tnote\n千万工程\tGreen Rural Revival Program\t\n"
            "三抓三促\tThree Grasps and Three Promotions\t\n")


def build_model(folder: Path) -> bytes:
    """Save the tiny model into `folder`; return its SentencePiece model (shared zh/en)."""
    import numpy as np
    import sentencepiece as spm
    from ctranslate2.converters.converter import Converter
    from ctranslate2.specs import transformer_spec
    from ctranslate2.specs.model_spec import visit_spec

    corpus = [*TEXT.split(), "The county promotes the ZQX0 experience.", "ZQX1 and ZQX0 grow."] * 20
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus), model_writer=buf, vocab_size=100, minloglevel=2,
        user_defined_symbols=["ZQX0", "ZQX1"], character_coverage=1.0, hard_vocab_limit=False)
    sp = spm.SentencePieceProcessor(model_proto=buf.getvalue())
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    d, ff, big, chain = 16, 32, 10.0, ["<s>", "▁", "ZQX0", "</s>"]
    rng = np.random.default_rng(0)

    def shape(parts: list[str]) -> tuple[int, ...]:
        name, parent, block = parts[-1], parts[-2], parts[-3] if len(parts) > 2 else ""
        if name in ("gamma", "beta"):
            return (d,)
        if parent.startswith("embeddings") or parent == "projection":
            return (len(vocab), d)
        if block == "ffn":
            return (ff, d) if parent == "linear_0" else (d, ff)
        if block == "self_attention":  # fused query/key/value, then output
            return (3 * d, d) if parent == "linear_0" else (d, d)
        return (2 * d, d) if parent == "linear_1" else (d, d)  # cross: query, key/value, output

    class TinyConverter(Converter):
        def _load(self) -> transformer_spec.TransformerSpec:
            spec = transformer_spec.TransformerSpec.from_config(1, 2)

            def fill(layer: object, scope: str, value: object) -> None:
                if value is None:
                    parts = scope.split("/")
                    w = np.ones(shape(parts)) if parts[-1] == "gamma" else rng.normal(0, 0.01, shape(parts))
                    setattr(layer, parts[-1], w.astype(np.float32))

            visit_spec(spec, fill)
            emb, proj = spec.decoder.embeddings.weight, spec.decoder.projection.weight
            for k, (a, b) in enumerate(itertools.pairwise(chain)):
                emb[vocab.index(a), k] = big  # token a lights dimension k ...
                proj[vocab.index(b), k] = big  # ... which predicts token b
            spec.register_source_vocabulary(vocab)
            spec.register_target_vocabulary(vocab)
            return spec

    TinyConverter().convert(str(folder), force=True)
    return buf.getvalue()


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PIPELINE_CACHE", str(tmp_path / "cache"))
    (tmp_path / "page.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "glossary.tsv").write_text(GLOSSARY, encoding="utf-8")
    return tmp_path


def run(page: Path, model: Path, *args: str) -> tuple[list[dict], str]:
    result = CliRunner().invoke(cli, [
        "run", str(page / "page.txt"), "-o", str(page / "out"), "--engine", "ctranslate2",
        "--model", str(model), "--no-default-glossary", "--glossary", str(page / "glossary.tsv"),
        *args])
    assert result.exit_code == 0, (result.output, result.exception)
    lines = (page / "out" / "page.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines], result.stderr


def check(records: list[dict]) -> None:
    # each segment's own term 0, from GLOSSARY; the term-less segment falls back to gloss
    assert [(r["engine"], r["en"]) for r in records[:3]] == [
        ("ctranslate2", "Green Rural Revival Program"),
        ("ctranslate2", "Three Grasps and Three Promotions"),
        ("ctranslate2", "Green Rural Revival Program"),
    ]
    assert records[3]["engine"] == "gloss"
    assert records[3]["qa"][0] == "fallback: gloss (the model produced no text)"


@needs_ct2
def test_ct2_folder_opus_mt_layout(page: Path) -> None:
    spm_model = build_model(page / "opus")
    (page / "opus" / "source.spm").write_bytes(spm_model)
    (page / "opus" / "target.spm").write_bytes(spm_model)
    records, err = run(page, page / "opus")
    check(records)
    assert "4 segments with ctranslate2, 4 requests" in err
    _, err = run(page, page / "opus")
    assert "1 requests, 3 cache hits" in err  # only the failed segment is asked again


@needs_ct2
def test_ct2_argosmodel_is_unpacked_once(page: Path) -> None:
    spm_model = build_model(page / "built")
    package = page / "translate-zh_en-1_0.argosmodel"
    with zipfile.ZipFile(package, "w") as zf:  # the layout of Argos packages: one top folder
        for f in (page / "built").iterdir():
            zf.write(f, f"translate-zh_en-1_0/model/{f.name}")
        zf.writestr("translate-zh_en-1_0/sentencepiece.model", spm_model)
        zf.writestr("translate-zh_en-1_0/metadata.json", '{"from_code": "zh", "to_code": "en"}')
    records, _ = run(page, package, "--no-cache")
    check(records)
    unpacked = list((page / "cache" / "ct2").iterdir())
    assert len(unpacked) == 1
    stamp = unpacked[0].stat().st_mtime_ns
    run(page, package, "--no-cache")
    assert [p.stat().st_mtime_ns for p in (page / "cache" / "ct2").iterdir()] == [stamp]


@pytest.mark.parametrize("make, message", [
    (lambda p: p, "no model.bin"),  # an empty folder
    (lambda p: p / "missing", "no such CTranslate2 model folder or .argosmodel file"),
])
def test_ct2_bad_model_path_is_one_line(tmp_path: Path, make: object, message: str) -> None:
    from pipeline.engines.ct2 import locate
    from pipeline.errors import EngineError

    with pytest.raises(EngineError, match=message):
        locate(make(tmp_path))  # type: ignore[operator]


@needs_ct2
def test_ct2_engine_locks_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tiny model writes placeholder 0 whatever it reads: the rightmost locked name."""
    from pipeline.engines import EngineDeps, Request
    from pipeline.engines.ct2 import CT2Engine
    from pipeline.engines.verify import VerifiedEngine, stack

    monkeypatch.setenv("PIPELINE_CACHE", str(tmp_path / "cache"))
    spm_model = build_model(tmp_path / "opus")
    (tmp_path / "opus" / "source.spm").write_bytes(spm_model)
    (tmp_path / "opus" / "target.spm").write_bytes(spm_model)
    deps = EngineDeps.offline()
    ct2 = CT2Engine(deps, model=str(tmp_path / "opus"))
    wang = Request("p15.s1", CAPTION, names=(WANG,))
    both = Request("p15.s1", CAPTION, names=(WANG, CHEN))
    # a name alone is far too short for the whole caption: the full stack replaces it by gloss
    rejected = stack(ct2, deps, cache=False).translate([wang])[0]
    assert rejected.engine == "gloss" and rejected.qa[0].startswith("length-ratio: 13 characters")
    # the name lock and its re-ask, verified without the length check
    engine = VerifiedEngine(ct2)
    ok, dropped = engine.translate([wang, both])
    assert (ok.en, ok.engine, ok.qa) == ("Wang Junqiang", "ctranslate2", ())
    # 王俊强 is placeholder 1 here, never written even on the wider re-ask: flagged
    assert (dropped.en, dropped.engine, engine.reasked) == ("Chen Yuxing", "ctranslate2", 1)
    assert dropped.qa == ("name-missing: 王俊强 → Wang Junqiang",)
