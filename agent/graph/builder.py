"""The chat graph: question → route (rules pick tools) → gather evidence → answer, checkpointed per thread in SQLite."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent.config import Settings, get_settings
from agent.errors import NotFound
from agent.graph.nodes import answer, gather, route
from agent.graph.state import ChatState


def build_chat_graph(checkpointer: BaseCheckpointSaver | None = None) -> CompiledStateGraph:
    builder = StateGraph(ChatState)
    builder.add_node("route", route)
    builder.add_node("gather", gather)
    builder.add_node("answer", answer)
    builder.add_edge(START, "route")
    builder.add_edge("route", "gather")
    builder.add_edge("gather", "answer")
    builder.add_edge("answer", END)
    return builder.compile(checkpointer=checkpointer)


def open_checkpointer(settings: Settings | None = None, path: Path | None = None) -> SqliteSaver:
    """One SQLite file per data dir; shared across threads of the API server."""
    s = settings or get_settings()
    db = path or s.path("checkpoints", "chat.sqlite")
    conn = sqlite3.connect(str(db), check_same_thread=False)
    saver = SqliteSaver(conn)
    saver.setup()
    return saver


def thread_config(thread_id: str) -> dict:
    return {"configurable": {"thread_id": thread_id}}


def thread_state(graph: CompiledStateGraph, thread_id: str, tenant: str | None) -> dict:
    """A thread's saved state ({} for a new thread); NotFound when another tenant started it, since continuing or
    reading it would hand over that tenant's history."""
    values = graph.get_state(thread_config(thread_id)).values
    if values and values.get("tenant") != tenant:
        raise NotFound(f"no chat thread {thread_id!r} for this tenant")
    return values or {}


# For LangGraph Studio / Server (langgraph.json); they bring their own checkpointer.
graph = build_chat_graph()
