"""Every use case of the counter, built once by the composition root (``KioskContext.use_cases``).

The window's ``Services`` (kiosk/ui/main_window.py) carries these same fields, flat, plus who is signed in;
a screen takes the one or two it needs. A CLI command builds the bundle too and calls the same objects.
Add a use case here as a typed field and build it in ``kiosk.app.KioskContext.use_cases``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from kiosk.config import KioskPaths

if TYPE_CHECKING:
    from kiosk.counter.answers import PortalNews
    from kiosk.counter.app_filters import Finder
    from kiosk.counter.appeal import Appeals
    from kiosk.counter.attach import AttachDocuments
    from kiosk.counter.correction import Corrections
    from kiosk.counter.dashboard import Dashboard
    from kiosk.counter.day_close import DayClose
    from kiosk.counter.delivery import Deliveries
    from kiosk.counter.draft import Draft
    from kiosk.counter.handover import Handover
    from kiosk.counter.hub_setup import HubSetup
    from kiosk.counter.intake import Intake
    from kiosk.counter.login import Login
    from kiosk.counter.more_documents import MoreDocuments
    from kiosk.counter.payment import Payments
    from kiosk.counter.receipt import Receipts
    from kiosk.counter.settings import Settings
    from kiosk.counter.start_up import StartUp
    from kiosk.counter.syncing import Syncing
    from kiosk.counter.users import Users
    from kiosk.counter.void import Voiding

T = TypeVar("T")


class Later(Generic[T]):
    """A use case the composition root builds the first time something asks for it. The login needs four
    use cases; building the other sixteen imports PDF layouts, shaping, sync and document code (half a
    second of a start on this hardware), so they are built when a screen or a command first uses them."""

    def __init__(self, build: Callable[[], T]) -> None:
        self.build = build


class _Field(Generic[T]):
    """A ``UseCases`` field that holds a use case or a :class:`Later` one, built on first read."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_built_{name}"

    @overload
    def __get__(self, obj: None, owner: Any = None) -> _Field[T]: ...
    @overload
    def __get__(self, obj: object, owner: Any = None) -> T: ...
    def __get__(self, obj: object | None, owner: Any = None) -> T | _Field[T]:
        if obj is None:
            raise AttributeError(self.slot)  # no class-level default: the dataclass field stays required
        value = obj.__dict__[self.slot]
        if isinstance(value, Later):
            value = obj.__dict__[self.slot] = value.build()
        return value  # type: ignore[no-any-return,unused-ignore]

    def __set__(self, obj: object, value: T | Later[T]) -> None:
        obj.__dict__[self.slot] = value


@dataclass(kw_only=True)  # its fields look defaulted to a type checker (descriptors): keywords only
class UseCases:
    language: str  # the operator's language (mr, hi, en); the window is rebuilt when it changes
    paths: KioskPaths  # where files go (fonts, logs, exports, the scan inbox …), never the database
    hub: _Field[HubSetup] = _Field()
    login: _Field[Login] = _Field()
    users: _Field[Users] = _Field()
    settings: _Field[Settings] = _Field()
    dashboard: _Field[Dashboard] = _Field()
    day_close: _Field[DayClose] = _Field()
    start_up: _Field[StartUp] = _Field()
    syncing: _Field[Syncing] = _Field()
    news: _Field[PortalNews] = _Field()  # the portal's answers the operator has not been told yet
    # taking and handling applications
    intake: _Field[Intake] = _Field()
    draft: _Field[Draft] = _Field()
    receipts: _Field[Receipts] = _Field()
    attachments: _Field[AttachDocuments] = _Field()
    handover: _Field[Handover] = _Field()
    appeals: _Field[Appeals] = _Field()
    voiding: _Field[Voiding] = _Field()
    corrections: _Field[Corrections] = _Field()
    more_documents: _Field[MoreDocuments] = _Field()
    finder: _Field[Finder] = _Field()
    deliveries: _Field[Deliveries] = _Field()  # channels, failed deliveries, the receipt status look-up
    payments: _Field[Payments] = _Field()  # fees taken later, the UPI payee and QR link (issue 17)
