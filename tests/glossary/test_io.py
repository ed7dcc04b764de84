"""`pipeline glossary import` / `export`: DeepL-style CSV and TBX, in and out."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import GlossaryError
from pipeline.glossary import DEFAULT_DIR, Entry, load_glossary, read_entries
from pipeline.glossary.io import read_csv, read_tbx, to_csv, to_tbx, to_tsv
from tests.conftest import DATA

# Entries with what TBX and TSV must carry through: notes with XML specials and quotes,
# variants (with/without 行动, a Traditional form), kinds, sources.
ENTRIES = [
    Entry("三抓三促", "Three Grasps and Three Promotions", 'Gansu campaign: "grasp" <study> & act',
          "slogan", "https://www.gansu.gov.cn/", ("三抓三促行动",)),
    Entry("乡村振兴", "rural revitalization", "", "policy", "Government Work Report 2024",
          ("鄉村振興", "振兴乡村")),
    Entry("西和县", "Xihe County", "Longnan, Gansu", "place"),
]


def fields(entries: list[Entry]) -> list[tuple[object, ...]]:
    return [(e.zh, e.en, e.note, e.kind, e.source, e.variants) for e in entries]


def test_tbx_round_trip_keeps_every_field(tmp_path: Path) -> None:
    path = tmp_path / "g.tbx"
    path.write_text(to_tbx(ENTRIES), encoding="utf-8")
    assert fields(read_tbx(path)) == fields(ENTRIES)


def test_tsv_then_tbx_then_tsv_through_the_cli(tmp_path: Path) -> None:
    tsv = tmp_path / "g.tsv"
    tsv.write_text(to_tsv(ENTRIES), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["glossary", "export", str(tsv), "--format", "tbx", "-o",
                                 str(tmp_path / "g.tbx")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["glossary", "import", str(tmp_path / "g.tbx"), "-o",
                                 str(tmp_path / "back.tsv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "back.tsv").read_text(encoding="utf-8") == tsv.read_text(encoding="utf-8")


def test_csv_round_trip_gives_one_row_per_form(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(to_csv(ENTRIES), encoding="utf-8")
    got = [(e.zh, e.en) for e in read_csv(path)]
    assert got == [(form, e.en) for e in ENTRIES for form in e.forms]


def test_import_deepl_csv_with_header_and_quoted_comma() -> None:
    # tests/data/deepl.csv: a header row, then three entries, one quoted with a comma inside
    result = CliRunner().invoke(cli, ["glossary", "import", str(DATA / "deepl.csv")])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == ["zh", "en", "note", "kind", "source", "variants"]
    assert [r[:2] for r in rows[1:]] == [["三城五地", "Three Cities and Five Bases"],
                                         ["千万工程", "Green Rural Revival Program, Zhejiang"],
                                         ["乡村振兴", "rural revitalization"]]


def test_import_tbx_v3_skips_deprecated_terms() -> None:
    # tests/data/tbx3.tbx: one conceptEntry, zh-CN/en-US, a deprecated third zh term
    [e] = read_tbx(DATA / "tbx3.tbx")
    assert fields([e]) == [("千万工程", "Green Rural Revival Program",
                            "Zhejiang's village renovation programme", "term", "Xinhua",
                            ("千村示范万村整治工程",))]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("one.csv", "三城五地,Three Cities\n千万工程\n", "one.csv:2: 1 column"),
        ("empty.csv", "三城五地,\n", "empty.csv:1: empty target"),
        ("langs.csv", "三城五地,Drei Städte,zh,de\n", "langs.csv:1: languages zh→de"),
        ("bad.tbx", "<martif><text><body><termEntry>\n</martif>", "bad.tbx:2: not well-formed TBX"),
        ("noen.tbx", ('<martif><text><body><termEntry id="x"><langSet xml:lang="zh"><tig>'
                     "<term>三城五地</term></tig></langSet></termEntry></body></text></martif>"),
         "termEntry 1 (id x) has no term with xml:lang 'en'"),
        ("g.json", "{}", "give --format csv or --format tbx"),
    ],
)
def test_import_errors_name_the_culprit(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(cli, ["glossary", "import", str(path), "-o", str(out)])
    assert result.exit_code == 1 and isinstance(result.exception, GlossaryError)
    assert message in str(result.exception)
    assert not out.exists()


def test_import_reversed_language_columns(tmp_path: Path) -> None:
    path = tmp_path / "rev.csv"
    path.write_text("Three Cities and Five Bases,三城五地,en,zh\n", encoding="utf-8")
    assert [(e.zh, e.en) for e in read_csv(path)] == [("三城五地", "Three Cities and Five Bases")]


def test_export_shipped_glossary_as_csv_loads_back(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["glossary", "export", "--format", "csv"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "shipped.csv"
    path.write_text(result.stdout, encoding="utf-8")
    shipped = load_glossary([DEFAULT_DIR])
    pairs = {(e.zh, e.en) for e in read_csv(path)}
    assert pairs == {(form, e.en) for e in shipped.entries for form in e.forms}


def test_imported_tsv_loads_as_a_glossary(tmp_path: Path) -> None:
    out = tmp_path / "deepl.tsv"
    result = CliRunner().invoke(cli, ["glossary", "import", str(DATA / "deepl.csv"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [e.zh for e in read_entries(out)] == ["三城五地", "千万工程", "乡村振兴"]
