"""The hub itself: what the window shows of it (its names, training or real) and its first setup on a new
PC — the hub's details, its first supervisor, or the training hub."""

from __future__ import annotations

from kiosk.counter.ports import Clock, OpenStore
from kiosk.domain.ring import RingVillage, checked_village
from kiosk.security.audit import record
from kiosk.security.roles import Action, Operator, require_role
from kiosk.security.users import create_user, has_users
from kiosk.store.hub import Hub, get_setting, has_hub, load_hub, save_hub
from kiosk.store.ring import add_village, remove_village, ring_villages


class HubSetup:
    def __init__(self, store: OpenStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def has_hub(self) -> bool:
        return has_hub(self.store())

    def has_users(self) -> bool:
        return has_users(self.store())

    def hub(self) -> Hub:
        return load_hub(self.store())

    def training(self) -> bool:
        return get_setting(self.store(), "portal.training") == "1"

    def needs_setup(self) -> bool:
        return not self.has_hub()

    def needs_supervisor(self) -> bool:
        """The hub was saved, its supervisor not yet (a training hub signs in with the demo operator)."""
        return not self.training() and not self.has_users()

    def save_hub(self, hub: Hub) -> bool:
        """Saves the hub's details; True when it still needs its first supervisor."""
        save_hub(self.store(), hub)
        return not self.has_users()

    def add_first_supervisor(self, username: str, display_name: str) -> str | None:
        """The first supervisor's temporary password (shown once), or None when an account exists already
        (made meanwhile, say with ``seva-kiosk users add``)."""
        if self.has_users():
            return None
        return create_user(self.store(), None, username, display_name, "supervisor", self.clock())

    # ------------------------------------------------------------------ the ring (issue 18)
    def ring(self) -> list[RingVillage]:
        """The hub's villages, in the order the picker offers them."""
        return ring_villages(self.store())

    def add_village(self, by: Operator | None, name_en: str, name_mr: str, lgd_code: str = "",
                    pin: str = "") -> RingVillage:
        """A supervisor adds a village (or completes one known by one name): saved, audited and queued for
        the portal in one transaction. Raises RingRefused / PermissionDenied."""
        require_role(by, Action.MANAGE_RING)
        assert by is not None
        return add_village(self.store(), checked_village(name_en, name_mr, lgd_code, pin), actor=by.username,
                           now=self.clock(), audit=record)

    def remove_village(self, by: Operator | None, which: str) -> RingVillage:
        require_role(by, Action.MANAGE_RING)
        assert by is not None
        return remove_village(self.store(), which, actor=by.username, now=self.clock(), audit=record)

    def use_training_hub(self) -> Hub:
        from kiosk.demo import ensure_demo_hub

        return ensure_demo_hub(self.store())
