"""Turn a contract file into text: plain text here, everything else through `retrieval.parsers`.

DOCX/PDF/scans go through the shared parser (OCR included) when it is installed; until then DOCX and
text PDFs are read with python-docx / pypdfium2 so the contract checks work on their own.
"""
from __future__ import annotations

import re
from pathlib import Path

from agent.errors import DocumentError

_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_CONTRACT_WORDS = re.compile(r"借款|借贷|贷款|借[到倒]|借了|出借|保理|融资|欠款|借条|借据|保证|担保|典当|当金|融资租赁")
_CONTRACT_FORMS = re.compile(r"合同|协议|借条|借据|欠条|当票|契约|约定|甲方|乙方|出借人|借款人|欠款人")
# a debtor's 还款承诺书 is a loan paper; a 安全生产承诺书 or a 廉洁承诺书 is not: a 承诺书 / 承诺人 counts only with a
# borrowing recital in it ("承诺于…前归还向刘淑珍借款本金…")
_PROMISE_FORM = re.compile(r"承诺书|承诺人")
_PROMISE_LOAN = re.compile(r"借款|借[到倒]|欠款|本金|还款|欠[^，。；]{0,12}?(?:元|钱)")


# A typed-out chat or a note that shows money lent and owed, in everyday words: "能借我五万不？下个月十五号保证还你",
# "借给你3000块…月底还我" — a sum asked or given as a loan (借 with a sum) and its paying back (还 to a person, 还钱).
# Not a chat about splitting a dinner bill ("这顿饭我请"), nor an invoice (no 借 with a sum), nor "借用会议室".
_LENT_SUM = re.compile(r"借(?:给|予)?(?:我|你|您|俺|他|她)?(?:点|些)?(?:钱)?(?:人民币)?"
                       r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)(?:万|千|块|元|百)")
_PAID_BACK = re.compile(r"还(?:给)?(?:你|您|我|俺|他|她|钱|款|上|清)")
# …or money asked for without its sum ("想跟你借点钱", "想挨你借点钱", "借我点钱" — the sum said in the next line) and
# then sent by a chat's transfer notice ("[转账] ¥20000.00"): an ask, not borrowing named in passing ("我从不找人借钱",
# "上次借钱给你的事", "不借钱，直接买"), a notice paying for a meal or "借你的车用一下"
_ASKS_FOR_MONEY = re.compile(r"(?<![不没别])(?:想|要|能不能|可不可以|能|可以)(?:(?!不|没|别)[^，。？！\n]){0,4}?借(?:点|些|一点|一些)?钱"
                             r"|(?<![不没别])(?:找|跟|向|问|和|挨)(?:你|您)借(?:点|些|一点|一些)?钱|借(?:我|俺)(?:点|些|一点|一些)钱")
_TRANSFER_NOTICE = re.compile(r"\[(?:转账|转帐)\][^\[\]¥￥]{0,20}[¥￥]\d")


def _lent_and_owed(compact: str) -> bool:
    lent = _LENT_SUM.search(compact) or (_ASKS_FOR_MONEY.search(compact) and _TRANSFER_NOTICE.search(compact))
    return bool(lent and _PAID_BACK.search(compact))


def _read_plain(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise DocumentError(str(path), "the text file is neither UTF-8 nor GB18030; re-save it as UTF-8", kind="encoding")


def _fallback(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            parts.extend("  ".join(cell.text for cell in row.cells) for row in table.rows)
        return "\n".join(parts)
    if suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
        if not text.strip():
            raise DocumentError(str(path), "the PDF has no text layer (a scan) and the OCR parser is not installed",
                                kind="scanned")
        return text
    raise DocumentError(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .docx or .pdf", kind="unsupported")


def read_contract_text(path: Path) -> str:
    """The document's text, or DocumentError saying why it cannot be read."""
    if not path.exists():
        raise DocumentError(str(path), "file not found", kind="not_found")
    if path.is_dir():
        raise DocumentError(str(path), "this is a folder; give one contract file", kind="unsupported")
    if path.stat().st_size == 0:
        raise DocumentError(str(path), "the file is empty", kind="empty")
    if path.suffix.lower() in _TEXT_SUFFIXES:
        return _read_plain(path)
    try:
        from retrieval.parsers import parse_file
    except ImportError:
        return _fallback(path)
    return parse_file(path).text


def require_contract(text: str, file: str) -> None:
    """Refuse documents that are not loan or guarantee contracts (an invoice, a blank page …)."""
    if len(text.strip()) < 20:
        raise DocumentError(file, "no readable text (empty, or a scan the OCR could not read)", kind="empty")
    from agent.contracts.segment import simplified

    compact = re.sub(r"\s", "", simplified(text))     # "欠  条", "借 款 合 同"; 借貸契約 read as 借贷契约
    form = _CONTRACT_FORMS.search(compact) or (_PROMISE_FORM.search(compact) and _PROMISE_LOAN.search(compact))
    if not (_CONTRACT_WORDS.search(compact) and form) and not _lent_and_owed(compact):
        raise DocumentError(
            file, "this does not look like a loan or guarantee contract (no 借款/贷款/担保 terms found)",
            kind="not_a_contract")
