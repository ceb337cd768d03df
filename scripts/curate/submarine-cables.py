#!/usr/bin/env python3
"""Curate geodata/sources/submarine-cables.geojson.

Provenance
----------
Geometry: TeleGeography Submarine Cable Map data as last released under
CC BY-NC-SA 3.0 (late 2022), republished by Steve Song's Open Undersea Cable
Map (github.com/stevesong/open_undersea_cable_map, commit e7903491e73b...,
files cable/cable-geo.json and cable/<id>.json).  We used the extract
/work/shared/reference/submarine_cables_pak.geojson (the 10 cables TeleGeography
lists for Pakistan).  Each cable's whole system geometry is kept, simplified
with shapely (tolerance SIMPLIFY_DEG) and rounded to ROUND decimals; the script
asserts the geodesic length stays within 1 % of the source geometry.

PEACE: TeleGeography's 2022 geometry includes a branch to Gwadar.  No source
confirms a Gwadar landfall (facts.md row 13, discrepancy 2), so that branch is
split off into its own feature with status ``claimed-unverified``.

Attributes (status, years, partners, lengths) come from the facts.md sub-table
(newer than TeleGeography's 2022 ``is_planned`` flags) and from the
TeleGeography attribute files; every value is cited in the feature's sources.

``length_km_stated`` is only filled when the published figure matches the
geometry drawn here within 5 %; otherwise it is null and the published figure
is recorded in ``discrepancy``.

Run from the repository root:  python3 scripts/curate/submarine-cables.py
This script needs /work/shared/reference only when it is re-run; the output
file is self-contained.
"""
from __future__ import annotations

import json
from pathlib import Path

from pyproj import Geod
from shapely.geometry import LineString, MultiLineString, Point, mapping, shape

REF = Path("/work/shared/reference")
OUT = Path(__file__).resolve().parents[2] / "geodata" / "sources" / "submarine-cables.geojson"
SIMPLIFY_DEG = 0.02
ROUND = 5
GEOD = Geod(ellps="WGS84")

KEYS = [
    "id", "name", "aliases", "domain", "category", "status", "phase",
    "year_agreement", "year_construction", "year_operation", "capacity_mw",
    "length_km_stated", "partners_cn", "partners_pk", "cost_usd_m", "cost_note",
    "description", "precision", "precision_note", "brief_claim", "discrepancy",
    "sources",
]

OUC = "https://github.com/stevesong/open_undersea_cable_map/blob/e7903491e73bcac0d0b013b945897d10928483c4"


def tg(cable_id: str, name: str) -> dict:
    return {
        "title": f"Submarine Cable Map data: {name} (cable/{cable_id}.json and cable-geo.json), CC BY-NC-SA 3.0",
        "publisher": "TeleGeography, via Steve Song's Open Undersea Cable Map",
        "url": f"{OUC}/cable/{cable_id}.json",
        "date": "2022",
    }


# facts.md sub-table / row 13 sources (scheme added where facts.md omits it)
S = {
    "riazhaq": {"title": "PEACE Cable: Pakistan's highest bandwidth submarine cable", "publisher": "Riaz Haq (blog)",
                "url": "https://www.riazhaq.com/2021/02/peace-cable-pakistans-highest-bandwidth.html", "date": "2021-02"},
    "atoz_smw4": {"title": "SEA-ME-WE 4 (Wikipedia article, mirror)", "publisher": "Wikipedia (atozwiki mirror)",
                  "url": "https://atozwiki.com/SEA-ME-WE_4", "date": "2026", "note": "undated page; year of access"},
    "comms2016": {"title": "Cable compendium: a guide to the week's submarine and terrestrial developments", "publisher": "CommsUpdate (TeleGeography)",
                  "url": "https://www.commsupdate.com/articles/2016/02/05/cable-compendium-a-guide-to-the-weeks-submarine-and-terrestrial-developments/", "date": "2016-02-05"},
    "comms2014": {"title": "Cable compendium: a guide to the week's submarine and terrestrial developments", "publisher": "CommsUpdate (TeleGeography)",
                  "url": "https://www.commsupdate.com/articles/2014/03/07/cable-compendium-a-guide-to-the-weeks-submarine-and-terrestrial-developments/", "date": "2014-03-07"},
    "arabnews": {"title": "PEACE cable lands in Karachi (with photo of SEA-ME-WE 5 landing at Hawke's Bay)", "publisher": "Arab News Pakistan",
                 "url": "https://www.arabnews.pk/node/1805946/pakistan", "date": "2021", "note": "publication year inferred from the events reported"},
    "dawn1704419": {"title": "Submarine cables landing in Karachi (SEA-ME-WE 5 commissioned 2016)", "publisher": "Dawn",
                    "url": "https://www.dawn.com/news/1704419", "date": "2022", "note": "publication year inferred from the events reported"},
    "cloudnews": {"title": "SeaMeWe-6 lands in Pakistan: the new undersea bridge between Europe and Asia reaches Karachi", "publisher": "Cloud News",
                  "url": "https://cloudnews.tech/seamewe-6-lands-in-pakistan-the-new-undersea-bridge-between-europe-and-asia-reaches-karachi", "date": "2025", "note": "publication year inferred from the events reported"},
    "dawn1676607": {"title": "TW1 submarine cable cut off Karachi", "publisher": "Dawn",
                    "url": "https://www.dawn.com/news/1676607", "date": "2022-02"},
    "dawn1893743": {"title": "Africa-1 submarine cable lands in Karachi; 2Africa landed December 2024", "publisher": "Dawn",
                    "url": "https://www.dawn.com/news/1893743", "date": "2025", "note": "publication year inferred from the events reported"},
    "profit2024": {"title": "Transworld Associates to land world's largest subsea cable system in Pakistan", "publisher": "Profit (Pakistan Today)",
                   "url": "https://profit.pakistantoday.com.pk/2024/07/27/transworld-associates-to-land-worlds-largest-subsea-cable-system-in-pakistan/", "date": "2024-07-27"},
    "brecorder40349497": {"title": "PTCL lands Africa-1 submarine cable in Karachi", "publisher": "Business Recorder",
                          "url": "https://www.brecorder.com/news/40349497", "date": "2025", "note": "publication year inferred from the events reported"},
    "btw": {"title": "PTCL and the Africa-1 submarine cable in Pakistan", "publisher": "BTW Media",
            "url": "https://btw.media/fintech/ptcl-africa1-submarine-cable-pakistan/", "date": "2026", "note": "undated page; year of access"},
    "thenews1285197": {"title": "Africa-1 cable ready for service expected in Q1 2026", "publisher": "The News International",
                       "url": "https://www.thenews.com.pk/print/1285197", "date": "2025", "note": "publication year inferred from the events reported"},
    "dawn1956718": {"title": "SEA-ME-WE 6 cable launched in Pakistan (ministry statement of 22 Nov 2025)", "publisher": "Dawn",
                    "url": "https://www.dawn.com/news/1956718", "date": "2025-11-22"},
    # PEACE (facts.md row 13)
    "thenews989083": {"title": "PEACE submarine cable (Pakistan & East Africa Connecting Europe)", "publisher": "The News International",
                      "url": "https://www.thenews.com.pk/print/989083", "date": "2022", "note": "publication year inferred from the events reported"},
    "larouche": {"title": "China-financed PEACE cable: marine survey begins", "publisher": "EIR / LaRouche PAC press release",
                 "url": "https://larouchepub.com/pr/2018/180131_china_peace_cable.html", "date": "2018-01-31"},
    "geo438580": {"title": "PEACE cable Pakistan-France segment ready for service", "publisher": "Geo News",
                  "url": "https://www.geo.tv/latest/438580", "date": "2022", "note": "publication year inferred from the events reported"},
    "sai2022": {"title": "PEACE Cable: Pakistan's tenth high-capacity submarine cable", "publisher": "South Asia Investor Review",
                "url": "https://www.southasiainvestor.com/2022/08/peace-cable-pakistans-tenth-high.html", "date": "2022-08"},
    "hapakenya": {"title": "New PEACE submarine fibre optic cable to land in Kenya in 2019", "publisher": "HapaKenya",
                  "url": "https://hapakenya.com/2018/05/14/new-peace-submarine-fibre-optic-cable-to-land-in-kenya-in-2019/", "date": "2018-05-14"},
    "emirates": {"title": "Tropic Science Co. Ltd and China-ASEAN Information Harbor Co. Ltd announce investment in PEACE submarine cable project",
                 "publisher": "Emirates News Releases", "url": "https://emiratesnewsreleases.com/tropic-science-co-ltd-and-china-asean-information-harbor-co-ltd-announced-the-investment-to-peace-submarine-cable-project/",
                 "date": "2017", "note": "publication year inferred from the events reported"},
    "propakistani2018": {"title": "PEACE cable system with 60Tb capacity signs landing partner in Pakistan", "publisher": "ProPakistani",
                         "url": "https://propakistani.pk/2018/08/29/peace-cable-system-with-60tb-capacity-signs-landing-partner-in-pakistan/", "date": "2018-08-29"},
    "insider": {"title": "5 less known facts: Pakistan and East Africa Connecting Europe (PEACE) cable", "publisher": "Insider.pk",
                "url": "https://insider.pk/technology/incomplete-draft-5-less-known-facts-pakistan-and-east-africa-connecting-europe-peace-cable/", "date": "2026", "note": "undated page; year of access"},
    "convergedigest": {"title": "China funds PEACE subsea cable from Pakistan to East Africa and Europe", "publisher": "Converge Digest",
                       "url": "https://www.convergedigest.com/2018/01/china-funds-peace-subsea-cable-from.html", "date": "2018-01"},
}

# id in this project -> (TeleGeography feature_ids, attributes)
CABLES: list[dict] = [
    {
        "id": "peace-cable", "tg": "peace-cable", "tg_name": "PEACE Cable", "drop_gwadar": True,
        "name": "PEACE Cable (Pakistan & East Africa Connecting Europe)",
        "aliases": ["PEACE", "Pakistan & East Africa Connecting Europe", "Pakistan East Africa Cable Express"],
        "status": "operational", "phase": "III",
        "year_agreement": 2017, "year_construction": None, "year_operation": 2022,
        "length_km_stated": 21500,
        "partners_cn": ["PEACE Cable International Network Co., Ltd (Hengtong Group)", "Tropic Science Co., Ltd",
                        "China-ASEAN Information Harbor Co., Ltd", "China Construction Bank (financing)",
                        "Huawei Marine / HMN Tech (supplier)"],
        "partners_pk": ["Cybernet (Lakson Group), landing partner", "Jazz, connectivity partner"],
        "cost_usd_m": None,
        "cost_note": "No cost figure found in the sources consulted.",
        "description": ("Chinese-owned submarine cable from Karachi to East Africa, across Egypt and on to Marseille, "
                        "with an eastern extension towards Singapore. It came ashore in Karachi in March 2021 at a "
                        "Cybernet landing station, and the Pakistan–France route was announced ready for service in "
                        "September 2022 (TeleGeography: March 2022)."),
        "brief_claim": None,
        "discrepancy": ("Length: TeleGeography 21,500 km for the whole system, consistent with ~15,000 km Pakistan–France "
                        "plus ~6,500 km Pakistan–Singapore (Geo News 2022); Karachi–Zafarana 5,800 km; 2017–18 plans gave "
                        "6,200–6,800 km for phase 1 and 13,000 km in total. Capacity 96 Tbps Pakistan–Egypt (2022) vs "
                        "60 Tbps design (2018). Gwadar: TeleGeography (2022) lists Gwadar as a landing, but no source "
                        "confirms a Gwadar landfall; that branch is a separate feature (peace-cable-gwadar-branch)."),
        "sources": ["thenews989083", "geo438580", "sai2022", "arabnews", "riazhaq", "larouche", "emirates",
                    "propakistani2018", "insider", "convergedigest"],
    },
    {
        "id": "peace-cable-gwadar-branch", "tg": "peace-cable", "tg_name": "PEACE Cable", "only_gwadar": True,
        "name": "PEACE Cable – Gwadar branch (unconfirmed)",
        "aliases": ["PEACE Gwadar landing"],
        "status": "claimed-unverified", "phase": "II",
        "year_agreement": None, "year_construction": None, "year_operation": None,
        "length_km_stated": None,
        "partners_cn": ["PEACE Cable International Network Co., Ltd (Hengtong Group)"],
        "partners_pk": [],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Branch of the PEACE cable to Gwadar as drawn by TeleGeography in 2022. A Gwadar landing was "
                        "named in 2017–18 plans, but no source confirms that the cable was ever landed there."),
        "brief_claim": None,
        "discrepancy": ("Karachi (March 2021) is the only confirmed Pakistani landing of PEACE; Gwadar appears only in "
                        "2017–18 plans, one 2022 blog and TeleGeography's 2022 landing list."),
        "sources": ["hapakenya", "larouche", "sai2022"],
    },
    {
        "id": "seamewe-3-cable", "tg": "seamewe-3", "tg_name": "SeaMeWe-3",
        "name": "SEA-ME-WE 3", "aliases": ["SeaMeWe-3", "South-East Asia – Middle East – Western Europe 3"],
        "status": "operational", "phase": "I",
        "year_agreement": None, "year_construction": None, "year_operation": 1999,
        "length_km_stated": 39000,
        "partners_cn": ["China Telecom (consortium member)"],
        "partners_pk": ["PTCL"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Long-haul consortium cable from Western Europe to East Asia and Australia, landed in Karachi by "
                        "PTCL at Hawke's Bay. Ready for service in 1999, before the brief's first phase; shown under "
                        "phase I for completeness."),
        "brief_claim": None,
        "discrepancy": ("Length 39,000 km is TeleGeography's figure for the whole system; the geometry drawn here "
                        "measures about 37,200 km."),
        "sources": ["riazhaq"],
    },
    {
        "id": "seamewe-4-cable", "tg": "seamewe-4", "tg_name": "SeaMeWe-4",
        "name": "SEA-ME-WE 4", "aliases": ["SeaMeWe-4", "South-East Asia – Middle East – Western Europe 4"],
        "status": "operational", "phase": "I",
        "year_agreement": None, "year_construction": 2004, "year_operation": 2005,
        "length_km_stated": 18800,
        "partners_cn": [], "partners_pk": ["PTCL"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Consortium cable between Marseille and Singapore built in 2004–05 and landed in Karachi by PTCL "
                        "at Hawke's Bay; design capacity 1.28 Tbps (2005), upgraded to 4.6 Tbps (2015)."),
        "brief_claim": None,
        "discrepancy": "Length ~18,800 km (Wikipedia) vs 20,000 km (TeleGeography).",
        "sources": ["atoz_smw4", "riazhaq"],
    },
    {
        "id": "seamewe-5-cable", "tg": "seamewe-5", "tg_name": "SeaMeWe-5",
        "name": "SEA-ME-WE 5", "aliases": ["SeaMeWe-5", "South-East Asia – Middle East – Western Europe 5"],
        "status": "operational", "phase": "II",
        "year_agreement": None, "year_construction": None, "year_operation": 2016,
        "length_km_stated": None,
        "partners_cn": ["China Mobile International", "China Telecom Global", "China Unicom"],
        "partners_pk": ["Transworld Associates (TWA)"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Consortium cable from France to Singapore with three Chinese carriers among its owners. It was "
                        "landed at TWA's Hawke's Bay station in Karachi in September 2016 and commissioned that year; "
                        "design capacity 24 Tbps."),
        "brief_claim": None,
        "discrepancy": ("Published length ~20,000 km (CommsUpdate, TeleGeography) is not stated here: the geometry drawn "
                        "measures about 19,000 km (more than 5 % shorter)."),
        "sources": ["comms2016", "comms2014", "arabnews", "dawn1704419"],
    },
    {
        "id": "seamewe-6-cable", "tg": "seamewe-6", "tg_name": "SeaMeWe-6",
        "name": "SEA-ME-WE 6", "aliases": ["SeaMeWe-6", "South-East Asia – Middle East – Western Europe 6"],
        "status": "operational", "phase": "IV",
        "year_agreement": None, "year_construction": None, "year_operation": 2025,
        "length_km_stated": 19200,
        "partners_cn": [], "partners_pk": ["Transworld Associates (TWA)"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Consortium cable from Marseille to Singapore, landed at TWA's Hawke's Bay station in Keamari, "
                        "Karachi, and launched in November 2025; Pakistan was allocated 13.2 Tbps, 4 Tbps activated."),
        "brief_claim": None,
        "discrepancy": ("Length 19,200 km (Dawn 2025, TeleGeography) vs 21,700 km (Cloud News); capacity >100 Tbps vs "
                        "126 Tbps on 10 fibre pairs. TeleGeography's 2022 owner list includes China Unicom, but the 2025 "
                        "consortium list reported by Dawn names no Chinese carrier. TeleGeography (2022) still flagged the "
                        "cable as planned."),
        "sources": ["dawn1956718", "cloudnews"],
    },
    {
        "id": "imewe-cable", "tg": "imewe", "tg_name": "IMEWE",
        "name": "IMEWE", "aliases": ["India – Middle East – Western Europe"],
        "status": "operational", "phase": "I",
        "year_agreement": None, "year_construction": None, "year_operation": 2010,
        "length_km_stated": 12091,
        "partners_cn": [], "partners_pk": ["PTCL"],
        "cost_usd_m": None, "cost_note": None,
        "description": "Consortium cable between India, the Gulf and Europe, landed in Karachi by PTCL at Hawke's Bay.",
        "brief_claim": None, "discrepancy": None,
        "sources": ["riazhaq"],
    },
    {
        "id": "aae-1-cable", "tg": "asia-africa-europe-1-aae-1", "tg_name": "Asia Africa Europe-1 (AAE-1)",
        "name": "Asia Africa Europe-1 (AAE-1)", "aliases": ["AAE-1"],
        "status": "operational", "phase": "II",
        "year_agreement": None, "year_construction": None, "year_operation": 2017,
        "length_km_stated": None,
        "partners_cn": ["China Unicom (consortium member)"], "partners_pk": ["PTCL"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Consortium cable from Hong Kong and South-East Asia to Europe via the Gulf and Egypt, landed in "
                        "Karachi by PTCL; China Unicom is a consortium member."),
        "brief_claim": None,
        "discrepancy": ("Published length ~25,000 km (CommsUpdate, TeleGeography) is not stated here: the geometry drawn "
                        "measures about 23,300 km. Ready-for-service target Q4 2016 (CommsUpdate) vs June 2017 "
                        "(TeleGeography, kept)."),
        "sources": ["comms2016", "riazhaq"],
    },
    {
        "id": "tw1-cable", "tg": "transworld-tw1", "tg_name": "Transworld (TW1)",
        "name": "Transworld-1 (TW1)", "aliases": ["TW1", "Transworld (TW1)"],
        "status": "operational", "phase": "I",
        "year_agreement": None, "year_construction": None, "year_operation": 2006,
        "length_km_stated": 1300,
        "partners_cn": [], "partners_pk": ["Transworld Associates (TWA), owner"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Regional cable owned by Transworld Associates linking Karachi with Oman and the UAE; it was cut "
                        "about 40 km off Karachi in February 2022."),
        "brief_claim": None, "discrepancy": None,
        "sources": ["cloudnews", "dawn1676607"],
    },
    {
        "id": "2africa-cable", "tg": "2africa", "tg_name": "2Africa",
        "name": "2Africa (Pearls extension to Karachi)", "aliases": ["2Africa", "2Africa Pearls"],
        "status": "under-construction", "phase": "IV",
        "year_agreement": 2024, "year_construction": None, "year_operation": None,
        "length_km_stated": 45000,
        "partners_cn": ["China Mobile International (consortium party for the Karachi landing)"],
        "partners_pk": ["Transworld Associates (TWA), landing owner and operator"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Consortium cable system around Africa (owners include Meta and China Mobile) with an extension "
                        "to the Gulf and Pakistan; TWA signed the Karachi "
                        "landing in July 2024, the cable was landed in December 2024 and was expected online in 2025–26. "
                        "Up to 180 Tbps on 16 fibre pairs."),
        "brief_claim": None,
        "discrepancy": "TeleGeography (2022) flagged the system as planned with ready-for-service 2023; newer reports are kept.",
        "sources": ["profit2024", "dawn1893743"],
    },
    {
        "id": "africa-1-cable", "tg": "africa-1", "tg_name": "Africa-1",
        "name": "Africa-1", "aliases": [],
        "status": "under-construction", "phase": "IV",
        "year_agreement": None, "year_construction": None, "year_operation": None,
        "length_km_stated": None,
        "partners_cn": [], "partners_pk": ["PTCL (consortium member and landing party)"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Consortium cable linking Pakistan with the Gulf, East Africa, Egypt and France. PTCL brought it "
                        "ashore at Sea View Beach, Karachi, on 22 February 2025, ending at its Misrishah exchange; ready "
                        "for service was expected in Q1 2026."),
        "brief_claim": None,
        "discrepancy": ("Published length ~10,000 km (Dawn, Business Recorder, TeleGeography) or 12,000 km (BTW Media); "
                        "capacity 96 Tbps vs 180 Tbps. None is stated here: the geometry drawn measures about 13,500 km."),
        "sources": ["dawn1893743", "brecorder40349497", "btw", "thenews1285197"],
    },
]


def geodesic_km(geom) -> float:
    return GEOD.geometry_length(geom) / 1000.0


def round_line(line: LineString) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in line.coords:
        pt = [round(x, ROUND), round(y, ROUND)]
        if not out or out[-1] != pt:
            out.append(pt)
    return out


def main() -> None:
    src = json.loads((REF / "submarine_cables_pak.geojson").read_text())
    lp = json.loads((REF / "cable_landing_points_pak_cables.geojson").read_text())
    gwadar = next(Point(f["geometry"]["coordinates"]) for f in lp["features"] if f["properties"]["id"] == "gwadar-pakistan")
    karachi = next(Point(f["geometry"]["coordinates"]) for f in lp["features"] if f["properties"]["id"] == "karachi-pakistan")

    parts: dict[str, list[LineString]] = {}
    for f in src["features"]:
        parts.setdefault(f["properties"]["id"], []).extend(shape(f["geometry"]).geoms)

    feats = []
    report = []
    for c in CABLES:
        lines = parts[c["tg"]]
        is_gw = [min(Point(l.coords[0]).distance(gwadar), Point(l.coords[-1]).distance(gwadar)) < 0.01 for l in lines]
        if c.get("drop_gwadar"):
            lines = [l for l, g in zip(lines, is_gw) if not g]
        if c.get("only_gwadar"):
            lines = [l for l, g in zip(lines, is_gw) if g]
        src_geom = MultiLineString(lines)
        simp = [l.simplify(SIMPLIFY_DEG, preserve_topology=True) for l in lines]
        coords = [round_line(l) for l in simp]
        geom = MultiLineString(coords)
        src_km, out_km = geodesic_km(src_geom), geodesic_km(geom)
        assert abs(out_km - src_km) / src_km < 0.01, (c["id"], src_km, out_km)
        stated = c["length_km_stated"]
        if stated is not None:
            assert abs(out_km - stated) / stated < 0.05, (c["id"], out_km, stated)
        lands_karachi = any(min(Point(l[0]).distance(karachi), Point(l[-1]).distance(karachi)) < 0.01 for l in coords)
        report.append((c["id"], round(src_km, 1), round(out_km, 1), stated, sum(len(l) for l in coords), lands_karachi))

        pn = (f"Whole-system route from TeleGeography's Submarine Cable Map (2022 CC release, feature "
              f"'{c['tg']}'), simplified with a {SIMPLIFY_DEG}° tolerance (geodesic length {out_km:,.0f} km, "
              f"{abs(out_km - src_km) / src_km * 100:.2f} % off the source geometry). TeleGeography's oceanic routes are "
              f"approximate; the Pakistani end is TeleGeography's Karachi city landing point "
              f"(67.0285 E, 24.8897 N), not a surveyed landing station.")
        if c.get("drop_gwadar"):
            pn += " TeleGeography's Gwadar branch is drawn separately as peace-cable-gwadar-branch."
        if c.get("only_gwadar"):
            pn = (f"The Gwadar branch of PEACE as drawn by TeleGeography (2022 CC release), from a branching point "
                  f"in the Arabian Sea to TeleGeography's Gwadar city landing point (62.3250 E, 25.1323 N); "
                  f"{out_km:,.0f} km geodesic. Schematic, and not confirmed by any landing report.")

        sources = [tg(c["tg"], c["tg_name"])] + [S[k] for k in c["sources"]]
        props = {
            "id": c["id"], "name": c["name"], "aliases": c["aliases"], "domain": "sea",
            "category": "submarine-cable", "status": c["status"], "phase": c["phase"],
            "year_agreement": c["year_agreement"], "year_construction": c["year_construction"],
            "year_operation": c["year_operation"], "capacity_mw": None,
            "length_km_stated": stated, "partners_cn": c["partners_cn"], "partners_pk": c["partners_pk"],
            "cost_usd_m": c["cost_usd_m"], "cost_note": c["cost_note"], "description": c["description"],
            "precision": "schematic", "precision_note": pn, "brief_claim": c["brief_claim"],
            "discrepancy": c["discrepancy"], "sources": sources,
        }
        assert list(props) == KEYS
        g = {"type": "MultiLineString", "coordinates": coords} if len(coords) > 1 else {"type": "LineString", "coordinates": coords[0]}
        feats.append({"type": "Feature", "properties": props, "geometry": g})

    feats.sort(key=lambda f: f["properties"]["id"])
    fc = {"type": "FeatureCollection", "features": feats}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    # one feature per line keeps diffs readable while staying compact
    text = text.replace('{"type":"Feature",', '\n{"type":"Feature",')
    OUT.write_text(text + "\n", encoding="utf-8")
    for r in report:
        print("%-28s src %9.1f km  out %9.1f km  stated %-7s pts %4d karachi=%s" % r)
    print(OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
