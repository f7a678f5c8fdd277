"""PII masking at the one place remote model calls go through (agent/llm/masking.py, wired in by the registry):
the stub server's recorded requests hold no ID, phone or bank-card number (nor declared names), and every
caller — plain chat, structured output, streamed deltas, contract and invoice fill-in, mediation drafting — gets
the originals back."""
from __future__ import annotations

import json
import re

import pytest
from pydantic import BaseModel

from agent.identifiers import id_number_check_char
from agent.llm.base import Message
from agent.security.pii import StreamRestorer, mask_pii, pii_names, restore_pii

ID_NUMBER = "33010219680512123" + id_number_check_char("33010219680512123")
PHONE = "13812345678"
CARD = "6222 0212 3456 7890 128"
SECRETS = (ID_NUMBER, PHONE, CARD, CARD.replace(" ", ""))
_PLACEHOLDER = re.compile(r"\[(?:身份证|手机|银行卡|信用代码|姓名)_\d+\]")


def _sent(stub) -> str:
    return json.dumps(stub.chat_requests(), ensure_ascii=False)


def _echo_placeholders(body: dict) -> str:
    """A model that repeats every placeholder it was shown (what a good remote model does with them)."""
    prompt = "\n".join(str(m.get("content", "")) for m in body["messages"])
    found = list(dict.fromkeys(_PLACEHOLDER.findall(prompt)))
    return "请核对：" + "、".join(found) + "。"


# -------------------------------------------------------------------------------- streamed placeholders

def test_stream_restorer_handles_every_chunk_boundary():
    masked = mask_pii(f"借款人身份证{ID_NUMBER}，手机{PHONE}，见[1]与[身份证_9]。")
    answer = masked.text + " 另请回电 [手机_1]"
    expected = restore_pii(answer, masked.mapping)
    for i in range(len(answer) + 1):
        for j in range(i, len(answer) + 1):
            r = StreamRestorer(masked.mapping)
            pieces = [r.feed(answer[:i]), r.feed(answer[i:j]), r.feed(answer[j:]), r.flush()]
            assert "".join(pieces) == expected, (i, j)
            assert not any(re.search(r"\[(?:身|手|银)[^\]]*$", p) for p in pieces[:-1]), (i, j, pieces)


def test_stream_restorer_does_not_hold_ordinary_brackets():
    r = StreamRestorer({"[手机_1]": PHONE})
    assert r.feed("依据 [1") == "依据 [1"          # a citation marker cannot become a placeholder
    assert r.feed("] 与 [") == "] 与 "            # a lone "[" waits one chunk
    assert r.feed("2]") == "[2]" and r.flush() == ""


# -------------------------------------------------------------------------------- the wrapper on the stub

@pytest.fixture
def stub(use_stub_backend, monkeypatch):
    monkeypatch.delenv("FENGTIAO_MASK_PII_REMOTE", raising=False)
    with use_stub_backend(_echo_placeholders) as s:
        yield s


def test_registry_wraps_remote_backends_only_when_masking_is_on(stub, monkeypatch):
    from agent.config import reset_settings
    from agent.llm.masking import MaskingBackend
    from agent.llm.openai_backend import OpenAIBackend
    from agent.llm.registry import get_backend, reset_backends

    backend = get_backend()
    assert isinstance(backend, MaskingBackend) and isinstance(backend.inner, OpenAIBackend)
    assert backend.name == "openai" and backend.base_url == stub.base_url     # the rest is the inner backend's
    monkeypatch.setenv("FENGTIAO_MASK_PII_REMOTE", "false")
    reset_settings()
    reset_backends()
    assert isinstance(get_backend(), OpenAIBackend)


def test_chat_goes_out_masked_and_comes_back_restored(stub):
    from agent.llm.registry import get_backend

    messages = [Message(role="system", content=f"客户手机 {PHONE}"),
                Message(role="user", content=f"借款人身份证{ID_NUMBER}，收款卡号{CARD}，手机{PHONE}，请核对。")]
    result = get_backend().chat(messages)
    sent = _sent(stub)
    assert not [s for s in SECRETS if s in sent]
    assert sent.count("[手机_1]") == 2                                  # one number, one placeholder, in both messages
    assert result.text == f"请核对：{PHONE}、{ID_NUMBER}、{CARD}。"
    assert messages[1].content.startswith("借款人身份证" + ID_NUMBER)      # the caller's messages are not modified


def test_structured_output_is_restored_inside_the_json(stub):
    from agent.llm.registry import get_backend
    from agent.llm.structured import generate_structured

    class Contact(BaseModel):
        phone: str
        id_number: str
        name: str

    stub.responder = lambda body: json.dumps({"phone": "[手机_1]", "id_number": "[身份证_1]", "name": "[姓名_1]"})
    with pii_names(['王"建国']):                                          # a declared name that needs JSON escaping
        got = generate_structured(get_backend(), f"王\"建国的手机{PHONE}，身份证{ID_NUMBER}", Contact)
    assert got == Contact(phone=PHONE, id_number=ID_NUMBER, name='王"建国')
    assert not [s for s in (*SECRETS, '王\\"建国', '王"建国') if s in _sent(stub)]


def test_streamed_deltas_are_restored_across_chunk_boundaries(stub):
    from agent.llm.registry import get_backend

    chunks = list(get_backend().stream([Message(role="user", content=f"身份证{ID_NUMBER}，手机{PHONE}")]))
    text = "".join(c.text for c in chunks if c.kind == "text")
    assert text == f"请核对：{ID_NUMBER}、{PHONE}。"
    assert len(chunks) > 3 and not any(_PLACEHOLDER.search(c.text) for c in chunks)   # the stub sends 3-char pieces
    assert not [s for s in SECRETS if s in _sent(stub)]


def test_contract_and_invoice_fill_in_send_no_identifiers(stub):
    from agent.contracts.check import check_text
    from agent.invoices.docinput import text_document
    from agent.invoices.extract import extract_invoice

    stub.responder = None      # the stub answers with schema-valid JSON; what matters is what it was sent
    contract = (f"借款合同\n出借人：王建国，身份证号：{ID_NUMBER}，手机：{PHONE}\n借款人：杭州宏达商贸有限公司\n"
                f"第一条 借款金额人民币伍拾万元整（¥500,000.00）。\n第二条 借款期限自2024年1月1日起至2024年12月31日止。\n"
                f"第三条 收款账户：{CARD}。\n")
    check_text(contract, use_llm=True)
    invoice = ("电子发票（普通发票）\n开票日期：2024年05月06日\n"
               f"销售方信息 名称：深圳市腾云科技有限公司 地址、电话：深圳市南山区科技园 {PHONE}\n"
               f"开户行及账号：招商银行深圳分行 {CARD}\n合计 ¥100.00 ¥6.00\n")
    extract_invoice(text_document(invoice.encode(), "partial.txt"), use_llm=True)
    assert len(stub.chat_requests()) >= 2                               # both callers did ask the model
    sent = _sent(stub)
    assert not [s for s in SECRETS if s in sent] and "[手机_1]" in sent


def test_mediation_polish_masks_party_names_and_keeps_them_in_the_draft(stub, tmp_path, monkeypatch):
    from pathlib import Path

    from agent.config import Settings
    from agent.mediation.service import start_case

    def polish_echo(body: dict) -> str:  # a faithful polisher: returns the paragraph it was given
        return body["messages"][-1]["content"].split("段落：\n", 1)[-1].split("Paragraph:\n", 1)[-1].strip()

    stub.responder = polish_echo
    demo = Path(__file__).resolve().parents[2] / "agent" / "samples" / "dispute-宏达商贸.yaml"
    view = start_case(demo, settings=Settings(data_dir=tmp_path / "data"), use_llm=True)
    sent = _sent(stub)
    assert stub.chat_requests() and "王建国" not in sent and "李明" not in sent and "[姓名_" in sent
    agreement = Path(view["drafts"]["agreement"]["path"]).read_text(encoding="utf-8")
    assert view["drafts"]["agreement"]["source"] == "llm" and "王建国" in agreement and "[姓名_" not in agreement


def test_chat_graph_streams_restored_deltas(regulations_env, stub):
    from agent.graph.builder import build_chat_graph

    stub.responder = _echo_placeholders
    question = f"借款人身份证{ID_NUMBER}，电话{PHONE}，没约定保证期间怎么办？"
    deltas, final = [], {}
    for mode, payload in build_chat_graph().stream({"question": question, "tenant": None}, stream_mode=["custom", "values"]):
        if mode == "custom" and payload.get("type") == "text":
            deltas.append(payload["text"])
        elif mode == "values":
            final = payload
    streamed = "".join(deltas)
    assert ID_NUMBER in streamed and PHONE in streamed and not _PLACEHOLDER.search(streamed)
    assert ID_NUMBER in final["answer"]
    assert not [s for s in SECRETS if s in _sent(stub)]


def test_structured_text_that_is_not_plain_json_is_restored_with_escaping():
    from agent.llm.masking import restore_json_text

    out = restore_json_text('```json\n{"name": "[姓名_1]", "phone": "[手机_1]"}\n```', {"[姓名_1]": '王"建国', "[手机_1]": PHONE})
    assert json.loads(out.strip("`\n").removeprefix("json")) == {"name": '王"建国', "phone": PHONE}
