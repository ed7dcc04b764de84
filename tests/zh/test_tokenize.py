"""segment: sentence boundaries and ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages.segment import sentence_spans


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("一是项目建设提速推进。安排经费2000万元。", ["一是项目建设提速推进。", "安排经费2000万元。"]),
        ("他说：“我们要加油！”然后离开了。", ["他说：“我们要加油！”", "然后离开了。"]),
        ("真的吗?是的!好", ["真的吗?", "是的!", "好"]),
        ("做好三件事：一是稳就业；二是保民生；三是促发展。",
         ["做好三件事：一是稳就业；", "二是保民生；", "三是促发展。"]),
        ("坚持稳中求进；以进促稳。", ["坚持稳中求进；以进促稳。"]),  # ； not before an item: no cut
        ("省外到位资金增长22%……力争更好", ["省外到位资金增长22%……", "力争更好"]),
        ("资助资金物资113.38", ["资助资金物资113.38"]),  # a decimal point is no sentence end
    ],
)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


_ROOT = Path(__file__).resolve().parents[2]


def jieba_reference(terms: list[str]) -> object:
    """What pipeline's Tokenizer promises, built from jieba's own Python: its dictionary, each
    term of two or more characters added at TERM_FREQ, and its total count put back."""
    import logging

    import jieba

    from pipeline.zh.tokenize import TERM_FREQ

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    total = tok.total
    for t in terms:
        if len(t) > 1:
            tok.add_word(t, TERM_FREQ)
    tok.total = total
    return tok


@pytest.fixture(scope="module")
def shipped_terms() -> list[str]:
    from pipeline.glossary import default_paths, load_glossary

    return list(load_glossary(default_paths()).index)


@pytest.fixture(scope="module")
def tokenizer(shipped_terms: list[str]) -> object:
    from pipeline.zh.tokenize import Tokenizer

    return Tokenizer(shipped_terms)


@pytest.fixture(scope="module")
def reference(shipped_terms: list[str]) -> object:
    return jieba_reference(shipped_terms)


_NEWS = sorted((_ROOT / "tests" / "data" / "corpus").glob("*.zh.txt"))
_PAGES = sorted(_ROOT.glob("input/*.txt")) + sorted(
    p for p in (_ROOT / "tests" / "data").rglob("*.zh.txt") if p not in _NEWS)


@pytest.mark.parametrize(
    "text",
    # the repository's pages, and edge cases of jieba.cut's block splitting:
    # "\r\n" is one token, spaces and ASCII punctuation single ones, "..." inside a han block
    [p.read_text(encoding="utf-8") for p in _PAGES]
    + ["abc...def 1.5万元\r\n测试 ", "", " ", "\r\n\r\n", "——", "我爱北京天安门ABC123",
       "西和县长道镇宁家村", "王俊强说：“千万工程”！", "一二三四五六七八九十百千万亿",
       "创建国家4A级景区，实施500万元以上投资项目", "千万工程千万工程三城五地",
       # joined ASCII runs: one word to jieba-rs, split by jieba (tokenize._ascii_as_jieba)
       "新闻联播 2024-03-05，COVID-19疫情、版本v1.2-beta、Wi-Fi、x_y-z、3.14.15、a%b、C++、AT&T、5G+"],
)
def test_cut_gives_jiebas_words_with_the_glossary(tokenizer: object, reference: object, text: str) -> None:
    assert_jiebas_words(tokenizer, reference, text)
    spans = tokenizer.spans(text)  # type: ignore[attr-defined]
    assert [text[a:b] for a, b in spans] == tokenizer.cut(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", _NEWS, ids=[p.name for p in _NEWS])
def test_news_corpus_cut_as_jieba(tokenizer: object, reference: object, path: Path) -> None:
    assert_jiebas_words(tokenizer, reference, path.read_text(encoding="utf-8"))


def assert_jiebas_words(tokenizer: object, reference: object, text: str) -> None:
    """The words are jieba's (terms at TERM_FREQ, total put back), except where jieba split a
    dictionary word to free a glossary term inside it: there the same characters are fewer
    tokens, each a dictionary word or a term; or jieba left the term out (it would have
    stranded a character of a word: 四强|化, 万|人大|礼堂) and the words hold no term, no more
    of them than jieba's with the term (see pipeline.zh.tokenize)."""
    import difflib

    ours, ref = tokenizer.cut(text), list(reference.cut(text, HMM=True))  # type: ignore[attr-defined]
    assert "".join(ours) == text
    terms = tokenizer.terms  # type: ignore[attr-defined]
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=ref, b=ours, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        theirs, mine = ref[a1:a2], ours[b1:b2]
        assert "".join(theirs) == "".join(mine), (theirs, mine)
        assert len(mine) <= len(theirs) and any(w in terms for w in theirs), (theirs, mine)
        if any(w in terms for w in mine):  # a dictionary word kept whole around a term
            assert len(mine) < len(theirs), (theirs, mine)
            assert all(tokenizer.known(w) for w in mine), (theirs, mine)  # type: ignore[attr-defined]


def test_the_edge_cases_are_cut_exactly_as_jieba(tokenizer: object, reference: object) -> None:
    for text in ["abc...def 1.5万元\r\n测试 ", "\r\n\r\n", "我爱北京天安门ABC123", "西和县长道镇宁家村",
                 "新闻联播 2024-03-05，COVID-19疫情、版本v1.2-beta、Wi-Fi、x_y-z、3.14.15、a%b、C++、AT&T、5G+"]:
        assert tokenizer.cut(text) == list(reference.cut(text, HMM=True))  # type: ignore[attr-defined]


def test_a_dictionary_word_keeps_the_term_inside_it(tokenizer: object) -> None:
    cut = tokenizer.cut  # type: ignore[attr-defined]
    assert "中央委员会" in cut("党的第二十届中央委员会第三次全体会议")  # 中央 is a term
    assert "人民政协" in cut("新时代人民政协事业")  # 政协 is a term
    assert "千万工程" in cut("深入推进千万工程建设")  # a term still wins over 工程建设


@pytest.mark.parametrize(
    "terms, text, word, no_term",
    [
        # 四强 (Gansu's 四强行动) is no term inside 四强化 "the four strengthenings": jieba cuts 四|强化
        (["四强", "四强行动"], "全面落实“四强化”要求，强化政治引领、强化组织保障。", "强化", "四强"),
        (["四强", "四强行动"], "深入推进四强化建设", "强化", "四强"),
        # a term inside 加强 + the next word (xwlb 2024-03-05: 加强科技创新和产业创新深度融合)
        (["强科技", "强工业"], "加强科技创新和产业创新深度融合", "加强", "强科技"),
        (["强科技", "强工业"], "加强工业园区基础设施建设", "加强", "强工业"),
        # a term at the head of a longer dictionary word (xwlb 2021-02-25: 脱贫攻坚战取得了全面胜利)
        (["脱贫攻坚"], "我国脱贫攻坚战取得了全面胜利", "攻坚战", "脱贫攻坚"),
        # xwlb 2022-03-07: 专项债务余额限额; 极大提升 (xwlb 2021-07-01)
        (["专项债"], "地方政府专项债务余额限额", "债务", "专项债"),
        (["大提升"], "极大提升了中国的综合国力", "极大", "大提升"),
        # 人大 in 万人大礼堂 (xwlb 2022-10-16: 万人大礼堂气氛热烈)
        (["人大"], "人民大会堂万人大礼堂气氛热烈", "大礼堂", "人大"),
    ],
)
def test_a_term_does_not_break_a_longer_word(terms: list[str], text: str, word: str,
                                             no_term: str) -> None:
    from pipeline.zh.tokenize import Tokenizer

    cut = Tokenizer(terms).cut(text)
    assert word in cut and no_term not in cut, cut


@pytest.mark.parametrize(
    "text, term",
    [
        ("深入开展“四强”行动，积极融入“三城五地”建设", "四强"),  # the sample page
        ("深入实施四强行动，加快建设", "四强行动"),
        ("为主攻方向，用好各类招商平台", "主攻方向"),  # not 为主|攻|方向 (the sample page)
        ("国家发展改革委主任何立峰在记者会上", "主任"),  # not 主|任何 (xwlb 2023-03-06)
        ("不断开创新时代人民政协事业发展新局面", "新时代"),  # not 开|创新|时代 (xwlb 2024-03-06)
        ("长道镇宁家村认定为省级和美乡村示范村", "宁家村"),  # two terms side by side
        ("攻坚克难补短板", "短板"),  # a dictionary word itself (jieba: 补短|板)
        ("习近平在北京人民大会堂会见", "人民大会堂"),  # leaves 北京, a word
        ("北京市委书记尹力在参加北京代表团审议时", "市委书记"),
    ],
)
def test_a_term_still_stands_where_it_breaks_no_word(text: str, term: str) -> None:
    from pipeline.zh.tokenize import Tokenizer

    terms = ["四强", "四强行动", "三城五地", "主攻方向", "主任", "新时代", "长道镇", "宁家村", "短板",
             "人民大会堂", "市委书记"]
    assert term in Tokenizer(terms).cut(text)


def test_overlapping_terms_cut_as_jieba_would() -> None:
    """Terms that overlap or nest: the best path among them is jieba's choice, not first-found."""
    from pipeline.zh.tokenize import Tokenizer

    terms = ["千万工程", "工程建设", "万工", "乡村振兴", "振兴战略", "乡村振兴战略", "三抓三促", "抓三促"]
    text = ("深入推进千万工程建设，全面实施乡村振兴战略，扎实开展三抓三促行动。"
            "振兴战略与工程建设并举，乡村振兴见实效。")
    assert Tokenizer(terms).cut(text) == list(jieba_reference(terms).cut(text, HMM=True))  # type: ignore[attr-defined]


def test_known_words() -> None:
    from pipeline.zh.tokenize import Tokenizer

    tok = Tokenizer(["三城五地"])
    assert tok.known("建设") and tok.known("中华人民共和国") and tok.known("三城五地")
    # a prefix of a dictionary word (jieba's FREQ holds it with 0) or of a term is no word
    assert not tok.known("中华人民共") and not tok.known("三城五") and not tok.known("城五地")


def test_tokens_are_the_spans_of_the_cut_with_its_words(tokenizer: object) -> None:
    """What the segment stage keeps of a sentence (Segment.tokens): the spans of the cut's words,
    carrying those words for the steps after it."""
    from pipeline.model import Tokens

    text = "习近平在参加江苏代表团审议时强调，因地制宜发展新质生产力。"  # Xinhua, 2024-03-05
    tokens = tokenizer.tokens(text)  # type: ignore[attr-defined]
    assert type(tokens) is Tokens
    assert tokens == tuple(tokenizer.spans(text))  # type: ignore[attr-defined]
    assert list(tokens.words) == tokenizer.cut(text) == [text[a:b] for a, b in tokens]  # type: ignore[attr-defined]
