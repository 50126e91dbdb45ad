"""Operators, roles, the audit chain, encryption at rest and secrets (argon2-cffi, cryptography, keyring)."""
