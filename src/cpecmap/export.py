"""``cpecmap export html FILE`` and ``cpecmap export site DIR``."""

from __future__ import annotations

import argparse
from pathlib import Path

from cpecmap.settings import Settings


def export_html(target: Path, settings: Settings, layer_ids: list[str] | None, title: str) -> Path:
    """Write one self-contained HTML file (Leaflet and basemap inlined; no network needed)."""
    from cpecmap.atlas import to_folium

    m = to_folium(layer_ids, settings, title=title, embed=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    m.save(str(target))
    return target


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch ``cpecmap export``."""
    layer_ids = [s.strip() for s in args.layers.split(",")] if args.layers else None
    if args.kind == "html":
        path = export_html(args.target, settings, layer_ids, args.title)
        print(f"wrote {path} ({path.stat().st_size / 1024:,.0f} KB)")
        return 0
    from cpecmap.static_site import export_site

    out, size = export_site(args.target, settings, layer_ids)
    print(f"wrote static site to {out} ({size / 1024:,.0f} KB)")
    return 0
