"""The shared dataset-builder helpers (eval/datasets/_routing_build.py, eval/datasets/_contracts_build.py)."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from eval.datasets import _contracts_build as cb
from eval.datasets import _routing_build as rb

GOOD = "91610802MA70B3K64X"      # a code named by chat_questions_holdout22 (check character X)
GOOD_ZERO = "91350100M000100Y43"  # widely published sample code


def test_valid_code_accepts_correct_check_character():
    assert rb.valid_code(GOOD)
    assert rb.valid_code(GOOD_ZERO)


@pytest.mark.parametrize("code", [
    GOOD[:17] + "W",              # wrong check character
    GOOD[:5] + "O" + GOOD[6:],     # O is not in the GB 32100 character set
    GOOD[:17],                     # too short
    GOOD + "1",                    # too long
    GOOD.lower(),
])
def test_valid_code_rejects_bad_codes(code):
    assert not rb.valid_code(code)


def test_codes_in_finds_only_standalone_valid_codes():
    text = f"查下{GOOD}这家，还有{GOOD[:17]}W和X{GOOD}这两个"
    assert rb.codes_in(text) == [GOOD]
    assert rb.codes_in(f"{GOOD} 和 {GOOD_ZERO}") == [GOOD, GOOD_ZERO]
    assert rb.codes_in("没有代码") == []


def test_longest_quote_measures_every_quote_style():
    assert rb.longest_quote("合同写的：“甲乙双方约定”，另见「丙」") == 6
    assert rb.longest_quote('clause "abcdefgh" and ‘xy’') == 8
    assert rb.longest_quote("no quotes here") == 0
    assert rb.longest_quote("“”") == 0


def test_build_sets_names_code_only_when_flagged():
    rows = rb.build([("x-001", "A", True, "zh", ["score"], [], "几档", "n"),
                     ("x-002", "A", False, "zh", ["score"], [], f"{GOOD} 几档", "n", True)])
    assert "names_code" not in rows[0]
    assert rows[1]["names_code"] is True and rows[1]["borrower_in_focus"] is False


def test_check_rejects_wrong_id_prefix():
    rows = rb.build([(f"cqa-{i:03d}", "A", True, "zh", ["score"], [], "评分几档呢", "n") for i in range(1, 3)])
    with pytest.raises(AssertionError):
        rb.check(rows, prefix="cqb", n_rows=2)


META = cb.DocxMeta(author="测试", fixed_time=(2026, 1, 2, 3, 4, 6), font_pt=10.5, file_mode=0o644)
BLOCKS = [("h", "借款合同"), ("p", "甲方：某某"), ("t", [["本金", "利率"], ["10000", "12%"]])]


def test_docx_writer_is_byte_identical_across_runs():
    first = cb.docx_bytes(BLOCKS, META)
    second = cb.docx_bytes(BLOCKS, META)
    assert first == second
    z = zipfile.ZipFile(io.BytesIO(first))
    assert {i.date_time for i in z.infolist()} == {(2026, 1, 2, 3, 4, 6)}
    assert {i.external_attr >> 16 for i in z.infolist()} == {0o644}
    assert "借款合同" in z.read("word/document.xml").decode("utf-8")
    assert "<dc:creator>测试</dc:creator>" in z.read("docProps/core.xml").decode("utf-8")


def test_docx_meta_options_change_the_bytes():
    plain = cb.DocxMeta(author="测试", fixed_time=(2026, 1, 2, 3, 4, 6))
    assert cb.docx_bytes(BLOCKS, plain) != cb.docx_bytes(BLOCKS, META)
    with pytest.raises(ValueError):
        cb.docx_bytes([("x", "?")], META)


def test_document_bytes_encodings():
    assert cb.document_bytes("gb18030", "借条", META) == "借条".encode("gb18030")
    assert cb.document_bytes("utf8", "借条", META) == "借条".encode("utf-8")
    with pytest.raises(ValueError):
        cb.document_bytes("latin1", "x", META)


def test_write_documents_and_gold(tmp_path):
    n = cb.write_documents(tmp_path, [("a.txt", "utf8", "甲"), ("b.docx", "docx", BLOCKS)], META, expected=2)
    assert n == 2 and (tmp_path / "a.txt").read_bytes() == "甲".encode("utf-8")
    assert (tmp_path / "b.docx").read_bytes() == cb.docx_bytes(BLOCKS, META)
    with pytest.raises(AssertionError):
        cb.write_documents(tmp_path, [("a.txt", "utf8", "甲"), ("a.txt", "utf8", "乙")], META)
    cb.write_gold(tmp_path / "gold.jsonl", [{"file": "a.txt", "as_of": "2026-01-02"}, {"file": "b.docx"}])
    raw = (tmp_path / "gold.jsonl").read_bytes()
    assert raw.endswith(b"\n") and b"\r" not in raw
    assert [json.loads(line) for line in raw.decode("utf-8").splitlines()][0] == {"file": "a.txt",
                                                                                  "as_of": "2026-01-02"}
