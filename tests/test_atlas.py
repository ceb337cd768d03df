"""The notebook API and the folium export, on the real built data."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest

from cpecmap import atlas
from cpecmap.folium_export import popup_html
from cpecmap.settings import Settings


def test_layers_lists_the_catalogue(real_build: Settings) -> None:
    frame = atlas.layers(real_build)
    manifest = json.loads((real_build.build_dir / "manifest.json").read_text())
    assert list(frame.index) == [e["id"] for e in manifest["layers"]]
    assert (frame["count"] == [e["count"] for e in manifest["layers"]]).all()


def test_load_returns_the_built_layer(real_build: Settings) -> None:
    manifest = json.loads((real_build.build_dir / "manifest.json").read_text())
    for entry in manifest["layers"]:
        frame = atlas.load(entry["id"], real_build)
        built = gpd.read_file(real_build.build_dir / entry["file"])
        assert isinstance(frame, gpd.GeoDataFrame)
        assert frame.crs.to_epsg() == 4326
        assert len(frame) == entry["count"]
        assert sorted(frame["id"]) == sorted(built["id"])
        by_id = built.set_index("id")
        for fid, row in frame.iterrows():
            assert row.geometry.equals_exact(by_id.loc[fid].geometry, 1e-9)
        assert frame.attrs["licence"] == entry["licence"]


def test_load_all_and_unknown_layer(real_build: Settings) -> None:
    everything = atlas.load_all(real_build)
    manifest = json.loads((real_build.build_dir / "manifest.json").read_text())
    assert len(everything) == sum(e["count"] for e in manifest["layers"])
    assert set(everything["layer"]) == {e["id"] for e in manifest["layers"] if e["count"]}
    with pytest.raises(KeyError, match="unknown layer"):
        atlas.load("no-such-layer", real_build)


def test_load_builds_when_missing(mini_settings: Settings) -> None:
    assert not (mini_settings.build_dir / "manifest.json").exists()
    frame = atlas.load("plants", mini_settings)
    assert set(frame["id"]) == {"sahiwal", "port-qasim-coal"}


def test_to_folium_renders_every_layer(real_build: Settings) -> None:
    m = atlas.to_folium(settings=real_build)
    html = m.get_root().render()
    manifest = json.loads((real_build.build_dir / "manifest.json").read_text())
    for entry in manifest["layers"]:
        assert entry["title"] in html
    assert "Sources" in html and "L.control.groupedLayers" in html
    for domain in ("Land", "Sea", "Digital \\u0026amp; space"):  # overlays grouped by domain
        assert f'"{domain}" : {{' in html


def test_popup_escapes_every_value() -> None:
    layer = {"categories": {"coal": {"label": "Coal", "color": "#000"}}, "style": {"color": "#000"}}
    props = {
        "name": "<script>alert(1)</script>",
        "category": "coal",
        "status": "operational",
        "phase": "II",
        "description": "<img src=x onerror=alert(1)>",
        "precision": "exact",
        "precision_note": "n",
        "partners_cn": ["<b>x</b>"],
        "partners_pk": [],
        "sources": [
            {"title": "t<i>", "publisher": "p", "date": "2020", "url": "javascript:alert(1)"},
            {
                "title": "ok",
                "publisher": "p",
                "date": "2020",
                "url": "https://example.org/?a=1&b=<2>",
            },
        ],
    }
    out = popup_html(props, layer)
    assert "<script>" not in out and "<img" not in out and "<b>x" not in out
    assert "&lt;script&gt;" in out
    assert "javascript:" not in out.split("href")[0] and "href='javascript" not in out
    assert "href='https://example.org/?a=1&amp;b=&lt;2&gt;'" in out


def test_to_folium_draws_precision_from_the_catalogue(real_build: Settings) -> None:
    manifest = json.loads((real_build.build_dir / "manifest.json").read_text())
    a, b = manifest["precision_styles"]["schematic"]["line"]["dash"]
    # a layer with a schematic line (the HVDC line is drawn through sourced towns)
    entry = next(e for e in manifest["layers"] if e["id"] == "transmission")
    line = json.loads((real_build.build_dir / entry["file"]).read_text())["features"][0]
    assert line["properties"]["precision"] == "schematic"
    weight = entry["style"]["weight"]
    html = atlas.to_folium(["transmission", "economic-zones"], real_build).get_root().render()
    assert f'"dashArray": "{weight * a:g} {weight * b:g}"' in html
    assert f'"dashArray": "{manifest["precision_styles"]["approximate"]["point"]["dash"]}"' in html


def test_folium_popup_uses_the_catalogue_words(real_build: Settings) -> None:
    manifest = json.loads((real_build.build_dir / "manifest.json").read_text())
    html = atlas.to_folium(["energy"], real_build).get_root().render()
    assert manifest["labels"]["phase"]["II"] in html  # "Phase II (2015–2020)"
    assert manifest["labels"]["status"]["operational"] in html


def test_folium_export_refuses_a_layer_that_differs_from_its_manifest(
    mini_settings: Settings,
) -> None:
    from cpecmap.errors import BuildMissing
    from cpecmap.pipeline import build

    build(mini_settings)
    path = mini_settings.build_dir / "layers" / "plants.geojson"
    path.write_text(path.read_text().replace("Sahiwal", "Sahiwa1"))
    with pytest.raises(BuildMissing, match="'plants'.*sha256.*manifest"):
        atlas.to_folium(["plants"], mini_settings)
