"""The operator's use cases, Qt-free: take an application and its draft, attach documents, hand over, appeal,
void, correct and resend, day close, start-up checks, settings.

Each is a small object or module with typed inputs and outputs, built by the composition root from the narrow
parts it needs (repositories, folders, a clock) and called alike by a screen and by a CLI command. Nothing here
imports Qt, the composition root or the portal simulator.
"""
