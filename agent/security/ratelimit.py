"""Per-key token bucket, in memory: a burst is allowed, then requests refill at the sustained rate.

In memory means per process: behind several workers the effective limit is multiplied by the worker count.
"""
from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from agent.security.errors import RateLimited


class TokenBucketLimiter:
    def __init__(self, per_minute: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def take(self, who: str) -> None:
        """Spend one token for `who`, or raise RateLimited with the seconds until the next token."""
        if not self.enabled:
            return
        with self._lock:
            now = self.clock()
            tokens, last = self._buckets.get(who, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens < 1.0:
                self._buckets[who] = (tokens, now)
                wait = math.ceil((1.0 - tokens) / self.rate)
                raise RateLimited(f"too many requests for {who}: limit is {self.rate * 60:g}/min "
                                  f"(burst {self.burst}); retry in {wait} s", retry_after_s=wait)
            self._buckets[who] = (tokens - 1.0, now)
