"""Curate geodata/sources/airports.geojson.

New Gwadar International Airport: point from the Wikipedia infobox (facts.md row 6).
AidData's polygon for the project (#52424) lies on the OLD Gwadar airport and is not used.
Run from the repository root:  python3 scripts/curate/airports.py
"""
from __future__ import annotations

from _common import aiddata_project, dist_km, feature, src, write
from shapely.geometry import Point

NGIA = (62.5008, 25.2975)          # Wikipedia infobox (wikiclassic mirror): 25°17′51″N 62°30′03″E
AIDDATA_POLY_PT = (62.328493, 25.232312)  # representative point of AidData polygon #52424
OLD_GWD = (62.3272, 25.2322)       # old Gwadar airport, Wikipedia (kiwix 2024-01)
off_km = dist_km(NGIA, AIDDATA_POLY_PT)
old_km = dist_km(AIDDATA_POLY_PT, OLD_GWD)

feats = [feature({
    "id": "new-gwadar-international-airport",
    "name": "New Gwadar International Airport",
    "aliases": ["NGIA", "瓜达尔新国际机场", "Gwadar New International Airport"],
    "domain": "land", "category": "airport", "status": "operational", "phase": "II",
    "year_agreement": 2017, "year_construction": 2019, "year_operation": 2025,
    "capacity_mw": None, "length_km_stated": None,
    "partners_cn": ["Chinese Government (grant)", "China Airport Construction Group Co., Ltd. (CACC)", "China Railway Beijing Engineering Bureau"],
    "partners_pk": ["Pakistan Airports Authority / Civil Aviation Authority (operator)", "Government of Pakistan (PSDP)"],
    "cost_usd_m": 246,
    "cost_note": "USD 246 m (Wikipedia; Daily Times; The News, kept); USD 230 m (2020 report; AidData grant amount #52424); revised total PKR 51.3 bn (China ~PKR 33.8 bn, PSDP PKR 18.1 bn); Chinese grant RMB 1.52 bn; Oman contributed USD 17.5 m.",
    "description": "A new international airport at Gurandani, about 26 km north-east of the old Gwadar airport, with a 3,658 m runway able to take the largest wide-body aircraft, built with a Chinese government grant. Construction started in October 2019; it was inaugurated virtually in October 2024 and received its first commercial flight on 20 January 2025.",
    "precision": "approximate",
    "precision_note": "Wikipedia infobox coordinate 25°17′51″N 62°30′03″E (25.2975, 62.5008), read from a Wikipedia mirror; the source does not say which part of the airport it marks.",
    "brief_claim": None,
    "discrepancy": f"AidData's OSM polygon for this project (#52424) lies {off_km:.0f} km away, on the OLD Gwadar airport (GWD, Wikipedia 25.2322 N 62.3272 E, {old_km:.1f} km from the polygon's representative point), so it was not used. Operation: inaugurated virtually 14 Oct 2024, first commercial flight 20 Jan 2025 (kept as year_operation). Cost: see cost_note. The brief does not mention the airport; phase II is the construction start (2019), the opening falls in phase IV.",
    "sources": [
        src("New Gwadar International Airport (Wikipedia article, mirror)", "Wikipedia (wikiclassic mirror)", "wikiclassic.com/wiki/New_Gwadar_International_Airport", "2025"),
        src("New Gwadar Airport a symbol of friendship between Pakistan and China", "UrduPoint", "www.urdupoint.com/en/world/new-gwadar-airport-a-symbol-of-friendship-bet-1881426.html", "2024-10"),
        src("Gwadar Airport (old airport, infobox coordinates)", "Wikipedia (kiwix copy 2024-01)", "kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Gwadar_Airport", "2024-01"),
        aiddata_project(52424, "Chinese Government USD 230 million grant for New Gwadar International Airport Construction Project"),
    ],
}, Point(NGIA))]

write("airports", feats)
