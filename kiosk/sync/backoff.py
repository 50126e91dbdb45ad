"""Full-jitter exponential backoff (AWS architecture blog's "full jitter"), honouring Retry-After.

Full jitter spreads the retries of a whole ring of kiosks that lost the link at the same moment, so they
do not all return at once and knock the portal (or a shared 2G cell) over again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 4.0  # seconds; a 2G round trip is ~1 s, so retrying faster than this only adds load
    cap: float = 600.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        # The exponent is capped: after ~30 failures 2**n would overflow a float long before it mattered.
        ceiling = min(self.cap, self.base * (2 ** min(max(attempt - 1, 0), 30)))
        wait = self.rng.uniform(0, ceiling)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.cap))
        return wait
