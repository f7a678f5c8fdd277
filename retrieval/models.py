"""Shapes that cross module boundaries inside retrieval: parsed documents, chunks and search hits."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

DocType = Literal["regulation", "contract", "invoice", "receipt", "other"]


class TextBlock(BaseModel):
    """A run of text with where it sits: page, character span in `ParsedDocument.text`, box if known."""

    text: str
    page: int = 1
    start: int
    end: int
    box: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1 in the page's own units
    confidence: float | None = None  # OCR confidence when the text came from OCR


class ParsedDocument(BaseModel):
    """Text plus a position map, whatever the source format."""

    source_path: str
    sha256: str
    format: str                      # pdf, pdf-ocr, image-ocr, docx, text, einvoice-xml, ofd
    text: str
    pages: int = 1
    blocks: list[TextBlock] = Field(default_factory=list)
    encoding: str | None = None
    metadata: dict = Field(default_factory=dict)  # parser-specific, e.g. e-invoice fields from XML


class Chunk(BaseModel):
    id: str                          # stable: hash of doc id + content
    doc_id: str                      # stable: hash of the source bytes (or corpus path for regulations)
    text: str
    doc_type: DocType
    tenant: str | None = None        # None = public (regulations)
    source_path: str
    title: str = ""
    article: str | None = None       # 第六百九十二条 / clause label
    article_number: int | None = None
    path: list[str] = Field(default_factory=list)  # 编/章/节 or clause headings
    page: int | None = None
    start: int = 0                   # character span in the source text
    end: int = 0
    metadata: dict = Field(default_factory=dict)


class Hit(BaseModel):
    """One search result, with enough to cite and highlight it."""

    chunk_id: str
    doc_id: str
    doc_type: DocType
    source_path: str
    title: str
    article: str | None = None
    path: list[str] = Field(default_factory=list)
    page: int | None = None
    start: int = 0
    end: int = 0
    text: str
    score: float
    scores: dict[str, float] = Field(default_factory=dict)  # per method: dense, bm25, rerank
    tenant: str | None = None
    metadata: dict = Field(default_factory=dict)

    @property
    def citation(self) -> str:
        where = self.article or (f"p.{self.page}" if self.page else "")
        return f"《{self.title}》{where}".strip()
