"""Records: curate is reproducible, bad records are named precisely, and the model holds
satellites, agreements and claims."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from cpecmap.catalog import load_catalog
from cpecmap.cli import main
from cpecmap.pipeline import build
from cpecmap.records import curated_layers, source_text
from cpecmap.settings import Settings
from cpecmap.store import load_store

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parent / "data" / "records-mini"


@pytest.fixture
def rec_settings(tmp_path: Path) -> Settings:
    geodata = tmp_path / "geodata"
    shutil.copytree(FIXTURE, geodata)
    return Settings(
        root=ROOT,
        sources_dir=geodata / "sources",
        catalog_path=geodata / "layers.yaml",
        build_dir=tmp_path / "build",
    )


def _args(s: Settings) -> list[str]:
    return [
        "--catalog",
        str(s.catalog_path),
        "--sources",
        str(s.sources_dir),
        "--out",
        str(s.build_dir),
    ]


def _snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_committed_sources_are_the_curated_records_byte_for_byte(tmp_path: Path) -> None:
    """Regenerate geodata/sources from geodata/records in a temporary folder and compare."""
    settings = Settings(root=ROOT)
    catalog = load_catalog(settings.catalog_path)
    curated, errors = curated_layers(catalog, settings.sources_dir)
    assert errors == []
    for item in curated:
        committed = (settings.sources_dir / f"{item.layer.id}.geojson").read_bytes()
        assert source_text(item.features).encode("utf-8") == committed, (
            f"{item.layer.id}: run `cpecmap curate` and commit geodata/sources"
        )
    assert sum(len(c.features) for c in curated) >= 57


def test_curate_writes_then_checks(
    rec_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["curate", "--check", *_args(rec_settings)]) == 1  # nothing written yet
    assert main(["curate", *_args(rec_settings)]) == 0
    written = json.loads((rec_settings.sources_dir / "plants.geojson").read_text())
    assert {f["properties"]["id"] for f in written["features"]} == {"sahiwal", "port-qasim-coal"}
    source = written["features"][0]["properties"]["sources"][0]
    assert source["key"] == "gem-sahiwal-power-station" and source["url"].startswith("https://")
    assert main(["curate", "--check", *_args(rec_settings)]) == 0
    assert "match the records" in capsys.readouterr().out


def test_build_from_records_holds_every_kind(rec_settings: Settings) -> None:
    build(rec_settings)
    store = load_store(rec_settings.build_dir)
    sat = store.layer("satellites").features[0]["properties"]
    assert sat["orbit"] == "geostationary" and sat["orbit_longitude_e"] == 38.0
    assert store.layer("satellites").features[0]["geometry"]["coordinates"] == [38.0, 0.0]
    agreement = store.layer("agreements").features[0]["properties"]
    assert agreement["date"] == "2015-04-20" and agreement["parties"] == ["Party A", "Party B"]
    claim = store.layer("claims").features[0]
    assert claim["geometry"] is None
    assert claim["properties"]["verdict"] == "contradicted"
    assert claim["properties"]["names"] == {"en": "Test claim about Sahiwal", "zh": "测试"}
    # links are validated and shown from both ends
    sahiwal = next(f["properties"] for f in store.layer("plants").features if f["id"] == "sahiwal")
    back = {(link["rel"], link["id"], link["direction"]) for link in sahiwal["links"]}
    assert ("concerns", "test-claim", "inverse") in back
    assert ("covers", "test-agreement", "inverse") in back
    # extra fields belong to their layer only
    assert "orbit" not in sahiwal


def _edit(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(geodata: Path) -> None:
        path = geodata / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, (rel, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


SAHIWAL = "records/plants/sahiwal.yaml"
# (case, how to break it, file named, feature named, field named)
BAD_RECORDS = [
    (
        "unknown-field",
        _edit(SAHIWAL, "category: coal", "category: coal\ncapcity_mw: 5"),
        SAHIWAL,
        "sahiwal",
        "capcity_mw",
    ),
    (
        "wrong-type",
        _edit(SAHIWAL, "capacity_mw: 1320", "capacity_mw: '1320 MW'"),
        SAHIWAL,
        "sahiwal",
        "capacity_mw",
    ),
    (
        "missing-citation",
        _edit(SAHIWAL, "- gem-sahiwal-power-station", "- no-such-key"),
        SAHIWAL,
        "sahiwal",
        "sources[0]",
    ),
    (
        "link-to-missing",
        _edit("records/claims/test-claim.yaml", "id: sahiwal", "id: nowhere"),
        "records/claims/test-claim.yaml",
        "test-claim",
        "links[0].id",
    ),
    (
        "milestones-out-of-order",
        _edit(SAHIWAL, "date: '2017'", "date: '2011'"),
        SAHIWAL,
        "sahiwal",
        "milestones[1].date",
    ),
    (
        "bad-language",
        _edit("records/claims/test-claim.yaml", "names: {zh: 测试}", "names: {klingon: x}"),
        "records/claims/test-claim.yaml",
        "test-claim",
        "names.klingon",
    ),
    (
        "id-not-file-name",
        _edit(SAHIWAL, "id: sahiwal", "id: sahiwal-2"),
        SAHIWAL,
        "sahiwal-2",
        "id",
    ),
    ("invalid-yaml", _edit(SAHIWAL, "category: coal", "category: [coal"), SAHIWAL, None, None),
    (
        "bad-bibliography-url",
        _edit("bibliography.yaml", "url: https://www.gem.wiki", "url: ftp://gem.wiki"),
        "bibliography.yaml",
        "gem-sahiwal-power-station",
        "url",
    ),
    (
        "missing-geometry-file",
        _edit("records/links/test-road.yaml", "links/test-road.geojson", "links/none.geojson"),
        "records/links/test-road.yaml",
        "test-road",
        "geometry",
    ),
]


@pytest.mark.parametrize("command", ["build", "curate", "validate"])
@pytest.mark.parametrize(
    ("case", "breaker", "file", "feature", "field"), BAD_RECORDS, ids=[c[0] for c in BAD_RECORDS]
)
def test_bad_record_is_named_and_nothing_is_lost(
    rec_settings: Settings,
    capsys: pytest.CaptureFixture[str],
    command: str,
    case: str,
    breaker: Callable[[Path], None],
    file: str,
    feature: str | None,
    field: str | None,
) -> None:
    assert main(["curate", *_args(rec_settings)]) == 0
    build(rec_settings)
    builds, sources = _snapshot(rec_settings.build_dir), _snapshot(rec_settings.sources_dir)
    breaker(rec_settings.sources_dir.parent)
    capsys.readouterr()

    code = main([command, *_args(rec_settings)])
    err = capsys.readouterr().err

    assert code == 1, err
    assert file in err
    if feature:
        assert f"feature {feature}" in err
    if field:
        assert f"field {field}" in err
    assert "Traceback" not in err
    assert _snapshot(rec_settings.build_dir) == builds
    assert _snapshot(rec_settings.sources_dir) == sources


def test_a_field_has_one_type_in_every_layer(rec_settings: Settings) -> None:
    """The GeoPackage gives each property the same OGR type in every layer (from the schema)."""
    import pyogrio

    build(rec_settings)
    gpkg = rec_settings.build_dir / "cpecmap.gpkg"
    types: dict[str, set[str]] = {}
    for name, _kind in pyogrio.list_layers(gpkg):
        info = pyogrio.read_info(gpkg, layer=name)
        for field, dtype in zip(info["fields"], info["dtypes"], strict=True):
            types.setdefault(field, set()).add(str(dtype))
    mixed = {k: v for k, v in types.items() if len(v) > 1}
    assert mixed == {}
    # capacity_mw is null in most layers and a number in one: still a real everywhere
    assert types["capacity_mw"] == {"float64"}
    assert types["year_operation"] == {"int64"}


def _yaml_blocks(markdown: str, heading: str) -> list[str]:
    section = markdown.split(heading, 1)[1].split("\n## ", 1)[0]
    blocks = []
    for part in section.split("```yaml\n")[1:]:
        text = part.split("```", 1)[0]
        indent = len(text) - len(text.lstrip(" "))
        blocks.append("\n".join(line[indent:] for line in text.splitlines()) + "\n")
    return blocks


def test_contributing_recipe_adds_a_power_plant(tmp_path: Path) -> None:
    """Follow CONTRIBUTING.md's recipe on a copy of the real data, exactly as written."""
    import yaml

    geodata = tmp_path / "geodata"
    for name in ("records", "geometry"):
        shutil.copytree(ROOT / "geodata" / name, geodata / name)
    for name in ("bibliography.yaml", "layers.yaml"):
        shutil.copyfile(ROOT / "geodata" / name, geodata / name)
    entry, record = _yaml_blocks((ROOT / "CONTRIBUTING.md").read_text(), "## Add a power plant")
    with (geodata / "bibliography.yaml").open("a", encoding="utf-8") as fh:
        fh.write(entry)
    fid = yaml.safe_load(record)["id"]
    (geodata / "records" / "energy" / f"{fid}.yaml").write_text(record, encoding="utf-8")
    settings = Settings(
        root=ROOT,
        sources_dir=geodata / "sources",
        catalog_path=geodata / "layers.yaml",
        build_dir=tmp_path / "build",
    )
    for step in ("validate", "curate", "build"):
        assert main([step, *_args(settings)]) == 0, step
    plant = next(
        f for f in load_store(settings.build_dir).layer("energy").features if f["id"] == fid
    )
    props = plant["properties"]
    assert props["status"] == "operational" and props["year_operation"] == 2019
    assert props["phase"] == "II" and props["phase_basis"] == "first operation 2019"
    assert props["sources"][0]["publisher"] == "Dawn"
    hvdc = next(
        f
        for f in load_store(settings.build_dir).layer("transmission").features
        if f["id"] == "matiari-lahore-hvdc"
    )
    assert {"id": fid, "direction": "inverse"}.items() <= next(
        link for link in hvdc["properties"]["links"] if link["id"] == fid
    ).items()


def test_field_docs_are_generated_from_the_schema() -> None:
    from cpecmap.schema_docs import fields_markdown

    assert (ROOT / "docs" / "fields.md").read_text(encoding="utf-8") == fields_markdown(), (
        "run `cpecmap schema > docs/fields.md`"
    )


def test_no_python_under_scripts_holds_a_source_url() -> None:
    offenders = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in (ROOT / "scripts").rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "http://" in line or "https://" in line
    ]
    assert offenders == [], "source URLs belong in geodata/bibliography.yaml"
