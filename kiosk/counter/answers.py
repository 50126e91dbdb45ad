"""The portal's answers the operator has not been told yet ("2 certificates ready to hand over", "1
application rejected", "1 application returned for more documents"), and telling them.

The window asks after each sync and now and then (answers also arrive through ``sync --watch`` and a
carried return bundle); following a notice, or closing it, acknowledges that kind up to what it showed,
so answers that arrived meanwhile are still told.
"""

from __future__ import annotations

from kiosk.counter.ports import OpenStore
from kiosk.store.portal_news import KINDS, Answer, mark_seen, news, seen
from kiosk.store.portal_news import latest as latest_mark

__all__ = ["KINDS", "Answer", "PortalNews"]


class PortalNews:
    def __init__(self, store: OpenStore) -> None:
        self.store = store

    def unseen(self) -> list[Answer]:
        """Each kind with at least one application the operator has not been told about.

        A kiosk that has never told any (a new install, or one upgraded with years of history) starts
        from what it holds now: old decisions are not news."""
        store = self.store()
        found = []
        for kind in KINDS:
            after = seen(store, kind)
            if after is None or after > latest_mark(store, kind):  # first use, or a restored older backup
                mark_seen(store, kind, latest_mark(store, kind))
                continue
            answer = news(store, kind, after)
            if answer.uuids:
                found.append(answer)
        return found

    def acknowledge(self, answer: Answer) -> None:
        """The operator has been told ``answer``: it is not told again (later ones still are)."""
        store = self.store()
        if answer.upto > (seen(store, answer.kind) or 0):
            mark_seen(store, answer.kind, answer.upto)
