"""Direct questions and the labels of press-conference transcripts: 你能否介绍…？ → "Can you
share ...?", 中方是否将出席？ → "Will China attend?", 发言人对此有何评论？ → "What comment does the
spokesperson have on this?", 问：/答： → "Q:"/"A:", 路透社记者： → "Reuters:" (the Foreign
Ministry's English transcripts of its regular press conferences, fmprc.gov.cn)."""

from __future__ import annotations

from pipeline.engines.gloss.order.line import Line

#: Modal verbs of asking whether someone can do a thing, and their English before the subject.
CAN = {"能否": "can", "可否": "can", "能不能": "can", "可不可以": "can", "是否能": "can", "是否可以": "can"}
#: 是否 before a verb: the auxiliary that opens the English question.
WHETHER = "是否"
#: Verbs whose English in a reporter's question differs from their dictionary gloss
#: (the transcripts: 你能否介绍… "Can you share ...", 能否证实 "confirm", 透露 "offer").
ASKING_VERBS = {"介绍": "share", "证实": "confirm", "透露": "offer", "谈谈": "talk about", "说明": "explain"}
#: The things asked for after 有何, in their English as nouns (the transcripts: 有何回应 "What's your
#: response", 有何期待 "expectations", 有何看法 "view"); the dictionary gives the verbs.
ASKED = {"回应": "response", "评价": "assessment", "期待": "expectations", "看法": "view", "考虑": "considerations",
         "期望": "expectations", "安排": "arrangements", "反应": "response"}
#: "What N" questions: 有何 N / 有什么 N, the N after them the thing asked for.
WHAT = frozenset({"有何", "有什么"})
#: A politeness word that opens a question and has no English in the transcripts (请问中方… "Does China ...").
PLEASE_ASK = frozenset({"请问"})
#: Labels that open a line of a transcript: the question and the answer.
LABELS = {"问": "Q", "答": "A"}
#: The questioner's label ends in 记者 ("reporter"), which the English leaves out (路透社记者： "Reuters:").
REPORTER = "记者"
#: The one a question is put to, "you" in English (请问发言人对此有何评论 "Do you have any comment?").
ADDRESSEES = frozenset({"发言人", "你", "您", "你们"})
#: Subjects that take "do" (not "does") and are singular in no English sense.
PLURAL_SUBJECTS = frozenset({"你", "你们", "我们", "各方", "双方"})
#: The topic of a question, in its English (发言人对此有何评论 "... have on this").
ON_THIS = {"对此": "on this", "对此事": "on this"}
#: Marks that end a question.
QUESTION_MARKS = frozenset("？?")
#: The triggers of the rules (one search of the sentence).
TRIGGERS = frozenset({*CAN, WHETHER, *WHAT, *PLEASE_ASK, *LABELS, REPORTER})


def labels(line: Line) -> None:
    """问：… → "Q: ...", 答：… → "A: ..."; a questioner's label 路透社记者： → "Reuters:"
    (its 记者 left out, when something names the outlet before it)."""
    first = line.next(-1)
    if first is None:
        return
    colon = line.clause_end(first)
    if colon >= len(line.units) or line.zh(colon) not in ("：", ":"):
        return
    if colon == line.next(first) and line.zh(first) in LABELS:
        line.set_en(first, LABELS[line.zh(first)])
        return
    last = line.prev(colon)
    if last is not None and last != first and line.units[last].kind == "word" and line.zh(last) == REPORTER:
        line.set_en(last, "")
        before = line.prev(last)
        if before is not None and line.zh(before) == "》" and line.zh(first) == "《":
            line.set_en(first, "")  # 《环球时报》记者： "Global Times:" (no quotes in a label)
            line.set_en(before, "")


def questions(line: Line) -> None:
    """Each clause that ends in a question mark in English question order: a modal of asking
    (能否, 是否) before its subject ("Can you share ...", "Does China ..."), 有何 N first ("What
    comment does ..."), 请问 left out."""
    units = line.units
    ends = [k for k in range(len(units)) if units[k].kind == "punct" and units[k].zh in QUESTION_MARKS]
    for end in reversed(ends):
        start = line.clause_start(end)
        if start < end and line.zh(start) in ("：", ":"):
            start += 1
        question(line, start, end)


def question(line: Line, start: int, end: int) -> None:
    """The question units[start:end]."""
    k = line.next(start - 1)
    if k is not None and k < end and line.units[k].kind == "word" and line.zh(k) in PLEASE_ASK:
        line.set_en(k, "")
    for j in range(start, end):
        u = line.units[j]
        if u.kind != "word":
            continue
        if u.zh in CAN or u.zh == WHETHER:
            invert(line, start, j, end)
            return
        if u.zh in WHAT:
            what(line, start, j, end)
            return


def subject_span(line: Line, start: int, k: int) -> tuple[int, int] | None:
    """The words before unit k that are its subject: nouns, pronouns and names only (no verb),
    after a dropped 请问; None if some other word stands there."""
    a = start
    while a < k and (line.units[a].kind == "space" or not line.units[a].en):
        a += 1
    words = [j for j in range(a, k) if line.units[j].kind != "space"]
    if not words or len(words) > 4:
        return (a, a) if not words else None
    if any(line.is_verb(j) or line.is_mark(j) for j in words):
        return None
    return a, k


def invert(line: Line, start: int, k: int, end: int) -> None:
    """能否/是否 at k: its English goes before the subject ("can you", "does China"), a verb
    of asking takes the transcripts' word."""
    span = subject_span(line, start, k)
    if span is None:
        return
    a, b = span
    verb = line.next(k)
    if verb is not None and verb < end and line.units[verb].kind == "word" and line.zh(verb) in ASKING_VERBS:
        line.set_en(verb, ASKING_VERBS[line.zh(verb)])
    if a == b:  # no subject: 能否介绍… "Can you share ..."
        line.set_en(k, CAN.get(line.zh(k), "do") + " you")
        return
    zh = line.zh(k)
    if zh in CAN:
        aux = CAN[zh]
    elif verb is not None and verb < end and line.zh(verb) in ("将", "会"):
        aux = "will"
        line.set_en(verb, "")
    elif verb is not None and verb < end and line.zh(verb) == "有":
        aux = "does" if b - a and line.zh(b - 1) not in PLURAL_SUBJECTS else "do"
        line.set_en(verb, "have")
    else:
        aux = "do" if any(line.zh(j) in PLURAL_SUBJECTS for j in range(a, b)) else "does"
    line.set_en(k, aux)
    line.move(k, k + 1, a)


def what(line: Line, start: int, k: int, end: int) -> None:
    """[subject][对此][有何][N]？ → "What N does SUBJECT have on this?": the subject only
    when it is nouns or pronouns (otherwise "What N ..." first and the rest in its order)."""
    noun = line.next(k)
    if noun is None or noun >= end or line.units[noun].kind != "word" or line.is_mark(noun):
        return
    b = first_preposition(line, start, k)
    span = subject_span(line, start, b)
    line.set_en(k, "what")
    if line.zh(noun) in ASKED:
        line.set_en(noun, ASKED[line.zh(noun)])
    for j in range(b, k):
        if line.units[j].kind == "word" and line.zh(j) in ON_THIS:
            line.set_en(j, ON_THIS[line.zh(j)])
    if span is None:
        line.move(k, noun + 1, start)  # "What comment ..."
        return
    a, b = span
    n = noun + 1 - k
    if b - a == 1 and line.zh(a) in ADDRESSEES:
        line.set_en(a, "you")
    plural = a == b or any(line.zh(j) in PLURAL_SUBJECTS | ADDRESSEES for j in range(a, b))
    line.move(k, noun + 1, a)  # what N, subject, 对此, ...
    if a == b:  # no subject: 对此有何评论 "What comment do you have on this?"
        line.add(a + n, "do you")
    else:
        line.add(a + n, "do" if plural else "does")
    line.add(a + n + 1 + (b - a), "have")


def first_preposition(line: Line, start: int, k: int) -> int:
    """The first preposition (对, 就, 对于) or adverb before unit k, else k: the subject stands before it."""
    for j in range(start, k):
        if line.units[j].kind == "word" and (line.tag(j) in ("p", "d") or line.zh(j) in ON_THIS):
            return j
    return k
