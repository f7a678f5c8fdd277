"""Run a job's per-file function as Ray tasks, locally or on a cluster.

Same contract as the process-pool engine: the driver yields (unit, record) as tasks finish and the caller
stores each one in the SQLite job store at once, so a killed driver resumes where it stopped. Ray is an
optional extra (`pip install fengtiao[ray]`); cluster nodes need fengtiao installed in the same version.
"""
from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from typing import Any

from agent.errors import ConfigError
from agent.jobs.inputs import InputUnit
from agent.jobs.worker import error_record, process_unit

LOCAL_CPUS = 2  # a local Ray instance takes two cores, like `--workers 2`


def _ray():
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no usage reports leave a finance institution's network
    try:
        import ray
    except ImportError:
        raise ConfigError("the Ray engine needs Ray: pip install 'fengtiao[ray]', or run without --engine ray") from None
    return ray


def _check_reachable(address: str) -> None:
    """Ray retries an unreachable head for minutes; a 5 s TCP probe fails fast with a message instead."""
    hostport = address.removeprefix("ray://")
    host, sep, port = hostport.rpartition(":")
    if not sep or not port.isdigit():
        return  # "auto" and other forms Ray resolves itself
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        raise ConfigError(f"no Ray head answers at {address} ({exc.strerror or exc}); start the cluster "
                          "(`ray start --head`) or fix --ray-address") from None


def _connect(ray: Any, address: str | None, num_cpus: int) -> bool:
    """Start or join Ray; True when we started it here (and must stop it)."""
    if ray.is_initialized():
        return False
    try:
        if address:
            _check_reachable(address)
            ray.init(address=address, include_dashboard=False, log_to_driver=False)
        else:
            ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(f"cannot start or reach Ray at {address or 'a local instance'} ({exc}); check --ray-address "
                          "and that the cluster runs the same Ray and Python versions") from None
    return True


def execute_ray(kind: str, units: list[InputUnit], options: dict[str, Any], *, address: str | None = None,
                num_cpus: int = LOCAL_CPUS) -> Iterator[tuple[InputUnit, dict[str, Any]]]:
    """Yield (unit, record) as Ray tasks finish; at most 2 x cluster CPUs files in flight to bound memory."""
    if not units:
        return
    ray = _ray()
    started = _connect(ray, address, num_cpus)
    try:
        task = ray.remote(num_cpus=1, max_retries=0)(process_unit)
        limit = 2 * max(1, int(ray.cluster_resources().get("CPU", num_cpus)))
        pending: dict[Any, InputUnit] = {}
        queue = iter(units)
        while True:
            while len(pending) < limit:
                u = next(queue, None)
                if u is None:
                    break
                pending[task.remote(kind, u.name, u.data, u.error, options)] = u
            if not pending:
                return
            ready, _ = ray.wait(list(pending), num_returns=1)
            for ref in ready:
                u = pending.pop(ref)
                try:
                    record = ray.get(ref)
                except Exception as exc:  # the task's worker died (out of memory, node lost)
                    record = error_record(u.name, {"type": "worker_crashed", "file": u.name,
                                                   "message": f"Ray worker stopped on this file: {type(exc).__name__}; "
                                                              "rerun the job to retry it"})
                yield u, record
    finally:
        if started:
            ray.shutdown()
