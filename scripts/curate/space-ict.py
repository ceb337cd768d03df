#!/usr/bin/env python3
"""Curate geodata/sources/space-ict.geojson (SUPARCO sites, Safe City Islamabad).

Provenance
----------
No site coordinates were found for any SUPARCO ground station or for the Safe
City command centre (facts.md rows 36 and 40; SOURCES.md "Not found").  The
points are therefore locality references, all ``approximate``:
- Kala Shah Kaku: OpenStreetMap railway station node 4907178055 (HOT export,
  ODbL) from /work/shared/reference/cpec_points_pak_extra.geojson.
- Karachi ground station: Natural Earth 10m populated place "Karachi".
- Sonmiani flight test range: Wikipedia 25°12′N 66°45′E (whole arc-minutes),
  same extract.
- Safe City Islamabad: Natural Earth 10m populated place "Islamabad"; the
  command centre in sector H-11 has no sourced coordinate.

Run from the repository root:  python3 scripts/curate/space-ict.py
"""
from __future__ import annotations

from _common import ACCESS_NOTE, HOT_STATIONS, INFERRED_NOTE, UNDATED_NOTE, feature, ne_places, ref_index, src, write
from shapely.geometry import Point

NE_SRC = src("Natural Earth 1:10m populated places (v4.0.0)", "Natural Earth (public domain)",
             "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/", "2017")
HOT = HOT_STATIONS
S = {
    "zee_launch": src("China launches communication satellite for Pakistan", "Zee News",
                      "https://zeenews.india.com/news/south-asia/china-launches-communication-satellite-for-pak_725711.html",
                      "2011-08", note=INFERRED_NOTE),
    "abu": src("China launches satellite for Pakistan", "Asia-Pacific Broadcasting Union",
               "https://www.abu.org.my/2011/08/12/china-launches-satellite-for-pakistan/", "2011-08-12"),
    "zee_gilani": src("Gilani throws open Pak satellite control centre", "Zee News", "https://zeenews.india.com", "2011",
                      note="item named by title only in the reference; year inferred from the event"),
    "tribune_paksat": src("Inauguration: Prime Minister lauds success of PAKSAT-1R (ground control station at Kala Shah Kaku)",
                          "The Express Tribune", "https://tribune.com.pk/story/288079/paksat-1r-pakistans-first-indigenously-made-satellite-inaugurated",
                          "2011-11-06"),
    "nation_prss": src("Remote sensing satellite control handed to Pakistan", "The Nation",
                       "https://nation.com.pk/15-Aug-2018/remote-sensing-satellite-control-handed-to-pakistan",
                       "2018-08-15"),
    "cgwic": src("PakSat-1R launched (prime contractor CGWIC)", "China Great Wall Industry Corporation",
                 "http://cn.cgwic.com/PakSat-1R/english/20110812.html", "2011-08-12"),
    "sonmiani_ipfs": src("Sonmiani (space facility) (Wikipedia article, IPFS mirror): 25°12′N 66°45′E", "Wikipedia",
                         "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Sonmiani_Satellite_Launch_Center.html",
                         "2026", note=ACCESS_NOTE),
    "sonmiani_fr": src("Sonmiani Flight Test Range (French Wikipedia, mirror)", "Wikipedia (fr, wikiland mirror)",
                       "https://wikiland.org/fr/Sonmiani_Flight_Test_Range", "2026", note=ACCESS_NOTE),
    "aiddata37016": src("AidData GCDF 2.0 project #37016: Islamabad Safe City Project", "AidData at William & Mary",
                        "https://china.aiddata.org/projects/37016", "2021-09"),
    "nation2015": src("Capital to be kept under watch through CCTVs", "The Nation",
                      "https://nation.com.pk/23-Oct-2015/capital-to-be-kept-under-watch-through-cctvs", "2015-10-23"),
    "brecorder4315979": src("Supreme Court strikes down Safe City contract", "Business Recorder",
                            "https://www.brecorder.com/news/amp/4315979", "2012", note=INFERRED_NOTE),
    "techjuice": src("ECC approves final payment to Huawei for Islamabad Safe City project", "TechJuice",
                     "https://techjuice.pk/ecc-approves-final-payment-to-huawei-for-islamabad-safe-city-project/amp",
                     "2025-01", note="publication month inferred from the event reported (ECC meeting of 6 January 2025)"),
    "dawn1094735": src("Islamabad Safe City project revived", "Dawn", "https://www.dawn.com/news/1094735", "2014",
                       note=INFERRED_NOTE),
    "dawn1484195": src("Islamabad Safe City project", "Dawn", "https://www.dawn.com/news/1484195", "2026",
                       note=UNDATED_NOTE),
    "nation2018": src("Flawed Safe City project", "The Nation",
                      "https://nation.com.pk/03-Dec-2018/flawed-safe-city-project", "2018-12-03"),
}


def main() -> None:
    extra = ref_index("cpec_points_pak_extra.geojson", "feature")
    ksk = extra["SUPARCO Kala Shah Kaku ground station (locality)"]
    son = extra["SUPARCO Sonmiani flight test range / spaceport"]
    assert "4907178055" in ksk["properties"]["coord_source"]
    ne = ne_places()

    gs_common = {
        "domain": "digital", "category": "ground-station", "status": "operational",
        "capacity_mw": None, "length_km_stated": None,
        "partners_cn": ["China Great Wall Industry Corporation and CAST (suppliers of PakSat-1R and PRSS-1; their ground-segment role is not detailed)"],
        "partners_pk": ["SUPARCO"],
        "cost_usd_m": None, "cost_note": None,
        "brief_claim": None, "discrepancy": None,
    }
    feats = [
        feature({
            "id": "suparco-kala-shah-kaku-ground-station",
            "name": "SUPARCO satellite control centre, Kala Shah Kaku (Lahore)",
            "aliases": ["SUPARCO Lahore ground station", "PakSat-1R ground control station"],
            **gs_common, "phase": "I",
            "year_agreement": None, "year_construction": None, "year_operation": 2011,
            "description": ("SUPARCO's satellite control centre at Kala Shah Kaku near Lahore, opened in 2011 by Prime "
                            "Minister Gilani for the Chinese-built PakSat-1R; PakSat-1R is operated from the Lahore and "
                            "Karachi ground stations."),
            "precision": "approximate",
            "precision_note": ("Locality reference: Kala Shah Kaku railway station (OpenStreetMap node 4907178055, HOT "
                               "export), not the ground station's site, which no source consulted locates."),
            "sources": [S["tribune_paksat"], S["zee_gilani"], S["zee_launch"], S["abu"], S["cgwic"], HOT],
        }, Point(ksk["geometry"]["coordinates"])),
        feature({
            "id": "suparco-karachi-ground-station",
            "name": "SUPARCO satellite ground station, Karachi",
            "aliases": ["PakSat-1R ground station, Karachi"],
            **gs_common, "phase": "I",
            "year_agreement": None, "year_construction": None, "year_operation": None,
            "description": ("One of the two SUPARCO ground stations, with Lahore, from which the Chinese-built PakSat-1R "
                            "(launched 2011) is operated. Its opening year and site are not given in the sources consulted."),
            "precision": "approximate",
            "precision_note": ("Locality reference: Natural Earth city point for Karachi, not the ground station's site, "
                               "which no source consulted locates; the station may be many km from this point."),
            "sources": [S["zee_launch"], S["abu"], NE_SRC],
        }, Point(ne["Karachi"])),
        feature({
            "id": "sonmiani-flight-test-range",
            "name": "Sonmiani Flight Test Range (SUPARCO)",
            "aliases": ["Sonmiani Satellite Launch Center", "Sonmiani spaceport", "Sonmiani Rocket Range"],
            "domain": "digital", "category": "launch-test-range", "status": "operational", "phase": "I",
            "year_agreement": None, "year_construction": None, "year_operation": 1962,
            "capacity_mw": None, "length_km_stated": None,
            "partners_cn": [], "partners_pk": ["SUPARCO"],
            "cost_usd_m": None, "cost_note": None,
            "description": ("SUPARCO's rocket range on the Balochistan coast north-west of Karachi, set up with NASA "
                            "support; its first launch, Rehbar-I, flew on 7 June 1962. It handles sounding rockets and, "
                            "since 1989, missile tests. It predates the brief's phases; the phase value is nominal."),
            "precision": "approximate",
            "precision_note": ("Wikipedia coordinate 25°12′N 66°45′E, given to whole arc-minutes only (about ±1.5 km); "
                               "it marks the facility, not a surveyed launch pad."),
            "brief_claim": ("The brief places SUPARCO's facilities within China–Pakistan space cooperation; the sources "
                            "consulted name no Chinese role at Sonmiani, which was established with US (NASA) support."),
            "discrepancy": "Distance from Karachi given as about 40 km (English Wikipedia) or about 50 km (French Wikipedia).",
            "sources": [S["sonmiani_ipfs"], S["sonmiani_fr"]],
        }, Point(son["geometry"]["coordinates"])),
        feature({
            "id": "safe-city-islamabad",
            "name": "Islamabad Safe City Project",
            "aliases": ["Safe City Islamabad", "平安城市"],
            "domain": "digital", "category": "safe-city", "status": "operational", "phase": "II",
            "year_agreement": 2010, "year_construction": None, "year_operation": 2016,
            "capacity_mw": None, "length_km_stated": None,
            "partners_cn": ["Huawei (contractor, 124.72 m contract)", "China Exim Bank (RMB 850 m concessional loan, 2 %, 20 years)"],
            "partners_pk": ["Ministry of Interior", "NADRA (executing agency)", "Islamabad Police"],
            "cost_usd_m": 124.7,
            "cost_note": "Huawei contract 124.72 m; PKR 11.9 bn, revised to PKR 15.9 bn (ECNEC, Dec 2015).",
            "description": ("Huawei-built city surveillance network of about 1,900–1,950 cameras on about 500 km of fibre, "
                            "with a bomb-proof command and control centre in sector H-11, covering Islamabad and one "
                            "main artery of Rawalpindi. Financed by China Exim Bank under 2010 agreements, struck down by "
                            "the Supreme Court in 2012, revived in 2014 and launched in June 2016; its performance is disputed."),
            "precision": "approximate",
            "precision_note": ("Locality reference: Natural Earth city point for Islamabad. The network covers the city; "
                               "the command centre in sector H-11 has no sourced coordinate and lies some km from this point."),
            "brief_claim": None,
            "discrepancy": "Completion given as March 2016 (AidData) and December 2018 (Dawn); operation start kept as the June 2016 launch.",
            "sources": [S["aiddata37016"], S["nation2015"], S["brecorder4315979"], S["techjuice"], S["dawn1094735"],
                        S["dawn1484195"], S["nation2018"], NE_SRC],
        }, Point(ne["Islamabad"])),
    ]
    write("space-ict", feats)


if __name__ == "__main__":
    main()
