"""Each draft check passes the template and rejects a planted error."""
from __future__ import annotations

from agent.mediation.checks import check_citations, check_draft, check_numbers, check_parties, check_sections, draft_facts
from agent.mediation.draft import render_agreement, render_memo


def test_template_drafts_pass_every_check_in_both_languages(demo_inputs):
    for lang in ("zh", "en"):
        inp = demo_inputs(lang)
        facts = draft_facts(inp)
        for kind, text in (("agreement", render_agreement(inp)), ("memo", render_memo(inp))):
            results = check_draft(text, kind, facts, lang)
            assert all(r.ok for r in results), (lang, kind, [r.problems for r in results])


def test_changed_amount_is_rejected(demo_inputs):
    inp = demo_inputs()
    text = render_agreement(inp)
    assert "504,024.22" in text
    r = check_numbers(text.replace("504,024.22", "504,042.22", 1), draft_facts(inp))
    assert not r.ok and any("504,042.22" in p for p in r.problems)


def test_invented_date_is_rejected(demo_inputs):
    inp = demo_inputs()
    r = check_numbers(render_agreement(inp).replace("2025年4月30日", "2025年5月30日"), draft_facts(inp))
    assert not r.ok and "2025年5月30日" in r.problems[0]


def test_article_not_in_corpus_is_rejected(demo_inputs):
    inp = demo_inputs()
    text = render_agreement(inp).replace("《中华人民共和国人民调解法》第三十三条", "《中华人民共和国人民调解法》第九十九条")
    r = check_citations(text, draft_facts(inp))
    assert not r.ok and "not in the shipped law corpus" in r.problems[0]


def test_real_article_not_used_by_the_calculation_is_rejected(demo_inputs):
    inp = demo_inputs()
    text = render_agreement(inp) + "\n依据《中华人民共和国民法典 合同编》第六百八十条。"
    r = check_citations(text, draft_facts(inp))
    assert not r.ok and "not used by the calculation" in r.problems[0]


def test_misquoted_article_is_rejected(demo_inputs):
    inp = demo_inputs()
    text = render_memo(inp).replace("人民法院应当将实际出借的金额认定为本金", "人民法院应当将合同载明的金额认定为本金")
    r = check_citations(text, draft_facts(inp))
    assert not r.ok and "quoted passage" in r.problems[0]


def test_missing_section_is_rejected(demo_inputs):
    inp = demo_inputs()
    text = render_agreement(inp)
    start = text.index("## 六、违约责任")
    end = text.index("## 七、司法确认")
    r = check_sections(text[:start] + text[end:], "agreement", "zh")
    assert not r.ok and r.problems == ["missing section 违约责任"]


def test_empty_section_is_rejected(demo_inputs):
    inp = demo_inputs()
    text = render_agreement(inp)
    start = text.index("## 二、纠纷的主要事实") + len("## 二、纠纷的主要事实")
    end = text.index("## 三、")
    r = check_sections(text[:start] + "\n\n" + text[end:], "agreement", "zh")
    assert not r.ok and "empty section" in r.problems[0]


def test_party_from_another_case_is_rejected(demo_inputs):
    inp = demo_inputs()
    facts = draft_facts(inp)
    text = render_agreement(inp).replace("保证人：李明", "保证人：陈志强", 1)
    r = check_parties(text, facts, {"陈志强", "王建国"}, set())
    assert not r.ok and r.problems == ["name 陈志强 belongs to another case"]
    # an identity number nobody in this case has
    r2 = check_parties(render_agreement(inp) + "\n身份证号 110105198802023456", facts, set(), {"110105198802023456"})
    assert not r2.ok and len(r2.problems) == 2
