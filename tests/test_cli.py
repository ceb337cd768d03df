"""The command line answers mistakes with one line and exit status 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpecmap.cli import main
from cpecmap.settings import Settings


def _args(settings: Settings) -> list[str]:
    return [
        "--catalog", str(settings.catalog_path),
        "--sources", str(settings.sources_dir),
        "--out", str(settings.build_dir),
    ]  # fmt: skip


def test_export_with_an_unknown_layer(
    mini_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", *_args(mini_settings)]) == 0
    capsys.readouterr()
    code = main(["export", "html", str(tmp_path / "x.html"), "--layers", "nope,plants",
                 *_args(mini_settings)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "unknown layer(s) nope; layers are: plants, links, zones" in err
    assert "Traceback" not in err


def test_bad_port_in_the_environment(
    mini_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CPECMAP_PORT", "abc")
    assert main(["validate", *_args(mini_settings)]) == 2
    assert "CPECMAP_PORT='abc' is not a port number" in capsys.readouterr().err


def test_layers_with_a_corrupt_manifest(
    mini_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", *_args(mini_settings)]) == 0
    (mini_settings.build_dir / "manifest.json").write_text("{not json")
    capsys.readouterr()
    assert main(["layers", *_args(mini_settings)]) == 2
    err = capsys.readouterr().err
    assert "not a valid manifest" in err and "cpecmap build" in err
