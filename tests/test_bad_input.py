"""Every malformed source is rejected with file, feature id and field named,
and the previous good build stays byte-identical."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cpecmap.cli import main
from cpecmap.pipeline import build
from cpecmap.pipeline.read import MAX_SOURCE_BYTES
from cpecmap.settings import Settings

BAD = Path(__file__).resolve().parent / "data" / "bad"
CASES = json.loads((BAD / "cases.json").read_text())


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _args(settings: Settings) -> list[str]:
    return [
        "--catalog",
        str(settings.catalog_path),
        "--sources",
        str(settings.sources_dir),
        "--out",
        str(settings.build_dir),
    ]


def test_corpus_has_at_least_twenty_cases() -> None:
    assert len(CASES) >= 20
    assert all((BAD / case["file"]).is_file() for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
@pytest.mark.parametrize("command", ["build", "validate"])
def test_bad_source_is_rejected(
    case: dict, command: str, mini_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    build(mini_settings)
    before = _snapshot(mini_settings.build_dir)
    target = mini_settings.sources_dir / f"{case['layer']}.geojson"
    shutil.copyfile(BAD / case["file"], target)

    code = main([command, *_args(mini_settings)])
    err = capsys.readouterr().err

    assert code != 0
    assert target.name in err
    if case["feature"]:
        assert f"feature {case['feature']}" in err
    if case["field"]:
        assert f"field {case['field']}" in err
    assert "Traceback" not in err
    assert _snapshot(mini_settings.build_dir) == before


def test_huge_file_is_rejected(mini_settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    build(mini_settings)
    before = _snapshot(mini_settings.build_dir)
    target = mini_settings.sources_dir / "plants.geojson"
    with target.open("w") as fh:  # valid JSON, just far too big for a curated layer
        fh.write('{"type": "FeatureCollection", "features": [], "padding": "')
        fh.write("x" * (MAX_SOURCE_BYTES + 1))
        fh.write('"}')
    assert main(["build", *_args(mini_settings)]) != 0
    err = capsys.readouterr().err
    assert "plants.geojson" in err and "at most" in err
    assert _snapshot(mini_settings.build_dir) == before


def test_all_problems_are_reported_at_once(
    mini_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    path = mini_settings.sources_dir / "plants.geojson"
    doc = json.loads(path.read_text())
    doc["features"][0]["properties"]["status"] = "finished"
    doc["features"][1]["properties"]["phase"] = "V"
    path.write_text(json.dumps(doc))
    assert main(["validate", *_args(mini_settings)]) == 1
    err = capsys.readouterr().err
    assert "feature sahiwal: field status" in err
    assert "feature port-qasim-coal: field phase" in err
