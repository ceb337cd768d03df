"""``cpecmap export site DIR``: the web map as plain files for any static host.

The layout mirrors the server's URLs (all links are relative, so the site works
under any URL prefix): ``index.html``, ``static/`` (web/), ``vendor/<lib>/``,
``api/catalog.json``, ``api/layers/<id>.geojson`` and ``downloads/``. The web map
only needs these; OGC API queries (bbox, paging) need the server and are not
exported — the map filters whole layers in the browser instead.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import tempfile
from pathlib import Path

import orjson

from cpecmap.catalog import select_layers
from cpecmap.catalog_document import build_catalog
from cpecmap.errors import BuildMissing
from cpecmap.formats import ALL, FORMATS, DownloadCache, download_path
from cpecmap.settings import VENDOR_DIRS, Settings
from cpecmap.store import load_store

# Not needed by the page: source maps, unminified sources, high-resolution atlases, docs.
_SKIP = ("*.map", "*-src.js", "*-src.esm.js", "*-10m.json", "*.md", "package.json", "LICENSE*")
_WEB_SKIP = ("node_modules", "package.json", "package-lock.json", "*.md", "index.html", ".*")


def _copy_tree(src: Path, dst: Path, skip: tuple[str, ...]) -> None:
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if any(fnmatch.fnmatch(part, pat) for part in rel.parts for pat in skip):
            continue
        if path.is_file():
            (dst / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dst / rel)


def export_site(
    target: Path, settings: Settings, layer_ids: list[str] | None = None
) -> tuple[Path, int]:
    """Write the static site into ``target`` (replaced atomically); returns (path, bytes)."""
    web = Path(settings.web_dir)
    if not (web / "index.html").is_file():
        raise BuildMissing(f"the web map is missing at {web}/index.html")
    if not (web / VENDOR_DIRS["leaflet"]).is_dir():
        raise BuildMissing("front-end libraries are not installed: run scripts/setup first")
    store = load_store(Path(settings.build_dir))
    selected = select_layers(list(store.layers), layer_ids)
    catalog = build_catalog(store, prefix="")
    # A partial site lists only the chosen layers; the all-layer downloads stay complete.
    catalog["layers"] = [entry for entry in catalog["layers"] if entry["id"] in selected]

    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=target.parent))
    try:
        shutil.copyfile(web / "index.html", tmp / "index.html")
        _copy_tree(web, tmp / "static", _WEB_SKIP)
        for name, rel in VENDOR_DIRS.items():
            if (web / rel).is_dir() and name != "swagger-ui":
                _copy_tree(web / rel, tmp / "vendor" / name, _SKIP)
        api = tmp / "api" / "layers"
        api.mkdir(parents=True)
        (tmp / "api" / "catalog.json").write_bytes(orjson.dumps(catalog))
        for layer_id in selected:
            (api / f"{layer_id}.geojson").write_bytes(store.layer(layer_id).raw)
        cache = DownloadCache(store)
        for scope in [*selected, ALL]:
            for fmt in FORMATS.values():
                out = tmp / download_path(scope, fmt)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(cache.get(scope, fmt).raw)
        os.chmod(tmp, 0o755)
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    return target, size
