"""GDAL's OAPIF driver reads the live server: collections, counts, paging."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from cpecmap.store import load_store

MINI_BUILD = Path(__file__).resolve().parents[1] / "data" / "build-mini"
STORE = load_store(MINI_BUILD)

pytestmark = [pytest.mark.gdal, pytest.mark.slow]


def _run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_ogrinfo_lists_every_collection_with_its_count(live_server, ogrinfo: str) -> None:  # type: ignore[no-untyped-def]
    source = f"OAPIF:{live_server.url}/"
    listing = _run(ogrinfo, "-ro", "-so", source)
    assert re.findall(r"^\d+: (\S+)", listing, re.M) == list(STORE.layers)
    for layer in STORE.layers.values():
        summary = _run(ogrinfo, "-ro", "-so", source, layer.id)
        assert f"Feature Count: {layer.count}" in summary


@pytest.mark.parametrize("page_size", ["2", "1000"])
def test_ogrinfo_pages_through_every_feature_once(
    live_server, ogrinfo: str, page_size: str
) -> None:  # type: ignore[no-untyped-def]
    source = f"OAPIF:{live_server.url}/"
    for layer in STORE.layers.values():
        dump = _run(ogrinfo, "-ro", "-al", "-q", "-oo", f"PAGE_SIZE={page_size}", source, layer.id)
        ids = re.findall(r"^  id \(String\) = (.+)$", dump, re.M)
        assert sorted(ids) == sorted(layer.index_of), layer.id


def test_ogrinfo_spatial_filter_uses_bbox(live_server, ogrinfo: str) -> None:  # type: ignore[no-untyped-def]
    dump = _run(
        ogrinfo,
        "-ro",
        "-al",
        "-q",
        "-spat",
        "73",
        "31",
        "75",
        "34",
        f"OAPIF:{live_server.url}/",
        "energy",
    )
    assert sorted(re.findall(r"^  id \(String\) = (.+)$", dump, re.M)) == [
        "hvdc-lahore",
        "karot-hydro",
    ]


def test_ogrinfo_reads_every_real_layer_page_by_page(  # type: ignore[no-untyped-def]
    real_settings, real_live_server, ogrinfo: str
) -> None:
    """The real build through GDAL: every collection, right counts, each feature once."""
    real = load_store(real_settings.build_dir)
    source = f"OAPIF:{real_live_server.url}/"
    listing = _run(ogrinfo, "-ro", "-so", source)
    assert re.findall(r"^\d+: (\S+)", listing, re.M) == list(real.layers)
    for layer in real.layers.values():
        dump = _run(ogrinfo, "-ro", "-al", "-q", "-oo", "PAGE_SIZE=3", source, layer.id)
        ids = re.findall(r"^  id \(String\) = (.+)$", dump, re.M)
        assert sorted(ids) == sorted(layer.index_of), layer.id
