"""The simulator's modules import one another in one direction only: the server holds the router, the
router (routes) reaches the admin endpoints and the handler, and the handler imports neither. An import
circle hidden in a function body counts too (grimp sees those imports); imports for type annotations
only (under TYPE_CHECKING) do not run and are left out, as in the import-linter contracts."""

from __future__ import annotations

import itertools

import grimp

PACKAGE = "kiosk.portal.simulator"


def test_the_simulator_has_no_import_circle() -> None:
    graph = grimp.build_graph("kiosk", cache_dir=None, exclude_type_checking_imports=True)  # annotations only
    modules = sorted(m for m in graph.modules if m.startswith(PACKAGE + "."))
    assert f"{PACKAGE}.handler" in modules and f"{PACKAGE}.routes" in modules
    circles = [(a, b) for a, b in itertools.combinations(modules, 2)
               if graph.chain_exists(a, b) and graph.chain_exists(b, a)]
    assert circles == []
