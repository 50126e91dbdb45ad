"""Day close, drawer by drawer: what the report, the CLI and the window say about counted and uncounted cash.

Each operator's drawer is reconciled on its own (GR of 27 Mar 2025). A surplus in one drawer and a
shortfall in another are two facts, never netted into one figure, and a drawer nobody counted says so
rather than being compared with nothing.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "not_counted": Text("not counted", "मोजली नाही", "गिनी नहीं गई"),
    "drawers_counted": Text("Drawers counted", "मोजलेले गल्ले", "गिने गए गल्ले"),
    "of": Text("{counted} of {drawers}", "{drawers} पैकी {counted}", "{drawers} में से {counted}"),
    "surplus": Text("Surplus (counted drawers)", "जास्त रोकड (मोजलेले गल्ले)", "अधिक नकद (गिने गए गल्ले)"),
    "shortfall": Text("Shortfall (counted drawers)", "कमी रोकड (मोजलेले गल्ले)", "कम नकद (गिने गए गल्ले)"),
    "uncounted_drawers": Text("Not counted", "न मोजलेले गल्ले", "बिना गिने गल्ले"),
    "uncounted_line": Text(
        "not counted: {operator} ({amount} expected)", "मोजली नाही: {operator} ({amount} अपेक्षित)",
        "गिनी नहीं गई: {operator} ({amount} अपेक्षित)"),
    "drawer_line": Text(
        "{operator}: {count}, {expected} expected, {counted} counted, difference {difference}",
        "{operator}: {count}, अपेक्षित {expected}, मोजली {counted}, फरक {difference}",
        "{operator}: {count}, अपेक्षित {expected}, गिनी गई {counted}, अंतर {difference}"),
    "drawer_uncounted_line": Text(
        "{operator}: {count}, {expected} expected, not counted",
        "{operator}: {count}, अपेक्षित {expected}, मोजली नाही",
        "{operator}: {count}, अपेक्षित {expected}, गिनी नहीं गई"),
    "totals_line": Text(
        "drawers counted {counted} of {drawers}; surplus {surplus}, shortfall {shortfall}",
        "मोजलेले गल्ले {drawers} पैकी {counted}; जास्त {surplus}, कमी {shortfall}",
        "गिने गए गल्ले {drawers} में से {counted}; अधिक {surplus}, कम {shortfall}"),
}

ERRORS: dict[str, Text] = {
    "unknown_drawer": Text(
        "No operator '{operator}' at this hub, so there is no drawer to count. Drawers of {day}: {known}. "
        "Nothing was saved.",
        "या हबमध्ये '{operator}' नावाचा ऑपरेटर नाही, त्यामुळे मोजायला गल्ला नाही. {day} चे गल्ले: {known}. "
        "काहीही जतन केले नाही.",
        "इस हब में '{operator}' नाम का ऑपरेटर नहीं है, इसलिए गिनने को गल्ला नहीं है। {day} के गल्ले: {known}। "
        "कुछ भी सहेजा नहीं गया।"),
}
