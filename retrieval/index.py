"""One import for callers (agent tools, API, eval): ingest, search, stats and delete.

    from retrieval.index import search, ingest_paths
    hits = search("保证期间没有约定怎么办", tenant="bank-a", k=5)
"""
from __future__ import annotations

from retrieval.ingest import (IngestEvent, IngestFailure, IngestSummary, detect_doc_type, ensure_builtin_regulations,
                              ingest_builtin_regulations, ingest_paths)
from retrieval.models import Hit
from retrieval.search import search
from retrieval.store import IndexStats, delete_document, stats

__all__ = [
    "Hit", "IndexStats", "IngestEvent", "IngestFailure", "IngestSummary", "delete_document", "detect_doc_type",
    "ensure_builtin_regulations", "ingest_builtin_regulations", "ingest_paths", "search", "stats",
]
