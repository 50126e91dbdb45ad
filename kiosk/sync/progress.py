"""What a sync run reports while it works (drawn as progress bars by the CLI and the GUI)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SyncProgress:
    stage: str  # connect | send | upload | status | certificates | catalogue | heartbeat | wait | done
    done: int
    total: int
    bytes: int = 0
    message: str = ""


@dataclass
class SyncReport:
    sent: int = 0
    rejected: int = 0
    retried: int = 0
    status_applied: int = 0
    certificates: int = 0
    catalogue_version: str | None = None
    offline_reason: str = ""
    errors: list[str] = field(default_factory=list)
    bytes_sent: int = 0

    @property
    def online(self) -> bool:
        return not self.offline_reason
