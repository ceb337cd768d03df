#!/usr/bin/env python3
"""Curate geodata/sources/cable-landings.geojson.

Provenance
----------
Points: TeleGeography landing points 'karachi-pakistan' and 'gwadar-pakistan'
(Submarine Cable Map data, CC BY-NC-SA 3.0, via Steve Song's Open Undersea Cable
Map, commit e7903491e73b..., landing-point/landing-point-geo.json; extract in
/work/shared/reference/cable_landing_points_pak_cables.geojson).  They are
city-level points, not stations, hence ``approximate``.

The named Karachi stations (Hawke's Bay, Sea View Beach / Misrishah exchange,
the Cybernet station used by PEACE) have no sourced coordinates, so they are
described in the Karachi feature instead of being drawn.  Gwadar is kept only
as ``claimed-unverified`` (facts.md row 13 and discrepancy 2).

Run from the repository root:  python3 scripts/curate/cable-landings.py
"""
from __future__ import annotations

from _common import INFERRED_NOTE, feature, ref_index, src, write
from shapely.geometry import Point

OUC = "https://github.com/stevesong/open_undersea_cable_map/blob/e7903491e73bcac0d0b013b945897d10928483c4"
TG_LP = src("Submarine Cable Map data: landing points (landing-point/landing-point-geo.json), CC BY-NC-SA 3.0",
            "TeleGeography, via Steve Song's Open Undersea Cable Map", f"{OUC}/landing-point/landing-point-geo.json",
            "2022")
TG_SMW3 = src("Submarine Cable Map data: SeaMeWe-3 (cable/seamewe-3.json; ready for service 1999), CC BY-NC-SA 3.0",
              "TeleGeography, via Steve Song's Open Undersea Cable Map", f"{OUC}/cable/seamewe-3.json", "2022")
S = {
    "riazhaq": src("PEACE Cable: Pakistan's highest bandwidth submarine cable", "Riaz Haq (blog)",
                   "https://www.riazhaq.com/2021/02/peace-cable-pakistans-highest-bandwidth.html", "2021-02"),
    "arabnews": src("PEACE cable lands in Karachi (with photo of SEA-ME-WE 5 landing at Hawke's Bay)",
                    "Arab News Pakistan", "https://www.arabnews.pk/node/1805946/pakistan", "2021-02"),
    "sai2022": src("PEACE Cable: Pakistan's tenth high-capacity submarine cable", "South Asia Investor Review",
                   "https://www.southasiainvestor.com/2022/08/peace-cable-pakistans-tenth-high.html", "2022-08"),
    "propakistani2018": src("PEACE cable system with 60Tb capacity signs landing partner in Pakistan", "ProPakistani",
                            "https://propakistani.pk/2018/08/29/peace-cable-system-with-60tb-capacity-signs-landing-partner-in-pakistan/",
                            "2018-08-29"),
    "cloudnews": src("SeaMeWe-6 lands in Pakistan: the new undersea bridge between Europe and Asia reaches Karachi",
                     "Cloud News",
                     "https://cloudnews.tech/seamewe-6-lands-in-pakistan-the-new-undersea-bridge-between-europe-and-asia-reaches-karachi",
                     "2025", note=INFERRED_NOTE),
    "dawn1893743": src("Africa-1 submarine cable lands in Karachi; 2Africa landed December 2024", "Dawn",
                       "https://www.dawn.com/news/1893743", "2025-02-23"),
    "brecorder40349497": src("PTCL lands Africa-1 submarine cable in Karachi", "Business Recorder",
                             "https://www.brecorder.com/news/40349497", "2025-02-22"),
    "profit2024": src("Transworld Associates to land world's largest subsea cable system in Pakistan",
                      "Profit (Pakistan Today)",
                      "https://profit.pakistantoday.com.pk/2024/07/27/transworld-associates-to-land-worlds-largest-subsea-cable-system-in-pakistan/",
                      "2024-07-27"),
    "larouche": src("China-financed PEACE cable: marine survey begins", "EIR / LaRouche PAC press release",
                    "https://larouchepub.com/pr/2018/180131_china_peace_cable.html", "2018-01-31"),
    "hapakenya": src("New PEACE submarine fibre optic cable to land in Kenya in 2019", "HapaKenya",
                     "https://hapakenya.com/2018/05/14/new-peace-submarine-fibre-optic-cable-to-land-in-kenya-in-2019/",
                     "2018-05-14"),
}


def main() -> None:
    lp = ref_index("cable_landing_points_pak_cables.geojson", "id")
    k, g = lp["karachi-pakistan"], lp["gwadar-pakistan"]
    assert not k["properties"]["is_tbd"] and not g["properties"]["is_tbd"]

    feats = [
        feature({
            "id": "karachi-cable-landing", "name": "Karachi submarine cable landings",
            "aliases": ["Karachi, Pakistan (TeleGeography landing point)", "Hawke's Bay", "Sea View Beach", "Misrishah"],
            "domain": "sea", "category": "landing-station", "status": "operational", "phase": "I",
            "year_agreement": None, "year_construction": None, "year_operation": 1999,
            "capacity_mw": None, "length_km_stated": None,
            "partners_cn": [],
            "partners_pk": ["PTCL", "Transworld Associates (TWA)", "Cybernet (Lakson Group)"],
            "cost_usd_m": None, "cost_note": None,
            "description": ("Every confirmed submarine cable landing in Pakistan is in Karachi, the oldest being SEA-ME-WE 3 "
                            "(1999). PTCL lands SEA-ME-WE 3 and 4 "
                            "and IMEWE at Hawke's Bay and AAE-1 in Karachi; TWA's Hawke's Bay station (Keamari) takes "
                            "SEA-ME-WE 5 and 6, and TWA also lands TW1 and 2Africa. PEACE landed in March 2021 at a "
                            "Cybernet station, and PTCL brought Africa-1 ashore at Sea View Beach in February 2025, ending "
                            "at its Misrishah exchange in DHA Phase VI."),
            "precision": "approximate",
            "precision_note": ("TeleGeography's city-level landing point 'karachi-pakistan' (67.028539 E, 24.889677 N), "
                               "not a station. No sourced coordinates were found for the Hawke's Bay, Sea View Beach / "
                               "Misrishah or Cybernet stations, so they are not drawn separately."),
            "brief_claim": ("The brief says Chinese technical teams and equipment have been involved in deploying, "
                            "testing and maintaining Pakistan's undersea cable systems. The sources consulted document "
                            "Chinese roles only as owner, financier and supplier of PEACE and as consortium members of "
                            "SEA-ME-WE 3 and 5, AAE-1 and 2Africa; none covers maintenance or repair (claimed-unverified)."),
            "discrepancy": None,
            "sources": [TG_LP, TG_SMW3, S["riazhaq"], S["arabnews"], S["sai2022"], S["propakistani2018"], S["cloudnews"],
                        S["profit2024"], S["dawn1893743"], S["brecorder40349497"]],
        }, Point(k["geometry"]["coordinates"])),
        feature({
            "id": "gwadar-cable-landing-peace", "name": "Gwadar landing of the PEACE cable (unconfirmed)",
            "aliases": ["Gwadar, Pakistan (TeleGeography landing point)"],
            "domain": "sea", "category": "landing-station", "status": "claimed-unverified", "phase": "II",
            "year_agreement": None, "year_construction": None, "year_operation": None,
            "capacity_mw": None, "length_km_stated": None,
            "partners_cn": ["PEACE Cable International Network Co., Ltd (Hengtong Group)"],
            "partners_pk": [],
            "cost_usd_m": None, "cost_note": None,
            "description": ("Planned Gwadar landing of the PEACE cable, named in 2017–18 plans and listed by "
                            "TeleGeography in 2022. No source reports that the cable was actually landed at Gwadar."),
            "precision": "approximate",
            "precision_note": ("TeleGeography's city-level landing point 'gwadar-pakistan' (62.324970 E, 25.132264 N); "
                               "no landing station is known."),
            "brief_claim": None,
            "discrepancy": ("Karachi (March 2021) is the only confirmed Pakistani landing of PEACE; Gwadar appears in "
                            "2017–18 plans, one 2022 blog and TeleGeography's 2022 landing list only."),
            "sources": [TG_LP, S["larouche"], S["hapakenya"], S["sai2022"]],
        }, Point(g["geometry"]["coordinates"])),
    ]
    write("cable-landings", feats)


if __name__ == "__main__":
    main()
