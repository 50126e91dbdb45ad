"""OAuth2 client credentials: token reuse, transparent refresh, refusal; the keyring helper."""

from __future__ import annotations

import time

import keyring
import pytest
from keyring.backends import fail

from kiosk.domain.errors import HubNotSetUp, SecretStoreUnavailable
from kiosk.portal import PortalClient
from kiosk.portal.credentials import delete_secret, load_secret, secret_provider, store_secret
from kiosk.portal.errors import PortalCredentialsRefused
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, PortalSimulator, SimulatorConfig
from tests.portal.conftest import FileKeyring, admin, application, make_config, stats


def test_token_is_reused_then_refreshed_after_revocation(client: PortalClient, sim: PortalSimulator) -> None:
    assert client.submit_application("auth-key-0001", application()).acked
    assert client.submit_application("auth-key-0002", application(receipt="R2")).acked
    assert client.tokens.fetched == 1
    assert admin(sim, "revoke-tokens", {})["revoked"] == 1  # the portal restarted / rotated keys
    out = client.submit_application("auth-key-0003", application(receipt="R3"))
    assert out.acked and client.tokens.fetched == 2  # one 401, one fresh token, one retry


@pytest.fixture
def sim_config() -> SimulatorConfig:
    return make_config(token_ttl=1.0)


def test_short_lived_token_is_renewed_before_expiry(client: PortalClient, sim: PortalSimulator) -> None:
    for i in range(3):
        assert client.submit_application(f"ttl-key-{i:04d}", application(receipt=f"R{i}")).acked
        time.sleep(0.8)  # past 3/4 of the lifetime: the client renews before the portal would refuse
    assert client.tokens.fetched == 3
    assert stats(sim)["requests"]["requests"] == 6  # three tokens + three submissions, no 401 round trips


def test_wrong_secret_halts_with_a_clear_error(new_client: object) -> None:
    c: PortalClient = new_client(secret="wrong")  # type: ignore[operator]
    out = c.submit_application("auth-key-0001", application())
    assert out.unknown and out.halt and out.code == "credentials_refused"
    assert isinstance(out.error, PortalCredentialsRefused)


def test_missing_keyring_halts(new_client: object) -> None:
    def provider() -> str:
        raise SecretStoreUnavailable("no keyring")

    c: PortalClient = new_client(secret_provider=provider)  # type: ignore[operator]
    out = c.submit_application("auth-key-0001", application())
    assert out.unknown and out.halt and isinstance(out.error, SecretStoreUnavailable)


def test_keyring_round_trip_feeds_the_client(test_keyring: FileKeyring, new_client: object) -> None:
    store_secret(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
    assert load_secret(DEMO_CLIENT_ID) == DEMO_CLIENT_SECRET
    assert list(test_keyring.items.values()) == [DEMO_CLIENT_SECRET]
    c: PortalClient = new_client(secret_provider=secret_provider(DEMO_CLIENT_ID))  # type: ignore[operator]
    assert c.submit_application("auth-key-0001", application()).acked
    delete_secret(DEMO_CLIENT_ID)
    delete_secret(DEMO_CLIENT_ID)  # deleting twice is harmless
    with pytest.raises(HubNotSetUp):
        load_secret(DEMO_CLIENT_ID)
    with pytest.raises(ValueError):
        store_secret(DEMO_CLIENT_ID, "")


def test_fail_backend_is_refused_never_a_plaintext_fallback() -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretStoreUnavailable):
        store_secret(DEMO_CLIENT_ID, "s")
    with pytest.raises(SecretStoreUnavailable):
        secret_provider(DEMO_CLIENT_ID)()
