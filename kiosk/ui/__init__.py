"""The operator's desktop (PySide6). Everything Qt lives here and reaches the rest through kiosk.app."""
