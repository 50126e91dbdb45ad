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


# Answers that say nothing about the link and are the portal's own doing: it crashed on the item, closed the
# connection on it, or sent back something unreadable. A 5xx with Retry-After is explained (maintenance).
UNEXPLAINED = frozenset({"server_error", "connection_dropped", "truncated", "invalid_json", "bad_body",
                         "bad_response", "transport_error"})
# In a row, each while the portal was taking other items: then a person looks. Ten, not fewer: on a link that
# loses 40 % of answers at random an item gets six drops in a row about once in 250 tries (0.4**6), and a
# good application must not wait for a person because of the link; a poison item fails every time anyway.
SAME_FAILURES_LIMIT = 10


def same_failures(previous: int, last_error: str, code: str, retry_after: float | None, *,
                  others_went_through: bool) -> int:
    """The item's count of one unexplained answer in a row, after this answer.

    Counted only when the portal took another request since this pass's last failure: on a flapping link
    every item fails the same way now and then, and that is the link's fault, not the item's (such a try
    keeps the count as it was). A different answer starts again from this one."""
    if code not in UNEXPLAINED or retry_after is not None:
        return 0
    same = last_error.split(":", 1)[0] == code
    if not others_went_through:
        return previous if same else 0
    return previous + 1 if same else 1
