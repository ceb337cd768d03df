"""store.py: loading, verification and queries."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cpecmap.errors import BuildMissing, NotFound
from cpecmap.store import load_store

MINI_BUILD = Path(__file__).resolve().parents[1] / "data" / "build-mini"


@pytest.fixture
def build_copy(tmp_path: Path) -> Path:
    target = tmp_path / "build"
    shutil.copytree(MINI_BUILD, target)
    return target


def test_loads_layers_in_manifest_order() -> None:
    store = load_store(MINI_BUILD)
    assert list(store.layers) == ["roads", "energy", "submarine-cables"]
    assert store.layer("energy").count == 5
    assert store.data_version.startswith("1.0.0+")


def test_missing_build_is_build_missing(tmp_path: Path) -> None:
    with pytest.raises(BuildMissing, match="cpecmap build"):
        load_store(tmp_path / "nowhere")


def test_corrupt_manifest_is_build_missing(build_copy: Path) -> None:
    (build_copy / "manifest.json").write_text("{not json")
    with pytest.raises(BuildMissing, match="not a valid manifest"):
        load_store(build_copy)


def test_layer_whose_file_differs_from_manifest_is_refused(build_copy: Path) -> None:
    path = build_copy / "layers" / "roads.geojson"
    path.write_bytes(path.read_bytes().replace(b"Kkh", b"KKH"))
    with pytest.raises(BuildMissing, match="'roads'.*sha256"):
        load_store(build_copy)


def test_missing_layer_file_is_build_missing(build_copy: Path) -> None:
    (build_copy / "layers" / "energy.geojson").unlink()
    with pytest.raises(BuildMissing, match="'energy'.*missing"):
        load_store(build_copy)


def test_layer_file_outside_build_is_refused(build_copy: Path) -> None:
    manifest = json.loads((build_copy / "manifest.json").read_text())
    manifest["layers"][0]["file"] = "../../../etc/passwd"
    (build_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BuildMissing):
        load_store(build_copy)


def test_unknown_layer_lists_valid_ids() -> None:
    with pytest.raises(NotFound, match="roads, energy"):
        load_store(MINI_BUILD).layer("nope")


def test_bbox_query_uses_intersection_not_envelope() -> None:
    energy = load_store(MINI_BUILD).layer("energy")
    ids = [energy.features[i]["id"] for i in energy.query([(73.0, 31.0, 75.0, 34.0)])]
    assert ids == ["hvdc-lahore", "karot-hydro"]
    roads = load_store(MINI_BUILD).layer("roads")
    # inside the M-5 envelope but away from its line
    assert roads.query([(70.9, 27.8, 71.3, 28.2)]) == []


def test_filters_and_years() -> None:
    energy = load_store(MINI_BUILD).layer("energy")
    coal = energy.query(filters={"category": "coal"})
    assert [energy.features[i]["id"] for i in coal] == ["port-qasim-coal", "thar-coal-block-1"]
    # operating at some time from 2021 on (the one time rule)
    assert [energy.features[i]["id"] for i in energy.query(years=(2021, None))] == [
        "hvdc-lahore",
        "karot-hydro",
        "port-qasim-coal",
        "quaid-solar",
    ]
    assert [energy.features[i]["id"] for i in energy.query(years=(2016, 2016))] == ["quaid-solar"]
