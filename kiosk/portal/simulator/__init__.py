"""The reference portal: a real HTTP server implementing ``kiosk/portal/openapi.yaml`` over its own SQLite.

It is the demo's and training mode's portal and the server every network test talks to. Start it in a
thread (:class:`PortalSimulator`), in a child process (:func:`spawn_simulator`), or from the command line
(``seva-kiosk portal-sim``).
"""

from kiosk.portal.simulator.process import SimulatorProcess, spawn_simulator
from kiosk.portal.simulator.server import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    PortalSimulator,
    SimulatorConfig,
)

__all__ = ["DEMO_CLIENT_ID", "DEMO_CLIENT_SECRET", "PortalSimulator", "SimulatorConfig", "SimulatorProcess",
           "spawn_simulator"]
