"""ingest: encodings, Traditional→Simplified, refusal of binary and empty input."""

from __future__ import annotations

import codecs

import pytest

from pipeline.errors import InputError
from pipeline.model import Document
from pipeline.stages.ingest import decode, holds_traditional, ingest, raw_blocks

TEXT = "西和县坚持以高质量发展为统揽，深入开展“四强”行动。\n\n全年接待游客390多万人次。"
# Traditional sample: the same sentence in Traditional characters (converted by hand, checked with OpenCC s2t).
TRAD = "西和縣堅持以高質量發展為統攬，深入開展“四強”行動。"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decode_detects_encoding(data: bytes, encoding: str) -> None:
    text, enc = decode(data, "x.txt")
    assert text == TEXT
    assert enc == encoding


def test_big5_is_read_and_converted_to_simplified() -> None:
    doc = ingest(Document("t.txt", data=TRAD.encode("big5")), None)
    assert doc.encoding == "big5+t2s"
    assert doc.text == "西和县坚持以高质量发展为统揽，深入开展“四强”行动。"
    assert doc.original == TRAD  # the Traditional original is kept
    assert len(doc.text) == len(doc.original)  # offsets stay valid in both


def test_simplified_text_is_not_converted() -> None:
    doc = ingest(Document("t.txt", data=TEXT.encode()), None)
    assert doc.original == "" and doc.text == TEXT and not holds_traditional(TEXT)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"  \n\n\t \n", "empty"),
        ("\u3000\n".encode(), "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        # bytes that happen to decode as UTF-16 (to 'Ā＂þ楢虑祲'): nobody's Chinese
        (b"\x00\x01\x02\xff\xfe\x00binary", "binary"),
    ],
)
def test_refuses_empty_and_binary(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, "bad.bin")


def test_raw_blocks_cover_text_and_split_on_blank_lines() -> None:
    text = "第一段第一行\n第一段第二行\n\n  \n第二段\n"
    blocks = raw_blocks(text)
    assert [b.text for b in blocks] == ["第一段第一行\n第一段第二行", "第二段"]
    for b in blocks:
        assert "".join(text[o] for o in b.offsets) == b.text
        assert b.raw == ((b.offsets[0], b.offsets[-1] + 1),)
