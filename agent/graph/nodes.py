"""Graph nodes: plain functions that orchestrate skills; they compute nothing themselves."""
from __future__ import annotations

from langgraph.config import get_stream_writer

from agent.errors import FengtiaoError
from agent.graph.state import ChatState, Evidence
from agent.llm.base import Message
from agent.llm.registry import get_backend
from prompts import load_prompt

MAX_EVIDENCE = 4
MAX_PASSAGE_CHARS = 400


def retrieve(state: ChatState) -> dict:
    """Find the passages the answer may rely on: public regulations plus the caller's own documents."""
    from retrieval.search import search  # heavy import (embeddings, chroma): only when the node runs

    hits = search(state["question"], tenant=state.get("tenant"), k=MAX_EVIDENCE)
    evidence: list[Evidence] = [
        Evidence(
            n=i, citation=h.citation, doc_id=h.doc_id, chunk_id=h.chunk_id, source_path=h.source_path,
            article=h.article, start=h.start, end=h.end, text=h.text, score=h.score,
        )
        for i, h in enumerate(hits, start=1)
    ]
    _emit({"type": "evidence", "evidence": evidence})
    return {"evidence": evidence}


def answer(state: ChatState) -> dict:
    """Write the answer from the evidence only; citations are appended by code so they are always right."""
    evidence = state.get("evidence", [])
    question = state["question"]
    backend = get_backend()
    prompt_name = "chat_answer_local" if backend.name == "local" else "chat_answer"
    prompt = load_prompt(prompt_name).format(evidence=format_evidence(evidence), question=question)
    messages = [Message(role=t["role"], content=t["content"]) for t in state.get("history", [])[-6:]]  # type: ignore[arg-type]
    messages.append(Message(role="user", content=prompt))
    text_parts: list[str] = []
    reasoning_parts: list[str] = []
    error = None
    try:
        stop = ["\n\n", "问题："] if backend.name == "local" else None
        for chunk in backend.stream(messages, max_tokens=200 if backend.name == "local" else None, stop=stop):
            (text_parts if chunk.kind == "text" else reasoning_parts).append(chunk.text)
            _emit({"type": chunk.kind, "text": chunk.text})
    except FengtiaoError as exc:
        error = exc.message
        _emit({"type": "error", "message": exc.message})
    body = "".join(text_parts).strip()
    if not body:
        body = compose_from_evidence(question, evidence)
    final = body + render_citations(evidence)
    return {
        "answer": final,
        "reasoning": "".join(reasoning_parts).strip() or None,
        "model": backend.model_id,
        "error": error,
        "history": [{"role": "user", "content": question}, {"role": "assistant", "content": body}],
    }


def format_evidence(evidence: list[Evidence]) -> str:
    """Passages go to the model as delimited data, never as instructions (documents are untrusted)."""
    if not evidence:
        return "（无检索结果）"
    return "\n".join(
        f"<资料 编号=\"{e['n']}\" 出处=\"{e['citation']}\">\n{e['text'][:MAX_PASSAGE_CHARS]}\n</资料>" for e in evidence
    )


def compose_from_evidence(question: str, evidence: list[Evidence]) -> str:
    """Deterministic answer when the model gives nothing usable: point at the most relevant passage."""
    if not evidence:
        return "没有检索到可以回答该问题的条文或文件，请换一种问法，或先导入相关文件。"
    top = evidence[0]
    return f"最相关的依据是{top['citation']}：{top['text'][:200]}"


def render_citations(evidence: list[Evidence]) -> str:
    if not evidence:
        return ""
    lines = [f"[{e['n']}] {e['citation']}（{e['source_path']}，字符 {e['start']}–{e['end']}）" for e in evidence]
    return "\n\n依据：\n" + "\n".join(lines)


def _emit(event: dict) -> None:
    """Stream progress to whoever listens (SSE, CLI); a no-op when the graph is not streamed."""
    try:
        get_stream_writer()(event)
    except RuntimeError:
        pass
