"""Seva Kiosk: offline-first counter application for Maharashtra's Digital Seva Hubs."""

__version__ = "0.1.0"
