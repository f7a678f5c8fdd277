"""One real index of the shipped regulations per test session (~5.6k articles).

Embedding the corpus takes 1-3 minutes on 2 busy cores, so the vectors are kept in the shared test
cache (tests/conftest.py `model_cache_dir`) through the library's own embedding cache: a cold run
embeds everything once, later runs only re-read the vectors; chunking, upserts and BM25 always run.
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from agent.config import Settings
from retrieval.embedding import cache_path
from retrieval.ingest import IngestSummary, ingest_builtin_regulations


@pytest.fixture(scope="session")
def regulation_index(tmp_path_factory: pytest.TempPathFactory, model_cache_dir: Path) -> tuple[Settings, IngestSummary]:
    data_dir = tmp_path_factory.mktemp("regulation-index")
    settings = Settings(data_dir=data_dir, chroma_url=None, embedding_model=None, reranker_model=None)
    vectors = cache_path(settings)
    kept = model_cache_dir / "embedding-cache" / vectors.name
    warm = kept.exists()
    if warm:
        shutil.copyfile(kept, vectors)
    t0 = time.perf_counter()
    summary = ingest_builtin_regulations(settings=settings)
    elapsed = time.perf_counter() - t0
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(vectors, kept)
    sys.stderr.write(f"\n[retrieval_index] built-in regulations: {summary.chunks_added} chunks indexed in {elapsed:.1f}s "
                     f"({summary.chunks_added / max(elapsed, 1e-9):.1f} chunks/s, "
                     f"{'vectors from the test cache' if warm else 'all embedded now'})\n")
    return settings, summary


@pytest.fixture(scope="session")
def index_settings(regulation_index: tuple[Settings, IngestSummary]) -> Settings:
    return regulation_index[0]


@pytest.fixture()
def write_text(tmp_path: Path):
    def write(name: str, text: str) -> Path:
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        return p

    return write
