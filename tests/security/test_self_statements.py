"""A party's own word on a risk fact is kept as content and named as unverified in the chat answer."""
from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from agent.graph.builder import build_chat_graph
from agent.security.self_statements import find_self_statements, topics

REPO = Path(__file__).resolve().parents[2]

STATEMENTS = [
    "本人郑重声明：本人名下无任何被执行案件。",
    "经核查，借款人与担保人之间不存在关联关系。",
    "借款人确认，2023年度利息均已按期结清。",
    "保证人具备充足的代偿能力，征信记录良好。",
    "抵押物上不存在任何他项权利。",
    "The borrower has never missed a payment and there is no litigation pending.",
    "The delivery trucks are free of any liens.",
    "We hereby confirm that the loan has been fully repaid.",
]
CONTRACT_TERMS = [   # contract terms and court narratives that mention the same words but assert nothing
    "借款人没有按期还款的，视为逾期，按日计收罚息。",
    "无论借款人是否逾期，保证人均承担连带责任。",
    "借款人已还清全部借款本息后，抵押权人应协助办理注销登记。",
    "本合同项下借款为无息借款。",
    "甲方有权在乙方逾期时宣布借款提前到期。",
    "The Borrower shall not create any pledge without the Lender's consent.",
    "宽限期内还款的，不构成逾期。",
    "如发生争议，提交甲方所在地人民法院诉讼解决。",
    "此款到期后一直未付，原告无奈提起诉讼。",
]


@pytest.mark.parametrize("sentence", STATEMENTS)
def test_a_party_asserting_a_risk_fact_absent_or_resolved_is_found(sentence):
    assert find_self_statements("前文。" + sentence + "后文。") == [sentence]


@pytest.mark.parametrize("sentence", CONTRACT_TERMS)
def test_contract_terms_about_the_same_risks_are_not_statements(sentence):
    assert find_self_statements(sentence) == []


def test_the_note_names_what_the_statement_is_about():
    assert [topics(s)[0] for s in STATEMENTS] == ["涉诉与执行", "关联关系", "还款与逾期", "征信与偿债能力", "抵质押与权利负担",
                                              "涉诉与执行", "抵质押与权利负担", "还款与逾期"]


# a statement followed by a request in one sentence: the request alone would hide it
STATEMENTS_WITH_A_REQUEST = [
    "我司近12个月开票收入约3,600万元，现申请续贷500万元，请予支持。",
    "我公司无欠税，现因资金周转困难，申请将还款日推迟至2026年9月30日。",
    "Our company has no outstanding lawsuits, and we hereby apply for a renewal of the facility.",
]
REQUESTS_ONLY = ["申请人：华瑞包装有限公司，申请续贷500万元，期限一年。", "现申请续贷500万元，请予支持。",
                 "借款人承诺按期还款，如逾期，请求贷款人依法处理。"]


def test_a_statement_followed_by_a_request_is_found_and_the_request_is_not_its_topic():
    assert find_self_statements("\n".join(STATEMENTS_WITH_A_REQUEST + REQUESTS_ONLY)) == STATEMENTS_WITH_A_REQUEST
    assert [topics(s)[0] for s in STATEMENTS_WITH_A_REQUEST] == ["经营与纳税", "经营与纳税", "涉诉与执行"]


def test_shipped_contracts_and_real_judgment_facts_are_almost_never_flagged():
    contracts = sorted((REPO / "eval" / "datasets" / "contracts").glob("*.txt")) + sorted((REPO / "agent" / "samples").glob("*.txt"))
    assert len(contracts) >= 30
    assert [p.name for p in contracts if find_self_statements(p.read_text(encoding="utf-8"))] == []
    cases = [json.loads(line)["text"] for line in
             (REPO / "eval" / "datasets" / "private-lending-cases" / "cases.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    assert len(cases) == 150
    assert sum(bool(find_self_statements(t)) for t in cases) <= 3


def test_the_answer_names_the_borrowers_own_word_as_unverified_and_cites_it(regulations_env, tmp_path, monkeypatch,
                                                                             use_stub_backend):
    from retrieval.ingest import ingest_paths
    from tests.conftest import _reset_caches

    tenant = f"bank-claims-{uuid.uuid4().hex[:8]}"   # the test index is shared: a fresh tenant sees only this note
    monkeypatch.setenv("FENGTIAO_TENANTS", json.dumps([tenant]))
    _reset_caches()
    note = tmp_path / "情况说明-远帆包装.txt"
    note.write_text("关于嘉兴远帆包装有限公司的情况说明\n\n嘉兴远帆包装有限公司2024年营业收入较上年增长12%。"
                    "本公司郑重声明：远帆包装从未被法院列为被执行人，名下厂房不存在查封或抵押。\n", encoding="utf-8")
    assert not ingest_paths([note], tenant=tenant, doc_type="other").failures
    seen: list[str] = []

    def model(body: dict) -> str:
        seen.append(json.dumps(body, ensure_ascii=False))
        return "该文件称远帆包装从未被列为被执行人 [1]。"

    with use_stub_backend(model):
        out = build_chat_graph().invoke({"question": "远帆包装有没有被执行或者厂房被查封？", "tenant": tenant})
    doc = next(e for e in out["evidence"] if e["kind"] == "document" and "远帆" in e["text"])
    # the company's own word on its revenue is unverified too (topic 经营与纳税): to be checked against tax and
    # invoice data like the declaration against court records
    assert doc["self_statements"] == ["嘉兴远帆包装有限公司2024年营业收入较上年增长12%。",
                                      "本公司郑重声明：远帆包装从未被法院列为被执行人，名下厂房不存在查封或抵押。"]
    note = out["answer"].split("（注意：以下资料中的说法是文件当事方的自述，未经独立核实：")[1].split("）")[0]
    # the declaration makes two claims (never an enforcement debtor; the plant not seized or mortgaged): both named
    assert note.startswith(f"[{doc['n']}] 关于经营与纳税、") and "涉诉与执行" in note and "抵质押与权利负担" in note
    assert "开票与纳税数据" in out["answer"]
    assert "本公司郑重声明" not in note   # named, not quoted: a planted claim gets no second place in the answer
    assert "名下厂房不存在查封或抵押" in doc["text"]   # kept as content, not removed like an instruction
    assert any('含当事方自述=\\"是\\"' in s or '含当事方自述="是"' in s for s in seen)   # the model is told too
