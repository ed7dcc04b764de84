"""The verb forms of each clause's predicate: its tense (the sentence's time,
`pipeline.zh.tense`: "we strengthened", "we will strengthen", "the rate rose") and its
agreement with a singular subject in the present ("the economy grows"); and the complement
of a copula as an adjective (保持稳定 "remained steady", not "keep steadily").

The predicate of a clause is its first verb whose English opens with a verb's base form,
not the object of a verb or a preposition before it; a glossary term keeps its English
verbatim (only "will" goes before it).
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from pipeline.engines.gloss.order.english import (
    PARTICIPLE,
    PAST,
    THIRD,
    adjective,
    head_verb,
    inflected,
    is_verb_form,
    verb_form,
)
from pipeline.engines.gloss.order.line import CLAUSE_MARKS, NOUN_KINDS, NOUN_TAGS, Line
from pipeline.engines.gloss.order.subjects import takes_ing, verbal
from pipeline.zh.lexicon import VERB_TAGS, Lexicon
from pipeline.zh.tense import ADVICE, FUTURE, PERFECT, PRESENT, TIME_WORDS
from pipeline.zh.tense import PAST as PAST_TIME

#: English of the words before a verb that already give it its mood or tense.
MODALS = frozenset({"must", "should", "will", "would", "can", "could", "may", "might", "shall", "need",
                    "needs", "has", "have", "had", "is", "are", "was", "were", "be", "to", "did", "does"})
#: Subjects whose verb takes no -s (and the added subject of work reports, "we").
PLURAL_PRONOUNS = frozenset({"we", "i", "you", "they", "people", "police"})
#: Adverb tags (jieba): adverbs stand between "will" and the verb ("will further cut").
ADVERB_TAGS = frozenset({"d", "ad"})
#: What may stand before a verb that opens its sentence: adverbs and adjectives used as adverbs.
OPENING_TAGS = ADVERB_TAGS | {"a"}
#: Tags of words that stand among a subject's but are not its head: times, figures,
#: adjectives and adverbs (总体 "overall", 一度 "for a time").
NOT_SUBJECT_TAGS = frozenset({"t", "m", "q", "a", "ad", "d", "b", "f"})
#: Copulas whose complement is an adjective: 保持 "keep" → "remain" (GWR English: 就业形势
#: 总体保持稳定 "overall employment remained stable").
COPULAS = {"keep": "remain", "remain": "remain", "stay": "stay", "become": "become"}
_COPULA_STARTS = tuple(COPULAS)
_COPULA_ADVERB = re.compile(r"^(keep|remain|stay|become) (\w+ly)$")
#: Chinese copulas and verbs of state whose English is one of COPULAS (the rule's trigger).
COPULA_WORDS = frozenset({"保持", "维持", "稳定", "变得", "成为", "趋于", "依然", "仍然", "仍"})
#: The object markers' 将 and the modal 要 in a plan: "will" (GWR 2019: 要进一步缩减… "We will
#: further shorten ...").
WILL_MODALS = frozenset({"要"})


def copula_adjectives(line: Line) -> None:
    """保持稳定 "keep steadily" → "remain steady": an -ly adverb as the copula's complement,
    in one unit or in the unit after the copula when it closes the clause."""
    for k, u in enumerate(line.units):
        if u.kind != "word" or not u.en.startswith(_COPULA_STARTS):
            continue
        m = _COPULA_ADVERB.match(u.en)
        if m and m.group(2) not in ("only", "early", "likely"):
            line.set_en(k, f"{COPULAS[m.group(1)]} {adjective(m.group(2))}")
        elif u.en in COPULAS and line.is_verb(k):
            nxt = line.next(k)
            if nxt is not None and _ly(line.units[nxt].en) and line.ends_clause(line.next(nxt) or len(line)):
                line.set_en(k, COPULAS[u.en])
                line.set_en(nxt, adjective(line.units[nxt].en))


def _ly(en: str) -> bool:
    return en.endswith("ly") and " " not in en and en not in ("only", "early", "likely", "apply", "rely")


def verb_forms(line: Line, time: str, report: bool = False) -> None:
    """Each clause's predicate in the sentence's time: past forms in the past, "will" before
    the sentence's first predicate in the future, -s after a singular subject in the
    present, "has/have" and the participle since a time (the later predicates the
    participle alone). `report`: the sentence stands in a work report's review or plan, whose
    sentences without a subject are the writers' ("We established ...", "We will ...")."""
    found = predicates(line, time)
    lead = opening_phrases(line, found)
    for n, (a, (verb, subject)) in reversed(list(enumerate(found))):
        if verb == FORMED:
            continue
        u = line.units[verb]
        if subject is not None and passive(line, verb, subject):
            line.set_en(verb, inflected(u.en, PARTICIPLE))
            be = BE[time][plural(line, subject)]
            will_before(line, verb, f"{MODAL_OF[time]} {be}" if time in MODAL_OF else be)
            definite(line, a, subject)  # last: it moves the units after the clause's start
            continue
        if time == PAST_TIME and u.kind == "word":
            line.set_en(verb, COPULA_PAST.get(u.en) or inflected(u.en, PAST))
            if (second := coordinated(line, verb)) is not None:
                line.set_en(second, inflected(line.units[second].en, PAST))
        elif time == PRESENT and u.kind == "word" and subject is not None and singular(line, subject):
            line.set_en(verb, inflected(u.en, THIRD))
        elif time == PERFECT and u.kind == "word":
            has = "has " if n == 0 and subject is not None and singular(line, subject) else "have " if n == 0 else ""
            line.set_en(verb, has + inflected(u.en, PARTICIPLE))
        if n == lead and u.en not in COPULA_PAST:
            start = opening(line, verb) if report else None
            if time in MODAL_OF:
                will = MODAL_OF[time]
                will_before(line, verb, will if start is None else "we " + will)
            elif start is not None and time == PAST_TIME:
                line.add(start, "we")
        if subject is not None:
            definite(line, a, subject)


#: Words joining two verbs of one predicate (坚持并完善 "upheld and improved"; an "and" a rule added).
VERB_JOINERS = frozenset({"并", "和", "及", ""})


def coordinated(line: Line, verb: int) -> int | None:
    """The verb joined to the one at `verb` by "and" (坚持并完善, 培育壮大 after `reportverbs`), which
    takes the same form; None if there is none."""
    j = line.next(verb)
    if j is None or line.units[j].en != "and" or line.units[j].zh not in VERB_JOINERS:
        return None
    k = line.next(j)
    return k if k is not None and (line.is_verb(k) or not line.units[j].zh) else None  # (a pair's: verbs)


def opening_phrases(line: Line, found: list[tuple[int, tuple[int, int | None]]]) -> int:
    """The index of the sentence's first predicate after the clauses that are only an opening
    phrase (应X邀请， "At the invitation of X,"): "will" goes before that one."""
    n = 0
    while n < len(found) - 1 and found[n][1][0] == FORMED and (
            line.units[found[n][0]].en in OPENERS or said_that(line, found[n][0])):
        n += 1
    return n


def said_that(line: Line, a: int) -> bool:
    """Whether the clause from unit a ends in a verb of saying with "that" (中方认为，… "China
    believes that ..."): the sentence's own predicate comes after it."""
    last = line.prev(line.clause_end(a))
    return last is not None and line.units[last].en.endswith(THAT)


#: The end of a verb of saying before what is said (reports.that_clauses).
THAT = " that"
#: The English of the words that open a phrase before a sentence's subject (diplomacy.invitation).
OPENERS = frozenset({"at the invitation of"})
#: English verbs that take no object (change of state, motion, existence: Levin, English
#: Verb Classes and Alternations, 45.4, 47), never passive: 物价上涨 "prices rose".
INTRANSITIVE = frozenset({
    "rise", "fall", "grow", "increase", "decrease", "decline", "drop", "improve", "emerge", "remain", "exist",
    "rebound", "recover", "slow", "accelerate", "expand", "shrink", "stabilize", "change", "continue",
    "develop", "advance", "come", "go", "happen", "occur", "appear", "arrive", "reach", "exceed", "surge",
    "soar", "climb", "rank", "stand", "keep", "stay", "become", "succeed", "fail", "end", "begin", "start",
    "last", "work", "live", "die", "move", "run", "return", "mature", "prosper", "thrive", "flourish",
    "struggle", "strive", "worsen", "ease", "weaken", "strengthen", "deepen", "widen", "narrow", "fluctuate",
    "arise", "persist", "proceed", "progress", "participate", "cooperate", "speak", "say",
    "agree", "respond", "rest", "lie", "sit", "wait", "hope", "intensify", "diminish", "vanish",
    "disappear", "operate", "function", "perform", "compete", "win", "lose", "rally", "dip", "slide",
    "slump", "jump", "leap", "pick", "double", "triple", "total", "amount", "account", "average"})
#: The auxiliary of the passive in each time, singular and plural subject.
BE = {PAST_TIME: ("was", "were"), PRESENT: ("is", "are"), PERFECT: ("has been", "have been"),
      FUTURE: ("be", "be"), ADVICE: ("be", "be")}
#: The modal of each future: a plan's "will", a suggestion's "should".
MODAL_OF = {FUTURE: "will", ADVICE: "should"}
#: A clause whose verb stands in its form already (a modal before it, "said"): no predicate
#: to inflect, but the sentence's first.
FORMED = -1
#: The copula (是) in the past.
COPULA_PAST = {"is": "was", "are": "were"}


def predicates(line: Line, time: str) -> list[tuple[int, tuple[int, int | None]]]:
    """Each clause's start and its predicate verb with its subject's head (None: no subject
    of its own, or "we"); FORMED when the clause's verb has its form (a modal before it,
    "said", a verb after a preposition); clauses without a verb and labels before a colon
    (答： "Answer:") are left out. 要 "must" counts as no modal in a future, where it becomes
    "will"; the copula 是 is the predicate wherever it stands (我们面对的是… "what we faced
    was ..."). One pass over the units, each unit's role memoised (`_role`)."""
    out: list[tuple[int, tuple[int, int | None]]] = []
    a, subject = 0, None
    found: tuple[int, int | None] | None = None
    copula: int | None = None
    lex, modal_skips, units = line.lex, time in MODAL_OF, line.units
    roles = _roles(lex)
    for k, u in enumerate(units):
        if found is not None and u.kind != "punct" and u.zh != "是":
            continue  # the clause's predicate found: only its end (or a copula) matters
        key = u.zh, u.en, u.kind
        role = roles.get(key)
        if role is None:
            role = roles[key] = _role(lex, *key)
        if role == SKIP:
            continue
        if role >= CLAUSE_END:
            if k > a and role == CLAUSE_END:
                _close(out, a, found, copula, time)
            a, subject, found, copula = k + 1, None, None, None
        elif role == COPULA:
            copula = k if copula is None else copula
        elif found is not None or (role == WILL_MODAL and modal_skips):
            continue
        elif role == PRONOUN:
            subject = k if units[k].zh else None
        elif role == VERB:
            found = k, subject
        elif role == NOUN:
            subject = k
        else:  # MODAL, WILL_MODAL, IN_FORM
            found = FORMED, None  # "must ...", "in improving ...", "said", "targeting ..."
    if a < len(units):
        _close(out, a, found, copula, time)
    return out


def _close(out: list[tuple[int, tuple[int, int | None]]], a: int, found: tuple[int, int | None] | None,
           copula: int | None, time: str) -> None:
    if copula is not None:
        out.append((a, (copula if time == PAST_TIME else FORMED, None)))
    elif found is not None:
        out.append((a, found))


#: A unit's role to its clause's predicate (`_role`); the clause's end marks last.
SKIP, PRONOUN, MODAL, WILL_MODAL, VERB, IN_FORM, NOUN, COPULA, CLAUSE_END, LABEL_END = range(10)


#: Each lexicon's roles already worked out, by (zh, en, kind): the same word plays the same role.
#: Weakly keyed, so a lexicon (and its memos) goes with the run that made it.
_ROLES: WeakKeyDictionary[Lexicon, dict[tuple[str, str, str], int]] = WeakKeyDictionary()


def _roles(lex: Lexicon) -> dict[tuple[str, str, str], int]:
    got = _ROLES.get(lex)
    if got is None:
        got = _ROLES[lex] = {}
    return got


def _role(lex: Lexicon, zh: str, en: str, kind: str) -> int:
    """What a unit is to a clause's predicate (memoised per lexicon by `predicates`)."""
    if kind == "punct" and zh in CLAUSE_MARKS:
        return LABEL_END if zh in ("：", ":") else CLAUSE_END
    if zh == "是" and en in COPULA_PAST:
        return COPULA
    if kind == "space" or not en or " than" in en:
        return SKIP
    if zh == "以" and en == "take":
        return VERB  # 要以X为Y "will take X as Y" (rules.take_as)
    if en.endswith(THAT):
        return IN_FORM  # a verb of saying in its form before its clause (reports.that_clauses)
    if kind == "word" and en.lower() in PLURAL_PRONOUNS:
        return PRONOUN
    first = en.split(" ", 1)[0]
    if zh in WILL_MODALS and en == "must":
        return WILL_MODAL
    if first.lower() in MODALS:
        return MODAL
    tag = lex.pos(zh) if kind == "word" else ""
    verb = kind == "word" and tag in VERB_TAGS
    if (kind == "term" or zh in lex.phrases) and verbal(lex, zh, en):
        verb = True
    if verb and ((kind == "word" and head_verb(en)) or kind == "term"):
        return VERB
    if takes_ing(en) or (verb and is_verb_form(first)):
        return IN_FORM
    noun = (kind in NOUN_KINDS and kind != "num") or (kind == "word" and tag in NOUN_TAGS)
    return NOUN if noun and tag not in NOT_SUBJECT_TAGS else SKIP


def opening(line: Line, verb: int) -> int | None:
    """Where the sentence starts when the verb opens it (after adverbs only: its subject is
    unsaid), else None."""
    start, k = verb, line.prev(verb)
    while k is not None and line.units[k].kind == "word" and line.tag(k) in OPENING_TAGS:
        start, k = k, line.prev(k)
    return start if k is None else None


def definite(line: Line, a: int, head: int) -> None:
    """"the" before a subject that opens its clause and is a compound of common nouns with a
    singular head (城镇调查失业率 "the surveyed urban unemployment rate", 经济结构 "the
    economic structure"): official English names such things as known ones; a single word
    (就业 "employment") and a plural ("prices") stay bare."""
    start: int | None = a
    while start is not None and start < head and (line.units[start].kind in ("space", "punct", "num")
                                                  or line.tag(start) == "t" or line.zh(start) in TIME_WORDS):
        start = line.next(start)  # after a time (去年 "last year") or a dash
    if start is None or start > head:
        return
    words = 0
    for k in range(start, head + 1):
        u = line.units[k]
        if u.kind == "space":
            continue
        if u.kind not in ("word", "term") or not u.en[:1].islower() or not line.is_noun(k) \
                or line.tag(k) in ("t", "m", "r", "nr", "ns") or _ly(u.en.split(" ", 1)[0]) \
                or (k < head and head_verb(u.en)):
            return  # a verb's English among them (大力推广 "vigorously promote"): no noun phrase
        words += u.en.count(" ") + 1
    first = line.units[start].en.split(" ", 1)[0].lower()
    if words >= 2 and first not in DETERMINERS and not first.endswith("'s") and not plural(line, head):
        time = line.prev(start)
        if time is not None and a == 0 and line.zh(time) in TIME_WORDS and line.units[time].en[-1:].isalpha():
            line.set_en(time, line.units[time].en + ",")  # "Last year, the ..."
        line.add(start, "the")


#: Words that determine a noun phrase already.
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "each",
                         "every", "all", "some", "many", "more", "most", "no", "any", "both", "per"})


def passive(line: Line, verb: int, subject: int) -> bool:
    """Whether a clause reads as a passive in English: a thing as its subject and a verb that
    ends the clause and takes an object in English (市场准入负面清单制度全面实行 "The negative
    list system for market access was fully implemented", GWR 2019; Chinese leaves the
    passive unmarked, Li & Thompson, Mandarin Chinese, 16.2)."""
    u = line.units[verb]
    if u.kind != "word" or " " in u.en or u.en in INTRANSITIVE or line.units[subject].kind == "person":
        return False
    after = line.next(verb)
    return after is not None and line.ends_clause(after) and line.zh(after) in ("，", "。", "；")


def plural(line: Line, k: int) -> bool:
    """Whether the noun phrase whose head is unit k is plural (prices; 就业和物价 "X and Y")."""
    last = line.units[k].en.rsplit(" ", 1)[-1].lower()
    if last in PLURAL_PRONOUNS or (last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        return True
    start = line.clause_start(k)
    return any(line.units[j].zh in ("和", "与", "及", "、") for j in range(start, k))


def singular(line: Line, k: int) -> bool:
    """Whether the subject whose head is unit k is one thing (the rate, the economy; not
    "prices", "we", nor 就业和物价 "X and Y")."""
    last = line.units[k].en.rsplit(" ", 1)[-1].lower()
    if last in PLURAL_PRONOUNS or (last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        return False
    if verb_form(last, PAST) is not None:
        return False  # a word English also uses as a verb (着力 "focus", 推广 "promote"): no sure subject
    start = line.clause_start(k)
    return not any(line.units[j].zh in ("和", "与", "及", "、") for j in range(start, k))


def will_before(line: Line, verb: int, will: str = "will") -> None:
    """`will` before the verb and the adverbs right before it ("will further cut"); the modal
    要 before them becomes it ("must" → "will")."""
    k = verb
    while (p := line.prev(k)) is not None and line.units[p].kind == "word" and line.units[p].en \
            and line.tag(p) in ADVERB_TAGS:
        k = p
    p = line.prev(k)
    if p is not None and line.zh(p) in WILL_MODALS and line.units[p].en == "must":
        modal = will.rsplit(" ", 1)[-1]
        line.set_en(p, modal if line.prev(p) is not None else "we " + modal)  # 要… "We will ..."
        return
    line.add(k, will)
