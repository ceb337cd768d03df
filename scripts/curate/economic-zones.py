#!/usr/bin/env python3
"""Curate ``geodata/sources/economic-zones.geojson``: CPEC SEZs and the Gwadar Free Zone.

No open source we could reach gives the site of any of these zones, so every
point is a *locality reference* (precision ``approximate``) and its
``precision_note`` says exactly what the point is:

* Rashakai, Dhabeji - OpenStreetMap ``railway=station`` nodes (HOT export,
  ODbL 1.0), read from ``cpec_points_pak_extra.geojson``.
* Allama Iqbal Industrial City - Natural Earth v4.0.0 populated place
  "Faisalabad" (public domain), read from ``ne_10m_populated_places_pak.geojson``.
* Gwadar Free Zone - representative point of the small OpenStreetMap polygon
  AidData GCDF 2.0 links to the free-zone loan (project 53723; ODbL 1.0), read
  from ``aiddata_gcdf2_pak_osm_features.geojson`` (``derived_rep_point_*``).

Usage::

    python3 scripts/curate/economic-zones.py [REFERENCE_DIR]
"""

from __future__ import annotations

from functools import partial
from typing import Any

from _common import HOT_STATIONS, UNDATED_NOTE, ne_places, point_feature, ref_features, ref_index, src, write

LAYER = "economic-zones"
DOMAIN = "land"
CONSULTED = "2026"

HOT_OSM = HOT_STATIONS


zone = partial(point_feature, domain=DOMAIN, capacity_mw=None, length_km_stated=None)


def build() -> list[dict[str, Any]]:
    extra = {
        name: (f["geometry"]["coordinates"], f["properties"])
        for name, f in ref_index("cpec_points_pak_extra.geojson", "feature").items()
    }
    ne = ne_places()
    aid = {
        int(f["properties"]["id"]): f["properties"]
        for f in ref_features("aiddata_gcdf2_pak_osm_features.geojson")
    }

    feats = []
    (lon, lat), p = extra["Rashakai SEZ (locality)"]
    assert "13313202755" in p["coord_source"]
    feats.append(zone(
        lon, lat,
        id="rashakai-sez",
        name="Rashakai Special Economic Zone",
        aliases=["RSEZ", "Rashakai Economic Zone (M-1 Nowshera)"],
        category="sez", status="operational", phase="III",
        year_agreement=2019, year_construction=2021, year_operation=2023,
        partners_cn=["China Road and Bridge Corporation (CRBC), co-developer"],
        partners_pk=["Khyber Pakhtunkhwa Economic Zones Development & Management Company (KPEZDMC)",
                     "Government of Khyber Pakhtunkhwa"],
        cost_usd_m=None,
        cost_note="Zone cost not found; Phase I was reported to have drawn about PKR 85 bn of investment.",
        description=("A CPEC special economic zone on the M-1 motorway near the Rashakai interchange, "
                     "Nowshera district, co-developed by CRBC and the KP economic-zones company. Ground was "
                     "broken in May 2021 and Phase I (247 acres, 18 enterprises) was inaugurated in July "
                     "2023; the rest of the planned area is still being developed."),
        precision="approximate",
        precision_note=("Locality reference: Rashakai railway station (OSM node 13313202755, Nowshera–Mardan "
                        "branch), not the zone's site, which sources describe only as beside the M-1 near "
                        "the Rashakai interchange."),
        brief_claim=None,
        discrepancy="Area: about 1,000 acres in the first stage; 2,000 acres acquired; 2,600 acres planned in total.",
        sources=[
            src("KP govt to bring about industrial revolution (Rashakai SEZ)", "The News",
                "https://www.thenews.com.pk/print/480819", "2019-06-04"),
            src("Concessional agreement for Rashakai Economic Zone signed with Chinese group", "Samaa",
                "https://www.samaa.tv/news/2019/05/concessional-agreement-for-rashakai-economic-zone-signed-with-chinese-group/",
                "2019-05"),
            src("KP CM inaugurates Phase-I of Rashakai Special Economic Zone", "Pakistan Observer",
                "https://pakobserver.net/kp-cm-inaugurates-phase-i-of-rashakai-special-economic-zone/", "2023-07"),
            HOT_OSM,
        ],
    ))

    (lon, lat), p = extra["Dhabeji SEZ (locality)"]
    assert "2775029954" in p["coord_source"]
    feats.append(zone(
        lon, lat,
        id="dhabeji-sez",
        name="Dhabeji Special Economic Zone",
        aliases=["DSEZ", "Dhabeji Industrial Zone (DIZ)"],
        category="sez", status="under-construction", phase="III",
        year_agreement=2022, year_construction=2023, year_operation=None,
        partners_cn=["National Development and Reform Commission of China (backing, per a 2025 report)"],
        partners_pk=["Sindh Economic Zones Management Company", "Zahir Khan & Brothers (ZKB), developer"],
        cost_usd_m=None,
        cost_note="Zone cost not found; investment targets of 5 bn (2023) and 3 bn (2025) were announced.",
        description=("A special economic zone of about 1,530 acres at Dhabeji, Thatta district, near Port "
                     "Qasim and the N-5. The concession was signed in February 2022 and ground was broken "
                     "in July 2023; a January 2025 agreement brought in Chinese and local investors."),
        precision="approximate",
        precision_note=("Locality reference: Dhabeji railway station on the ML-1 (OSM node 2775029954), not "
                        "the zone's site, which was not found."),
        brief_claim=None,
        discrepancy=("Area: 1,530 acres (DNA News) vs 1,550 acres (Dawn). Developer spelled Zahir Khan & "
                     "Brothers and Zahid Khan & Brothers. No named Chinese developer was found."),
        sources=[
            src("Dhabeji Special Economic Zone", "Dawn", "https://www.dawn.com/news/1764908", "2023-07"),
            src("Dhabeji SEZ concession agreement", "Dawn", "https://www.dawn.com/news/1676790", "2022-02"),
            src("Sindh government signs agreement to set up Dhabeji Special Economic Zone", "Daily Ittehad",
                "https://dailyittehad.com.pk/news/2025/01/20/sindh-government-signs-agreement-to-set-up-dhabeji-special-economic-zone/",
                "2025-01-20"),
            HOT_OSM,
        ],
    ))

    lon, lat = ne["Faisalabad"]
    feats.append(zone(
        lon, lat,
        id="allama-iqbal-industrial-city",
        name="Allama Iqbal Industrial City",
        aliases=["AIIC", "FIEDMC SEZ, Faisalabad"],
        category="sez", status="operational", phase="III",
        year_agreement=None, year_construction=2020, year_operation=2021,
        partners_cn=[],
        partners_pk=["Faisalabad Industrial Estate Development & Management Company (FIEDMC)",
                     "Government of Punjab"],
        cost_usd_m=None,
        cost_note="Zone cost not found; a target investment of PKR 400 bn was announced at groundbreaking.",
        description=("A 3,432-acre CPEC special economic zone at the Sahianwala motorway "
                     "interchange outside Faisalabad, run by FIEDMC. The Prime Minister broke ground in "
                     "January 2020 and 20 units were producing by August 2021."),
        precision="approximate",
        precision_note=("Locality reference: Faisalabad city (Natural Earth populated place), not the zone's "
                        "site. The zone lies outside the city at the Sahianwala interchange, whose "
                        "coordinates were not found."),
        brief_claim=None,
        discrepancy=("Motorway: described as on the M-4 (2019 bids report) and as on the M-3 near Sahianwala "
                     "(FIEDMC, June 2019). Area: 3,432 acres vs about 4,000 acres planned. No named Chinese "
                     "developer; 22 Chinese firms were reported building at the adjacent M-3 Industrial City."),
        sources=[
            src("New industrial city to be established at Faisalabad", "The News",
                "https://www.thenews.com.pk/print/423504-new-industrial-city-to-be-established-at-faisalabad",
                "2019-01-26"),
            src("PM performs groundbreaking of industrial city", "UrduPoint",
                "https://www.urdupoint.com/en/pakistan/pm-performs-groundbreaking-of-industrial-city-801428.html",
                "2020-01-03"),
            src("Work on Allama Iqbal Industrial City on fast track: Razak", "The News",
                "https://www.thenews.com.pk/print/875614-work-on-allama-iqbal-industrial-city-on-fast-track-razak",
                "2021-08-09"),
            src("Allama Iqbal Industrial Estate best site for industrialization", "UrduPoint",
                "https://www.urdupoint.com/en/business/allama-iqbal-industrial-estate-best-site-for-643217.html",
                "2019-06-12"),
            src("Natural Earth 1:10m populated places v4.0.0", "Natural Earth",
                "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-populated-places/", "2017"),
        ],
    ))

    gfz = aid[53723]
    assert "Free Zone" in gfz["Title"]
    feats.append(zone(
        gfz["derived_rep_point_lon"], gfz["derived_rep_point_lat"],
        id="gwadar-free-zone",
        name="Gwadar Free Zone",
        aliases=["Gwadar Free Zone (Phase I, South)", "Gwadar Port Free Zone and Export Processing Zone"],
        category="free-zone", status="operational", phase="II",
        year_agreement=None, year_construction=None, year_operation=2018,
        partners_cn=["China Overseas Port Holding Company (COPHC), developer and operator",
                     "Export-Import Bank of China (32 m concessional loan, per AidData)"],
        partners_pk=["Gwadar Port Authority (utilities up to the zone gate)"],
        cost_usd_m=None,
        cost_note="Zone cost not found; about 474 m was reported invested by some 30 Phase I firms.",
        description=("The free zone beside Gwadar Port, developed and run by COPHC; its 60-acre first "
                     "phase opened in January 2018. The 2,221-acre Gwadar Free Zone North, about 5 km "
                     "from the port along the East Bay Expressway, broke ground in July 2021 and is not "
                     "shown separately."),
        precision="approximate",
        precision_note=("Representative point of the small OpenStreetMap polygon (0.003 km2) that AidData "
                        "GCDF 2.0 links to the free-zone construction loan (project 53723), next to Gwadar "
                        "Port; it marks the Phase I zone, not the zone's full extent."),
        brief_claim=None,
        discrepancy="Total area 923 ha (about 2,281-2,292 acres) in 2017 reports; North zone alone 2,221 acres (2023).",
        sources=[
            src("Free zone of Gwadar Port inaugurated to boost regional development (Xinhua)", "Silk Road Gazette",
                "https://silkroadgazette.com/free-zone-of-gwadar-port-inaugurated-to-boost-regional-development/",
                "2018-01"),
            src("Security wall of Gwadar Free Zone North 90pc completed", "The Nation",
                "https://nation.com.pk/05-Jul-2023/security-wall-of-gwadar-free-zone-north-90pc-completed",
                "2023-07-05"),
            src("Gwadar Free Zone North groundbreaking", "Dawn", "https://www.dawn.com/news/1633343", "2021-07"),
            src("AidData GCDF 2.0 geospatial features (OpenStreetMap polygons)",
                "AidData at William & Mary; geometry (c) OpenStreetMap contributors (ODbL 1.0)",
                "https://github.com/aiddata/china-osm-geodata", "2021-09-29"),
        ],
    ))
    return feats


if __name__ == "__main__":
    write(LAYER, build(), indent=2)
