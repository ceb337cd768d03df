"""Shared fixtures: settings for the mini fixture and for the real, freshly built data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cpecmap.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


@pytest.fixture
def mini_settings(tmp_path: Path) -> Settings:
    """A writable copy of the two-layer mini fixture, building into tmp_path/build."""
    src = tmp_path / "mini"
    shutil.copytree(DATA / "mini", src)
    return Settings(
        root=ROOT,
        catalog_path=src / "layers.yaml",
        sources_dir=src / "sources",
        build_dir=tmp_path / "build",
    )


@pytest.fixture(scope="session")
def real_build(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The project's real sources, built once per test session into a temp folder."""
    from cpecmap.pipeline import build

    settings = Settings(root=ROOT, build_dir=tmp_path_factory.mktemp("real") / "build")
    build(settings)
    return settings
