"""fengtiao HTTP API: a thin FastAPI layer over the library. `python serve.py` serves on 127.0.0.1:8000."""
from __future__ import annotations

import importlib
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.config import Settings, get_settings
from agent.tenancy import resolve_tenant
from agent.errors import FengtiaoError, NotFound
from agent.security.errors import http_problem, problem_response, validation_problem
from agent.security.openapi import problem_openapi

# Routers contributed by each capability; a missing module is a capability not built yet.
ROUTER_MODULES = [
    "retrieval.api",
    "agent.contracts.api",
    "agent.jobs.api",
    "agent.mediation.api",
    "agent.risk.api",
]

class ChatRequest(BaseModel):
    question: str = Field(min_length=1, max_length=20_000)
    thread_id: str | None = None
    tenant: str | None = None


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False, default=str)}\n\n"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from agent.graph.builder import build_chat_graph, open_checkpointer

        saver = open_checkpointer(settings)
        app.state.chat_graph = build_chat_graph(saver)
        try:
            yield
        finally:
            saver.conn.close()

    app = FastAPI(title="fengtiao 风调", version="0.1.0", lifespan=lifespan)
    app.openapi = problem_openapi(app)   # errors documented as they are sent: problem+json
    app.state.settings = settings

    @app.exception_handler(FengtiaoError)
    async def fengtiao_error(request: Request, exc: FengtiaoError) -> JSONResponse:
        return problem_response(exc)   # statuses: agent.security.errors.HTTP_STATUS, shared with the routers

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return validation_problem(exc)   # malformed JSON, a missing or out-of-range field: problem+json too

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return http_problem(exc)         # unknown paths (404), wrong methods (405)

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> JSONResponse:
        checks: dict[str, dict] = {}
        try:
            probe = settings.path(".ready")
            probe.write_text("ok")
            checks["data_dir"] = {"ok": True, "path": str(settings.data_dir)}
        except OSError as exc:
            checks["data_dir"] = {"ok": False, "detail": str(exc)}
        try:
            from agent.llm.registry import get_backend

            info = get_backend(settings).check()
            checks["llm"] = info.model_dump()
        except FengtiaoError as exc:
            checks["llm"] = {"ok": False, "detail": exc.message}
        ready = all(c.get("ok") for c in checks.values())
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    @app.post("/v1/chat")
    def chat(req: ChatRequest, request: Request) -> StreamingResponse:
        """SSE: `evidence`, then `reasoning`/`text` deltas, then `done` with the cited answer (or `error`)."""
        tenant = resolve_tenant(req.tenant, settings)
        thread_id = req.thread_id or uuid.uuid4().hex
        graph = request.app.state.chat_graph
        if req.thread_id:
            from agent.graph.builder import thread_state

            thread_state(graph, thread_id, tenant)   # NotFound for another tenant's thread

        def events() -> Iterator[str]:
            yield sse("thread", {"thread_id": thread_id})
            config = {"configurable": {"thread_id": thread_id}}
            final: dict = {}
            try:
                for mode, payload in graph.stream(
                    {"question": req.question, "tenant": tenant}, config, stream_mode=["custom", "values"]
                ):
                    if mode == "custom":
                        yield sse(payload.get("type", "progress"), payload)
                    else:
                        final = payload
            except FengtiaoError as exc:
                yield sse("error", exc.to_dict())
                return
            yield sse("done", {
                "thread_id": thread_id,
                "answer": final.get("answer", ""),
                "model": final.get("model"),
                "evidence": final.get("evidence", []),
                "error": final.get("error"),
            })

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @app.get("/v1/threads/{thread_id}")
    def get_thread(thread_id: str, request: Request, tenant: str | None = None) -> dict:
        """A chat thread's turns and last evidence; only the tenant that started it may read it."""
        from agent.graph.builder import thread_state

        values = thread_state(request.app.state.chat_graph, thread_id, resolve_tenant(tenant, settings))
        if not values:
            raise NotFound(f"no chat thread {thread_id!r} for this tenant")
        return {
            "thread_id": thread_id,
            "tenant": values.get("tenant"),
            "borrower_id": values.get("borrower_id"),
            "history": values.get("history", []),
            "answer": values.get("answer"),
            "evidence": values.get("evidence", []),
            "model": values.get("model"),
        }

    for name in ROUTER_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if not name.startswith(exc.name or "\0"):
                raise
            continue
        app.include_router(module.router)

    # security (API keys, tenant, rate/size limits, audit) and the web UI — see agent/security, agent/web
    from agent.security import install_security
    from agent.web.routes import router as web_router

    install_security(app, settings)
    app.include_router(web_router)
    return app


def main() -> None:
    import uvicorn

    uvicorn.run(create_app(), host=os.environ.get("FENGTIAO_HOST", "127.0.0.1"), port=int(os.environ.get("FENGTIAO_PORT", "8000")))


if __name__ == "__main__":
    main()
