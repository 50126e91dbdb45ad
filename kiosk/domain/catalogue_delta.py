"""A catalogue change set: only what changed between two versions, for a hub on a 2G line.

The full catalogue is about 1.4 MB (some 1,000 services); a weekly change is a handful of services. The
portal answers ``GET /catalogue?since=<the hub's version>`` with a change set when it still has that
version, else with the whole document. The kiosk applies the set to the document of the version it
has, checks the result's digest against the one the portal sent (a set applied to the wrong base, or a
bug on either side, is refused rather than installed), validates the result like any catalogue and
installs it in one transaction — atomic, and the old version stays for its queued applications.

Pure: documents in, documents out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from kiosk.domain.errors import CatalogueError

CHANGE_SET_SCHEMA = "seva-kiosk/catalogue-changes@1"
_HEAD = ("catalogue_version", "published", "source", "document_types")


def document_digest(document: Mapping[str, Any]) -> str:
    """SHA-256 of the document's canonical JSON (sorted keys, no spaces): equal digests, equal catalogues."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def change_set(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """What turns ``old`` into ``new``: the services added or changed (whole), the codes removed, the new
    order, the head fields that changed, and the digest of ``new``."""
    before = {s["code"]: s for s in old["services"]}
    changed = [s for s in new["services"] if before.get(s["code"]) != s]
    codes = [s["code"] for s in new["services"]]
    kept = set(codes)
    out: dict[str, Any] = {
        "schema": CHANGE_SET_SCHEMA,
        "base_version": old["catalogue_version"],
        "catalogue_version": new["catalogue_version"],
        "head": {k: new[k] for k in _HEAD if k in new and old.get(k) != new[k]},
        "changed": changed,
        "removed": [c for c in before if c not in kept],
        "digest": document_digest(new),
    }
    if [c for c in before if c in kept] != [c for c in codes if c in before]:
        out["order"] = codes  # only when kept services moved; otherwise new ones follow in their place
    else:
        out["after"] = {s["code"]: (codes[i - 1] if i else None) for i, s in enumerate(new["services"])
                        if s["code"] not in before}
    return out


def is_change_set(document: Mapping[str, Any]) -> bool:
    return document.get("schema") == CHANGE_SET_SCHEMA


def apply_change_set(base: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """The new document: ``changes`` applied to ``base`` (the version it was made from), digest checked."""
    if changes.get("base_version") != base.get("catalogue_version"):
        raise CatalogueError(f"change set is for {changes.get('base_version')}, "
                             f"the kiosk has {base.get('catalogue_version')}")
    try:
        services = {s["code"]: s for s in base["services"]}
        for code in changes["removed"]:
            services.pop(code, None)
        fresh = [s for s in changes["changed"] if s["code"] not in services]
        for s in changes["changed"]:
            services[s["code"]] = s
        if "order" in changes:
            ordered = [services[c] for c in changes["order"]]
        else:
            ordered = [services[s["code"]] for s in base["services"] if s["code"] in services]
            for s in fresh:  # each new service after the one it follows in the new document
                after = changes.get("after", {}).get(s["code"])
                at = next((i + 1 for i, o in enumerate(ordered) if o["code"] == after), 0 if after is None
                          else len(ordered))
                ordered.insert(at, services[s["code"]])
        document = {k: v for k, v in base.items() if k != "services"}
        document.update(changes.get("head") or {})
        document["catalogue_version"] = changes["catalogue_version"]
        document["services"] = ordered
    except (KeyError, TypeError, AttributeError) as exc:
        raise CatalogueError(f"change set malformed: {exc!r}") from None
    if document_digest(document) != changes.get("digest"):
        raise CatalogueError("change set applied does not give the portal's catalogue (digest differs)")
    return document
