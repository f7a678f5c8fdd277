"""Graph nodes: plain functions that orchestrate skills; they compute nothing themselves."""
from __future__ import annotations

from langgraph.config import get_stream_writer

from agent.errors import FengtiaoError
from agent.graph.state import ChatState, Evidence
from agent.graph.tools import TOOLS, borrower_in, choose_tools
from agent.llm.base import Message
from agent.llm.registry import get_backend
from prompts import load_prompt

MAX_EVIDENCE = 6
MAX_PASSAGE_CHARS = 400
_KIND_ORDER = {"finding": 0, "warning": 1, "document": 2, "regulation": 3}


def route(state: ChatState) -> dict:
    """Pick tools by transparent rules; a credit code in the question puts that borrower in focus."""
    borrower = borrower_in(state["question"]) or state.get("borrower_id")
    tools = choose_tools(state["question"], borrower)
    _emit({"type": "progress", "step": "route", "tools": tools, "borrower_id": borrower})
    return {"borrower_id": borrower, "tools": tools}


def gather(state: ChatState) -> dict:
    """Run the chosen tools; a failing tool is reported and the others still answer."""
    evidence: list[Evidence] = []
    for name in state.get("tools", []):
        _emit({"type": "progress", "step": "tool", "tool": name})
        try:
            evidence.extend(TOOLS[name](state["question"], state.get("tenant"), state.get("borrower_id")))
        except FengtiaoError as exc:
            _emit({"type": "error", "tool": name, "message": exc.message})
    ordered = sorted(evidence, key=lambda e: _KIND_ORDER.get(e["kind"], 9))[:MAX_EVIDENCE]
    for i, e in enumerate(ordered, start=1):
        e["n"] = i
    _emit({"type": "evidence", "evidence": ordered})
    return {"evidence": ordered}


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
    try:
        model = backend.model_id
    except FengtiaoError:  # asking a down server for its model name fails the same way the answer did
        model = f"{backend.name} (unavailable)"
    return {
        "answer": final,
        "reasoning": "".join(reasoning_parts).strip() or None,
        "model": model,
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
    """A structured answer built by code from the evidence alone: used when the model is unavailable or
    too small to write one. Each line cites the item it restates."""
    if not evidence:
        return "没有检索到可以回答该问题的条文或文件，请换一种问法，或先导入相关文件。"
    heads = {"finding": "合同审查", "warning": "借款人预警", "document": "本机构文件", "regulation": "法律依据"}
    lines = []
    for kind in ("finding", "warning", "document", "regulation"):
        items = [e for e in evidence if e["kind"] == kind]
        if not items:
            continue
        shown = items if kind in ("finding", "warning") else items[:2]
        for e in shown:
            text = " ".join(e["text"].split())
            lines.append(f"- {heads[kind]}：{text[:160]}{'…' if len(text) > 160 else ''} [{e['n']}]")
    return "根据检索到的资料：\n" + "\n".join(lines)


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
