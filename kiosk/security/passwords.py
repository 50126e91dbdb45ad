"""Password hashing (Argon2id through argon2-cffi), the password policy and temporary passwords.

argon2-cffi's ``PasswordHasher()`` defaults are RFC 9106's low-memory profile (Argon2id, t=3, 64 MiB,
p=4): tens of milliseconds on a counter PC, costly for anyone who steals the database. Passwords are
NFC-normalised first so the same Marathi password typed through two input methods matches.
"""

from __future__ import annotations

import secrets
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kiosk.domain.errors import Problem, problem

MIN_LENGTH = 8
MAX_LENGTH = 128
# Unambiguous on a printed slip: no 0/O, 1/l/I.
_TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_COMMON = frozenset({"password", "12345678", "123456789", "1234567890", "87654321", "qwertyui", "qwerty123",
                     "password1", "sevakiosk", "aaplesarkar", "maharashtra", "abcd1234", "11111111",
                     "iloveyou", "admin123", "operator", "supervisor"})


def default_hasher() -> PasswordHasher:
    return PasswordHasher()


def normalise(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def hash_password(hasher: PasswordHasher, password: str) -> str:
    return hasher.hash(normalise(password))


def verify_password(hasher: PasswordHasher, stored_hash: str, password: str) -> bool:
    """True when it matches. A damaged stored hash counts as a mismatch (a supervisor reset fixes it)."""
    try:
        return bool(hasher.verify(stored_hash, normalise(password)))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


_DUMMY: dict[tuple[int, int, int], str] = {}


def burn_verify(hasher: PasswordHasher, password: str) -> None:
    """Spend one verify's time for an unknown user name, so timing does not reveal which names exist."""
    params = (hasher.time_cost, hasher.memory_cost, hasher.parallelism)
    if params not in _DUMMY:
        _DUMMY[params] = hasher.hash(secrets.token_hex(16))
    verify_password(hasher, _DUMMY[params], password)


def generate_temporary_password() -> str:
    """12 characters in three groups (about 59 bits), printed once and changed at first sign-in."""
    chars = "".join(secrets.choice(_TEMP_ALPHABET) for _ in range(12))
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def password_problems(username: str, password: str) -> list[Problem]:
    """Every reason a new password is refused, in every language (empty list: acceptable)."""
    pw = normalise(password)
    problems: list[Problem] = []
    if len(pw) < MIN_LENGTH:
        problems.append(problem("password", "too_short", "password_too_short", minimum=MIN_LENGTH))
    if len(pw) > MAX_LENGTH:
        problems.append(problem("password", "too_long", "password_too_long", maximum=MAX_LENGTH))
    if username and username.casefold() in pw.casefold():
        problems.append(problem("password", "contains_username", "password_contains_username"))
    if pw.casefold() in _COMMON or len(set(pw)) < 4:
        problems.append(problem("password", "too_common", "password_too_common"))
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in pw):  # ZWJ/ZWNJ (Cf) are Marathi letters
        problems.append(problem("password", "control_chars", "password_control_chars"))
    return problems
