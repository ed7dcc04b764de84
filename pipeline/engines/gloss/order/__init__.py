"""English word order for the gloss engine: rules that move a sentence's units (each with its
English) where English has them, driven by the words' parts of speech (the domain lexicon's
`pos` column and jieba's dictionary tags, `Lexicon.pos`: no tagger runs per sentence).

Each rule is one named function over a `Line` (the units, moved in place), run only when a
sentence holds one of its trigger words; the gloss keeps the Chinese order (`Line.cut_order`).

A new rule declares its trigger in `RULES`: `(frozenset of Chinese words, rule)`, the rule run
only on sentences that hold one of the words (None: on every sentence, which costs each
sentence a call: give a trigger wherever the rule needs some word). The driver finds every
trigger word a sentence holds in one pass in native code (an Aho-Corasick automaton of all
the rules' words, ahocorasick_rs), each found word giving the rules it triggers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import ahocorasick_rs

from pipeline.engines.gloss.order import clauses
from pipeline.engines.gloss.order.articles import ordinals, organisations
from pipeline.engines.gloss.order.attributes import ADJECTIVES, noun_modifiers
from pipeline.engines.gloss.order.connectives import (
    AFTER_COMMA,
    CAUSES,
    CONCEDING,
    SINCE_COMMA,
    affected_by,
    concessions,
    following,
    nominal_predicates,
    since_clauses,
)
from pipeline.engines.gloss.order.coordination import LIST_COMMA, list_and
from pipeline.engines.gloss.order.countries import COUNTRY, country_heads
from pipeline.engines.gloss.order.definites import superlatives
from pipeline.engines.gloss.order.diplomacy import (
    COURTESY,
    MEETINGS,
    TITLES,
    conference_title,
    dates_last,
    held_talks,
    invitation,
    mister,
    titles_after_names,
    titles_before_names,
    visits,
)
from pipeline.engines.gloss.order.frames import OPENERS, POSTPOSED, frames, prepositions
from pipeline.engines.gloss.order.genitives import (
    COUNTRY_OWNERS,
    QUANTIFIERS,
    country_owners,
    possessives,
    quantified_plurals,
)
from pipeline.engines.gloss.order.line import Line
from pipeline.engines.gloss.order.milestones import (
    ANNIVERSARIES,
    HAVING,
    HISTORY_ON,
    JOURNEYS,
    TRADITIONS,
    anniversaries,
    histories,
    journeys,
    significance,
    traditional,
)
from pipeline.engines.gloss.order.modifiers import of_modifiers, such_as
from pipeline.engines.gloss.order.news import EARLY, LATE, news_early, news_late
from pipeline.engines.gloss.order.nominal import noun_heads
from pipeline.engines.gloss.order.objects import MARKERS, WITH_VERBS, combine_with, object_before_verb
from pipeline.engines.gloss.order.partners import COMPARED, WITH, compared_with, with_partners
from pipeline.engines.gloss.order.predicates import PREDICATE_ADJECTIVES, adjective_predicates
from pipeline.engines.gloss.order.questions import QUESTION_MARKS, labels, questions
from pipeline.engines.gloss.order.reportchains import GOOD_JOB_WORDS, GROUP_HEADS, employment_for, good_job_of
from pipeline.engines.gloss.order.reportfigures import (
    FIGURES,
    FIRST_BATCH,
    PASSING,
    PLAN,
    REAL,
    figure_of,
    first_batches,
    new_counts,
    passing_figures,
    planned_amounts,
    real_terms,
)
from pipeline.engines.gloss.order.reportheads import HEAD_WORDS, INTENSITY, SHARES, heads_of, shares, step_up
from pipeline.engines.gloss.order.reports import SAID, THINKING, quoted_speech, reporting_last, that_clauses
from pipeline.engines.gloss.order.reportverbs import (
    APPLYING,
    ENABLING,
    FIRST,
    GIVING,
    applied,
    brought_to,
    enabled,
    paired_verbs,
)
from pipeline.engines.gloss.order.reportwords import (
    BUILD,
    CONTINUING,
    DEEP,
    FULL,
    RAISING,
    SOLID_WORDS,
    building,
    echoes,
    object_articles,
    policy_adverbs,
    rising,
    solid_progress,
)
from pipeline.engines.gloss.order.statistics import CHANGES, changes, comparisons, unchanged, year_averages
from pipeline.engines.gloss.order.subjects import SENTENCE_ENDS, subjectless, verbs_after_prepositions
from pipeline.engines.gloss.order.suffixes import SUFFIX_EN, compound_modifiers, suffix_words
from pipeline.engines.gloss.order.time import TRIGGERS, periods
from pipeline.engines.gloss.order.verbs import COPULA_WORDS, copula_adjectives, verb_forms
from pipeline.engines.gloss.order.workreport import (
    HOST,
    LOOKING_BACK,
    ONE_YEAR,
    REVIEW,
    SESSION,
    YEARS_OF,
    enumerated_subjects,
    hosted_events,
    past_spans,
    review_headings,
    session_datelines,
    years_for,
    years_of,
)
from pipeline.engines.gloss.order.yearranges import DASHES, year_ranges
from pipeline.engines.gloss.units import Unit
from pipeline.zh.lexicon import Lexicon
from pipeline.zh.tense import CUES, sentence_time

Rule = Callable[[Line], None]
#: The rules in the order they run, each with the words that trigger it (None: every
#: sentence). Objects and lists are placed before the modifiers that may hold them, the
#: subject and verb forms last, once every phrase stands where it goes. The periods and the
#: figures of statistics first: they place whole phrases the later rules then move as units.
RULES: tuple[tuple[frozenset[str] | None, Rule], ...] = (
    (DASHES, year_ranges),  # before periods: 2025年 is the span's end, not "in 2025"
    (TRIGGERS, periods),
    (frozenset(LOOKING_BACK), past_spans),
    (frozenset({PLAN}), planned_amounts),
    (frozenset({"新增"}), new_counts),
    (frozenset({HOST}), hosted_events),
    (frozenset({BUILD}), building),
    (frozenset(YEARS_OF), years_of),
    (frozenset({ONE_YEAR}), years_for),
    (frozenset({REAL}), real_terms),
    (PASSING, passing_figures),
    (frozenset(RAISING), rising),
    (frozenset({FIRST_BATCH}), first_batches),
    (SOLID_WORDS, solid_progress),
    (frozenset({DEEP, FULL, CONTINUING}), policy_adverbs),
    (frozenset({REVIEW}), review_headings),
    (frozenset(TITLES), titles_after_names),
    (frozenset(TITLES), titles_before_names),
    (frozenset(COURTESY), mister),
    (frozenset(CHANGES), changes),
    (frozenset({"高于", "低于", "较", "而"}), comparisons),
    (frozenset({"持平"}), unchanged),
    (frozenset({"平均"}), year_averages),
    (ANNIVERSARIES, anniversaries),  # early: its phrase then moves whole (在…周年之际, 庆祝…大会)
    (TRADITIONS, traditional),  # word choice, before the heads' plurals (传统产业 "traditional industries")
    (frozenset(ADJECTIVES), noun_modifiers),  # word choice first, while the nouns are side by side
    (frozenset(SUFFIX_EN), suffix_words),
    (frozenset(ADJECTIVES), compound_modifiers),  # after suffix_words: 财政性 is theirs
    (None, noun_heads),
    (FIRST, paired_verbs),
    (ENABLING, enabled),  # 推动X取得Y "enable X to achieve Y", before the phrases move
    (HEAD_WORDS, heads_of),
    (SHARES, shares),  # after noun_heads: the heads are nouns; before the lists move
    (frozenset({COUNTRY}), country_heads),  # before the quantifiers' plurals: 这些国家 "these countries"
    (QUANTIFIERS, quantified_plurals),
    (clauses.TO_COMPLEMENTS, clauses.result_complements),
    (frozenset(clauses.EXISTENTIALS), clauses.existentials),
    (clauses.DUMMY_VERBS, clauses.dummy_verbs),
    (APPLYING, applied),  # 对X实施V: 实施 a dummy verb as dummy_verbs' are
    (frozenset({clauses.FOR}), clauses.benefactive),
    (GIVING, brought_to),  # 给X带来Y "bring Y to X", as benefactive's 为X带来Y
    (clauses.BE_MODALS, clauses.modal_adjectives),
    (frozenset(clauses.LIGHT), clauses.light_words),
    (frozenset({clauses.GOOD}), clauses.good_complements),
    (clauses.PASSIVE_GET, clauses.passive_get),
    (clauses.PARTNER, clauses.partners),
    (frozenset({clauses.CLEFT}), clauses.pseudo_clefts),
    (MARKERS, object_before_verb),
    (WITH_VERBS, combine_with),
    (frozenset({"等"}), such_as),
    (GROUP_HEADS, employment_for),  # after such_as: the noun after 等 moves as one, then its head
    (GOOD_JOB_WORDS, good_job_of),
    (CONCEDING, concessions),
    (CAUSES, nominal_predicates),
    (SINCE_COMMA, since_clauses),
    (frozenset({"影响"}), affected_by),
    (AFTER_COMMA, following),
    (PREDICATE_ADJECTIVES, adjective_predicates),  # after the 由于/尽管 clauses: theirs are nominal
    (EARLY, news_early),  # before the 的 rules and the frames: 是…V的, 来自X的N, 当…时
    (HISTORY_ON, histories),  # before the 的 rules and the frames: its phrase moves whole, 在…上 framed
    (frozenset({"的"}), possessives),
    (frozenset(COUNTRY_OWNERS), country_owners),
    (frozenset({"的"}), of_modifiers),
    (HAVING, significance),  # after the 的 rules: the noun they moved before its modifier
    (frozenset({"：", ":"}), labels),
    (QUESTION_MARKS, questions),  # before the prepositions move: 对此 stays by its 有何
    (OPENERS, frames),
    (frozenset(POSTPOSED), prepositions),
    (JOURNEYS, journeys),  # after the frames: 在…新征程上 "on the new journey of …"
    (frozenset({INTENSITY}), step_up),  # after prepositions: its 对 phrase follows a noun, no verb
    (LATE, news_late),  # news: the report's source after what it reports, 已, 预计, 正在
    (None, subjectless),
    (None, enumerated_subjects),
    (None, verbs_after_prepositions),
    (frozenset({"邀请"}), invitation),
    (frozenset({"访问"}), visits),
    (frozenset(MEETINGS), held_talks),
    (WITH, with_partners),  # after held_talks (同X举行会谈) and clauses.partners (愿同X…)
    (COMPARED, compared_with),
    (frozenset({"将于", "将在"}), dates_last),
    (frozenset({"主持"}), conference_title),
    (frozenset({"：“", ":“"}), quoted_speech),
    (frozenset(THINKING), that_clauses),
    (frozenset(LIST_COMMA), list_and),
    (frozenset({"，"}), clauses.final_and),
    (FIGURES, figure_of),
    (frozenset({SESSION}), session_datelines),  # after frames: 在…上 is its own
    (None, echoes),
    (None, object_articles),
    (frozenset({"最"}), superlatives),  # (the superlatives' Chinese: 最大, 最高, 最长...)
)


#: The rules that run on every sentence (their indices in RULES).
_EVERY = frozenset(n for n, (words, _) in enumerate(RULES) if words is None)


#: The driver's own steps after the rules, each also run only on the sentences that hold one
#: of its words (numbered after RULES, found by the same automaton): copulas' complements and
#: the reporting order (full sentences only), and the articles of organisations' names and of
#: ordinals (统计局, 国务院, 委员会, 人民银行; 第二, 首届, 上半年 "the first half").
_COPULA, _SAYING, _ORGANISATION, _DEPARTMENT, _ORDINAL = range(len(RULES), len(RULES) + 5)
_STEPS: tuple[tuple[frozenset[str], int], ...] = (
    (COPULA_WORDS, _COPULA),
    (SAID, _SAYING),
    (frozenset({"局", "委", "院", "署", "厅", "大会", "协会", "学会", "商会", "银行", "中心", "基金", "组织"}),
     _ORGANISATION),
    (frozenset({"部"}), _DEPARTMENT),  # an organisation's but after 全内外分 (全部, 内部, 外部, 部分)
    (frozenset({"第", "首", "上半年", "下半年"}), _ORDINAL),
)
#: 部 after a character but 全内外分 (not at the sentence's start).
_DEPARTMENTS = re.compile("(?<=[^全内外分])部")


def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[frozenset[int]]]:
    """An Aho-Corasick automaton of every trigger word, and the indices of the rules (and
    steps) each of its words (by its number in the automaton) triggers."""
    rules: dict[str, set[int]] = {}
    for n, (words, _) in enumerate(RULES):
        for w in words or ():
            rules.setdefault(w, set()).add(n)
    for words, n in _STEPS:
        for w in words:
            rules.setdefault(w, set()).add(n)
    return ahocorasick_rs.AhoCorasick(list(rules), matchkind=ahocorasick_rs.MatchKind.Standard), [
        frozenset(found) for found in rules.values()]


#: Every trigger word, found in a sentence in one pass in native code (overlapping words too:
#: 持平 and 平均 in 持平均): a loop in Python over the sentence's characters and the words each
#: opens, and a regex search for each step's words, took ~15% of reorder.
_AUTOMATON, _RULES_OF = _automaton()
_FIND = _AUTOMATON.find_matches_as_indexes


def _triggered(zh: str) -> frozenset[int]:
    """The indices of the rules and steps `zh` holds a trigger word of (and of the rules run
    on every sentence)."""
    return _EVERY.union(*[_RULES_OF[w] for w, _, _ in _FIND(zh, overlapping=True)])


def reorder(units: list[Unit], lex: Lexicon, zh: str, section: str = "") -> Line:
    """The sentence's units in English order (`Line.units`), and the cut's order beside it;
    `zh` the sentence, where the trigger words are looked for; its verbs in the sentence's
    tense (`section`: the heading it stands under, pipeline.zh.tense)."""
    line = Line(units, lex)
    fired = _triggered(zh)
    for n in sorted(fired):  # the rules one of whose words the sentence holds, in their order
        if n >= _COPULA:
            break  # (the steps': below)
        RULES[n][1](line)
    if zh[-1:] in SENTENCE_ENDS:  # full sentences only: a heading keeps its verbs' base forms
        time = sentence_time([u.zh for u in units if u.kind != "space"] if CUES.search(zh) else [], section,
                             lex.pos, zh)
        if _COPULA in fired:
            copula_adjectives(line)
        verb_forms(line, time, report=bool(section))
        if _SAYING in fired:
            reporting_last(line)
    if _ORGANISATION in fired or (_DEPARTMENT in fired and _DEPARTMENTS.search(zh)):
        organisations(line)
    if _ORDINAL in fired:
        ordinals(line)
    return line
