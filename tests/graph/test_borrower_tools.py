"""The chat agent's borrower tools: invoice summary and operating score for the borrower in focus, numbers computed
by code from the risk DB, each sentence citing the evidence item (and the rows) behind it, within the tenant only."""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import delete, select

from agent.graph.builder import build_chat_graph, open_checkpointer, thread_config
from agent.graph.tools import choose_tools
from tests.risk.conftest import AS_OF, TENANTS, tenants_of

QUESTION = "这家企业最近三个月开票怎么样？评分多少，为什么？"
SHARES = {"T01": 0.6, "T02": 0.1, "T03": 0.1, "T04": 0.1, "T05": 0.05, "T06": 0.05}  # T01 has defaults to learn from


@pytest.fixture(scope="module")
def book(regulations_data_dir, tmp_path_factory):
    """A 150-enterprise market in a private risk DB, T01's scorecard trained. The data dir is private too (so the
    scorecard does not land in the shared cache) but links to the cached regulations index, which the graph searches."""
    from tests.conftest import _reset_caches

    base = tmp_path_factory.mktemp("borrower-tools")
    data_dir = base / "data-dir"
    data_dir.mkdir()
    for entry in regulations_data_dir.iterdir():
        if entry.name != "scorecards":
            (data_dir / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    url = f"sqlite:///{base / 'risk.db'}"
    mp = pytest.MonkeyPatch()
    mp.setenv("FENGTIAO_PLATFORM_KEY", "test-platform-key")
    mp.setenv("FENGTIAO_RISK_DB_URL", url)
    mp.setenv("FENGTIAO_DATA_DIR", str(data_dir))
    mp.setenv("FENGTIAO_TENANTS", json.dumps(TENANTS))
    for var in ("FENGTIAO_LLM_BASE_URL", "FENGTIAO_LLM_BACKEND", "FENGTIAO_LLM_MODEL"):
        mp.delenv(var, raising=False)
    _reset_caches()
    from agent.risk.generator import generate
    from agent.risk.importer import import_dir
    from agent.risk.operating_score import train_operating_scorecard

    truth = generate(11, 150, base / "gen", as_of=AS_OF, tenant_shares=SHARES)
    report = import_dir(base / "gen", url=url)
    assert report.rejected == 0 and not any(f.error for f in report.files)
    assert train_operating_scorecard("T01", url=url).version == 1
    yield {"truth": truth, "url": url}
    mp.undo()
    _reset_caches()


def _borrower(book, tenant: str, *, group: str = "enterprises", exclude: tuple[str, ...] = ()) -> str:
    return next(c for c in book["truth"][group] if tenant in tenants_of(book["url"], c) and c not in exclude)


def _stranger(book, tenant: str) -> str:
    """A borrower that has applications or loans, none of them at `tenant`."""
    return next(c for c in book["truth"]["enterprises"] if tenants_of(book["url"], c) and tenant not in tenants_of(book["url"], c))


def _invoice_rows(book, code: str, months: list[date]):
    from agent.risk import models as m
    from agent.risk.db import session_scope

    with session_scope(book["url"]) as s:
        eid = s.scalar(select(m.Enterprise.id).where(m.Enterprise.credit_code == code))
        return list(s.execute(select(m.InvoiceMonth.id, m.InvoiceMonth.issued_total).where(
            m.InvoiceMonth.enterprise_id == eid, m.InvoiceMonth.month.in_(months))).all())


def _months(end: date, n: int, years_back: int = 0) -> list[date]:
    out = []
    for b in range(n):
        idx = end.year * 12 + end.month - 1 - b - 12 * years_back
        out.append(date(idx // 12, idx % 12 + 1, 1))
    return out


def _ask(graph, question: str, tenant: str, thread: str, use_stub_backend):
    with use_stub_backend(lambda body: ""):        # the model says nothing: the deterministic composer answers
        return graph.invoke({"question": question, "tenant": tenant}, thread_config(thread))


def _body(answer: str) -> str:
    return answer.split("\n\n依据：")[0]


def test_borrower_questions_route_to_the_borrower_tools_only_with_a_borrower_in_focus():
    code = "91330106MA2H3KX58A"
    # invoicing and the score are asked for; the warnings only when a risk is asked about or nothing else is named
    assert set(choose_tools(QUESTION, code)) == {"invoice_summary", "score"}
    assert "warnings" in choose_tools(QUESTION + "有没有涉诉？", code)
    assert not {"invoice_summary", "score", "warnings"} & set(choose_tools(QUESTION, None))
    assert "score" not in choose_tools("最近三个月开票金额是多少？", code)
    assert "invoice_summary" not in choose_tools("评分多少分？", code)
    assert choose_tools("小贷公司的利率受四倍LPR限制吗？", code) == ["regulations"]


def test_follow_up_answer_quotes_the_invoice_totals_and_score_code_computes(book, use_stub_backend, tmp_path):
    from agent.risk.operating_score import score_borrower

    code = _borrower(book, "T01", group="deteriorating")
    graph = build_chat_graph(open_checkpointer(path=tmp_path / "chat.sqlite"))
    _ask(graph, f"{code} 这家企业的情况", "T01", "t1", use_stub_backend)
    out = _ask(graph, QUESTION, "T01", "t1", use_stub_backend)       # the borrower stays in focus
    assert out["borrower_id"] == code and {"invoice_summary", "score"} <= set(out["tools"])
    body, ev = _body(out["answer"]), {e["n"]: e for e in out["evidence"]}
    assert body.startswith("根据检索到的资料")

    # invoices: the last 3 and 6 months of the data against the same months a year earlier, summed here by hand
    end = date(AS_OF.year, AS_OF.month, 1)
    for n in (3, 6):
        recent, prior = _invoice_rows(book, code, _months(end, n)), _invoice_rows(book, code, _months(end, n, 1))
        assert len(recent) == len(prior) == n
        total, before = sum(Decimal(v) for _, v in recent), sum(Decimal(v) for _, v in prior)
        change = (100 * (total / before - 1)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        line = next(l for l in body.splitlines() if f"近 {n} 个月" in l and "开票情况" in l)
        assert f"开票合计 {total:,.2f} 元" in line and f"{before:,.2f} 元" in line and f"同比 {change:+.2f}%" in line
        cited = ev[int(re.search(r"\[(\d+)\]$", line).group(1))]
        assert cited["kind"] == "invoice"
        assert sorted(map(int, cited["chunk_id"].removeprefix("invoice_months:").split(","))) == \
            sorted(i for i, _ in recent + prior)
    assert "2026-06" in body                                          # the latest month is named

    # score: points, band and every reason with its value, points lost and formula, each on a cited line
    sc = score_borrower(code, tenant="T01", url=book["url"])
    assert sc.reasons
    assert f"经营风险评分 {sc.points:.2f} 分，等级 {sc.band}（{sc.band_label_zh}）" in body
    for r in sc.reasons:
        line = next(l for l in body.splitlines() if f"扣分原因 {r.code}" in l)
        assert f"= {r.value}，扣 {r.points_lost:.2f} 分" in line and r.formula[:30] in line
        cited = ev[int(re.search(r"\[(\d+)\]$", line).group(1))]
        assert cited["kind"] == "score" and r.code in cited["citation"]
        for table, ids in r.evidence.items():
            if ids:
                assert f"{table}:" + ",".join(map(str, ids)) in cited["chunk_id"]

    # every marker resolves to an evidence item, every borrower fact is cited, the list names the rows
    markers = {int(x) for x in re.findall(r"\[(\d+)\]", body)}
    assert markers and markers <= set(ev)
    assert {e["n"] for e in out["evidence"] if e["kind"] in ("invoice", "score")} <= markers
    assert "数据行 invoice_months:" in out["answer"]


def test_numbers_are_not_flagged_when_the_model_quotes_them(book, use_stub_backend):
    """A remote model that restates the code's figures passes the grounding check unchanged."""
    from agent.graph.tools import invoice_summary

    code = _borrower(book, "T01", group="healthy")
    first = invoice_summary(QUESTION, "T01", code)[0]["text"]
    total = re.search(r"开票合计 ([\d,.]+ 元)", first).group(1)
    with use_stub_backend(lambda body: f"近三个月开票合计 {total} [1]。"):
        out = build_chat_graph().invoke({"question": f"{code} {QUESTION}", "tenant": "T01"})
    assert out["answer"].startswith(f"近三个月开票合计 {total} [1]。") and "不见于所引资料" not in out["answer"]


def test_a_tenant_without_a_scorecard_is_told_how_to_train_one(book, use_stub_backend):
    code = _borrower(book, "T02")
    out = _ask(build_chat_graph(), f"{code} 评分多少？", "T02", "t2", use_stub_backend)
    score = [e for e in out["evidence"] if e["kind"] == "score"]
    assert len(score) == 1 and "尚未训练" in score[0]["citation"]
    assert "fengtiao risk scorecard train --tenant T02" in out["answer"] and out["error"] is None


def test_another_tenants_borrower_yields_no_data(book, use_stub_backend):
    from agent.graph.tools import invoice_summary, score
    from agent.risk.invoices import invoice_summary as summarize

    code = _stranger(book, "T01")
    owner = tenants_of(book["url"], code)[0]
    theirs = summarize(code, tenant=owner, url=book["url"])
    out = _ask(build_chat_graph(), f"{code} {QUESTION}", "T01", "t3", use_stub_backend)
    facts = [e for e in out["evidence"] if e["kind"] in ("invoice", "score")]
    assert facts and all("本机构无记录" in e["citation"] and not e["chunk_id"] for e in facts)
    assert f"{theirs.windows[0].total:,.2f}" not in out["answer"] and "invoice_months" not in out["answer"]
    assert "经营风险评分 " not in out["answer"]
    # the tools themselves, and with no tenant at all
    assert invoice_summary(QUESTION, None, code) == [] and score(QUESTION, None, code) == []


def test_missing_and_stale_invoice_months_are_said_not_guessed(book):
    from agent.graph.tools import invoice_summary
    from agent.risk import models as m
    from agent.risk.db import session_scope

    used = (_borrower(book, "T01", group="deteriorating"), _borrower(book, "T01", group="healthy"))
    code = _borrower(book, "T01", exclude=used)
    with session_scope(book["url"]) as s:   # the borrower's last two months never arrived
        eid = s.scalar(select(m.Enterprise.id).where(m.Enterprise.credit_code == code))
        s.execute(delete(m.InvoiceMonth).where(m.InvoiceMonth.enterprise_id == eid,
                                                m.InvoiceMonth.month >= date(2026, 5, 1)))
    ev = invoice_summary(QUESTION, "T01", code, today=AS_OF + timedelta(days=10))
    three = ev[0]["text"]
    assert "缺数据的月份：2026-05、2026-06" in three and "不计算同比" in three and "同比 " not in three
    assert "只到 2026-04" in three and "落后 2 个月" in three
    assert "距今" not in three                                       # the platform's own data is current
    total = sum(Decimal(v) for _, v in _invoice_rows(book, code, [date(2026, 4, 1)]))
    assert f"开票合计 {total:,.2f} 元" in three
    later = invoice_summary(QUESTION, "T01", code, today=date(2026, 11, 23))[0]["text"]
    assert "平台开票数据最新到 2026-06，距今 5 个月" in later
