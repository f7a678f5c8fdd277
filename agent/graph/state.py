"""Typed state of the chat graph: what each node reads and writes, nothing more."""
from __future__ import annotations

import operator
from typing import Annotated, NotRequired, TypedDict


class Evidence(TypedDict):
    """One retrieved passage the answer may cite as [n]."""

    n: int
    kind: str              # passages: regulation, document; computed by code: finding, calculation, warning, invoice, score, record
    citation: str          # 《中华人民共和国民法典 合同编》第六百九十二条
    doc_id: str
    chunk_id: str
    source_path: str
    article: str | None
    start: int
    end: int
    text: str
    score: float
    removed_instructions: NotRequired[list[str]]   # sentences addressing the assistant, dropped as data
    self_statements: NotRequired[list[str]]        # a party's own word on a risk fact ("无任何涉诉"), kept, unverified
    record_topic: NotRequired[str]                 # kind "record": the self-statement topic the lender's records were read for
    conflicts: NotRequired[bool]                   # kind "record": the records show what a clean declaration denies
    borrower_id: NotRequired[str]                  # kind "document": the borrower the upload was filed under


class Turn(TypedDict):
    role: str
    content: str


class ChatState(TypedDict, total=False):
    question: str
    tenant: str | None
    borrower_id: str | None                          # the borrower in focus; kept across turns
    tools: list[str]
    history: Annotated[list[Turn], operator.add]   # grows across turns of one thread
    evidence: list[Evidence]
    answer: str
    reasoning: str | None
    model: str
    error: str | None
