"""Pure domain model of Seva Kiosk: no I/O, no other kiosk package, no Qt.

Everything here can be unit-tested with plain values; the store, the portal client and the UI all speak
these types.
"""
