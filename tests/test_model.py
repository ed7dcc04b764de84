"""model.replaced: the stages' fast dataclasses.replace for segments and paragraphs."""

import pickle
from dataclasses import fields, replace

import pytest

from pipeline.model import Paragraph, Repair, Segment, TermHit, Tokens, replaced, token_words

ZH = "国务院总理李强主持召开国务院常务会议。"  # gov.cn, 2024-08-02


def _segment() -> Segment:
    return Segment("p1.s1", "body", ZH, tuple(range(len(ZH))), ((0, len(ZH)),), speaker=None,
                   tokens=((0, 3), (3, 5), (5, 7), (7, 9), (9, 11), (11, 14), (14, 18), (18, 19)),
                   terms=(TermHit("国务院", "the State Council", 0, 3, "glossary/policy.tsv:1"),))


def test_replaced_is_dataclasses_replace() -> None:
    s = _segment()
    changes = {"en": "Premier Li Qiang chaired a State Council executive meeting.", "engine": "gloss",
               "gloss": (("国务院", "State Council"),), "qa": ("length",)}
    new = replaced(s, **changes)
    assert new == replace(s, **changes) and type(new) is Segment
    assert all(getattr(new, f.name) is getattr(s, f.name) for f in fields(Segment) if f.name not in changes)
    assert s.en is None  # the old record unchanged
    p = Paragraph("p1", "body", ZH, s.offsets, s.raw, repairs=(Repair("space", " ", "", 4),))
    assert replaced(p, segments=(new,)) == replace(p, segments=(new,))


def test_replaced_refuses_an_unknown_field() -> None:
    with pytest.raises(TypeError, match="Segment has no field 'english'"):
        replaced(_segment(), english="Premier Li Qiang")


def test_tokens_carry_their_words() -> None:
    """Tokens (a segment's word spans with the words the tokenizer cut) equal their plain
    spans, keep their words through a pickle (archive workers send segments between processes),
    and give the same words as slicing the sentence."""
    s = _segment()
    words = tuple(ZH[a:b] for a, b in s.tokens)
    tokens = Tokens(s.tokens, words)
    assert tokens == s.tokens and hash(tokens) == hash(s.tokens) and replaced(s, tokens=tokens) == s
    back = pickle.loads(pickle.dumps(tokens))
    assert type(back) is Tokens and back == s.tokens and back.words == words
    assert token_words(ZH, tokens) is words
    assert token_words(ZH, s.tokens) == words == ("国务院", "总理", "李强", "主持", "召开", "国务院", "常务会议", "。")
    assert token_words(ZH, Tokens(iter(s.tokens))) == words  # made without words (as asdict copies)
