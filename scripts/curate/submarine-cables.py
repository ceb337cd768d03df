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

from _common import (
    ACCESS_NOTE,
    INFERRED_NOTE,
    UNDATED_NOTE,
    feature,
    geod_km,
    ref_features,
    ref_index,
    rounded,
    src,
    write,
)
from shapely.geometry import LineString, MultiLineString, Point, shape

SIMPLIFY_DEG = 0.02
ROUND = 5

OUC = "https://github.com/stevesong/open_undersea_cable_map/blob/e7903491e73bcac0d0b013b945897d10928483c4"


def tg(cable_id: str, name: str) -> dict:
    return src(f"Submarine Cable Map data: {name} (cable/{cable_id}.json and cable-geo.json), CC BY-NC-SA 3.0",
               "TeleGeography, via Steve Song's Open Undersea Cable Map", f"{OUC}/cable/{cable_id}.json", "2022")


# facts.md sub-table / row 13 sources (scheme added where facts.md omits it)
S = {
    "riazhaq": src("PEACE Cable: Pakistan's highest bandwidth submarine cable", "Riaz Haq (blog)",
                   "https://www.riazhaq.com/2021/02/peace-cable-pakistans-highest-bandwidth.html", "2021-02"),
    "atoz_smw4": src("SEA-ME-WE 4 (Wikipedia article, mirror)", "Wikipedia (atozwiki mirror)",
                     "https://atozwiki.com/SEA-ME-WE_4", "2026", note=ACCESS_NOTE),
    "comms2016": src("Cable compendium: a guide to the week's submarine and terrestrial developments",
                     "CommsUpdate (TeleGeography)",
                     "https://www.commsupdate.com/articles/2016/02/05/cable-compendium-a-guide-to-the-weeks-submarine-and-terrestrial-developments/",
                     "2016-02-05"),
    "comms2014": src("Cable compendium: a guide to the week's submarine and terrestrial developments",
                     "CommsUpdate (TeleGeography)",
                     "https://www.commsupdate.com/articles/2014/03/07/cable-compendium-a-guide-to-the-weeks-submarine-and-terrestrial-developments/",
                     "2014-03-07"),
    "arabnews": src("PEACE cable lands in Karachi (with photo of SEA-ME-WE 5 landing at Hawke's Bay)",
                    "Arab News Pakistan", "https://www.arabnews.pk/node/1805946/pakistan", "2021-02"),
    "dawn1704419": src("Submarine cables landing in Karachi (SEA-ME-WE 5 commissioned 2016)", "Dawn",
                       "https://www.dawn.com/news/1704419", "2022", note=INFERRED_NOTE),
    "cloudnews": src("SeaMeWe-6 lands in Pakistan: the new undersea bridge between Europe and Asia reaches Karachi",
                     "Cloud News",
                     "https://cloudnews.tech/seamewe-6-lands-in-pakistan-the-new-undersea-bridge-between-europe-and-asia-reaches-karachi",
                     "2025", note=INFERRED_NOTE),
    "dawn1676607": src("TW1 submarine cable cut off Karachi", "Dawn", "https://www.dawn.com/news/1676607", "2022-02"),
    "dawn1893743": src("Africa-1 submarine cable lands in Karachi; 2Africa landed December 2024", "Dawn",
                       "https://www.dawn.com/news/1893743", "2025-02-23"),
    "profit2024": src("Transworld Associates to land world's largest subsea cable system in Pakistan",
                      "Profit (Pakistan Today)",
                      "https://profit.pakistantoday.com.pk/2024/07/27/transworld-associates-to-land-worlds-largest-subsea-cable-system-in-pakistan/",
                      "2024-07-27"),
    "brecorder40349497": src("PTCL lands Africa-1 submarine cable in Karachi", "Business Recorder",
                             "https://www.brecorder.com/news/40349497", "2025-02-22"),
    "btw": src("PTCL and the Africa-1 submarine cable in Pakistan", "BTW Media",
               "https://btw.media/fintech/ptcl-africa1-submarine-cable-pakistan/", "2026", note=ACCESS_NOTE),
    "thenews1285197": src("Africa-1 cable ready for service expected in Q1 2026", "The News International",
                          "https://www.thenews.com.pk/print/1285197", "2025", note=INFERRED_NOTE),
    "dawn1956718": src("SEA-ME-WE 6 cable launched in Pakistan (ministry statement of 22 Nov 2025)", "Dawn",
                       "https://www.dawn.com/news/1956718", "2025-11-22"),
    # PEACE (facts.md row 13)
    "thenews989083": src("PEACE submarine cable (Pakistan & East Africa Connecting Europe)", "The News International",
                         "https://www.thenews.com.pk/print/989083", "2022-09-07"),
    "larouche": src("China-financed PEACE cable: marine survey begins", "EIR / LaRouche PAC press release",
                    "https://larouchepub.com/pr/2018/180131_china_peace_cable.html", "2018-01-31"),
    "geo438580": src("PEACE cable Pakistan-France segment ready for service", "Geo News",
                     "https://www.geo.tv/latest/438580", "2022-09-07"),
    "sai2022": src("PEACE Cable: Pakistan's tenth high-capacity submarine cable", "South Asia Investor Review",
                   "https://www.southasiainvestor.com/2022/08/peace-cable-pakistans-tenth-high.html", "2022-08"),
    "hapakenya": src("New PEACE submarine fibre optic cable to land in Kenya in 2019", "HapaKenya",
                     "https://hapakenya.com/2018/05/14/new-peace-submarine-fibre-optic-cable-to-land-in-kenya-in-2019/",
                     "2018-05-14"),
    "emirates": src("Tropic Science Co. Ltd and China-ASEAN Information Harbor Co. Ltd announce investment in PEACE submarine cable project",
                    "Emirates News Releases",
                    "https://emiratesnewsreleases.com/tropic-science-co-ltd-and-china-asean-information-harbor-co-ltd-announced-the-investment-to-peace-submarine-cable-project/",
                    "2017", note=INFERRED_NOTE),
    "propakistani2018": src("PEACE cable system with 60Tb capacity signs landing partner in Pakistan", "ProPakistani",
                            "https://propakistani.pk/2018/08/29/peace-cable-system-with-60tb-capacity-signs-landing-partner-in-pakistan/",
                            "2018-08-29"),
    "insider": src("5 less known facts: Pakistan and East Africa Connecting Europe (PEACE) cable", "Insider.pk",
                   "https://insider.pk/technology/incomplete-draft-5-less-known-facts-pakistan-and-east-africa-connecting-europe-peace-cable/",
                   "2026", note=UNDATED_NOTE),
    "convergedigest": src("China funds PEACE subsea cable from Pakistan to East Africa and Europe", "Converge Digest",
                          "https://www.convergedigest.com/2018/01/china-funds-peace-subsea-cable-from.html",
                          "2018-01"),
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
        "length_km_stated": 20000,
        "length_waiver": ("Published ~20,000 km (CommsUpdate 2014 and 2016; TeleGeography) is the length of the "
                          "whole cable system. The line drawn is TeleGeography's schematic route (straight segments "
                          "between waypoints, approximate at sea), which measures about 18,990 km, 5.1 % shorter; "
                          "no source gives a length for the route as drawn."),
        "partners_cn": ["China Mobile International", "China Telecom Global", "China Unicom"],
        "partners_pk": ["Transworld Associates (TWA)"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Consortium cable from France to Singapore with three Chinese carriers among its owners. It was "
                        "landed at TWA's Hawke's Bay station in Karachi in September 2016 and commissioned that year; "
                        "design capacity 24 Tbps."),
        "brief_claim": None,
        "discrepancy": ("Length: ~20,000 km (CommsUpdate 2014 and 2016, TeleGeography; kept); the geometry drawn "
                        "measures about 19,000 km (5.1 % shorter, see length_waiver)."),
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
        "length_km_stated": 25000,
        "length_waiver": ("Published ~25,000 km (CommsUpdate 2016; TeleGeography) is the length of the whole cable "
                          "system. The line drawn is TeleGeography's schematic route (straight segments between "
                          "waypoints, approximate at sea), which measures about 23,270 km, 6.9 % shorter; no source "
                          "gives a length for the route as drawn."),
        "partners_cn": ["China Unicom (consortium member)"], "partners_pk": ["PTCL"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Consortium cable from Hong Kong and South-East Asia to Europe via the Gulf and Egypt, landed in "
                        "Karachi by PTCL; China Unicom is a consortium member."),
        "brief_claim": None,
        "discrepancy": ("Length: ~25,000 km (CommsUpdate 2016, TeleGeography; kept); the geometry drawn measures about "
                        "23,300 km (6.9 % shorter, see length_waiver). Ready-for-service target Q4 2016 (CommsUpdate) "
                        "vs June 2017 (TeleGeography, kept)."),
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
        "length_km_stated": 10000,
        "length_waiver": ("Published 10,000 km (Dawn and Business Recorder, February 2025; TeleGeography 2022) is kept; "
                          "BTW Media gives 12,000 km. The line drawn is TeleGeography's 2022 schematic of the then "
                          "planned system: 9 segments to its 10 landing points (Karachi, UAE, Yemen, Somalia, Djibouti, "
                          "Saudi Arabia, Egypt, Kenya, France), which measure about 13,530 km, 35 % longer; no source "
                          "says which segments the published figures cover."),
        "partners_cn": [], "partners_pk": ["PTCL (consortium member and landing party)"],
        "cost_usd_m": None, "cost_note": None,
        "description": ("Consortium cable linking Pakistan with the Gulf, East Africa, Egypt and France. PTCL brought it "
                        "ashore at Sea View Beach, Karachi, on 22 February 2025, ending at its Misrishah exchange; ready "
                        "for service was expected in Q1 2026."),
        "brief_claim": None,
        "discrepancy": ("Length: ~10,000 km (Dawn, Business Recorder, TeleGeography; kept) vs 12,000 km (BTW Media); "
                        "the geometry drawn measures about 13,500 km (see length_waiver). Capacity 96 Tbps (Dawn) vs "
                        "180 Tbps (BTW Media)."),
        "sources": ["dawn1893743", "brecorder40349497", "btw", "thenews1285197"],
    },
]


def main() -> None:
    lp = ref_index("cable_landing_points_pak_cables.geojson", "id")
    gwadar = Point(lp["gwadar-pakistan"]["geometry"]["coordinates"])
    karachi = Point(lp["karachi-pakistan"]["geometry"]["coordinates"])

    parts: dict[str, list[LineString]] = {}
    for f in ref_features("submarine_cables_pak.geojson"):
        parts.setdefault(f["properties"]["id"], []).extend(shape(f["geometry"]).geoms)

    feats = []
    report = []
    for c in CABLES:
        lines = parts[c["tg"]]
        is_gw = [min(Point(ln.coords[0]).distance(gwadar), Point(ln.coords[-1]).distance(gwadar)) < 0.01 for ln in lines]
        if c.get("drop_gwadar"):
            lines = [ln for ln, g in zip(lines, is_gw, strict=True) if not g]
        if c.get("only_gwadar"):
            lines = [ln for ln, g in zip(lines, is_gw, strict=True) if g]
        src_geom = MultiLineString(lines)
        simp = [ln.simplify(SIMPLIFY_DEG, preserve_topology=True) for ln in lines]
        out_lines = [rounded(ln, ROUND) for ln in simp]
        coords = [list(ln.coords) for ln in out_lines]
        geom = MultiLineString(out_lines)
        src_km, out_km = geod_km(src_geom), geod_km(geom)
        assert abs(out_km - src_km) / src_km < 0.01, (c["id"], src_km, out_km)
        stated = c["length_km_stated"]
        if stated is not None:
            # within 5 % of the published length, or else a length_waiver explains why (and only then)
            within = abs(out_km - stated) / stated <= 0.05
            assert within != bool(c.get("length_waiver")), (c["id"], out_km, stated)
        lands_karachi = any(min(Point(ln[0]).distance(karachi), Point(ln[-1]).distance(karachi)) < 0.01 for ln in coords)
        report.append((c["id"], round(src_km, 1), round(out_km, 1), stated, sum(len(ln) for ln in coords), lands_karachi))

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
        if c.get("length_waiver"):
            props["length_waiver"] = c["length_waiver"]
        # always multi: one geometry type per layer, which GDAL and QGIS read as one layer
        feats.append(feature(props, geom, nd=ROUND))

    write("submarine-cables", feats)
    for cid, src_km, out_km, stated, pts, lands_karachi in report:
        print(f"{cid:<28} src {src_km:9.1f} km  out {out_km:9.1f} km  stated {stated!s:<7} pts {pts:4d} "
              f"karachi={lands_karachi}")


if __name__ == "__main__":
    main()
