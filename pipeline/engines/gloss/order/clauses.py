"""Clause-level constructions English says otherwise: a verb's result complement
(提高到84元 "increased to 84 yuan", 从50元提高到84元 "increased from 50 yuan to 84 yuan"),
existential 有/没有 (没有捷径 "there is no shortcut"), and the dummy verbs 进行/加以/予以 before a
verbal noun (对X进行调整 "adjust X", Li & Thompson, Mandarin Chinese, ch. 11 and 17).
"""

from __future__ import annotations

from pipeline.engines.gloss.order.english import PARTICIPLE, adjective, gerund, head_verb, inflected, is_verb_form
from pipeline.engines.gloss.order.line import CLAUSE_MARKS, Line
from pipeline.engines.gloss.order.subjects import verbal_term
from pipeline.engines.gloss.units import Unit
from pipeline.zh.lexicon import VERB_TAGS

#: Result complements of direction after a verb, "to" in English (Li & Thompson, ch. 3
#: "resultative verb compounds": 提高到 "raise to", 扩大到 "expand to").
TO_COMPLEMENTS = frozenset({"到", "至"})
#: Verbs of perceiving whose 到 marks only success (注意到 "noticed", 了解到 "learned"):
#: the verb's English alone.
PERCEIVED = {"注意": "notice", "了解": "learn", "意识": "realize", "认识": "realize", "看": "see",
             "听": "hear", "感受": "feel", "感觉": "feel", "找": "find", "想": "think of",
             "觉察": "notice", "察觉": "notice", "体会": "feel", "认识到": "realize"}
#: Openers of the starting point of a change (从50元提高到84元; 由93.8%提高到95.5%).
FROM = frozenset({"从", "由"})
#: Change verbs that, with a figure from and to, read intransitive after a thing
#: (GWR English: 常住人口城镇化率从…提高到… "the urbanization rate ... rose from ... to ...";
#: with an object (把/将 X) the verb keeps its transitive English).
RISE = {"提高": "increase", "提升": "increase", "增加": "increase", "增长": "increase", "上升": "rise",
        "上涨": "rise", "扩大": "expand", "降低": "decrease", "下降": "decrease", "减少": "decrease",
        "缩小": "narrow", "缩短": "shorten", "下调": "decrease", "上调": "increase", "回落": "fall",
        "攀升": "climb"}
OBJECT_MARKERS = frozenset({"把", "将"})


def result_complements(line: Line) -> None:
    """提高到84元 "raise reach 84 yuan" → "raise to 84 yuan"; 从50元提高到84元 → "increase
    from 50 yuan to 84 yuan" (the verb before its starting point); 从X到Y without a verb
    between → "from X to Y"; 注意到 → "note" (the complement of perception unsaid)."""
    for k in range(len(line) - 1, -1, -1):  # 降到 cut as one word: "drop reach" → "drop to"
        u = line.units[k]
        if u.kind == "word" and len(u.zh) == 2 and u.zh[1] == "到" and u.en.endswith(" reach"):
            line.set_en(k, u.en[: -len("reach")] + "to")
            opener = from_opener(line, k)
            if opener is not None:
                line.set_en(opener, "from")
                line.move(k, k + 1, opener)
    for k in line.find(TO_COMPLEMENTS):
        verb, after = line.prev(k), line.next(k)
        if verb is not None and line.units[verb].kind == "word" and line.zh(verb) in PERCEIVED:
            line.set_en(verb, PERCEIVED[line.zh(verb)])
            line.set_en(k, "")
            continue
        if verb is None or after is None or line.ends_clause(after):
            continue
        opener = from_opener(line, verb if line.is_verb(verb) else k)
        if line.is_verb(verb) and line.zh(verb) not in TO_COMPLEMENTS:
            line.set_en(k, "to")
            if opener is not None:
                if line.zh(opener) == "由":
                    line.set_en(opener, "from")
                if line.zh(verb) in RISE and not any(
                        line.zh(j) in OBJECT_MARKERS for j in range(line.clause_start(opener), opener)):
                    line.set_en(verb, RISE[line.zh(verb)])
                line.move(verb, verb + 1, opener)  # the verb before "from"
        elif opener is not None and line.zh(k) == "到":
            line.set_en(k, "to")  # 从雅安到康定 "from Ya'an to Kangding"


def from_opener(line: Line, k: int) -> int | None:
    """The 从/由 that opens the starting point of the change at k: in k's clause, before k,
    with no verb between it and k (None if there is none)."""
    start = line.clause_start(k)
    for j in range(k - 1, start - 1, -1):
        u = line.units[j]
        if u.kind == "word" and u.zh in FROM:
            return j if j + 1 < k else None
        if line.is_verb(j) or (u.kind == "punct" and u.zh not in ("、",)):
            return None
    return None


def complement_verb(line: Line, a: int, b: int) -> int | None:
    """The verb of a result complement among units[a:b]: a verb before 到/至 (提升|到), or one
    word of a verb and 至 (降至 "drop to", a word jieba's dictionary has no tag for)."""
    for j in range(a, b):
        u = line.units[j]
        if u.kind != "word":
            continue
        if len(u.zh) == 2 and u.zh[1] in TO_COMPLEMENTS and u.en.endswith(" to"):
            return j
        if u.zh in TO_COMPLEMENTS and j > a and line.is_verb(j - 1):
            return j - 1
    return None


#: Existential verbs (Li & Thompson, ch. 17 "existential sentences"): 有 "there is", 没有 "there
#: is no"; before a noun and a verb of its own, 有 introduces an indefinite subject (有消息称
#: "some reports said"), 没有 negates it ("no ...").
EXISTENTIALS = {"有": ("there is", "some"), "没有": ("there is no", "no"), "仍有": ("there is still", "some"),
                "也有": ("there is also", "some"), "还没有": ("there is still no", "no"),
                "共有": ("there is a total of", "a total of"), "尚无": ("there is still no", "no")}
#: jieba tags of a word that may stand before the existential in its clause (adverbs: 还有,
#: 仍有; 就没有), with nothing else: then the clause has no subject of its own.
ADVERB_TAGS = frozenset({"d", "ad", "c"})


def existentials(line: Line) -> None:
    """没有捷径 "not have shortcut" → "there is no shortcut": 有/没有 opening its clause (after
    adverbs at most) and followed by a noun; "there are" before a plural; before a noun
    phrase and a verb of its own, 有 "some" (有旅客违规… "some passengers ...")."""
    for k in line.find(frozenset(EXISTENTIALS)):
        start = line.clause_start(k)
        if any(line.units[j].kind not in ("space",) and not (line.units[j].kind == "word" and line.tag(j) in
               ADVERB_TAGS) for j in range(start, k)):
            continue  # a subject of its own: 我们有信心 "we have confidence"
        noun = line.next(k)
        if noun is None or not line.is_noun(noun) or line.quoted(k):
            continue
        end = line.clause_end(k)
        verb = next((j for j in range(noun + 1, end) if line.is_verb(j)), None)
        there, some = EXISTENTIALS[line.zh(k)]
        if verb is not None:
            line.set_en(k, some)
        else:
            line.set_en(k, there.replace(" is", " are", 1) if counted(line, noun, end) else there)


def counted(line: Line, a: int, b: int) -> bool:
    """Whether the noun phrase units[a:b] is plural: a count of more than one first, or a
    last word in -s."""
    first = line.units[a]
    if first.kind == "num" and first.en[:1].isdigit() and first.en.split(" ", 1)[0] not in ("1", "one"):
        return True
    last = line.prev(b)
    word = line.units[last].en.rsplit(" ", 1)[-1] if last is not None else ""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


#: Dummy verbs before a verbal noun (对草案进行审议 "deliberate the draft"; 加以解决 "solve";
#: 予以支持 "support"): English says the verbal noun's verb alone (Li & Thompson, ch. 11).
DUMMY_VERBS = frozenset({"进行", "加以", "予以", "给予", "作出", "做出"})
#: Of these, those whose English stays when no verbal noun follows (作出贡献 "make contributions").
LIGHT_ONLY = frozenset({"给予", "作出", "做出"})
#: Prepositions that mark the dummy verb's object before it (对X进行审议, 就X进行讨论).
OBJECT_PREPOSITIONS = frozenset({"对", "就", "对于"})
#: Modal verbs that stay before the verb when its object moves after it.
MODAL_WORDS = frozenset({"要", "应", "应当", "应该", "必须", "将", "会", "可", "可以", "能", "能够", "需要", "须",
                         "愿", "愿意", "继续"})


def dummy_verbs(line: Line) -> None:
    """对立法法修正草案进行了审议 "for the draft carry out deliberate" → "deliberate the draft":
    the dummy verb says nothing, the verbal noun after it is the verb, and the object marked by
    对/就 before it follows it."""
    for k in range(len(line) - 1, -1, -1):  # 加以解决 cut as one word: its verb alone
        u = line.units[k]
        if u.kind == "word" and len(u.zh) > 2 and u.zh[:2] in DUMMY_VERBS and line.lex.pos(u.zh[2:]) in VERB_TAGS:
            line.set_en(k, line.lex.verb_sense(u.zh[2:]))
            object_after(line, k, k)
    for k in line.find(DUMMY_VERBS):
        j = line.next(k)
        while j is not None and line.units[j].kind == "word" and not line.units[j].en:
            j = line.next(j)  # 进行了: 了 has no English
        if j is None or line.units[j].kind != "word" or not line.is_verb(j) or line.zh(j) in DUMMY_VERBS:
            continue
        if line.zh(k) in LIGHT_ONLY and line.tag(j) != "vn":
            continue
        nxt = line.next(j)
        if nxt is not None and line.zh(nxt) == "的":
            continue  # 进行审议的草案: a modifier
        line.set_en(j, line.lex.verb_sense(line.zh(j)) or line.units[j].en)
        line.set_en(k, "")
        object_after(line, k, j)


def object_after(line: Line, k: int, verb: int) -> None:
    """The phrase of the 对/就 before the dummy verb at k moved after the verb (at `verb`),
    without 对/就; the modals and adverbs before the dummy verb stay before the verb
    (对…要及时加以解决 "must promptly solve ...")."""
    marker = object_marker(line, k)
    if marker is None:
        return
    end = k
    while (p := line.prev(end)) is not None and p > marker + 1 and line.units[p].kind == "word" and (
            line.tag(p) in ADVERB_TAGS or line.zh(p) in MODAL_WORDS):
        end = p
    line.set_en(marker, "")
    line.move(marker, end, verb + 1)


def object_marker(line: Line, k: int) -> int | None:
    """The 对/就 before the dummy verb at k in its clause, with its phrase between."""
    for j in range(k - 1, line.clause_start(k) - 1, -1):
        u = line.units[j]
        if u.kind == "word" and u.zh in OBJECT_PREPOSITIONS:
            return j if j + 1 < k else None
        if u.kind == "punct" and u.zh in CLAUSE_MARKS:
            return None
    return None


#: 为 (wèi) "for": verbs of giving and contributing whose beneficiary 为 marks before them (为X
#: 提供Y "provide Y for X", 为X作出贡献 "make contributions to X"; Li & Thompson, ch. 9
#: "benefactive"); a verb of the clause opening so (提供了, 作出新的贡献) counts.
BENEFACTIVE = ("提供", "注入", "作出", "做出", "贡献", "奠定", "夯实", "带来", "汇聚", "创造", "营造", "开辟",
               "搭建", "打造", "增添", "凝聚", "开启", "书写", "减负", "发挥", "积累", "积蓄", "铺就", "赋能",
               "构筑", "筑牢", "提供了", "谋", "献", "指明")
#: Verbs after which 为 is their complement (认定为, 成为): "as"/"into", no preposition of its own.
FOR = "为"
#: Verbs of contributing, whose beneficiary takes "to" (为X作出贡献 "make contributions to X").
CONTRIBUTE = ("作出", "做出", "贡献")
#: Pronouns after a preposition (为我们 "for us").
OBJECT_PRONOUNS = {"我们": "us", "他们": "them", "我": "me", "他": "him", "她": "her", "咱们": "us"}
PURPOSE_END = "而"


def benefactive(line: Line) -> None:
    """为经济平稳运行提供有力支撑 "as economic ... provide powerful support" → "provide powerful
    support for ...": 为 and its phrase after the verb's phrase (a verb of giving, BENEFACTIVE);
    为实现X而奋斗 → "strive to achieve X" (为…而 after the verb it serves); 为X， opening a
    clause with a verb → "To X,"."""
    for k in line.find(frozenset({FOR})):
        before = line.prev(k)
        if before is not None and line.units[before].kind == "word" and (
                line.is_verb(before) and line.zh(before) not in MODAL_WORDS):
            continue  # 认定为, 称为: the verb's complement
        start, end = line.clause_start(k), line.clause_end(k)
        if any(line.zh(j) == "以" for j in range(start, k)):
            continue  # 以X为Y
        then = next((j for j in range(k + 2, end) if line.zh(j) == PURPOSE_END and line.units[j].kind == "word"), None)
        if then is not None and line.next(then) is not None and line.is_verb(line.next(then) or 0):
            line.set_en(k, "to" if line.is_verb(k + 1) else "for")
            line.set_en(then, "")
            line.move(k, then + 1, end)  # 为实现X而奋斗: "strive to achieve X"
            continue
        verb = next((j for j in range(k + 2, end) if line.units[j].zh.startswith(BENEFACTIVE)), None)
        if verb is None:
            if before is None or line.ends_clause(before):  # 为X，… opening its clause
                nxt = line.next(k)
                if nxt is not None and (line.is_verb(nxt) or verbal_term(line, nxt)) and end < len(line) \
                        and line.zh(end) == "，":
                    line.set_en(k, "to")
            continue
        if line.quoted(k):
            continue
        to = line.zh(verb).startswith(CONTRIBUTE)
        line.set_en(k, "to" if to else "for")
        nxt = line.next(k)
        if to and nxt is not None and line.units[nxt].kind == "word" and line.is_verb(nxt):
            line.set_en(nxt, gerund(line.units[nxt].en))  # "contributions to improving ..."
        elif nxt is not None and line.zh(nxt) in OBJECT_PRONOUNS:
            after = line.next(nxt)
            verbal = after is not None and after < verb and line.is_verb(after)
            line.set_en(nxt, OBJECT_PRONOUNS[line.zh(nxt)] + (" to" if verbal else ""))  # "for us to do ..."
        line.move(k, verb, end)


#: Modals whose clause may end in adjectives: the copula English needs (稳健的货币政策要精准有力
#: "the prudent monetary policy should be targeted and forceful", GWR English).
BE_MODALS = frozenset({"要", "应", "应当", "应该", "必须", "需要", "更要"})
#: Most units the adjectives after such a modal run over.
ADJECTIVES_SPAN = 6
#: Adverbs of degree, which modify the adjective after them ("more solid", not "more and solid").
DEGREE = frozenset({"more", "most", "very", "even", "further", "still", "quite", "fully"})


def modal_adjectives(line: Line) -> None:
    """稳健的货币政策要精准有力。 "must precisely powerful" → "must be precise and powerful": a
    modal whose clause ends in adjectives (no verb among them) takes "be", the adverbs their
    adjectives, two joined by "and"."""
    for k in line.find(BE_MODALS):
        nxt = line.next(k)
        if nxt is None or line.units[nxt].kind != "word" or not (
                line.tag(nxt) in ("a", "ad", "d", "an") or line.units[nxt].en.endswith("ly")):
            continue  # the cheap test first: 要 before a verb is the common case
        end = line.clause_end(k)
        words = [j for j in range(k + 1, end) if line.units[j].kind != "space"]
        if not words or len(words) > ADJECTIVES_SPAN or any(
                line.units[j].kind != "word" or (line.is_verb(j) and line.tag(j) != "a")
                or (line.tag(j) in ("n", "vn", "r", "m", "p") and not line.units[j].en.endswith("ful"))
                for j in words if line.zh(j) not in ("、", "和")):
            continue
        groups: list[list[str]] = [[]]  # the adjectives between 、 (灵活适度、精准有效)
        for j in words:
            if line.zh(j) in ("、", "和"):
                groups.append([])
            else:
                groups[-1] += [adjective(w) if w.endswith("ly") else w for w in line.units[j].en.split(" ")]
        if not all(groups) or not any(line.tag(j) in ("a", "ad", "d", "an") or line.units[j].en.endswith("ly")
                                      for j in words):
            continue
        line.set_en(k, line.units[k].en + " be")
        line.set_en(words[0], ", ".join(" and ".join(g) if len(g) == 2 and g[0] not in DEGREE else " ".join(g)
                                        for g in groups))
        for j in words[1:]:
            line.set_en(j, "")


#: Adverbs and auxiliaries before a verb that English leaves unsaid: 就 "then" of a result
#: (社会就充满活力 "society will be full of vitality"), 来 of a purpose or means (由企业来评价
#: "evaluated by businesses", 用X来计算 "calculate with X"; Li & Thompson, ch. 20 and 8).
LIGHT = {"就": "on", "来": "come"}
#: jieba tags of a predicate after them besides verbs: adjectives, adverbs, idioms, and the
#: untagged phrases the lexicon joins (充满活力, 繁荣兴旺).
PREDICATE_TAGS = frozenset({"a", "ad", "d", "i", "l", ""})


def light_words(line: Line) -> None:
    """就/来 before a verb or adjective: no English (not "on", "come")."""
    for k in line.find(frozenset(LIGHT)):
        if line.units[k].en != LIGHT[line.zh(k)]:
            continue  # a rule gave it other English (五年来 "over the past five years")
        nxt, before = line.next(k), line.prev(k)
        if nxt is None or before is None or line.units[nxt].kind != "word" or line.ends_clause(before):
            continue
        if line.zh(k) == "来" and (line.is_verb(before) or line.units[before].kind in ("num", "place")
                                   or line.tag(before).startswith("ns")):
            continue  # 回来, 带来: a verb's complement; 9年来: a span; 从北京来: coming
        verbal = line.is_verb(nxt) or (line.zh(k) == "来" and bool(head_verb(line.units[nxt].en)))
        if not (verbal or line.tag(nxt) in PREDICATE_TAGS):
            continue
        end = line.clause_end(k)
        if line.zh(k) == "就" and any(line.is_verb(j) for j in range(nxt + 1, end)):
            continue  # 就推进合作达成共识: "on" a topic, the verb after it
        line.set_en(k, "")


#: The result complement 好 "well, properly" after a verb (处理好 "handle", 落实好 "implement"):
#: English says the verb alone (GWR English: 处理好…关系 "handle ... relationships").
GOOD = "好"
#: Verbs of receiving before a verb that make it passive (得到巩固 "be consolidated", 受到表彰 "be
#: honored"; Li & Thompson, ch. 16 "passive").
PASSIVE_GET = frozenset({"得到", "受到", "获得", "遭到", "遭受"})


def good_complements(line: Line) -> None:
    """解决好住房问题 "solve good housing issue" → "solve housing issue": 好 after a verb, or a
    word of a verb and 好 whose English ends in "good", has no English of its own."""
    for k, u in enumerate(line.units):
        if u.kind != "word" or not u.en.endswith("good") or GOOD not in u.zh:
            continue
        if u.zh == GOOD:
            before = line.prev(k)
            if before is not None and line.units[before].kind == "word" and line.is_verb(before) \
                    and line.units[before].en:
                line.set_en(k, "")
        elif len(u.zh) == 3 and u.zh.endswith(GOOD) and u.en.endswith(" good") and line.lex.pos(u.zh[:2]) in VERB_TAGS:
            line.set_en(k, u.en[: -len(" good")])  # 用得好 cut as one word


def passive_get(line: Line) -> None:
    """成果得到巩固 "achievements be consolidate" → "achievements be consolidated": a verb after
    得到/受到 (whose English is "be" or "receive") in its participle, at the end of its clause."""
    for k in line.find(PASSIVE_GET):
        j = line.next(k)
        adverb = None
        if j is not None and line.units[j].kind == "word" and line.tag(j) in ("a", "ad", "d") and len(line.zh(j)) > 1:
            adverb, j = j, line.next(j)  # 得到全面加强 "be comprehensively strengthened"
        if j is None or line.units[j].kind != "word" or not line.is_verb(j):
            continue
        verbs = [j]
        after = line.next(j)
        if after is not None and line.zh(after) in ("和", "与", "并") and (second := line.next(after)) is not None \
                and line.units[second].kind == "word" and line.tag(second) in VERB_TAGS | {"n"}:
            verbs.append(second)  # 得到巩固和发展 "be consolidated and developed"
            after = line.next(second)
        english = [line.lex.verb_sense(line.zh(v)) for v in verbs]
        if (after is not None and not line.ends_clause(after)) or not all(map(head_verb, english)):
            continue  # 得到…的支持: an object of its own
        line.set_en(k, "be")
        if adverb is not None:
            line.set_en(adverb, line.lex.adverb(line.zh(adverb)) or line.units[adverb].en)
        for v, en in zip(verbs, english, strict=True):
            line.set_en(v, inflected(en, PARTICIPLE))


#: 与/同/跟 as the preposition "with" of a partner, after a modal or adverb (愿同各国分享 "share
#: ... with all countries", 将与X一道 "together with X"; Li & Thompson, ch. 11 "coverbs").
PARTNER = frozenset({"与", "同", "跟"})
#: Words before the partner's phrase that make 与 a preposition, not "and" between nouns.
PARTNER_AFTER = frozenset({"愿", "愿意", "希望", "继续", "将", "要", "应", "积极", "还", "也", "都", "正",
                           "一直", "始终", "可以", "能", "会", "乐意", "期待", "准备", "主动"})
#: Adverbs of togetherness closing the partner's phrase (与X一道 "together with X").
TOGETHER = frozenset({"一道", "一起", "共同", "携手"})
#: Words after which 与X is a comparison or a relation, not a partner (与X有关 "related to X").
RELATIONS = ("有关", "相关", "无关", "相同", "不同", "一致", "相比", "相结合", "相衔接", "相适应", "相协调",
             "相统一", "有机结合", "紧密结合", "持平", "相当", "对接")


def partners(line: Line) -> None:
    """中方愿同各国分享中国发展机遇 "China hopes with all countries share ..." → "... share
    China's development opportunities with all countries": the partner's phrase after the verb's
    phrase; 一道/一起 closing it says "together with"."""
    for k in line.find(PARTNER):
        before = line.prev(k)
        if before is None or line.units[before].kind != "word" or line.zh(before) not in PARTNER_AFTER:
            continue
        end = line.clause_end(k)
        if any(line.zh(j).startswith(RELATIONS) for j in range(k + 1, end)):
            continue
        j = next((j for j in range(k + 2, end) if line.zh(j) in TOGETHER or line.is_verb(j)
                  or (line.zh(j)[:2] in TOGETHER and line.units[j].kind == "word")), None)  # 共同努力
        if j is None or line.quoted(k):
            continue
        if line.zh(j) in TOGETHER:
            line.set_en(j, "")
            line.set_en(k, "together with")
            verb = line.next(j)
            if verb is not None and verb < end and line.is_verb(verb):
                line.move(k, j + 1, end)
            continue
        line.set_en(k, "with")
        line.move(k, j, end)


#: Words opening a clause that is no predicate of a series: connectives, prepositions and
#: openers of adverbial clauses (the comma after them closes a phrase, not a predicate).
NOT_SERIES = frozenset({"在", "于", "面对", "随着", "为", "为了", "对", "对于", "根据", "按照", "截至", "据", "通过",
                        "围绕", "针对", "经过", "自", "从", "当", "如果", "虽然", "尽管", "只要", "因为", "由于",
                        "但", "但是", "而", "并", "并且", "同时", "也", "还", "所以", "因此", "从而", "进而", "以",
                        "使", "让", "即", "特别是", "尤其是", "其中", "以及", "和", "与", "及", "或", "又", "既",
                        "不仅", "而且", "更", "则", "就", "才", "都", "即使", "无论", "不管", "除了", "像", "如",
                        "要", "必须", "应", "应当", "据悉", "据了解", "此外", "另外", "首先", "其次", "最后",
                        "目前", "如今", "今年", "去年", "明年", "近年来", "同比", "环比", "高于", "低于", "较",
                        "比", "达到", "占", "约", "超过", "增长", "下降", "上涨", "回落"})


def final_and(line: Line) -> None:
    """A sentence of predicates in a series, each opening its clause with a verb (落实…，加强…，
    推进…。), takes "and" before the last ("..., strengthen ..., and advance ...", as the
    official English joins them): only when the last two clauses open with a verb and the
    sentence ends in 。 or ；."""
    units = line.units
    last = len(units) - 1
    while last >= 0 and units[last].kind == "space":
        last -= 1
    if last < 0 or units[last].zh not in ("。", "；"):
        return
    comma = _mark_before(units, last)  # the last clause's comma, then the one before it
    if comma is None or units[comma].zh != "，" or series_verb(line, comma + 1, last) is None:
        return  # most sentences end otherwise: the cheap test first
    before = _mark_before(units, comma)
    previous = 0 if before is None else before + 1
    if (before is not None and units[before].zh != "，") or series_verb(line, previous, comma) is None \
            or line.quoted(last):
        return
    line.add(comma + 1, "and")


def _mark_before(units: list[Unit], k: int) -> int | None:
    """Index of the nearest clause mark before k (None at the sentence's start)."""
    for j in range(k - 1, -1, -1):
        if units[j].kind == "punct" and units[j].zh in CLAUSE_MARKS:
            return j
    return None


def series_verb(line: Line, a: int, b: int) -> int | None:
    """The verb opening the clause units[a:b] (after adverbs; a word "we" the rules added
    before it), None when the clause opens otherwise."""
    j: int | None = a
    while j is not None and j < b and (line.units[j].kind in ("space", "enum") or (
            line.units[j].kind == "word" and (not line.units[j].zh or line.tag(j) in ("d", "ad"))
            and line.zh(j) not in NOT_SERIES)):
        j = line.next(j)  # adverbs, an enumerator (三是), the added "we"
    if j is None or j >= b or line.zh(j) in NOT_SERIES:
        return None
    u = line.units[j]
    if u.kind == "word" and line.is_verb(j):
        return j if head_verb(u.en) else None
    phrase = u.kind == "term" or (u.kind == "word" and u.zh in line.lex.phrases)  # 持续改善营商环境
    first = u.en.split(" ", 1)[0]
    verbal = bool(head_verb(u.en)) or (is_verb_form(first) and not first.endswith("ing"))  # deepen, deepened
    return j if phrase and u.en[:1].islower() and verbal else None


#: The pseudo-cleft 的是 after a verb (我们面对的是X "what we faced was X"): English says the verb
#: and its object (GWR 2019 English: "China faced severe challenges ...").
CLEFT = "的是"
#: Most units the subject before the verb of a pseudo-cleft runs over.
CLEFT_SUBJECT = 3


def pseudo_clefts(line: Line) -> None:
    """我们面对的是深刻变化的外部环境 "we face was ..." → "we face(d) ...": 的是 after a verb that
    follows the clause's subject (a few nouns or a pronoun) has no English; the verb is the
    clause's predicate."""
    for k in line.find(frozenset({"是"})):
        de = line.prev(k)
        verb = line.prev(de) if de is not None else None
        if de is None or verb is None or line.zh(de) != "的" or line.units[verb].kind != "word" \
                or line.tag(verb) != "v" or not head_verb(line.units[verb].en):
            continue
        start = line.clause_start(verb)
        subject = [j for j in range(start, verb) if line.units[j].kind != "space"]
        if len(subject) > CLEFT_SUBJECT or not all(line.is_noun(j) or line.tag(j) == "r" for j in subject):
            continue
        after = line.next(k)
        if after is None or line.ends_clause(after):
            continue
        line.set_en(k, "")
