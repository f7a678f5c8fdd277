"""Produce a checked draft (LLM polish → check → regenerate once → template), keep versions, write DOCX."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from agent.errors import FengtiaoError
from agent.mediation.checks import CheckResult, check_draft, draft_facts, passed
from agent.mediation.draft import DraftInputs, agreement_fields, polish, render


@dataclass
class DraftOutcome:
    kind: str
    text: str
    source: str                       # template | llm
    attempts: list[dict] = field(default_factory=list)   # each: {source, checks: [...]}
    checks: list[CheckResult] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "source": self.source, "attempts": self.attempts,
                "checks": [c.to_dict() for c in self.checks]}


class DraftCheckError(FengtiaoError):
    """Even the deterministic template failed the checks: a bug or inconsistent case data, never shown to parties."""

    code = "mediation_draft_check_error"


def _fields(inp: DraftInputs, kind: str) -> dict[str, str]:
    if kind == "agreement":
        return agreement_fields(inp)
    from agent.mediation.memo import memo_fields

    return memo_fields(inp)


def produce_draft(inp: DraftInputs, kind: str, *, backend=None, foreign_names: set[str] = frozenset(),
                  foreign_ids: set[str] = frozenset()) -> DraftOutcome:
    """With a backend: polish, check; on rejection polish once more; still rejected → the template text."""
    facts = draft_facts(inp)
    fields = _fields(inp, kind)
    attempts = []

    def run(polished):
        text = render(kind, fields, inp.lang, polished)
        res = check_draft(text, kind, facts, inp.lang, foreign_names=foreign_names, foreign_ids=foreign_ids)
        return text, res

    if backend is not None:
        for _ in range(2):
            try:
                polished = polish(fields, kind, inp.lang, backend)
            except FengtiaoError as exc:
                attempts.append({"source": "llm", "error": exc.message})
                break
            text, res = run(polished)
            attempts.append({"source": "llm", "checks": [r.to_dict() for r in res]})
            if passed(res):
                return DraftOutcome(kind, text, "llm", attempts, res)
    text, res = run(None)
    attempts.append({"source": "template", "checks": [r.to_dict() for r in res]})
    if not passed(res):
        bad = "; ".join(p for r in res for p in r.problems)
        raise DraftCheckError(f"the {kind} template failed its own checks ({bad}); fix the case data or report a bug")
    return DraftOutcome(kind, text, "template", attempts, res)


def save_version(folder: Path, stem: str, text: str) -> tuple[Path, int]:
    """`stem.vN.md`; the same text as the latest version reuses it, so re-running a step adds no version."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob(f"{stem}.v*.md"), key=lambda p: int(p.stem.rsplit(".v", 1)[1]))
    if existing and existing[-1].read_text(encoding="utf-8") == text:
        return existing[-1], int(existing[-1].stem.rsplit(".v", 1)[1])
    n = int(existing[-1].stem.rsplit(".v", 1)[1]) + 1 if existing else 1
    path = folder / f"{stem}.v{n}.md"
    path.write_text(text, encoding="utf-8")
    return path, n


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _cjk_font(run, name: str = "SimSun") -> None:
    from docx.oxml.ns import qn

    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def _add_runs(par, text: str, *, bold: bool = False, size: float | None = None) -> None:
    from docx.shared import Pt

    run = par.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    _cjk_font(run)


def write_docx(markdown: str, path: Path) -> Path:
    """The subset of Markdown our templates produce → an official-looking DOCX (title, numbered sections, tables)."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(12)
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("# "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(p, ln[2:].strip(), bold=True, size=18)
        elif ln.startswith("## "):
            p = doc.add_paragraph()
            _add_runs(p, ln[3:].strip(), bold=True, size=14)
        elif ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                if not re.fullmatch(r"\|(?:-+\|)+", lines[i].strip()):
                    rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = ""
                    _add_runs(table.cell(r, c).paragraphs[0], cell, bold=(r == 0), size=9 if len(row) > 6 else 11)
            continue
        elif ln.startswith(">"):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(24)
            _add_runs(p, ln[1:].strip(), size=10.5)
        elif ln.strip():
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24) if not ln.startswith(("- ", "1", "2", "3", "4", "5", "6", "7", "8", "9")) else None
            _add_runs(p, ln.strip())
        i += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
