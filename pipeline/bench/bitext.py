"""Alignment quality on the real bilingual test set (tests/data/align): precision and
recall of sentence links against the hand-checked gold, and how a missing English
paragraph degrades the links around it (it should stay local)."""

from __future__ import annotations

import time
from pathlib import Path

from pipeline.bitext.aligner import align_pairs, split_english
from pipeline.bitext.gold import Gold, Score, links_of, read_gold, score
from pipeline.context import Context
from pipeline.model import Document
from pipeline.runner import run

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "align"
#: The damaged variant: this English paragraph (0-based) of xuexi.gold.tsv is removed.
DAMAGED = ("xuexi", 2)


def predicted_links(gold: Gold, ctx: Context | None = None) -> list[tuple[str, str]]:
    """Align gold.zh with gold.en through the pipeline and return (zh, en) text links."""
    ctx = ctx or Context()
    doc = run(Document(source="gold.zh.txt", data=gold.zh.encode()), ctx, until="terms")
    en = split_english(gold.en)
    pairs = align_pairs(doc, en)
    zh_of = {s.id: s.zh for s in doc.segments}
    sentences = [en.sentence(i) for i in range(len(en.sentences))]
    return links_of(zh_of, sentences, [(p.zh, p.en) for p in pairs])


def score_test_set() -> dict[str, Score]:
    ctx = Context()
    return {path.name.split(".")[0]: score(predicted_links(read_gold(path), ctx), read_gold(path).links)
            for path in sorted(DATA.glob("*.gold.tsv"))}


def damaged() -> tuple[Score, Score]:
    """(all links, links outside the damaged paragraph) on the damaged variant."""
    name, para = DAMAGED
    gold = read_gold(DATA / f"{name}.gold.tsv", drop_en_paragraph=para)
    full = read_gold(DATA / f"{name}.gold.tsv")
    lost = {zh for (zh, en), (_, en_full) in zip(gold.links, full.links) if en != en_full}
    pred = predicted_links(gold)
    outside = [link for link in gold.links if link[0] not in lost]
    pred_outside = [link for link in pred if not any(z in link[0] for z in lost)]
    return score(pred, gold.links), score(pred_outside, outside)


def whole_set() -> tuple[Score, int, int, float]:
    """The whole test set as ONE document (every file's paragraphs in a row), aligned twice
    over for timing: (score of one copy, zh sentences, en sentences, seconds of align_pairs)."""
    golds = [read_gold(p) for p in sorted(DATA.glob("*.gold.tsv"))]
    one = Gold(tuple(link for g in golds for link in g.links), "\n\n".join(g.zh for g in golds),
               "\n\n".join(g.en for g in golds))
    quality = score(predicted_links(one), one.links)
    doc = run(Document(source="all.zh.txt", data=(one.zh + "\n\n" + one.zh).encode()), Context(),
              until="terms")
    en = split_english(one.en + "\n\n" + one.en)
    start = time.perf_counter()
    align_pairs(doc, en)
    return quality, len(doc.segments), len(en.sentences), time.perf_counter() - start


def main() -> None:
    scores = score_test_set()
    total = Score(0, 0, sum(s.correct for s in scores.values()),
                  sum(s.predicted for s in scores.values()), sum(s.gold for s in scores.values()))
    for name, s in list(scores.items()) + [("all", total)]:
        p, r = s.correct / max(s.predicted, 1), s.correct / max(s.gold, 1)
        print(f"{name:10} links: gold {s.gold:3} predicted {s.predicted:3} correct {s.correct:3}  "
              f"precision {p:.3f}  recall {r:.3f}")
    whole, outside = damaged()
    print(f"damaged ({DAMAGED[0]}, English paragraph {DAMAGED[1]} removed): "
          f"all links P {whole.precision:.3f} R {whole.recall:.3f}; "
          f"outside the damaged paragraph P {outside.precision:.3f} R {outside.recall:.3f}")
    quality, n_zh, n_en, seconds = whole_set()
    print(f"whole set as one document: P {quality.precision:.3f} R {quality.recall:.3f}; "
          f"twice over ({n_zh} zh / {n_en} en sentences) aligned in {seconds:.2f} s")
