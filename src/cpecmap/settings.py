"""Runtime settings (env prefix ``CPECMAP_``). Nothing is read at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from cpecmap.errors import CpecmapError

#: Front-end libraries: URL prefix under ``/vendor/`` → directory under ``web_dir``
#: (installed by ``npm ci``). Served by the API and copied by the static export.
#: Add libraries here.
VENDOR_DIRS: dict[str, str] = {
    "leaflet": "node_modules/leaflet/dist",
    "topojson-client": "node_modules/topojson-client/dist",
    "world-atlas": "node_modules/world-atlas",
    "swagger-ui": "node_modules/swagger-ui-dist",
}


def _project_root() -> Path:
    # src/cpecmap/settings.py -> project root (two levels above the package)
    return Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Settings:
    """Paths and server options.

    Parameters
    ----------
    root
        Project root; ``geodata/`` and ``web/`` are resolved against it.
    sources_dir, catalog_path, build_dir, web_dir
        Override the defaults under ``root``.
    host, port
        Where ``cpecmap serve`` listens.
    """

    root: Path = field(default_factory=_project_root)
    # None means "the default under root"; __post_init__ always fills them in.
    sources_dir: Path = None  # type: ignore[assignment]
    catalog_path: Path = None  # type: ignore[assignment]
    build_dir: Path = None  # type: ignore[assignment]
    web_dir: Path = None  # type: ignore[assignment]
    host: str = "127.0.0.1"
    port: int = 8000

    def __post_init__(self) -> None:
        root = Path(self.root)
        object.__setattr__(self, "root", root)
        defaults = {
            "sources_dir": root / "geodata" / "sources",
            "catalog_path": root / "geodata" / "layers.yaml",
            "build_dir": root / "geodata" / "build",
            "web_dir": root / "web",
        }
        for name, default in defaults.items():
            value = getattr(self, name)
            object.__setattr__(self, name, Path(value) if value is not None else default)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Build settings from ``CPECMAP_*`` environment variables, then overrides."""
        env = dict(os.environ if env is None else env)
        values: dict[str, object] = {}
        for name in ("root", "sources_dir", "catalog_path", "build_dir", "web_dir", "host"):
            key = f"CPECMAP_{name.upper()}"
            if env.get(key):
                values[name] = env[key] if name == "host" else Path(env[key])
        if env.get("CPECMAP_PORT"):
            port = env["CPECMAP_PORT"]
            if not port.isdigit() or not 0 < int(port) < 65536:
                raise CpecmapError(f"CPECMAP_PORT={port!r} is not a port number (1–65535)")
            values["port"] = int(port)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
