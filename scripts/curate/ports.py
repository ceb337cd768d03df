#!/usr/bin/env python3
"""Curate geodata/sources/ports.geojson (Gwadar, Port Qasim, Karachi Port).

Provenance
----------
- Gwadar Port: Wikipedia infobox coordinate 25°06′38″N 62°20′23″E (IPFS mirror),
  quoted in /work/shared/reference/facts.md row 7; cross-checked against the
  Natural Earth 10m port point and the NGA World Port Index.
- Port Qasim: Wikipedia infobox 24°46′N 67°20′E (minute precision only, facts.md
  row 8) -> approximate; WPI gives 24.7667 N 67.3500 E.
- Karachi Port: Natural Earth 10m ports point "Karachi" (public domain;
  /work/shared/reference/ne_10m_ports_pak.geojson); WPI 48600 gives
  24.7833 N 66.9833 E (minute precision).
The script prints the distances between these points; it needs
/work/shared/reference only when it is re-run.

Run from the repository root:  python3 scripts/curate/ports.py
"""
from __future__ import annotations

import csv

from _common import (
    ACCESS_NOTE,
    INFERRED_NOTE,
    UNDATED_NOTE,
    dist_km,
    feature,
    ref_index,
    reference_dir,
    src,
    write,
)
from shapely.geometry import Point


def main() -> None:
    ne = {k: f["geometry"]["coordinates"] for k, f in ref_index("ne_10m_ports_pak.geojson", "name").items()}
    with open(reference_dir() / "wpi_ports_pak.csv", newline="", encoding="utf-8") as fh:
        wpi = {r["Main Port Name"]: (float(r["Longitude"]), float(r["Latitude"])) for r in csv.DictReader(fh)}

    gwadar = (62.3396, 25.1105)         # Wikipedia 25°06′38″N 62°20′23″E (facts.md row 7)
    qasim = (67.333, 24.767)            # Wikipedia 24°46′N 67°20′E (facts.md row 8)
    karachi = (round(ne["Karachi"][0], 6), round(ne["Karachi"][1], 6))

    d_gw_ne, d_gw_wpi = dist_km(gwadar, ne["Gwadar"]), dist_km(gwadar, wpi["Gwadar"])
    d_q_wpi = dist_km(qasim, wpi["Muhamamad Bin Qasim"])
    d_k_wpi = dist_km(karachi, wpi["Karachi"])
    print(f"Gwadar: Wikipedia vs NE {d_gw_ne:.2f} km, vs WPI {d_gw_wpi:.2f} km")
    print(f"Port Qasim: Wikipedia vs WPI {d_q_wpi:.2f} km")
    print(f"Karachi: NE vs WPI {d_k_wpi:.2f} km")
    assert d_gw_ne < 1.0

    ne_src = src("Natural Earth 1:10m cultural vectors, ports (v4.0.0)", "Natural Earth (public domain)",
                 "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/", "2017")
    wpi_src = src("World Port Index (Pub. 150), CSV edition (copy in JamesRexMiller4/shapely_tut@429d844, WPI.csv)",
                  "National Geospatial-Intelligence Agency (US government work, public domain)",
                  "https://github.com/JamesRexMiller4/shapely_tut/blob/429d84416c3acde9dd5391091614d552c39197e0/WPI.csv",
                  "2026", note=ACCESS_NOTE)

    feats = []

    feats.append(feature({
        "id": "gwadar-port", "name": "Gwadar Port",
        "aliases": ["Gwadar deep-sea port", "Gwadar Port Authority", "PK GWD"],
        "domain": "sea", "category": "port", "status": "operational", "phase": "I",
        "year_agreement": 2001, "year_construction": 2002, "year_operation": 2007,
        "capacity_mw": None, "length_km_stated": None,
        "partners_cn": ["Government of China (about US$198 m for Phase I)", "China Harbour Engineering Company (Phase I builder)",
                        "China Overseas Port Holding Company (COPHC), operator since 2013"],
        "partners_pk": ["Gwadar Port Authority", "Ministry of Maritime Affairs", "Government of Pakistan (about US$50 m)"],
        "cost_usd_m": 248,
        "cost_note": "Phase I cost 248 m (Wikipedia); revised to 298 m (Dawn, 2006) and 288 m (Business Recorder). Xinhua (2007): China about 198 m, Pakistan about 50 m.",
        "description": ("Deep-sea port about 460 km west of Karachi, built with Chinese funding: China agreed its support in 2001, "
                        "construction began in March 2002 and the port was inaugurated in March 2007. Phase I has three "
                        "multipurpose berths on a 602 m quay; China Overseas Port Holding Company has run it since 2013."),
        "precision": "exact",
        "precision_note": (f"Wikipedia infobox coordinate 25°06′38″N 62°20′23″E (arc-second precision, IPFS mirror). "
                           f"The Natural Earth port point is {d_gw_ne:.1f} km away; the World Port Index point "
                           f"(25.1333 N 62.3000 E, minute precision) is {d_gw_wpi:.1f} km away."),
        "brief_claim": ("The brief lists Gwadar Port development among Phase II (2015–2020) CPEC achievements; the port "
                        "itself was built in 2002–2007, before CPEC, and handed to COPHC in 2013."),
        "discrepancy": "Phase I cost: 248 m, 288 m or 298 m depending on the source; 248 m kept.",
        "sources": [
            src("Gwadar Port (Wikipedia article, IPFS mirror)", "Wikipedia",
                "https://en.wikipedia-on-ipfs.org/wiki/Gwadar_Port", "2026", note=ACCESS_NOTE),
            src("Pakistan inaugurates China-aided Gwadar port (Xinhua)", "JCtrans / Xinhua",
                "https://info.jctrans.net/jcnet/news/logistics/china/2007322424266.shtml", "2007-03-22"),
            src("Gwadar port Phase I", "Dawn", "https://www.dawn.com/news/amp/220502", "2006"),
            src("Gwadar port construction and revised cost", "Business Recorder",
                "https://www.brecorder.com/news/4573205", "2026", note=UNDATED_NOTE),
            src("China Overseas Port Holding takes operational control of Gwadar", "Oreanda News",
                "https://www.oreanda-news.com/en/promyshlennost/article722938", "2013-06-06"),
            src("Pakistan's Gwadar port leased to Chinese company for 40 years", "The Indian Express",
                "https://indianexpress.com/article/world/pakistan-gwadar-port-leased-to-chinese-company-for-40-years-4621432/",
                "2017", note=INFERRED_NOTE),
            ne_src, wpi_src,
        ],
    }, Point(gwadar)))

    feats.append(feature({
        "id": "port-qasim", "name": "Port Qasim",
        "aliases": ["Port Muhammad Bin Qasim", "Port Qasim Authority (PQA)", "PK BQM"],
        "domain": "sea", "category": "port", "status": "operational", "phase": "II",
        "year_agreement": None, "year_construction": None, "year_operation": 1980,
        "capacity_mw": None, "length_km_stated": None,
        "partners_cn": ["China Harbour Works (builder of the Pakistan International Bulk Terminal)"],
        "partners_pk": ["Port Qasim Authority", "Marine Group (sponsor of the Pakistan International Bulk Terminal)"],
        "cost_usd_m": None,
        "cost_note": "Port: not applicable. Pakistan International Bulk Terminal: 285 m (Dawn, 2017); China Harbour Works contract 130 m (2014).",
        "description": ("Deep-water port about 35 km east of central Karachi, open since 1980. Its Chinese-built Pakistan "
                        "International Bulk Terminal (contract 2014) began commercial operation in May 2017 and was "
                        "inaugurated in October 2017; the area also hosts the Chinese-built Port Qasim coal plant and its jetty."),
        "precision": "approximate",
        "precision_note": (f"Wikipedia infobox coordinate 24°46′N 67°20′E, given to whole arc-minutes only (about ±1.5 km). "
                           f"The World Port Index point (24.7667 N 67.3500 E, also minute precision) is {d_q_wpi:.1f} km away."),
        "brief_claim": None,
        "discrepancy": None,
        "sources": [
            src("Port Qasim (Wikipedia article, mirror)", "Wikipedia (alquds mirror)",
                "https://wiki.alquds.edu/?query=Port_Qasim", "2026", note=ACCESS_NOTE),
            src("Port Qasim (Wikipedia article, mirror)", "Piglix", "https://piglix.com/piglix/Port_Qasim", "2026",
                note=ACCESS_NOTE),
            src("Pakistan: Port Qasim awards contract for dry bulk terminal", "World Cement",
                "https://www.worldcement.com/asia-pacific-rim/25042014/Pakistan_Port_Qasim_awards_contract_for_dry_bulk_terminal_81/",
                "2014-04-25"),
            src("Pakistan International Bulk Terminal inaugurated at Port Qasim", "Dawn",
                "https://www.dawn.com/news/amp/1363785", "2017", note=INFERRED_NOTE),
            wpi_src,
        ],
    }, Point(qasim)))

    feats.append(feature({
        "id": "karachi-port", "name": "Karachi Port",
        "aliases": ["PK KHI"],
        "domain": "sea", "category": "port", "status": "operational", "phase": "I",
        "year_agreement": None, "year_construction": None, "year_operation": None,
        "capacity_mw": None, "length_km_stated": None,
        "partners_cn": [], "partners_pk": [],
        "cost_usd_m": None, "cost_note": None,
        "description": ("The seaport of Karachi, shown for context next to Port Qasim and "
                        "as the city where every submarine cable serving Pakistan lands. No Chinese-built or "
                        "Chinese-operated terminal is recorded in the sources consulted; the phase value is nominal."),
        "precision": "approximate",
        "precision_note": (f"Natural Earth 1:10m port point 'Karachi' (a cartographic point for the port). The World Port "
                           f"Index gives 24.7833 N 66.9833 E (minute precision), {d_k_wpi:.1f} km away."),
        "brief_claim": None,
        "discrepancy": f"Natural Earth and World Port Index positions differ by {d_k_wpi:.1f} km; Natural Earth kept.",
        "sources": [ne_src, wpi_src],
    }, Point(karachi)))

    write("ports", feats)

if __name__ == "__main__":
    main()
