"""Enrich: the derived properties of each feature — time (status, phase, years), names, links.

Each value comes from the record by one rule (see schema.yaml ``rules`` and
:mod:`cpecmap.timeline`); nothing here is typed by hand.
"""

from __future__ import annotations

from typing import Any

from cpecmap.errors import SourceError
from cpecmap.pipeline.validate import Feature
from cpecmap.schema import SCHEMA
from cpecmap.timeline import first_year, phase, status_history

RELATIONS = SCHEMA.enums["relation"]


def add_time(feat: Feature) -> None:
    """Status now, status history, phase (with its basis) and milestone years."""
    props = feat.properties
    milestones = props.get("milestones")
    history = status_history(milestones)
    if history:
        props["status"] = history[-1][1]
    props["status_history"] = [list(entry) for entry in history]
    props["phase"], props["phase_basis"] = phase(milestones)
    props["year_agreement"] = first_year(milestones, "agreed")
    props["year_construction"] = first_year(milestones, "construction")
    props["year_operation"] = first_year(milestones, "operation")
    props["names"] = {"en": props["name"], **(props.get("names") or {})}


def resolve_links(features: list[Feature]) -> list[SourceError]:
    """Check every link's target exists; give each feature its links in both directions."""
    by_id = {f.id: f for f in features}
    errors: list[SourceError] = []
    found: dict[str, list[dict[str, Any]]] = {f.id: [] for f in features}
    inverse: dict[str, list[dict[str, Any]]] = {f.id: [] for f in features}
    for feat in features:
        for i, link in enumerate(feat.properties.get("links") or []):
            target = by_id.get(link["id"])
            if target is None or target is feat:
                why = (
                    "links to itself"
                    if target is feat
                    else f"links to {link['id']!r}, which does not exist"
                )
                errors.append(SourceError(feat.file, feat.id, f"links[{i}].id", why))
                continue
            rel = RELATIONS[link["rel"]]
            found[feat.id].append(_entry(link["rel"], rel["label"], target))
            inverse[target.id].append(_entry(link["rel"], rel["inverse"], feat, inverse=True))
    for feat in features:
        back = sorted(inverse[feat.id], key=lambda e: (e["rel"], e["id"]))
        feat.properties["links"] = found[feat.id] + back
    return errors


def _entry(rel: str, label: str, target: Feature, *, inverse: bool = False) -> dict[str, Any]:
    return {
        "rel": rel,
        "direction": "inverse" if inverse else "forward",
        "label": label,
        "id": target.id,
        "layer": target.layer.id,
        "name": target.properties["name"],
    }
