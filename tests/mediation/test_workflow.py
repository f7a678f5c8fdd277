"""The mediation graph: interrupt for review, resume after a saver restart, idempotent side effects, DOCX, API, CLI."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from docx import Document
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command

from agent.graph.mediation import build_mediation_graph
from agent.mediation.intake import load_dispute
from tests.mediation.conftest import DEMO
from tests.problems import assert_problem


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        parts += [c.text for row in t.rows for c in row.cells]
    return "\n".join(parts)


def test_run_to_interrupt_then_resume_after_restarting_the_saver(tmp_path):
    db = tmp_path / "ck.sqlite"
    cfg = {"configurable": {"thread_id": "mediation:HD-2025-001"}}
    state = {"case_id": "HD-2025-001", "dispute": load_dispute(DEMO).model_dump(mode="json"),
             "data_dir": str(tmp_path / "data")}
    saver = SqliteSaver(sqlite3.connect(str(db), check_same_thread=False))
    out = build_mediation_graph(saver).invoke(state, cfg)
    assert out["__interrupt__"][0].value["recommended"] == 1 and out["status"] == "awaiting_review"
    drafts_before = sorted(p.name for p in (tmp_path / "data" / "mediation" / "HD-2025-001" / "drafts").iterdir())
    saver.conn.close()

    saver2 = SqliteSaver(sqlite3.connect(str(db), check_same_thread=False))
    graph = build_mediation_graph(saver2)
    assert graph.get_state(cfg).next == ("review",)
    final = graph.invoke(Command(resume={"action": "approve", "option": 7}), cfg)
    saver2.conn.close()
    assert final["status"] == "approved" and final["chosen"] == 7
    folder = tmp_path / "data" / "mediation" / "HD-2025-001"
    # the resumed review node re-ran from its start without writing new draft versions
    assert sorted(p.name for p in (folder / "drafts").iterdir()) == sorted(drafts_before + ["agreement-final.v1.md"])
    text = _docx_text(Path(final["final"]["agreement_docx"]))
    assert "分12期等额偿还" in text and "42,002.02" in text and "42,002.00" in text


def test_send_back_redrafts_with_the_note_and_asks_again(med_settings):
    from agent.mediation.service import resume_case, start_case

    view = start_case(DEMO, settings=med_settings)
    assert view["awaiting_review"] and view["drafts"]["memo"]["version"] == 1
    view = resume_case("HD-2025-001", {"action": "send_back", "note": "借款人同意由李明代为付款"}, settings=med_settings)
    assert view["awaiting_review"] and view["drafts"]["memo"]["version"] == 2
    memo = Path(view["drafts"]["memo"]["path"]).read_text(encoding="utf-8")
    assert "借款人同意由李明代为付款" in memo
    # starting the same case again does not rerun it
    assert start_case(DEMO, settings=med_settings)["drafts"]["memo"]["version"] == 2


def test_demo_case_produces_an_approved_docx_with_sections_and_amounts(tmp_path, med_settings):
    from agent.mediation.service import run_demo_case

    path = run_demo_case(DEMO, out_dir=tmp_path / "out")
    text = _docx_text(path)
    for section in ("人民调解协议书", "一、当事人基本情况", "二、纠纷的主要事实", "三、争议事项及各方责任", "四、协议内容",
                    "五、履行方式和期限", "六、违约责任", "七、司法确认", "签名盖章"):
        assert section in text
    for amount in ("485,000.00", "504,024.22", "490,000.00"):
        assert amount in text
    assert "《中华人民共和国民事诉讼法》第二百零五条" in text and "人民调解委员会" in text
    # re-running the demo is idempotent
    assert run_demo_case(DEMO, out_dir=tmp_path / "out") == path


def test_llm_polish_is_kept_when_it_passes_and_replaced_when_it_invents_a_number(demo_inputs, use_stub_backend):
    from agent.llm.registry import get_backend
    from agent.mediation.documents import produce_draft

    inp = demo_inputs()
    with use_stub_backend() as stub:
        facts_paragraph = None

        def faithful(body):
            nonlocal facts_paragraph
            para = body["messages"][-1]["content"].split("段落：", 1)[1].strip()
            facts_paragraph = para
            return para.replace("订立借款合同", "签订了借款合同")

        stub.responder = faithful
        good = produce_draft(inp, "agreement", backend=get_backend())
        assert good.source == "llm" and "签订了借款合同" in good.text

        stub.responder = lambda body: "借款人尚欠本金999,999.00元。"
        bad = produce_draft(inp, "agreement", backend=get_backend())
        assert bad.source == "template" and len(bad.attempts) == 3
        assert not bad.attempts[0]["checks"][0]["ok"] and "999,999.00" not in bad.text


def test_api_create_resume_and_download(med_settings):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from agent.mediation.api import router

    app = FastAPI()
    app.include_router(router)
    client = TestClient(app)
    d = load_dispute(DEMO).model_dump(mode="json")
    r = client.post("/v1/mediation/cases", json={"dispute": d})
    assert r.status_code == 200 and r.json()["awaiting_review"]
    assert r.json()["options"]["supportable"] == "504024.22"
    assert client.get("/v1/mediation/cases/HD-2025-001").json()["status"] == "awaiting_review"
    assert client.post("/v1/mediation/cases/HD-2025-001/resume", json={"action": "approve", "option": 2}).json()["status"] == "approved"
    docx = client.get("/v1/mediation/cases/HD-2025-001/agreement.docx")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    # every error is problem+json from the router itself (no serve.py handlers here), with today's statuses
    for path in ("/v1/mediation/cases/NOPE", "/v1/mediation/cases/NOPE/agreement.docx"):
        assert_problem(client.get(path), 404, "not_found", "NotFound", "no mediation case 'NOPE'")
    bad = dict(d, repayments=[{"date": "2026-01-01", "amount": "5"}])
    r = client.post("/v1/mediation/cases", json={"dispute": bad})
    assert_problem(r, 422, "mediation_intake_error", "IntakeError", "after the claim date")
    server_file = client.post("/v1/mediation/cases", json={"dispute": dict(d, contract={"file": "/etc/passwd"})})
    assert_problem(server_file, 422, "mediation_intake_error", "IntakeError", "<data_dir>/uploads/")
    assert (server_file.json()["file"], server_file.json()["field"]) == ("request", "contract.file")  # what to fix
    assert "root:" not in server_file.text
    done = client.post("/v1/mediation/cases/HD-2025-001/resume", json={"action": "send_back"})
    assert done.status_code == 200 and done.json()["status"] == "approved"            # approving twice is no error
    invalid = client.post("/v1/mediation/cases/HD-2025-001/resume", json={"action": "reject"})
    assert_problem(invalid, 422, "request_validation_error", "RequestValidationError", "body.action")
    assert invalid.json()["errors"][0]["loc"] == ["body", "action"]
    # an unregistered tenant is refused as problem+json by the router itself (no serve.py handlers here)
    refused = client.get("/v1/mediation/cases/HD-2025-001", headers={"X-Tenant": "no-such-bank"})
    assert refused.status_code == 403 and refused.headers["content-type"].startswith("application/problem+json")
    body = refused.json()
    assert body["type"] == "tenant_access_error" and body["status"] == 403 and "no-such-bank" in body["detail"]
    assert "HD-2025-001" not in refused.text and "504024.22" not in refused.text


def test_cli_new_approve_export(tmp_path, med_settings):
    import typer
    from typer.testing import CliRunner

    from agent.cli.mediation import register

    app = typer.Typer()
    register(app)
    runner = CliRunner()
    r = runner.invoke(app, ["mediation", "new", str(DEMO)])
    assert r.exit_code == 0 and "504024.22" in r.output and "awaiting mediator review" in r.output
    r = runner.invoke(app, ["mediation", "approve", "HD-2025-001", "--option", "3"])
    assert r.exit_code == 0 and "approved" in r.output
    out = tmp_path / "a.docx"
    assert runner.invoke(app, ["mediation", "export", "HD-2025-001", "--docx", str(out)]).exit_code == 0
    assert "478,823.01" in _docx_text(out)
    r = runner.invoke(app, ["mediation", "show", "NOPE"])
    assert r.exit_code == 1 and "no mediation case" in r.output


def test_cli_cases_belong_to_the_tenant_named(tmp_path, med_settings, monkeypatch):
    import typer
    from typer.testing import CliRunner

    from agent.cli.mediation import register
    from agent.config import reset_settings

    monkeypatch.setenv("FENGTIAO_TENANTS", '["demo", "other"]')
    reset_settings()
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    assert runner.invoke(app, ["mediation", "new", str(DEMO), "--tenant", "demo"]).exit_code == 0
    assert "504024.22" in runner.invoke(app, ["mediation", "show", "HD-2025-001", "--tenant", "demo"]).output
    for who in (["--tenant", "other"], []):       # another institution, and the local operator, see no such case
        r = runner.invoke(app, ["mediation", "show", "HD-2025-001", *who])
        assert r.exit_code == 1 and "no mediation case" in r.output
    r = runner.invoke(app, ["mediation", "show", "HD-2025-001", "--tenant", "nobody"])
    assert r.exit_code == 1 and "Unknown tenant" in r.output
