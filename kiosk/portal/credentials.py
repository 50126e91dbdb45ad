"""The hub's portal secret lives in the OS keyring — nowhere else, and never a plaintext fallback.

keyring on a headless box without Secret Service has only its ``fail`` backend; that (or a backend that
errors) is :class:`SecretStoreUnavailable`, a clear error rather than a file on disk. ``secret_provider``
gives the client a callable that reads the keyring each time a token is fetched.
"""

from __future__ import annotations

from collections.abc import Callable

import keyring
import keyring.errors
from keyring.backends import fail

from kiosk.domain.errors import HubNotSetUp, SecretStoreUnavailable

SERVICE = "seva-kiosk/portal"


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if isinstance(backend, fail.Keyring) or (chained is not None and not chained):
        raise SecretStoreUnavailable("no OS keyring is available; the hub secret cannot be stored safely")
    if type(backend).__module__.startswith("keyrings.alt"):
        raise SecretStoreUnavailable("refusing keyrings.alt: it keeps secrets in a plaintext file")
    return backend


def store_secret(client_id: str, secret: str) -> None:
    if not client_id or not secret:
        raise ValueError("client id and secret must not be empty")
    try:
        _backend().set_password(SERVICE, client_id, secret)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(f"the keyring refused to store the secret: {exc}") from exc


def load_secret(client_id: str) -> str:
    try:
        secret = _backend().get_password(SERVICE, client_id)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(f"the keyring could not be read: {exc}") from exc
    if not secret:
        raise HubNotSetUp(f"no portal secret stored for hub {client_id}", client_id=client_id)
    return secret


def delete_secret(client_id: str) -> None:
    try:
        _backend().delete_password(SERVICE, client_id)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(f"the keyring could not be changed: {exc}") from exc


def secret_provider(client_id: str) -> Callable[[], str]:
    """A callable for :class:`~kiosk.portal.client.PortalClient`; reads the keyring on every call."""
    return lambda: load_secret(client_id)
