"""check_contract on files: formats, and every kind of bad input gets a typed answer."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from agent.contracts.check import check_contract
from agent.errors import DocumentError

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def test_text_and_path_give_the_same_report(tmp_path, contract):
    text = contract(interest="借款月息2分。")
    path = tmp_path / "loan.txt"
    path.write_text(text, encoding="utf-8")
    by_path, by_text = check_contract(path), check_contract(text)
    assert by_path.file == str(path) and by_text.file == "<text>"
    assert by_path.fields == by_text.fields and by_path.fields["annual_rate"] == 0.24


def test_gb18030_text_file_is_read(tmp_path, contract):
    path = tmp_path / "gbk.txt"
    path.write_bytes(contract().encode("gb18030"))
    assert check_contract(path).fields["lender"] == "张建华"


def test_docx_contract_is_read(tmp_path, contract):
    d = docx.Document()
    for line in contract(interest="借款日利率万分之五。").splitlines():
        d.add_paragraph(line)
    path = tmp_path / "loan.docx"
    d.save(str(path))
    report = check_contract(path)
    assert report.fields["annual_rate"] == 0.1825 and report.fields["principal"] == "100000"


def test_evidence_quotes_the_original_text(contract):
    text = contract(interest="借款年利率为１２％。")  # full-width digits are read, and quoted as written
    report = check_contract(text)
    ev = report.contract.interest.evidence[0]
    assert report.fields["annual_rate"] == 0.12
    assert text[ev.start:ev.end] == ev.quote == "年利率为１２％"


def test_contradictory_rates_are_an_error_record_not_a_choice(contract):
    report = check_contract(contract(interest="借款年利率为12%，乙方按月利率1.5%按月付息。"))
    assert report.fields["annual_rate"] is None and report.fields["interest_status"] == "contradictory"
    assert any(e["type"] == "contradictory_rate" for e in report.errors)
    assert "no_interest_agreed" in {f.rule_id for f in report.findings}


def test_contradictory_capital_and_figure_principal_reads_the_capital_and_says_so(contract):
    text = contract().replace("¥100,000.00", "¥10,000.00")
    report = check_contract(text)
    assert report.fields["principal"] == "100000"          # the 大写 壹拾万元, not the 小写 ¥10,000.00
    assert "小写 says 10000" in report.contract.principal.note
    [problem] = [e for e in report.errors if e["type"] == "contradictory_amount"]
    assert "大写 100000 and 小写 10000 disagree" in problem["message"]
    assert {e["quote"] for e in problem["evidence"]} >= {"¥10,000.00"}


def test_missing_contract_date_is_reported_for_the_cap_check(contract):
    text = contract(interest="借款年利率为24%。", start="", end="", signed="").replace("借款期限自起至止。", "借款期限一年。")
    report = check_contract(text)
    assert any(e["type"] == "rule_not_evaluated" and e["rule_id"] == "rate_above_4x_lpr" for e in report.errors)


@pytest.mark.parametrize("name, content, kind", [
    ("invoice.txt", "增值税电子普通发票\n购买方名称：某某有限公司\n价税合计（大写）柒仟元整\n", "not_a_contract"),
    ("empty.txt", "", "empty"),
    ("blank.txt", "   \n  \n", "empty"),
])
def test_non_contract_input_is_a_typed_document_error(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError) as exc:
        check_contract(path)
    assert exc.value.kind == kind and str(path) in exc.value.file


def test_missing_file_is_a_typed_error(tmp_path):
    with pytest.raises(DocumentError) as exc:
        check_contract(tmp_path / "nope.txt")
    assert exc.value.kind == "not_found"


def test_unsupported_binary_is_a_typed_error(tmp_path):
    path = tmp_path / "loan.xyz"
    path.write_bytes(b"\x00\x01\x02binary" * 50)
    with pytest.raises(DocumentError):
        check_contract(path)


def test_scanned_contract_is_read_through_ocr(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    lines = ["借款合同", "出借人：张建华", "借款人：李卫东", "借款金额：人民币100000元",
             "借款年利率为24%", "签订日期：2023年3月1日"]
    font = ImageFont.truetype(str(FONT), 40)
    img = Image.new("RGB", (900, 80 * len(lines) + 60), "white")
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((40, 30 + 80 * i), line, fill="black", font=font)
    path = tmp_path / "scan.png"
    img.save(path)
    report = check_contract(path)
    assert report.fields["annual_rate"] == 0.24
    assert "rate_above_4x_lpr" in {f.rule_id for f in report.findings}
