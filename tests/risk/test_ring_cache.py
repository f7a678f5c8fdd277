"""The market-wide ring graph is built once per data state, and any change to what it reads rebuilds it."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tests.risk.conftest import AS_OF


def test_rings_are_reused_until_an_application_changes(market, monkeypatch) -> None:
    _, url, _ = market
    from agent.risk import models as m
    from agent.risk import warnings as w
    from agent.risk.db import session_scope

    calls: list[date] = []
    real = w.find_rings
    monkeypatch.setattr(w, "find_rings", lambda session, **kw: calls.append(kw["as_of"]) or real(session, **kw))
    w._RING_CACHE.clear()
    with session_scope(url) as s:
        first = w.build_context(s, as_of=AS_OF).rings
        again = w.build_context(s, as_of=AS_OF).rings
    assert again is first and len(calls) == 1

    with session_scope(url) as s:   # a fraud confirmation changes which rings are flagged: rebuild
        app = s.scalars(select(m.Application).where(m.Application.confirmed_fraud.is_(False)).limit(1)).one()
        app.confirmed_fraud = True
    try:
        with session_scope(url) as s:
            w.build_context(s, as_of=AS_OF)
        assert len(calls) == 2
    finally:
        with session_scope(url) as s:
            s.get(m.Application, app.id).confirmed_fraud = False
        w._RING_CACHE.clear()
