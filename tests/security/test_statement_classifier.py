"""The learnt self-statement classifier: finds a party's own word on a risk fact in wordings no pattern lists, leaves
the same words in other roles alone, and fails loudly when its weights are missing or do not fit."""
from __future__ import annotations

import json

import pytest

from agent.errors import ConfigError
from agent.security.self_statements import find_self_statements, topics
from agent.security.statement_classifier import CLASSIFIER_FILE, load_statement_classifier

# Written for this test (not taken from any data set); none matches a pattern of agent/rules/self_statements.yaml.
PARAPHRASES = [
    ("名下那套门面房干干净净，没押给任何人，银行也没有查封。", "抵质押与权利负担"),
    ("本厂这些年跟谁都没打过官司，法院那边一条记录都查不到。", "涉诉与执行"),
    ("The Company is not a party to any legal proceedings before any court or arbitral tribunal.", "涉诉与执行"),
    ("我们公司没有替别的企业做过担保，互保也没有。", "对外担保"),
    ("老板和供货商之间没有任何股权或亲属上的联系。", "关联关系"),
]
NOT_STATEMENTS = [
    "借款人应于每月二十日前归还当期本息。",
    "经查询执行信息公开网，保证人名下有两起被执行案件尚未结案。",   # a third party's finding, not the party's own word
    "请问贵司是否存在对外担保？请于周五前书面回复。",
    "第六百八十八条 当事人在保证合同中约定保证人和债务人对债务承担连带责任的，为连带责任保证。",
]


@pytest.mark.parametrize(("sentence", "expected_topic"), PARAPHRASES)
def test_statements_no_pattern_lists_are_found_with_their_topic(sentence, expected_topic):
    assert find_self_statements(sentence) == [sentence]
    assert topics(sentence)[0] == expected_topic


@pytest.mark.parametrize("sentence", NOT_STATEMENTS)
def test_the_same_words_in_other_roles_are_not_statements(sentence):
    assert find_self_statements(sentence) == []


def test_shipped_weights_record_how_they_were_chosen():
    model = load_statement_classifier()
    trained = model.trained
    assert trained["held_out_set_read"] == "for near-copy removal only"
    assert trained["rows"]["dropped_near_copies_of_held_out"] > 0
    assert trained["training_files"] == [f"eval/datasets/self_statements_train/train_{a}.jsonl" for a in "abcd"]
    assert "经营与纳税" in model.topics
    assert trained["contract_sentences_flagged"] == 0          # the shipped contracts' 陈述与保证 sentences included
    assert trained["leave_one_author_out"]["court_flagged"] <= 0.01


def test_inconsistent_weights_are_a_config_error_that_says_how_to_rebuild(tmp_path):
    data = json.loads(CLASSIFIER_FILE.read_text(encoding="utf-8"))
    data["topic_coef"] = data["topic_coef"][:-1]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ConfigError, match="train_self_statement_classifier"):
        load_statement_classifier(broken)
    with pytest.raises(ConfigError, match="missing or unreadable"):
        load_statement_classifier(tmp_path / "absent.json")


def test_a_batch_larger_than_the_caches_still_gets_every_answer(monkeypatch):
    """A document with more sentences than the LRU caches hold (a 200-page contract): every sentence is scored and
    embedded, none lost to eviction, and the caches stay bounded."""
    from agent.security import instruction_classifier, statement_classifier
    from agent.security.statement_classifier import classify

    sentences = ["本公司从未发生任何贷款逾期。", "借款人应于每月二十日前归还当期本息。", "本人名下房产不存在任何抵押或查封。"]
    expected = classify(sentences)
    monkeypatch.setattr(instruction_classifier, "_CACHE_SIZE", 2)
    for cache in (instruction_classifier._vectors, instruction_classifier._scores, statement_classifier._seen):
        cache.clear()
    assert classify(sentences) == expected
    assert instruction_classifier.embed_sentences(sentences).shape == (3, 384)
    assert len(instruction_classifier.instruction_scores(sentences)) == 3
    assert max(map(len, (instruction_classifier._vectors, instruction_classifier._scores, statement_classifier._seen))) <= 2
