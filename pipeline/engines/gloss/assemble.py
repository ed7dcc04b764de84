"""Joining the units' English into a sentence: English spacing around marks, quotes that
open and close, capitals at each sentence start and after a speaker label."""

from __future__ import annotations

import re

from pipeline.engines.gloss.units import OPEN, SKIP, TOGGLE, WORD, Unit


def assemble(units: list[Unit]) -> str:
    """Join the units' English with English spacing, quotes and capitals."""
    out: list[str] = []
    glue_next = True  # no space before the next piece
    open_ascii = False
    last: Unit | None = None  # the unit written last, if nothing stood between it and this one
    append = out.append
    for k, u in enumerate(units):
        mode = u.mode
        if mode == WORD and not u.zh.isascii():  # most units: a Chinese word (no joiner, touches nothing)
            append(u.spaced if not glue_next else u.text)
            glue_next, last = False, u
            continue
        if (u.zh in JOINERS and last is not None and k + 1 < len(units) and _kept_ascii(last)
                and _kept_ascii(units[k + 1])):
            out.append(u.zh)  # 2024-03-05, COVID-19, v1.2-beta: one token of the source, kept so
            glue_next = True
            continue
        if mode == WORD:  # most units
            touching = last is not None and u.zh.isascii() and _kept_ascii(u) and _kept_ascii(last)
            out.append(u.text if glue_next or touching else u.spaced)
            glue_next, last = False, u
            continue
        if mode == SKIP:
            last = None  # a space, or a word with no English: what follows does not touch
            continue
        last = u
        if mode == OPEN or (mode == TOGGLE and not open_ascii):
            open_ascii = open_ascii or mode == TOGGLE
            out.append(u.text if glue_next else u.spaced)
            glue_next = True
        else:  # CLOSE, or an ASCII quote that closes
            open_ascii = open_ascii and mode != TOGGLE
            en = u.text
            if out and out[-1].endswith(",") and en[0] in ",.;:":
                out[-1] = out[-1][:-1]  # "First," then the sentence's own comma
            bare = en.strip()
            out.append(bare if bare != "-" else " - ")
            glue_next = bare in ("(", "[")
    text = articles(" ".join("".join(out).split()))
    # (single spaces only now: a stop opens a sentence only as ". ", "? ", "! " or ": ", which
    # most texts lack; a substring test in C each, where the regex tests every stop and colon)
    if ". " in text or "? " in text or "! " in text or ": " in text:
        return capitalise(text)
    return capital_start(text)


#: What joins letters and digits into one ASCII token of the source (jieba's cut splits it:
#: pipeline.zh.tokenize._ascii_as_jieba).
JOINERS = frozenset("-+#&._/")


def _kept_ascii(u: Unit) -> bool:
    """A run of ASCII letters or digits whose English is itself (v1, 2024, COVID)."""
    zh = u.zh
    return zh == u.text and zh.isascii() and zh[:1].isalnum() and zh[-1:].isalnum()


#: "a" or "an" and the word after it (lower case, or "A"/"An" opening the text: "A" elsewhere may
#: be a label, Plan A, A-share).
#: Only an article that may disagree is matched: "a" before a vowel letter, 8, 11, 18, h of
#: hour/honest/honour/heir or a capital named with a vowel (NBS), and any "an"; after a space
#: (the literal " a" lets the search skip ahead), the text's own "A"/"An" by `articles`.
_ARTICLE = re.compile(r" (?:(a)(?= (?:[aeiouAEIOU8]|1[18](?!\d)|[hH](?:our|onest|onou?r|eir)|[AEFHILMNORSX][A-Z0-9]))"
                      r"|(an)(?= [A-Za-z0-9])) ([A-Za-z0-9][\w'.,-]*)")
#: Words opening with a vowel letter but a consonant sound (a one-off, a unique, a European, a
#: university, a useful), and with h or a letter but a vowel sound (an hour, an honest, an NBS
#: official: the letter's name opens with a vowel), after the rule of "a"/"an" by sound
#: (Quirk et al., A Comprehensive Grammar, 5.11 note; Merriam-Webster's "a", usage).
_CONSONANT_SOUND = re.compile(r"(?i:one\b|once|eu|ewe|u[bcfgklmnprstvz][aeiouy](?<!un[aeiou])|uni|unanim)")
_VOWEL_SOUND = re.compile(r"(?i:[aeiou]|hour|honest|honou?r|heir)|8|1[18](?!\d)")
#: Capitals read letter by letter (NBS, SCO, EU; not an acronym of four or more read as a word:
#: NATO, ASEAN, FOCAC, a vowel second or third); the letters whose names open with a vowel sound.
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]+")
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
_VOWELS = frozenset("AEIOU")


def articles(text: str) -> str:
    """"a" before a vowel sound is "an" ("a important indicator" → "an important indicator"), "an"
    before a consonant sound "a": the units' English takes its article before the word after it
    was known (一个重要的经济指标)."""
    if text[:2] in ("a ", "A ", "an", "An"):  # the text's own article, as one after a space
        fixed = _ARTICLE.sub(_agreeing, " a" + text[1:])
        return text[0] + fixed[2:]
    if " a " not in text and " an " not in text:
        return text  # (what _ARTICLE matches opens so: most texts have none)
    return _ARTICLE.sub(_agreeing, text)


def _agreeing(m: re.Match[str]) -> str:
    word = m.group(3)
    caps = _CAPITALS.match(word)
    if caps and not (len(caps.group()) >= 4 and not _VOWELS.isdisjoint(word[1:3])):
        vowel = word[0] in _VOWEL_LETTERS
    else:
        vowel = _VOWEL_SOUND.match(word) is not None and _CONSONANT_SOUND.match(word) is None
    return f" {'an' if vowel else 'a'} {word}"


# A sentence start after a stop ("etc." is none) or after a colon before a quote; each
# alternative opens with its mark, so the regex engine skips to those marks at once.
_AFTER_STOP = re.compile(r"(\.(?<!etc\.)\s+|\?(?<!etc\?)\s+|!(?<!etc!)\s+|:\s+(?=\"))(\"?)([a-z])")
# The text's own start, or after a speaker label at the start ("Wang Jun: ...").
_TEXT_START = re.compile(r"((?:[A-Z][\w']*(?: [A-Z][\w']*)*:\s+)?)(\"?)([a-z])")


def capitalise(text: str) -> str:
    """Capital letter at the start of each sentence and after a speaker label."""
    return capital_start(_AFTER_STOP.sub(_upper, text))  # before the start: a leading "etc." still reads so


def capital_start(text: str) -> str:
    """Capital letter at the text's start and after a speaker label opening it."""
    m = _TEXT_START.match(text)
    return _upper(m) + text[m.end():] if m else text


def _upper(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2) + m.group(3).upper()
