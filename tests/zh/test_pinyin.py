"""pipeline.zh.pinyin gives pypinyin's readings without importing pypinyin."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]


def _han_runs() -> list[str]:
    pages = [_ROOT / "input" / "xihe-interview.zh.txt", _ROOT / "tests" / "data" / "kangle-interview.zh.txt",
             _ROOT / "tests" / "data" / "corpus" / "01-xwlb-20240305.zh.txt"]
    return re.findall(r"[\u4e00-\u9fff]+", "".join(p.read_text(encoding="utf-8") for p in pages))


def test_every_stretch_of_real_text_reads_as_pypinyin_reads_it() -> None:
    """Every stretch of one to six Han characters of the sample page, an interview and a day
    of 新闻联播: names, words, phrases and pieces of them, across phrase boundaries."""
    from pypinyin import lazy_pinyin as reference

    from pipeline.zh.pinyin import lazy_pinyin

    seen = set()
    for run in _han_runs():
        for i in range(len(run)):
            for n in range(1, 7):
                text = run[i:i + n]
                if len(text) == n and text not in seen:
                    seen.add(text)
                    assert lazy_pinyin(text) == reference(text, errors=list), text
    assert len(seen) > 20_000


@pytest.mark.parametrize("text", [
    "重庆", "长道镇", "单雄信", "朝阳区",  # heteronyms read by phrase
    "一丁",  # the start of phrases (一丁不识, 一丁点儿), none itself: pypinyin reads each character
    "一丁点", "一丁点儿童",
])
def test_phrase_starts_and_heteronyms(text: str) -> None:
    from pypinyin import lazy_pinyin as reference

    from pipeline.zh.pinyin import lazy_pinyin

    assert lazy_pinyin(text) == reference(text, errors=list)


def test_text_outside_the_table_is_left_to_pypinyin() -> None:
    from pipeline.zh.pinyin import lazy_pinyin
    from pipeline.zh.romanize import syllables

    assert lazy_pinyin("G20峰会") is None and lazy_pinyin("") is None
    assert syllables("G20峰会") == ["G", "2", "0", "feng", "hui"]


def test_names_are_romanised_without_importing_pypinyin() -> None:
    code = ("import sys; from pipeline.zh.romanize import person, place; "
            "print(person('王俊强'), place('西和', '县'), 'pypinyin' in sys.modules)")
    # the first run builds the cached table (this process's own table may have been built
    # earlier under another test's cache folder, so it is not relied on); the second reads it
    run = [sys.executable, "-c", code]
    subprocess.run(run, capture_output=True, text=True, check=True, cwd=_ROOT)
    out = subprocess.run(run, capture_output=True, text=True, check=True, cwd=_ROOT)
    assert out.stdout.split() == ["Wang", "Junqiang", "Xihe", "County", "False"]
