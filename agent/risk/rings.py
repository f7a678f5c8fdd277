"""Fraud rings (团伙欺诈) by entity resolution: applicants linked through shared phones, addresses, people.

Graph: applicant enterprises ↔ identifier nodes (keyed hashes of phones and addresses, person keys of legal
representatives and shareholders). Identifiers shared by more than `hub_max_degree` enterprises in the whole
registry (an accounting agency's phone, a business-centre address) are dropped first — they connect
unrelated firms. Each connected component of what remains is a candidate ring; it is flagged when it is big
enough AND behaves like a ring (applies in a burst, shares several identifiers, or contains confirmed fraud).
The graph runs on keyed hashes only, so it can span institutions without exposing any of them.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

import networkx as nx
from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.risk import models as m
from agent.risk.signal_rules import RingRules, load_risk_rules


@dataclass
class Ring:
    id: str
    enterprise_ids: list[int]
    application_ids: list[int]
    shared: list[tuple[str, str]]          # (kind, keyed hash) shared by ≥2 members
    burst_members: int
    burst_start: date | None
    known_fraud: bool
    reason_codes: list[str] = field(default_factory=list)
    flagged: bool = False
    level: str = "orange"
    shared_by: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # identifier → members holding it


@dataclass
class RingIndex:
    rings: list[Ring]
    by_enterprise: dict[int, Ring]
    hubs: dict[tuple[str, str], int]       # dropped identifiers and their degree


def _identifiers(session: Session) -> dict[int, set[tuple[str, str]]]:
    """enterprise id → identifier nodes from the registry (phones, address, legal rep, shareholders)."""
    ids: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for eid, phones, addr, rep in session.execute(select(m.Enterprise.id, m.Enterprise.phone_keys,
                                                         m.Enterprise.address_key, m.Enterprise.legal_rep_key)):
        ids[eid] |= {("phone", p) for p in phones or []}
        if addr:
            ids[eid].add(("address", addr))
        if rep:
            ids[eid].add(("person", rep))
    for eid, pkey in session.execute(select(m.Relation.enterprise_id, m.Relation.person_key)
                                     .where(m.Relation.person_key.is_not(None))):
        ids[eid].add(("person", pkey))
    return ids


def _max_burst(apps: list[tuple[int, date]], days: int) -> tuple[int, date | None]:
    """Most distinct enterprises applying within any `days`-day window, and where that window starts."""
    apps = sorted(apps, key=lambda a: a[1])
    best, start = 0, None
    for i, (_, d0) in enumerate(apps):
        n = len({e for e, d in apps[i:] if d <= d0 + timedelta(days=days)})
        if n > best:
            best, start = n, d0
    return best, start


def resolve_components(ids: Mapping[int, Iterable[Hashable]], applicants: Iterable[int], hub_max_degree: int
                       ) -> tuple[nx.Graph, list[set], dict]:
    """The entity-resolution core: (graph, components with ≥2 enterprises, hubs dropped with their degree).

    `ids` maps every registered enterprise to its identifier nodes; degrees count the whole registry, so an
    agency phone is a hub even when few of its firms apply. Identifiers held by one enterprise link nothing
    and stay out of the graph. Enterprise nodes are ("e", id).
    """
    degree = Counter(node for nodes in ids.values() for node in nodes)
    hubs = {node: d for node, d in degree.items() if d > hub_max_degree}
    graph = nx.Graph()
    for eid in applicants:
        graph.add_node(("e", eid))
        graph.add_edges_from((("e", eid), node) for node in ids.get(eid, ()) if node not in hubs and degree[node] > 1)
    components = [c for c in nx.connected_components(graph) if sum(1 for n in c if n[0] == "e") >= 2]
    return graph, components, hubs


def find_rings(session: Session, *, as_of: date, rules: RingRules | None = None) -> RingIndex:
    rules = rules or load_risk_rules().fraud_ring
    since = as_of - timedelta(days=rules.lookback_days)
    apps = session.execute(select(m.Application.id, m.Application.enterprise_id, m.Application.applied_on,
                                  m.Application.contact_phone_key, m.Application.contact_address_key,
                                  m.Application.confirmed_fraud)
                           .where(m.Application.applied_on > since, m.Application.applied_on <= as_of)).all()
    ids = _identifiers(session)
    for _, eid, _, phone, addr, _ in apps:
        ids[eid] |= {x for x in (("phone", phone), ("address", addr)) if x[1]}
    graph, components, hubs = resolve_components(ids, {eid for _, eid, *_ in apps}, rules.hub_max_degree)
    rings: list[Ring] = []
    for comp in components:
        members = sorted(n[1] for n in comp if n[0] == "e")
        mset = set(members)
        holders = {n: sorted(nb[1] for nb in graph[n] if nb[0] == "e" and nb[1] in mset) for n in comp if n[0] != "e"}
        shared = sorted(n for n, who in holders.items() if len(who) >= 2)
        comp_apps = [a for a in apps if a[1] in mset]
        burst, start = _max_burst([(a[1], a[2]) for a in comp_apps], rules.burst_days)
        ring = Ring(id=hashlib.sha256(",".join(map(str, members)).encode()).hexdigest()[:12],
                    enterprise_ids=members, application_ids=sorted(a[0] for a in comp_apps), shared=shared,
                    burst_members=burst, burst_start=start, known_fraud=any(a[5] for a in comp_apps),
                    shared_by={n: holders[n] for n in shared})
        _judge(ring, rules)
        rings.append(ring)
    return RingIndex(rings=rings, by_enterprise={e: r for r in rings for e in r.enterprise_ids}, hubs=hubs)


def _judge(ring: Ring, rules: RingRules) -> None:
    codes = []
    if ring.burst_members >= rules.min_burst_members:
        codes.append("RING_APPLICATION_BURST")
    if len(ring.shared) >= rules.min_shared_attributes:
        codes.append("RING_MANY_SHARED_IDENTIFIERS")
    if ring.known_fraud:
        codes.append("RING_CONFIRMED_FRAUD_MEMBER")
    codes += sorted({f"RING_SHARED_{kind.upper()}" for kind, _ in ring.shared})
    ring.reason_codes = codes
    behaves = any(c in codes for c in ("RING_APPLICATION_BURST", "RING_MANY_SHARED_IDENTIFIERS", "RING_CONFIRMED_FRAUD_MEMBER"))
    ring.flagged = len(ring.enterprise_ids) >= rules.min_size and behaves
    big_burst = len(ring.enterprise_ids) >= rules.red_min_size and "RING_APPLICATION_BURST" in codes
    ring.level = "red" if ring.known_fraud or big_burst else "orange"
