"""Chunking: law articles with their 编/章/节 path and exact spans; contract clauses with parties; paragraph windows."""
from __future__ import annotations

from retrieval.chunking import chunk_document, chunk_regulations, find_parties, paragraph_windows, split_clauses
from retrieval.laws import CORPUS_DIR, load_corpus
from retrieval.models import ParsedDocument

from .samples import MEETING_NOTES, guarantee_contract, loan_contract


def _doc(text: str, name: str = "doc.txt") -> ParsedDocument:
    import hashlib

    return ParsedDocument(source_path=name, sha256=hashlib.sha256(text.encode()).hexdigest(), format="text", text=text)


def test_every_law_chunk_is_the_exact_span_of_its_source_file():
    chunks = chunk_regulations()
    sources = {p: (CORPUS_DIR / p).read_text(encoding="utf-8") for p in {c.source_path for c in chunks}}
    assert len(chunks) == sum(len(i.articles) for i in load_corpus()) + 3  # + the case file's 3 sections
    for c in chunks:
        assert sources[c.source_path][c.start:c.end] == c.text


def test_civil_code_article_692_sits_in_the_guarantee_chapter_with_its_path():
    chunks = [c for c in chunk_regulations() if c.metadata["short_title"] == "合同编" and c.article_number == 692]
    assert len(chunks) == 1
    c = chunks[0]
    assert c.article == "第六百九十二条"
    assert c.title == "中华人民共和国民法典 合同编"
    assert c.path == ["第二分编 典型合同", "第十三章 保证合同", "第二节 保证责任"]
    assert c.text.startswith("第六百九十二条") and "保证期间为主债务履行期限届满之日起六个月" in c.text
    assert c.metadata["version_date"] == "2020-05-28"  # adoption date from the header block
    assert c.tenant is None and c.doc_type == "regulation"


def test_article_numbers_follow_the_source_order_in_each_code_book():
    by_book: dict[str, list[int]] = {}
    for c in chunk_regulations():
        if c.metadata["category"] == "民法典":
            by_book.setdefault(c.metadata["short_title"], []).append(c.article_number)
    assert by_book["总则"][:3] == [1, 2, 3] and by_book["总则"][-1] == 204
    assert by_book["合同编"][0] == 463 and by_book["合同编"][-1] == 988
    for numbers in by_book.values():
        assert numbers == sorted(numbers)


def test_reply_items_and_case_sections_become_their_own_chunks():
    chunks = chunk_regulations()
    reply = [c for c in chunks if "批复" in c.title]
    assert [c.article for c in reply] == ["一、", "二、", "三、"]
    assert "小额贷款公司" in reply[0].text and reply[0].metadata["unit"] == "item"
    case = [c for c in chunks if c.metadata["category"] == "案例"]
    assert [c.article for c in case] == ["基本案情", "裁判要旨", "适用解析"]


def test_regulation_ids_are_stable_across_runs_and_unique():
    a, b = chunk_regulations(), chunk_regulations()
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)
    assert len({c.doc_id for c in a}) == len(load_corpus())


def test_loan_contract_is_cut_by_article_with_parties_and_exact_spans():
    text = loan_contract()
    chunks = chunk_document(_doc(text), doc_type="contract", tenant="bank-a")
    labels = [c.article for c in chunks]
    assert labels == ["首部", "第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条"]
    for c in chunks:
        assert text[c.start:c.end] == c.text
        assert c.tenant == "bank-a" and c.doc_type == "contract"
    assert chunks[4].article_number == 4 and "连带责任保证" in chunks[4].text
    assert chunks[0].metadata["parties"] == {"出借人": "温州瓯江小额贷款股份有限公司", "借款人": "瑞安市东升鞋业有限公司",
                                             "保证人": "林建国", "甲方": "温州瓯江小额贷款股份有限公司",
                                             "乙方": "瑞安市东升鞋业有限公司", "丙方": "林建国"}


def test_contract_numbered_with_chinese_items_is_cut_by_item():
    text = guarantee_contract()
    pieces = split_clauses(text)
    assert [p.label for p in pieces] == ["首部", "一、", "二、", "三、", "四、"]
    assert find_parties(text) == {"债权人": "浙江丰收融资担保有限公司", "保证人": "宁波鄞州恒信贸易有限公司",
                                  "债务人": "宁波海曙五金制品厂"}


def test_contract_with_arabic_numbering_and_chapters_keeps_the_chapter_as_path():
    text = ("抵押合同\n抵押人：张三\n抵押权人：李四\n第一章 抵押物\n1. 抵押物为位于杭州市西湖区的房产一套。\n"
            "2. 抵押物价值经评估为人民币200万元。\n第二章 其他\n3. 本合同自登记之日起生效。\n")
    pieces = split_clauses(text)
    assert [(p.label, p.path) for p in pieces] == [("首部", []), ("1.", ["第一章 抵押物"]), ("2.", ["第一章 抵押物"]),
                                                  ("3.", ["第二章 其他"])]
    assert "第二章" not in pieces[2].text


def test_plain_documents_become_overlapping_windows_within_the_size_limit():
    windows = paragraph_windows(MEETING_NOTES, max_chars=300, overlap=120)
    assert len(windows) > 3
    for w in windows:
        assert len(w.text) <= 300 and MEETING_NOTES[w.start:w.end] == w.text
    assert all(b.start < a.end for a, b in zip(windows, windows[1:]))  # consecutive windows overlap
    assert windows[0].start == 0 and windows[-1].end == len(MEETING_NOTES.rstrip())


def test_a_paragraph_without_punctuation_is_still_split_within_the_limit():
    text = "甲" * 2000
    windows = paragraph_windows(text, max_chars=800, overlap=100)
    assert all(len(w.text) <= 800 for w in windows) and windows[-1].end == 2000


def test_invoice_is_one_chunk_with_the_parser_fields_in_metadata():
    doc = _doc("电子发票（增值税专用发票）\n发票号码：24332000000012345678\n开票日期：2024年06月01日\n价税合计（小写）¥11300.00")
    doc.metadata["einvoice"] = {"invoice_number": "24332000000012345678", "total_with_tax": "11300.00", "items": [1]}
    [chunk] = chunk_document(doc, doc_type="invoice", tenant="bank-a")
    assert chunk.metadata["invoice_number"] == "24332000000012345678"
    assert chunk.metadata["total_with_tax"] == "11300.00" and "items" not in chunk.metadata
    assert chunk.text == doc.text


def test_same_file_for_two_tenants_gets_distinct_chunk_ids():
    doc = _doc(loan_contract())
    a = chunk_document(doc, doc_type="contract", tenant="bank-a")
    b = chunk_document(doc, doc_type="contract", tenant="bank-b")
    assert a[0].doc_id == b[0].doc_id
    assert not {c.id for c in a} & {c.id for c in b}
