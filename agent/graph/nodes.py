"""Graph nodes: plain functions that orchestrate skills; they compute nothing themselves."""
from __future__ import annotations

import re
from langgraph.config import get_stream_writer

from agent.errors import FengtiaoError
from agent.graph.pasted import split_pasted
from agent.graph.state import ChatState, Evidence
from agent.graph.tools import TOOLS, borrower_in, names_own_documents, route_tools, row_refs
from agent.llm.base import Message
from agent.llm.registry import get_backend
from agent.security.injection import strip_instructions
from agent.security.self_statements import find_self_statements, topics
from prompts import load_prompt

MAX_EVIDENCE = 6
MAX_PASSAGE_CHARS = 400
MAX_PASTED_CHARS = 3000   # a pasted contract is the subject of the question: the model reads more of it
# An institution's own documents are untrusted: the model reads only the sentences that share wording with the
# question, so an instruction planted elsewhere in the file does not reach it whatever its wording.
DOCUMENT_SENTENCES = 4
PASTED_DOC_ID = "pasted"
PASTED_CITATION = "对话中粘贴的文件"
GROUNDING_MIN_OVERLAP = 0.6  # share of the embedded model's character bigrams that must occur in the evidence
ECHO_MAX_OVERLAP = 0.8       # a draft whose bigrams are this much the question's only repeats it
LOOP_MIN_DISTINCT = 0.6      # share of distinct clauses below which a draft is a loop (half that for bigrams)
_KIND_ORDER = {"calculation": 0, "finding": 0, "warning": 1, "invoice": 2, "score": 3, "document": 4, "regulation": 5}
_COMPUTED_FACTS = ("calculation", "finding", "invoice", "score")  # computed by code: outside the passage budget
_VERBATIM = ("calculation", "finding", "warning", "invoice", "score", "record")  # text already the sentence to show
_COMPUTED = ("calculation", "warning", "invoice", "score")  # written by our code: no document text to sanitise
_FROM_ROWS = ("warning", "invoice", "score", "record")      # located by the DB rows they were computed from


def route(state: ChatState) -> dict:
    """Pick tools by transparent rules (and the learned router model, FENGTIAO_ROUTER_MODEL); a credit code in the
    question puts that borrower in focus, and a question whose best lexical match is one of the tenant's own documents
    also searches them."""
    borrower = borrower_in(state["question"]) or state.get("borrower_id")
    tools = route_tools(state["question"], borrower)
    if "documents" not in tools and names_own_documents(state["question"], state.get("tenant"), borrower):
        tools.append("documents")
    _emit({"type": "progress", "step": "route", "tools": tools, "borrower_id": borrower})
    return {"borrower_id": borrower, "tools": tools}


def gather(state: ChatState) -> dict:
    """Run the chosen tools; a failing tool is reported and the others still answer. A document pasted into the
    question is evidence like an upload: sanitised, cited, never read by the model as part of the question."""
    evidence: list[Evidence] = []
    for name in state.get("tools", []):
        _emit({"type": "progress", "step": "tool", "tool": name})
        try:
            evidence.extend(TOOLS[name](state["question"], state.get("tenant"), state.get("borrower_id")))
        except FengtiaoError as exc:
            _emit({"type": "error", "tool": name, "message": exc.message})
    evidence = _cited_once(evidence)
    _, pasted = split_pasted(state["question"])
    if pasted:
        evidence.insert(0, Evidence(n=0, kind="document", citation=PASTED_CITATION, doc_id=PASTED_DOC_ID, chunk_id="",
                                    source_path=PASTED_CITATION, article=None, start=0, end=len(pasted), text=pasted,
                                    score=1.0))
    ordered = sorted(evidence, key=lambda e: (_KIND_ORDER.get(e["kind"], 9), e["doc_id"] != PASTED_DOC_ID))[
        :MAX_EVIDENCE + sum(e["kind"] in _COMPUTED_FACTS for e in evidence)]
    for i, e in enumerate(ordered, start=1):
        e["n"] = i
        if e["kind"] in _COMPUTED:
            continue
        # public articles come from the operator's corpus, not from a tenant: the patterns suffice, and skipping
        # the classifier there saves ~75 ms per article (bench/injection.py)
        e["text"], removed = strip_instructions(e["text"], semantic=False if e["kind"] == "regulation" else None)
        if removed:
            e["removed_instructions"] = removed
            _emit({"type": "warning", "message": f"资料 [{i}] 中有 {len(removed)} 句疑似指令的文字，已作为数据忽略"})
        if e["kind"] == "document" and (claims := find_self_statements(e["text"])):
            e["self_statements"] = claims
    ordered += record_checks(ordered, state.get("tenant"), state.get("borrower_id"))
    _emit({"type": "evidence", "evidence": ordered})
    return {"evidence": ordered}


def record_checks(evidence: list[Evidence], tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    """The lender's records on each topic a document's self-statement is about, as evidence items numbered after
    the others (agent/risk/crosscheck.py). A statement is read against the borrower its document was filed under,
    else the borrower in focus; none without a borrower or statements."""
    by_borrower: dict[str, list[str]] = {}
    for e in evidence:
        if (owner := _statement_owner(e, borrower_id)) and e.get("self_statements"):
            by_borrower.setdefault(owner, []).extend(e["self_statements"])
    if not (tenant and by_borrower):
        return []
    from agent.risk.crosscheck import check_statements

    out: list[Evidence] = []
    for owner, statements in by_borrower.items():
        try:
            checks = check_statements(owner, statements, tenant=tenant)
        except FengtiaoError as exc:   # no relationship with the borrower, or no risk DB: the note still stands
            _emit({"type": "error", "tool": "record_check", "message": exc.message})
            continue
        out += [Evidence(n=len(evidence) + len(out) + i, kind="record", citation=f"系统记录核对 {owner}：{c.topic}",
                         doc_id=owner, chunk_id=row_refs(c.rows), source_path="risk", article=None, start=0, end=0,
                         text=c.text, score=1.0, record_topic=c.topic, conflicts=c.conflicts)
                for i, c in enumerate(checks, start=1)]
    return out


def _statement_owner(e: Evidence, borrower_id: str | None) -> str | None:
    """Whose records a document's self-statements meet: the borrower it was filed under, else the one in focus."""
    return e.get("borrower_id") or borrower_id


def answer(state: ChatState) -> dict:
    """Write the answer from the evidence only; citations are appended by code so they are always right."""
    evidence = state.get("evidence", [])
    question, pasted = split_pasted(state["question"])
    question = question or load_prompt("chat_pasted_only").strip()    # a clause pasted with no words of the user's
    backend = get_backend()
    # A remote backend masks personal identifiers itself and restores them, streamed deltas included
    # (agent/llm/masking.py): the model sees placeholders, the user the originals.
    messages = _answer_messages(backend.name, state, question, evidence)
    text_parts: list[str] = []
    reasoning_parts: list[str] = []
    error = None
    local = backend.name == "local"
    try:
        # The embedded model's draft is checked before anyone sees it, so it is not streamed token by token.
        stop = ["\n"] if local else None
        for chunk in backend.stream(messages, max_tokens=120 if local else None, stop=stop):
            (text_parts if chunk.kind == "text" else reasoning_parts).append(chunk.text)
            if not local:
                _emit({"type": chunk.kind, "text": chunk.text})
    except FengtiaoError as exc:
        error = exc.message
        _emit({"type": "error", "message": exc.message})
    body = "".join(text_parts).strip()
    problems = ungrounded(body, question, evidence, strict=local)
    if local:
        # The embedded 270M model is too small to be the answer: the evidence, composed by code, leads; its
        # sentence is added only when its wording comes from the evidence, and is labelled as the model's.
        draft = body if body and not problems and not _echoes(body, question) and not _loops(body) else ""
        body = compose_from_evidence(question, evidence)
        if draft:
            body += f"\n\n模型摘要（嵌入式小模型，仅供参考）：{draft}"
        _emit({"type": "text", "text": body})
    elif problems:
        body += "\n\n（提示：" + "；".join(problems) + "，请以所引资料为准。）"
    if not body:
        body = compose_from_evidence(question, evidence)
    pasted_n = next((e["n"] for e in evidence if e["doc_id"] == PASTED_DOC_ID), None)
    if pasted_n:
        body += f"\n\n（您粘贴的文件已作为资料 [{pasted_n}] 处理：其中的文字只作为事实依据，不作为对助手的指示。）"
    flagged = [e["n"] for e in evidence if e.get("removed_instructions")]
    if flagged:
        body += "\n\n（注意：资料 " + "、".join(f"[{n}]" for n in flagged) + " 中含有试图指挥助手的文字，已忽略；请人工核查该文件。）"
    body += _unverified_note(evidence, state.get("borrower_id"))
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
        "history": [{"role": "user", "content": question + (f"\n（附{PASTED_CITATION}）" if pasted else "")},
                    {"role": "assistant", "content": body}],
    }


def _unverified_note(evidence: list[Evidence], borrower_id: str | None = None) -> str:
    """Which cited documents rest on a party's own word about a risk fact, and about what. The sentence itself is
    not repeated: a planted claim should not gain a second place in the answer; the officer opens the item. A
    document meets the records of the borrower it was filed under, else of the borrower in focus."""
    items = [e for e in evidence if e.get("self_statements")]
    if not items:
        return ""
    about = {e["n"]: list(dict.fromkeys(t for s in e["self_statements"] for t in topics(s))) for e in items}
    named = "；".join(f"[{n}] 关于" + "、".join(ts) for n, ts in about.items())
    note = ("\n\n（注意：以下资料中的说法是文件当事方的自述，未经独立核实：" + named
            + "。请以征信报告、银行流水、" + ("开票与纳税数据、" if any("经营与纳税" in ts for ts in about.values()) else "")
            + "裁判文书与执行信息、登记系统等独立来源为准。）")
    records = {(e["doc_id"], e["record_topic"]): e for e in evidence if e["kind"] == "record"}
    owner = {e["n"]: _statement_owner(e, borrower_id) for e in items}
    conflicts = [f"[{n}] 关于{t}的自述与系统记录 [{r['n']}] 不符" for n, ts in about.items() for t in ts
                 if (r := records.get((owner[n], t))) is not None and r.get("conflicts")]
    if conflicts:
        note += "\n（与系统记录不一致：" + "；".join(conflicts) + "。请先核实再依赖该文件。）"
    return note


def _cited_once(evidence: list[Evidence]) -> list[Evidence]:
    """An article two tools found (the rate check and the search) is cited once, where it was found first."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for e in evidence:
        key = (e["source_path"], e["start"], e["end"])
        if e["kind"] == "regulation" and key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def _answer_messages(backend_name: str, state: ChatState, question: str, evidence: list[Evidence]) -> list[Message]:
    if backend_name == "local":
        # A 270M base model follows one short instruction with the evidence; earlier turns only confuse it.
        system = load_prompt("chat_answer_local").format(evidence=format_evidence(evidence, question))
        return [Message(role="system", content=system), Message(role="user", content=question)]
    prompt = load_prompt("chat_answer").format(evidence=format_evidence(evidence, question), question=question)
    history = [Message(role=t["role"], content=t["content"]) for t in state.get("history", [])[-6:]]  # type: ignore[arg-type]
    return [*history, Message(role="user", content=prompt)]


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LEADING_LABEL = re.compile(r"^第[零〇一二两三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?\s*")


def ungrounded(text: str, question: str, evidence: list[Evidence], *, strict: bool) -> list[str]:
    """Reasons the answer is not supported by the evidence: numbers that appear nowhere in the question or
    evidence (numbers come from code and documents, never from the model), and, for the embedded model, a
    sentence sharing too little wording with the evidence to be a faithful restatement."""
    if not text:
        return []
    source = question + "\n" + "\n".join(e["text"] + e["citation"] for e in evidence)
    problems = [f"数字 {n} 不见于所引资料" for n in dict.fromkeys(_NUMBER.findall(text))
                if n not in source and not re.fullmatch(r"\[?\d\]?", n) and not _is_citation_marker(text, n)]
    if strict:
        grams = _bigrams(text)
        if not grams:
            problems.append("回答没有中文内容")
        else:
            shared = sum(1 for g in grams if g in source) / len(grams)
            if shared < GROUNDING_MIN_OVERLAP:
                problems.append(f"回答与资料的用词重合只有 {shared:.0%}")
    return problems


def _echoes(text: str, question: str) -> bool:
    """The small model restating the question instead of answering it (its wording is mostly the question's)."""
    grams = _bigrams(text)
    return bool(grams) and len(grams & _bigrams(question)) / len(grams) >= ECHO_MAX_OVERLAP


def _loops(text: str) -> bool:
    """A small model stuck in a loop ("债权人向债权人提出请求，债权人向债权人提出请求，…"): most of its clauses or
    character bigrams are repeats."""
    clauses = [c for c in re.split(r"[，,。；;！!？?\n]+", text) if c.strip()]
    if len(clauses) >= 3 and len(set(clauses)) / len(clauses) < LOOP_MIN_DISTINCT:
        return True
    grams = [run[i:i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)]
    return len(grams) >= 20 and len(set(grams)) / len(grams) < LOOP_MIN_DISTINCT / 2


def _is_citation_marker(text: str, number: str) -> bool:
    return f"[{number}]" in text


def format_evidence(evidence: list[Evidence], question: str | None = None) -> str:
    """Passages go to the model as delimited data, never as instructions (documents are untrusted)."""
    if not evidence:
        return "（无检索结果）"
    own_word = ' 含当事方自述="是"'
    return "\n".join(
        f"<资料 编号=\"{e['n']}\" 出处=\"{e['citation']}\"{own_word if e.get('self_statements') else ''}>\n"
        f"{_passage_text(e, question)}\n</资料>" for e in evidence
    )


def _passage_text(e: Evidence, question: str | None) -> str:
    text = e["text"][:_passage_cap(e)]
    if question and e["kind"] == "document":
        return key_sentences(question, text, limit=DOCUMENT_SENTENCES)
    return text


def _passage_cap(e: Evidence) -> int:
    return MAX_PASTED_CHARS if e.get("doc_id") == PASTED_DOC_ID else MAX_PASSAGE_CHARS


def compose_from_evidence(question: str, evidence: list[Evidence]) -> str:
    """A structured answer built by code from the evidence alone: used when the model is unavailable or
    too small to write one. Each line cites the item it restates."""
    if not evidence:
        return "没有检索到可以回答该问题的条文或文件，请换一种问法，或先导入相关文件。"
    heads = {"calculation": "利率测算", "finding": "合同审查", "warning": "借款人预警", "invoice": "开票情况", "score": "经营风险评分",
             "document": "本机构文件", "record": "系统记录核对", "regulation": "法律依据"}
    lines = []
    for kind in heads:
        items = [e for e in evidence if e["kind"] == kind]
        if not items:
            continue
        shown = items if kind in _VERBATIM else items[:2]
        for e in shown:
            if kind in _VERBATIM:
                text = " ".join(e["text"].split())
            else:  # the article's own label is in the citation; quote the sentences that answer
                text = f"{e['citation']}：" + _LEADING_LABEL.sub("", key_sentences(question, e["text"]))
            lines.append(f"- {heads[kind]}：{text[:300]}{'…' if len(text) > 300 else ''} [{e['n']}]")
    return "根据检索到的资料：\n" + "\n".join(lines)


def key_sentences(question: str, text: str, limit: int = 3) -> str:
    """The sentences of a passage that share most wording with the question, in their original order:
    the part of a long article that answers, not its first 200 characters."""
    from retrieval.query import expand_query

    q = _bigrams(expand_query(question))
    sentences = [x for x in re.split(r"(?<=[。；！？])", " ".join(text.split())) if x.strip()]
    if len(sentences) <= limit:
        return "".join(sentences)
    def relevance(i: int) -> float:  # shared wording, not favouring long sentences
        grams = _bigrams(sentences[i])
        return len(grams & q) / max(len(grams), 1) ** 0.5

    scored = sorted(range(len(sentences)), key=lambda i: -relevance(i))[:limit]
    return "……".join(sentences[i] for i in sorted(scored))


def _bigrams(text: str) -> set[str]:
    return {run[i : i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)}


def render_citations(evidence: list[Evidence]) -> str:
    if not evidence:
        return ""
    lines = [f"[{e['n']}] {e['citation']}（{e['source_path']}，{_location(e)}）" for e in evidence]
    return "\n\n依据：\n" + "\n".join(lines)


def _location(e: Evidence) -> str:
    """Where in the source: a character span of a passage, or the rows a figure computed from the risk DB read."""
    if e["kind"] not in _FROM_ROWS:
        return f"字符 {e['start']}–{e['end']}"
    return f"数据行 {e['chunk_id']}" if e["chunk_id"] else "由代码计算"


def _emit(event: dict) -> None:
    """Stream progress to whoever listens (SSE, CLI); a no-op when the graph is not streamed."""
    try:
        get_stream_writer()(event)
    except RuntimeError:
        pass
