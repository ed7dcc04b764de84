"""The one table of Han and punctuation ranges.

Each constant is the body of a regular-expression character class (`f"[{HAN}]"`) or, for
the sets without a range, a plain string (`c in SPACES`). The Han spans differ on purpose:
each module keeps the span it was written with, so that no output changes; the comment on
each constant says who uses it and why.
"""

from __future__ import annotations

__all__ = ["COMPAT_IDEOGRAPHS", "FULL_PUNCT", "HAN", "HAN_BASIC", "HAN_COMPAT", "HAN_JIEBA",
           "SPACES"]

# Han: CJK Unified Ideographs Extension A (U+3400–4DBF) and CJK Unified Ideographs
# (U+4E00–9FFF), the Unicode blocks; written as one span it also covers the Yijing Hexagram
# Symbols (U+4DC0–4DFF) between them, which are not ideographs.
# For: Han "anywhere" — glossary term suggestions, bitext anchors and the CEDICT glosses of
# bitext.lexicon and zh.lexicon (個|个[ge4] cross-references), where a rare character
# from Extension A must count as Han too.
HAN = "\u3400-\u9fff"

# The CJK Unified Ideographs block alone (U+4E00–9FFF): nearly every character of everyday
# text. For: the lookbehinds of zh.numbers (a Chinese-numeral month is read only after a
# non-Han character; a body's name between 届 and 次) and the two-to-four-character
# personal name that formats.common romanises; both were written with this span.
HAN_BASIC = "\u4e00-\u9fff"

# CJK Compatibility Ideographs (U+F900–FAFF): duplicates of unified ideographs kept for
# round trips with legacy encodings (Big5, KS X 1001); text converted from them can
# carry them.
COMPAT_IDEOGRAPHS = "\uf900-\ufaff"
# HAN plus the compatibility ideographs. For: text as it arrives — ingest's test that a
# guessed decoding reads as Chinese, and clean's rules over OCR'd lines — where any
# ideograph must count.
HAN_COMPAT = HAN + COMPAT_IDEOGRAPHS

# jieba's own Han span (jieba.re_han_default: U+4E00–9FD5, CJK Unified as of Unicode 8.0).
# For: glossary.load, which must predict what jieba keeps inside one token, so it uses
# jieba's span, not ours.
HAN_JIEBA = "\u4e00-\u9fd5"

# Full-width punctuation of running Chinese text (GB/T 15834-2011). For: clean's rules.
FULL_PUNCT = "，。、；：？！“”‘’（）《》【】〈〉「」『』—…·～"

# The spaces of Chinese text: space, tab and the ideographic space U+3000 (a full-width
# space, which OCR and typesetting leave between characters).
SPACES = " \t\u3000"
