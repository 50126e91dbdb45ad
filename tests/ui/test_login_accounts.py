"""The login screen's authenticator uses the security package's Argon2id accounts on a real hub."""

from __future__ import annotations

from kiosk.security.auth import change_password
from kiosk.security.users import create_user
from kiosk.store.hub import set_setting
from kiosk.ui.auth import authenticator_for


def test_real_accounts_sign_in_and_training_login_is_refused_on_a_real_hub(ctx) -> None:
    store = ctx.database()
    set_setting(store, "portal.training", "0")
    temporary = create_user(store, None, "asha", "आशा कुलकर्णी", "supervisor", ctx.now())
    login = authenticator_for(ctx)
    assert login("asha", temporary) is None, "a temporary password must be changed first"
    change_password(store, "asha", temporary, "Kendra-Wagholi-2026", ctx.now())
    who = login("asha", "Kendra-Wagholi-2026")
    assert who is not None and who.username == "asha" and who.role == "supervisor"
    assert login("asha", "wrong-password") is None
    assert login("operator1", "training") is None  # no training door on a real hub
