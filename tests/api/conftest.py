"""Fixtures for the API tests: the mini build, a web dir, a client, a live server."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpecmap.api import create_app
from cpecmap.settings import Settings

MINI_BUILD = Path(__file__).resolve().parents[1] / "data" / "build-mini"


@pytest.fixture
def web_dir(tmp_path: Path) -> Path:
    """A small web/ tree: index.html, a static file, vendored leaflet, a node_modules secret."""
    web = tmp_path / "web"
    (web / "js").mkdir(parents=True)
    (web / "index.html").write_text("<!doctype html><title>cpecmap web map</title>")
    (web / "js" / "app.js").write_text("export const ok = true;\n")
    (web / ".hidden").write_text("secret")
    leaflet = web / "node_modules" / "leaflet" / "dist"
    leaflet.mkdir(parents=True)
    (leaflet / "leaflet.js").write_text("/* leaflet */\n")
    (web / "node_modules" / "leaflet" / "package.json").write_text('{"name": "leaflet"}')
    (tmp_path / "outside.txt").write_text("outside web/")
    return web


@pytest.fixture
def api_settings(tmp_path: Path, web_dir: Path) -> Settings:
    """Settings serving the hand-made mini build and the fixture web dir."""
    return Settings(root=tmp_path, build_dir=MINI_BUILD, web_dir=web_dir)


@pytest.fixture
def app(api_settings: Settings) -> FastAPI:
    return create_app(api_settings)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def real_settings(request: pytest.FixtureRequest) -> Settings:
    """The real data, built once per session (``real_build`` in tests/conftest.py)."""
    settings: Settings = request.getfixturevalue("real_build")
    return settings


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """uvicorn serving an app in a background thread on 127.0.0.1."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def live_server(app: FastAPI) -> Iterator[LiveServer]:
    with LiveServer(app) as server:
        yield server


@pytest.fixture
def real_live_server(real_settings: Settings) -> Iterator[LiveServer]:
    """uvicorn serving the real build."""
    from cpecmap.api.app import create_app

    with LiveServer(create_app(real_settings)) as server:
        yield server


@pytest.fixture
def ogrinfo() -> str:
    path = shutil.which("ogrinfo")
    if path is None:
        pytest.fail("ogrinfo not found: Debian's gdal-bin is required (scripts/test installs it)")
    return path
