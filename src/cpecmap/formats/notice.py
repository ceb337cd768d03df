"""Licence, attribution and citation text that travels inside every download."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

LICENCE_URLS: dict[str, str] = {
    "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
    "ODC-By-1.0": "https://opendatacommons.org/licenses/by/1-0/",
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-NC-SA-3.0": "https://creativecommons.org/licenses/by-nc-sa/3.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}


def _squash(text: object) -> str:
    return " ".join(str(text or "").split())


@dataclass(frozen=True)
class Notice:
    """What a download must say about where its data comes from.

    Parameters
    ----------
    data_version
        The build's ``data_version``.
    layers
        Manifest entries of the layers in the download, in catalogue order.
    """

    data_version: str
    layers: Sequence[Mapping[str, Any]]

    @property
    def scope(self) -> str:
        """``"all layers"`` or the single layer's title."""
        return "all layers" if len(self.layers) != 1 else _squash(self.layers[0].get("title"))

    def citation(self) -> str:
        """One line to cite the download with."""
        titles = "; ".join(_squash(m.get("title")) for m in self.layers)
        return (
            f"cpecmap contributors, cpecmap – an open atlas of China–Pakistan infrastructure "
            f"cooperation: {titles}. Data version {self.data_version}."
        )

    def layer_licence(self, meta: Mapping[str, Any]) -> str:
        """``"<title> (<id>): licence <licence> <url>. Attribution: <text>"``."""
        licence = str(meta.get("licence", "unknown"))
        url = LICENCE_URLS.get(licence, "")
        return (
            f"{_squash(meta.get('title'))} ({meta.get('id')}): licence {licence}"
            f"{' ' + url if url else ''}. Attribution: {_squash(meta.get('attribution'))}"
        )

    def describe(self, meta: Mapping[str, Any] | None = None) -> str:
        """A paragraph for a format's description/metadata field.

        Parameters
        ----------
        meta
            One layer's manifest entry, or ``None`` for the whole download.
        """
        parts = [m for m in self.layers if meta is None or m is meta]
        lines = [_squash(meta.get("description")) if meta else f"cpecmap data, {self.scope}."]
        lines += [self.layer_licence(m) for m in parts]
        lines.append(f"Cite as: {self.citation()}")
        return " ".join(line for line in lines if line)

    def licence_text(self) -> str:
        """Body of ``LICENCE.txt``: one block per layer."""
        blocks = [f"{self.layer_licence(m)}\n" for m in self.layers]
        return (
            "Licences of the cpecmap data in this archive\n"
            "===========================================\n\n"
            "Each layer keeps the licence of the material it is derived from.\n"
            "Share-alike (SA) and non-commercial (NC) terms apply where stated.\n\n"
            + "\n".join(blocks)
        )

    def readme_text(self, field_names: Mapping[str, str] | None = None) -> str:
        """Body of ``README.txt``, with the shapefile field-name mapping if given."""
        text = (
            f"cpecmap – {self.scope}\n"
            f"Data version: {self.data_version}\n\n"
            f"Cite as: {self.citation()}\n\n"
            "Licences and attribution (see LICENCE.txt):\n"
            + "".join(f"  - {self.layer_licence(m)}\n" for m in self.layers)
            + "\nCoordinates are WGS 84 longitude/latitude (EPSG:4326).\n"
            "List and object values (aliases, partners, sources) are JSON-encoded text.\n"
        )
        if field_names:
            rows = "".join(f"  {short:<10}  {name}\n" for name, short in field_names.items())
            text += (
                "\nShapefile field names are limited to 10 characters; the mapping is:\n"
                f"  {'field':<10}  property\n{rows}"
                "dBase text fields hold at most 254 characters: longer values are cut.\n"
                "Use the GeoPackage or GeoJSON download for the full text.\n"
            )
        return text
