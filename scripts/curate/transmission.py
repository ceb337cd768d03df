#!/usr/bin/env python3
"""Curate ``geodata/sources/transmission.geojson``: the Matiari–Lahore ±660 kV HVDC line.

No line geometry for the HVDC line exists in any open source we could reach, so
the line is drawn *schematic*: from the Matiari converter-station point, through
one town in each district that Wikipedia's infobox says the route crosses, to the
Lahore (Balloki) converter-station point. The ends are the same points as the two
converter stations in ``energy.geojson``.

Waypoint coordinates and where each comes from:

* Natural Earth v4.0.0 populated places (public domain), read from the staged
  extract ``ne_10m_populated_places_pak.geojson``: Sukkur, Rahim Yar Khan,
  Bahawalpur, Okara.
* Wikipedia infobox / article coordinates, quoted with their page: Matiari,
  Shahdadpur (Sanghar district), Khairpur, Ghotki, Bahawalnagar, Pakpattan,
  Balloki Power Plant (for the Balloki converter station).

Kasur and Nankana Sahib districts are crossed only in the last stretch to
Balloki (sources put Balloki in Kasur district and the line's end in Nankana
Sahib district); their district towns are not used. The geodesic length (WGS 84) is checked against the stated 878 km.

Usage::

    python3 scripts/curate/transmission.py [REFERENCE_DIR]
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from _common import ACCESS_NOTE, UNDATED_NOTE, feature, geod_km, ne_places, round_xy, src, write
from shapely.geometry import LineString

LAYER = "transmission"
CONSULTED = "2026"
STATED_KM = 878.0

# (name, district crossed, lat, lon, origin). origin "NE" = read from Natural Earth.
WAYPOINTS: list[tuple[str, str, float | None, float | None, str]] = [
    ("Matiari (converter station locality)", "Matiari", 25.595833, 68.445833,
     "Wikipedia 'Matiari' infobox 25°35′45″N 68°26′45″E"),
    ("Shahdadpur", "Sanghar", 25.92278, 68.62056, "Wikipedia 'Shahdadpur' infobox 25°55′22″N 68°37′14″E"),
    ("Khairpur", "Khairpur", 27.533, 68.767, "Wikipedia 'Khairpur' infobox 27°32′N 68°46′E"),
    ("Sukkur", "Sukkur", None, None, "Natural Earth populated places"),
    ("Ghotki", "Ghotki", 28.016667, 69.316667, "Wikipedia 'Ghotki' text 28°1′0″N 69°19′0″E"),
    ("Rahim Yar Khan", "Rahim Yar Khan", None, None, "Natural Earth populated places"),
    ("Bahawalpur", "Bahawalpur", None, None, "Natural Earth populated places"),
    ("Bahawalnagar", "Bahawalnagar", 30.0, 73.25, "Wikipedia 'Bahawalnagar' infobox 30°00′N 73°15′E"),
    ("Pakpattan", "Pakpattan", 30.344167, 73.383889, "Wikipedia 'Pakpattan' 30°20′39″N 73°23′2″E"),
    ("Okara", "Okara", None, None, "Natural Earth populated places"),
    ("Balloki (converter station locality)", "Kasur / Nankana Sahib", 31.19028, 73.87778,
     "Wikipedia 'Balloki Power Plant' infobox 31°11′25″N 73°52′40″E"),
]


def build() -> list[dict[str, Any]]:
    ne = ne_places()
    coords: list[list[float]] = []
    for name, _district, lat, lon, origin in WAYPOINTS:
        if origin.startswith("Natural Earth"):
            lon, lat = ne[name]
        coords.append(round_xy((lon, lat)))

    km = geod_km(LineString(coords))
    assert abs(km / STATED_KM - 1) <= 0.05, km
    assert all(b[1] > a[1] for a, b in pairwise(coords)), "route must run steadily north"

    note = (
        "Schematic: straight segments between sourced waypoints, one town per district that the "
        "Wikipedia infobox says the route crosses (Matiari, Sanghar, Khairpur, Sukkur, Ghotki, Rahim "
        "Yar Khan, Bahawalpur, Bahawalnagar, Pakpattan, Okara, Kasur, Nankana). Waypoints: "
        + "; ".join(f"{n} ({d} district) – {o}" for n, d, _, _, o in WAYPOINTS)
        + ". Natural Earth v4.0.0 points are public domain. Kasur and Nankana Sahib district towns "
        "are not used: sources place Balloki in Kasur district and the line's end in Nankana Sahib "
        "district, so both are crossed only in the last stretch to the Balloki end point. The ends "
        "are the locality points used for the two converter stations, not surveyed station sites."
    )
    props = {
        "id": "matiari-lahore-hvdc",
        "name": "Matiari–Lahore ±660 kV HVDC Transmission Line",
        "aliases": ["±660 kV HVDC Matiari–Lahore Transmission Line",
                    "Pak Matiari-Lahore Transmission Company (PMLTC) line"],
        "domain": "land",
        "category": "hvdc-line",
        "status": "operational",
        "phase": "III",
        "year_agreement": 2015,
        "year_construction": 2018,
        "year_operation": 2021,
        "capacity_mw": None,
        "length_km_stated": STATED_KM,
        "partners_cn": ["State Grid Corporation of China, via China Electric Power Equipment and "
                        "Technology (CET): owner of PMLTC and EPC contractor"],
        "partners_pk": ["National Transmission and Despatch Company (NTDC), grid operator and offtaker",
                        "Private Power and Infrastructure Board (letter of support)"],
        "cost_usd_m": 1658.34,
        "cost_note": "1,658.34 m (Ministry of Energy, 2023); about 1.6 bn (Wikipedia); 2.1 bn estimated at licensing (Nepra, 2017 report).",
        "description": (
            "Pakistan's first HVDC line and first privately built transmission line: a bipole that "
            "carries up to 4,000 MW from the Sindh coal plants north to the Lahore load centre, with "
            "converter and grounding-electrode stations at both ends. Built by State Grid's CET under "
            "CPEC, it entered commercial operation on 1 September 2021."
        ),
        "precision": "schematic",
        "precision_note": note,
        "brief_claim": None,
        "discrepancy": "Length kept: 878 km (Wikipedia, Nepra licence, The News); government releases of 2020 and 2023 give 886 km.",
        "sources": [
            src("Matiari–Lahore transmission line", "Wikipedia",
                "https://en.wikipedia.org/wiki/Matiari%E2%80%93Lahore_transmission_line", CONSULTED, note=ACCESS_NOTE),
            src("660 kV HVDC Matiari-Lahore Transmission Line CPEC project commemorate ceremony to take place today",
                "The Nation",
                "https://www.nation.com.pk/03-Jul-2023/660-kv-hvdc-matiari-lahore-transmission-line-cpec-project-commemorate-ceremony-to-take-place-today",
                "2023-07-03"),
            src("886 km Matiari-Lahore power transmission line completed", "The Nation",
                "https://nation.com.pk/05-Nov-2020/886-km-matiari-lahore-power-transmission-line-completed",
                "2020-11-05"),
            src("Pakistan's first power transmission line under CPEC becomes operational", "ProPakistani",
                "https://propakistani.pk/2021/09/02/pakistans-first-power-transmission-line-under-cpec-becomes-operational/",
                "2021-09-02"),
            src("New Lahore grid station to start work next month", "Dawn",
                "https://www.dawn.com/news/1875894/new-lahore-grid-station-to-start-work-next-month", "2024-12-01"),
            src("PPIB supports HVDC Matiari-Lahore Line project", "The News",
                "https://www.thenews.com.pk/print/222666-PPIB-supports-HVDC-Matiari-Lahore-Line-project", CONSULTED,
                note=UNDATED_NOTE),
            src("Natural Earth 1:10m populated places v4.0.0", "Natural Earth",
                "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-populated-places/", "2017"),
            src("Matiari (Wikipedia mirror)", "FriendlyWiki",
                "https://friendlywiki.com/article/index.php?title=Matiari", CONSULTED, note=ACCESS_NOTE),
            src("Shahdadpur (Wikipedia mirror)", "Pinocchiopedia",
                "https://pinocchiopedia.com/wiki/Shahdadpur_Taluka", CONSULTED, note=ACCESS_NOTE),
            src("Khairpur (Wikipedia 2014 mirror)", "the-uncensored-wiki",
                "http://the-uncensored-wiki.com:20141/2014-wikipedia_en_all_02_2014/A/html/K/h/a/i/Khairpur.html",
                CONSULTED, note=ACCESS_NOTE),
            src("Ghotki", "Wikipedia", "https://en.wikipedia.org/wiki/Ghotki", CONSULTED, note=ACCESS_NOTE),
            src("Bahawalnagar", "Wikipedia", "https://en.wikipedia.org/wiki/Bahawalnagar", CONSULTED, note=ACCESS_NOTE),
            src("Pakpattan (Wikipedia, Italian mirror)", "abcdef.wiki",
                "https://deit.abcdef.wiki/wiki/Pakpattan", CONSULTED, note=ACCESS_NOTE),
            src("Balloki Power Plant (Wikipedia mirror)", "Wikipedia via IPFS",
                "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Balloki_Power_Plant.html",
                CONSULTED, note=ACCESS_NOTE),
        ],
    }
    return [feature(props, LineString(coords))]


if __name__ == "__main__":
    write(LAYER, build(), indent=2)
