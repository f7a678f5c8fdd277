"""Assertions on RFC 7807 problem+json answers, shared by the router tests."""
from __future__ import annotations


def assert_problem(r, status: int, type_: str, title: str, says: str) -> None:
    """The status, problem+json, and type/title/status as given; `says` is in the detail."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert (body["type"], body["title"], body["status"]) == (type_, title, status), body
    assert says in body["detail"], body
