"""The phrase table's loader: every problem of a file reported as file:line, and the shipped
files free of them. Entries are taken from the shipped files' sources (GWR 2021/2022)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.errors import PhraseError
from pipeline.zh.phrases import check, load_user, shipped, shipped_texts
from pipeline.zh.tokenize import Tokenizer

HEAD = ("# source gwr2022-xh: Report on the Work of the Government 2022, 2022-03-05, "
        "https://www.reciyi.com/article/?id=2824\nzh\ten\tsource\tnote\n")


@pytest.fixture(scope="module")
def cut() -> object:
    return Tokenizer(()).cut


# Each bad line, and the start of the message it must give at line 3 (HEAD is lines 1-2).
@pytest.mark.parametrize(("line", "message"), [
    ("持续改善营商环境\tcontinued to improve the business environment\tgwr2021", "source 'gwr2021'"),
    ("持续改善营商环境\t\tgwr2022-xh", "empty English"),
    ("城市更新\turban renewal\tgwr2022-xh", "'城市更新' is one word"),
    ("持续改善营商环境。\tcontinued to improve the business environment\tgwr2022-xh",
     "'持续改善营商环境。' begins or ends"),
    ("“减税降费\ttax and fee reductions\tgwr2022-xh", "'“减税降费' begins or ends"),
    ("减税降费\ttax and fee reductions.\tgwr2022-xh", "the English of '减税降费' ends with a period"),
    ("减税降费\ttax and fee reductions", "2 columns"),
])
def test_bad_entry_is_reported_with_file_and_line(cut: object, line: str, message: str) -> None:
    _, problems = check([("my.tsv", HEAD + line + "\n")], cut)  # type: ignore[arg-type]
    assert len(problems) == 1
    assert problems[0].startswith(f"my.tsv:3: {message}")


def test_bad_header_and_bad_source_declaration() -> None:
    _, problems = check([("h.tsv", "zh\ten\tnote\n减税降费\ttax and fee reductions\tx\n")])
    assert problems == ["h.tsv:1: the header must be zh<TAB>en<TAB>source<TAB>note, got 'zh\\ten\\tnote'"]
    _, problems = check([("s.tsv", "# source GWR 2022 report\n" + HEAD)])
    assert problems and problems[0].startswith("s.tsv:1: a source is declared as")


def test_duplicates_in_one_file_and_conflicts_across_files() -> None:
    row = "减税降费\ttax and fee reductions\tgwr2022-xh\n"
    _, problems = check([("d.tsv", HEAD + row + row)])
    assert problems == ["d.tsv:4: '减税降费' appears twice in the file (first at line 3)"]
    other = "减税降费\ttax cuts and fee reductions\tgwr2022-xh\n"
    table, problems = check([("a.tsv", HEAD + row), ("b.tsv", HEAD + other)])
    assert problems == ["b.tsv:3: '减税降费' is 'tax cuts and fee reductions' here but "
                        "'tax and fee reductions' at a.tsv:3"]
    assert table.get("减税降费").en == "tax and fee reductions"  # type: ignore[union-attr]
    _, problems = check([("a.tsv", HEAD + row), ("c.tsv", HEAD + row)])
    assert problems == []  # the same English twice is no conflict


def test_shipped_files_have_no_problem(cut: object) -> None:
    texts = shipped_texts()
    table, problems = check(texts, cut)  # type: ignore[arg-type]
    assert problems == []
    assert len(table) == len(shipped()) > 0
    assert all(p.source in table.sources for p in table.index.values())


def test_user_file_is_layered_over_the_shipped_table(tmp_path: Path, cut: object) -> None:
    f = tmp_path / "mine.tsv"
    f.write_text(HEAD + "持续改善营商环境\tkeep improving the business climate\tgwr2022-xh\n", encoding="utf-8")
    table = load_user([f], cut)  # type: ignore[arg-type]
    assert table.get("持续改善营商环境").en == "keep improving the business climate"  # type: ignore[union-attr]
    assert len(table) >= len(shipped())
    f.write_text(HEAD + "城市更新\turban renewal\tgwr2022-xh\n", encoding="utf-8")
    with pytest.raises(PhraseError, match=r"mine\.tsv:3: '城市更新' is one word"):
        load_user([f], cut)  # type: ignore[arg-type]
    with pytest.raises(PhraseError, match="no such phrase file"):
        load_user([tmp_path / "missing.tsv"])


# The Government Work Reports kept for independent evaluation (2020, 2024, 2025) and the dev set's
# (2019, 2023) are never phrase sources (notes/ISSUE17.md): no declared source may name one.
_HELD_BACK_GWR = re.compile(
    r"(?:Work of the Government|Government Work Report)\D{0,12}\b(?:2019|2020|2023|2024|2025)\b"
    r"|\b(?:2019|2020|2023|2024|2025)\b\D{0,12}(?:Work of the Government|Government Work Report)"
    r"|\bgwr-?(?:2019|2020|2023|2024|2025)\b", re.IGNORECASE)


def test_no_shipped_source_is_a_held_back_work_report() -> None:
    table, _ = check(shipped_texts())
    assert len(table.sources) > 500
    named = [f"{key}: {text}" for key, text in table.sources.items() if _HELD_BACK_GWR.search(f"{key} {text}")]
    assert named == []
    assert _HELD_BACK_GWR.search("gwr2024-xh Report on the Work of the Government 2024, 2024-03-05")
    assert _HELD_BACK_GWR.search("cd-hl Highlights of 2020 Government Work Report (bilingual)")
    assert not _HELD_BACK_GWR.search("gwr2026-x Report on the Work of the Government 2026, 2026-03")
