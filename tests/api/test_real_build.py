"""The API over the real, freshly built data (the lead's ``real_build`` fixture)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cpecmap.api import create_app
from cpecmap.formats import FORMATS
from cpecmap.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture
def real_client(real_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(real_settings)) as client:
        yield client


def test_catalog_matches_manifest(real_client: TestClient, real_settings: Settings) -> None:
    import json

    manifest = json.loads((Path(real_settings.build_dir or "") / "manifest.json").read_text())
    body = real_client.get("/api/catalog.json").json()
    assert [layer["id"] for layer in body["layers"]] == [m["id"] for m in manifest["layers"]]
    for layer in body["layers"]:
        response = real_client.get(layer["links"]["data"])
        assert response.status_code == 200
        assert len(response.json()["features"]) == layer["count"]


def test_paging_every_feature_once(real_client: TestClient) -> None:
    for collection in real_client.get("/collections").json()["collections"]:
        url: str | None = f"/collections/{collection['id']}/items?limit=3"
        seen: list[str] = []
        while url:
            body = real_client.get(url).json()
            assert body["numberMatched"] == collection["count"]
            seen += [f["id"] for f in body["features"]]
            url = next((link["href"] for link in body["links"] if link["rel"] == "next"), None)
        assert len(seen) == len(set(seen)) == collection["count"]


@pytest.mark.gdal
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_all_layers_download_opens(
    real_client: TestClient, ogrinfo: str, tmp_path: Path, fmt: str
) -> None:
    total = sum(layer["count"] for layer in real_client.get("/api/layers").json()["layers"])
    path = tmp_path / f"cpecmap-all{FORMATS[fmt].suffix}"
    path.write_bytes(real_client.get(f"/downloads/{path.name}").content)
    out = subprocess.run(
        [ogrinfo, "-ro", "-so", "-al", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert sum(int(n) for n in re.findall(r"^Feature Count: (\d+)$", out, re.M)) == total
