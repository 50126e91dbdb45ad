"""Sub-commands of `seva-kiosk`, one module per area; see kiosk.cli."""
