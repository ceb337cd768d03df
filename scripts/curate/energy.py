#!/usr/bin/env python3
"""Curate ``geodata/sources/energy.geojson``: power plants and HVDC converter stations.

Provenance script. It records where every coordinate and figure came from and
writes the layer's source file. It reads the staged reference extracts only to
take (and cross-check) the coordinates derived from datasets; the file it writes
is self-contained, so the build never needs the reference folder.

Coordinate sources, per feature (see each feature's ``precision_note``):

* GEM  - Global Energy Monitor wiki, tracker coordinates marked "exact", as
  quoted in the reference fact table (facts.md, rows 15-22).
* GPPD - WRI Global Power Plant Database v1.3.0 (CC BY 4.0), read from
  ``power_plants_gppd_v130_pak.geojson`` by ``gppd_idnr``.
* OSM  - representative points of OpenStreetMap polygons that AidData GCDF 2.0
  links to a project (ODbL 1.0, (c) OpenStreetMap contributors), read from
  ``cpec_points_pak_extra.geojson``.
* AidData - project-page map centres quoted in facts.md (rows 27-28).
* Wikipedia - infobox coordinates quoted with their page.

Usage::

    python3 scripts/curate/energy.py [REFERENCE_DIR]

``REFERENCE_DIR`` defaults to ``$CPECMAP_REFERENCE`` or ``/work/shared/reference``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from _common import ACCESS_NOTE, UNDATED_NOTE, point_feature, ref_features, src, write

LAYER = "energy"
DOMAIN = "land"
# Dates: the publication date where the page shows it; otherwise (wiki pages,
# database pages) the year we consulted the page.
CONSULTED = "2026"

BRIEF_2020 = (
    "The RCAS brief (28 Jan 2026) says that by 2020 most major power projects, "
    "including plants at Karachi, Sahiwal, Hub and Thar, were completed and operational."
)


GPPD_SRC = src(
    "Global Power Plant Database v1.3.0",
    "World Resources Institute (WRI)",
    "https://github.com/wri/global-power-plant-database",
    "2021",
)
AIDDATA_GEO_SRC = src(
    "AidData GCDF 2.0 geospatial features (OpenStreetMap polygons), pakistan_development_combined.geojson",
    "AidData at William & Mary; geometry (c) OpenStreetMap contributors (ODbL 1.0)",
    "https://github.com/aiddata/china-osm-geodata",
    "2021-09-29",
)


def wiki(title: str, url: str) -> dict[str, str]:
    return src(title, "Wikipedia", url, CONSULTED, note=ACCESS_NOTE)


def gem(title: str, url: str) -> dict[str, str]:
    return src(title, "Global Energy Monitor (GEM wiki)", url, CONSULTED, note=ACCESS_NOTE)


plant = partial(point_feature, domain=DOMAIN)


def load_reference() -> tuple[dict[str, tuple[float, float, dict]], dict[str, tuple[float, float]]]:
    gppd = {}
    for f in ref_features("power_plants_gppd_v130_pak.geojson"):
        lon, lat = f["geometry"]["coordinates"]
        gppd[f["properties"]["gppd_idnr"]] = (lon, lat, f["properties"])
    extra = {}
    for f in ref_features("cpec_points_pak_extra.geojson"):
        lon, lat = f["geometry"]["coordinates"]
        extra[f["properties"]["feature"]] = (lon, lat)
    return gppd, extra


def build() -> list[dict[str, Any]]:
    gppd, extra = load_reference()

    def g(idnr: str, mw: float) -> tuple[float, float]:
        lon, lat, p = gppd[idnr]
        assert p["capacity_mw"] == mw, (idnr, p["capacity_mw"])
        return lon, lat

    feats: list[dict[str, Any]] = []
    add = feats.append

    # --- coal -------------------------------------------------------------
    add(plant(
        73.2380, 30.7142,
        id="sahiwal-coal-power-plant",
        name="Sahiwal Coal Power Project",
        aliases=["Sahiwal power station", "Huaneng Shandong Ruyi (Pakistan) Energy"],
        category="coal", status="operational", phase="II",
        year_agreement=2013, year_construction=2015, year_operation=2017,
        capacity_mw=1320, length_km_stated=None,
        partners_cn=["China Huaneng Group (Huaneng Shandong), 51%", "Shandong Ruyi Group, 49%",
                     "Industrial and Commercial Bank of China (financier)"],
        partners_pk=["Government of Punjab (tender; plant passes to Punjab after 30 years)"],
        cost_usd_m=1800,
        cost_note="1.8 bn per the Chinese embassy's CPEC project report; 1.91 bn per Wikipedia.",
        description=("Two 660 MW supercritical units burning imported coal, about 18 km north-east of "
                     "Sahiwal in Punjab. Built by a Huaneng Shandong / Shandong Ruyi joint venture, it "
                     "reached full operation in July 2017."),
        precision="exact",
        precision_note="GEM wiki tracker coordinate marked 'exact' (30.7142, 73.2380).",
        brief_claim=None,
        discrepancy=("Three close but different points: GEM 30.7142, 73.2380 (kept); WRI GPPD "
                     "30.7135, 73.2432; Wikipedia infobox 30.7153, 73.2389."),
        sources=[
            gem("Sahiwal power station", "https://www.gem.wiki/Sahiwal_power_station"),
            wiki("Sahiwal Coal Power Project", "https://en.wikipedia.org/wiki/Sahiwal_Coal_Power_Project"),
            GPPD_SRC,
            src("Sahiwal coal-fired power plant (CPEC project report)", "Embassy of the PRC in Pakistan",
                "https://pk.china-embassy.org/eng/zbgx/CPEC/t1627100.htm", CONSULTED, note=ACCESS_NOTE),
        ],
    ))
    assert g("WRI1030457", 1320.0) == (73.2432, 30.7135)

    lon, lat = g("WRI1075849", 1320.0)
    assert (round(lat, 4), round(lon, 4)) == (24.7845, 67.3694)  # GPPD equals the GEM point
    add(plant(
        lon, lat,
        id="port-qasim-coal-power-plant",
        name="Port Qasim Coal-fired Power Plant (PowerChina)",
        aliases=["Port Qasim Power Project", "Port Qasim EPC power station",
                 "Port Qasim Electric Power Company"],
        category="coal", status="operational", phase="II",
        year_agreement=None, year_construction=2015, year_operation=2018,
        capacity_mw=1320, length_km_stated=None,
        partners_cn=["Power Construction Corporation of China (PowerChina / Sinohydro Resources), 51%",
                     "Dongfang Electric (equipment)", "SEPCO III (equipment)"],
        partners_pk=[],
        cost_usd_m=2090,
        cost_note="2.09 bn (Wikipedia text, The Nation 2015); the Wikipedia infobox gives 1.91 bn.",
        description=("Two 660 MW supercritical imported-coal units with their own coal jetty at Port "
                     "Qasim, east of Karachi. PowerChina holds 51% and Qatar's Al Mirqab Capital 49%; "
                     "the plant feeds K-Electric at 500 kV."),
        precision="exact",
        precision_note=("GEM wiki tracker coordinate marked 'exact' (24.7845, 67.3694); WRI GPPD "
                        "(WRI1075849) gives the same point."),
        brief_claim=None,
        discrepancy=("Unit 1 inauguration: December 2017 in contemporary news (kept), December 2016 in "
                     "the Wikipedia body text; year_operation is 2018, when unit 2 followed and the plant "
                     "was complete (GEM). Wikipedia infobox point 24.7854, 67.3695 is ~0.1 km away."),
        sources=[
            gem("Port Qasim EPC power station", "https://www.gem.wiki/Port_Qasim_EPC_power_station"),
            wiki("Port Qasim Power Project", "https://en.wikipedia.org/wiki/Port_Qasim_Power_Project"),
            GPPD_SRC,
            src("Port Qasim plant", "The Nation", "https://nation.com.pk/2017/12/14/port-qasim-plant/",
                "2017-12-14"),
            src("China, Qatar to build $2.09b coal-fired power plant at Karachi", "The Nation",
                "https://nation.com.pk/11-Apr-2015/china-qatar-to-build-2-09b-coal-fired-power-plant-at-karachi",
                "2015-04-11"),
        ],
    ))

    add(plant(
        66.6888, 24.9147,
        id="china-power-hub-coal-power-plant",
        name="China Power Hub Generation Company (Hubco coal plant)",
        aliases=["CPHGC", "Hubco Coal Power Project", "Hubco power station"],
        category="coal", status="operational", phase="II",
        year_agreement=2015, year_construction=2017, year_operation=2019,
        capacity_mw=1320, length_km_stated=None,
        partners_cn=["China Power International Holding (SPIC group)", "China Development Bank (lead lender)"],
        partners_pk=["Hub Power Company (Hubco)", "Government of Balochistan (5% per GEM)"],
        cost_usd_m=1995,
        cost_note="1.995 bn (Wikipedia); about 2 bn (Dawn). Loan of about 1.5 bn led by China Development Bank.",
        description=("Two 660 MW imported-coal units with a 4.2 Mt/yr coal jetty at Mouza Kund, Hub, "
                     "Lasbela district, Balochistan. Joint venture of China Power International and "
                     "Hubco; commercial operation August 2019."),
        precision="exact",
        precision_note="GEM wiki tracker coordinate marked 'exact' (24.9147, 66.6888).",
        brief_claim=None,
        discrepancy=("Shares: CPIH 74% / Hubco 26% at launch (Dawn); GEM now lists SPIC 49%, Hubco 46%, "
                     "Government of Balochistan 5%."),
        sources=[
            gem("Hubco power station", "https://www.gem.wiki/Hubco_power_station"),
            wiki("Hubco Coal Power Project", "https://en.wikipedia.org/wiki/Hubco_Coal_Power_Project"),
            src("China Power Hub Generation Company project", "Dawn", "https://www.dawn.com/news/1321768",
                "2017-03-21"),
        ],
    ))

    add(plant(
        70.3941, 24.8125,
        id="engro-thar-block-ii-power-plant",
        name="Engro Thar Block II Power Plant",
        aliases=["Engro Powergen Thar (EPTL)", "Thar Block II power station", "Thar Engro Coal Power Project"],
        category="coal", status="operational", phase="II",
        year_agreement=2015, year_construction=2016, year_operation=2019,
        capacity_mw=660, length_km_stated=None,
        partners_cn=["China Machinery Engineering Corporation (CMEC), EPC contractor and shareholder",
                     "China Development Bank (lender)"],
        partners_pk=["Engro Powergen", "Habib Bank", "Liberty Mills",
                     "Sindh Engro Coal Mining Company (SECMC)", "Government of Sindh (sovereign guarantee)"],
        cost_usd_m=995.4,
        cost_note="995.4 m (BRI Watch); 1.13 bn in an older Wikipedia version.",
        description=("Two 330 MW lignite-fired circulating fluidised-bed units at the mouth of the "
                     "Sindh Engro open-pit mine in Thar Block II, Tharparkar. Built by CMEC; commercial "
                     "operation July 2019."),
        precision="exact",
        precision_note=("GEM wiki tracker coordinate marked 'exact' (24.8125, 70.3941); the OSM plant "
                        "polygon linked by AidData (id 35127) lies around it."),
        brief_claim=None,
        discrepancy=("An older Wikipedia infobox gives 24.4338, 70.1736, about 45 km away; the GEM point "
                     "is kept (it matches the OSM plant polygon)."),
        sources=[
            gem("Thar Engro power station", "https://www.gem.wiki/Thar_Engro_power_station"),
            src("Engro Thar Block II Power Plant", "Power Technology",
                "https://www.power-technology.com/projects/engro-thar-block-ii-power-plant/", CONSULTED, note=ACCESS_NOTE),
            src("Thar Engro Coal Power Project (Wikipedia mirror)", "piglix",
                "https://piglix.com/piglix/Thar_Engro_Coal_Power_Project", CONSULTED, note=ACCESS_NOTE),
            AIDDATA_GEO_SRC,
        ],
    ))

    add(plant(
        70.4005, 24.8062,
        id="thar-energy-limited-power-plant",
        name="Thar Energy Limited (TEL) Power Plant",
        aliases=["TEL", "Thar Block II Unit 3", "Thar Energy Limited power station"],
        category="coal", status="operational", phase="III",
        year_agreement=2016, year_construction=None, year_operation=2022,
        capacity_mw=330, length_km_stated=None,
        partners_cn=["China Machinery Engineering Corporation (CMEC), 10%"],
        partners_pk=["Hub Power Company (Hubco), 60%", "Fauji Fertilizer Company, 30%"],
        cost_usd_m=497.7,
        cost_note="About 497.7-500 m across GEM and ProPakistani.",
        description=("A 330 MW mine-mouth lignite unit in the Thar Block II complex, fed by the Sindh "
                     "Engro mine. Commercial operation began on 1 October 2022."),
        precision="exact",
        precision_note="GEM wiki tracker coordinate marked 'exact' (24.8062, 70.4005).",
        brief_claim=BRIEF_2020,
        discrepancy="TEL reached commercial operation on 1 Oct 2022, after the brief's 2020 date.",
        sources=[
            gem("Thar Energy Limited power station", "https://www.gem.wiki/Thar_Energy_Limited_power_station"),
            src("Thar Energy ready to generate 330 MW power", "ProPakistani",
                "https://propakistani.pk/2022/09/30/thar-energy-ready-to-generate-330-mw-power/", "2022-09-30"),
        ],
    ))

    add(plant(
        70.3941, 24.8125,
        id="thalnova-power-thar",
        name="ThalNova Power Thar",
        aliases=["ThalNova Power Thar (Pvt) Ltd (TNPTL)", "Thar Block II Unit 4"],
        category="coal", status="operational", phase="III",
        year_agreement=2017, year_construction=None, year_operation=2023,
        capacity_mw=330, length_km_stated=None,
        partners_cn=["China Machinery Engineering Corporation (CMEC), EPC and ~10% equity",
                     "China Development Bank", "China Minsheng Bank", "China Zheshang Bank"],
        partners_pk=["Hub Power Company (Hubco), ~37%", "Thal Limited, ~31.5%", "Novatex",
                     "Descon Engineering", "Habib Bank (lender)"],
        cost_usd_m=497.7,
        cost_note=None,
        description=("A 330 MW mine-mouth lignite unit in Thar Coal Block II burning about 1.9 Mt of "
                     "coal a year. Generation licence 2017, financial close September 2020, commercial "
                     "operation 17 February 2023."),
        precision="approximate",
        precision_note=("Locality reference, not the unit's own site: GEM's 'exact' coordinate of the "
                        "Thar Block II (Thar Engro) power station, of which GEM describes ThalNova as "
                        "unit 4. No coordinate for ThalNova itself was found."),
        brief_claim=BRIEF_2020,
        discrepancy="ThalNova reached commercial operation on 17 Feb 2023, after the brief's 2020 date.",
        sources=[
            gem("ThalNova power station", "https://www.gem.wiki/ThalNova_power_station"),
            gem("Thar Engro power station", "https://www.gem.wiki/Thar_Engro_power_station"),
            src("Commercial operation date for 330 MW granted to ThalNova project", "Daily Times",
                "https://dailytimes.com.pk/1064180/commercial-operation-date-for-330-mw-granted-to-thalnova-project/",
                "2023-02-18"),
            src("ThalNova Power Thar Ltd reaches financial close", "ProPakistani",
                "https://propakistani.pk/2020/10/01/thalnova-power-thar-ltd-reaches-financial-close/", "2020-10-01"),
        ],
    ))

    add(plant(
        70.3025, 24.7108,
        id="thar-block-i-power-plant",
        name="Shanghai Electric Thar Block I Power Plant",
        aliases=["Thar Block-I Integrated Coal Mine & Power Project", "Thar Coal Block-I Power Generation Co. (TCB-1)",
                 "Thar SSRL power station"],
        category="coal", status="operational", phase="III",
        year_agreement=2015, year_construction=2019, year_operation=2023,
        capacity_mw=1320, length_km_stated=None,
        partners_cn=["Shanghai Electric (through TCB-1 and Sino Sindh Resources)"],
        partners_pk=[],
        cost_usd_m=3000,
        cost_note="About 3 bn for mine and plant (Technology Times); 3.2 bn (Times of Islamabad); the 7.8 Mt/yr mine alone 812 m (GEM).",
        description=("Two 660 MW lignite-fired units beside Shanghai Electric's own open-pit mine in Thar "
                     "Block I near Islamkot. Units were synchronised in December 2022 and commercial "
                     "operation began in February 2023."),
        precision="exact",
        precision_note="GEM wiki tracker coordinate marked 'exact' (24.7108, 70.3025).",
        brief_claim=BRIEF_2020,
        discrepancy="Commercial operation was 5 Feb 2023, after the brief's 2020 date. Pakistani partners: not found.",
        sources=[
            gem("Thar Block-I power station", "https://www.gem.wiki/Thar_Block-I_power_station"),
            src("Shanghai Electric power project in Pakistan starts commercial operation", "Technology Times",
                "https://technologytimes.pk/2023/03/07/shanghai-electric-power-project-in-pakistan-starts-commercial-operation/",
                "2023-03-07"),
            src("Pakistan adds new 660 MW coal power plant into national grid", "Times of Islamabad",
                "https://timesofislamabad.com/12-12-2022/pakistan-adds-new-660-mw-coal-power-plant-into-national-grid",
                "2022-12-12"),
        ],
    ))

    add(plant(
        67.2746, 24.8128,
        id="lucky-electric-power-plant",
        name="Lucky Electric Power Plant",
        aliases=["Lucky Electric Power Company (LEPCL)", "Port Qasim Lucky power station"],
        category="coal", status="operational", phase="III",
        year_agreement=2015, year_construction=None, year_operation=2022,
        capacity_mw=660, length_km_stated=None,
        partners_cn=["SEPCO III (EPC contractor)", "Industrial and Commercial Bank of China (lender)"],
        partners_pk=["Lucky Cement (100%)"],
        cost_usd_m=1000,
        cost_note="About 1 bn (GEM); 850 m in a 2016 estimate (Dawn).",
        description=("A 660 MW supercritical unit at Deh Ghangiaro, Bin Qasim, Karachi, designed for Thar "
                     "lignite and run on imported coal in the interim. Commercial operation began on "
                     "21 March 2022."),
        precision="exact",
        precision_note="GEM wiki tracker coordinate marked 'exact' (24.8128, 67.2746).",
        brief_claim=None,
        discrepancy=("No consulted source lists Lucky Electric as a CPEC project; its Chinese links are the "
                     "EPC contractor (SEPCO III) and a lender (ICBC)."),
        sources=[
            gem("Port Qasim Lucky power station", "https://www.gem.wiki/Port_Qasim_Lucky_power_station"),
            src("Lucky Group's 660MW power plant ready to supply electricity", "ProPakistani",
                "https://propakistani.pk/2022/03/21/lucky-groups-660mw-power-plant-ready-to-supply-electricity/",
                "2022-03-21"),
            src("Lucky Electric power project", "Dawn", "https://www.dawn.com/news/1296567", "2016"),
        ],
    ))

    # --- nuclear -----------------------------------------------------------
    add(plant(
        66.7883, 24.8472,
        id="karachi-k2-k3-nuclear",
        name="Karachi Nuclear Power Plant Units K-2 and K-3 (Hualong One)",
        aliases=["KANUPP-2 and KANUPP-3", "K-2/K-3", "Karachi Coastal Power Project", "Hualong One (HPR1000)"],
        category="nuclear", status="operational", phase="III",
        year_agreement=2013, year_construction=2015, year_operation=2021,
        capacity_mw=2200, length_km_stated=None,
        partners_cn=["China National Nuclear Corporation (CNNC)", "Export-Import Bank of China (buyer's credit)"],
        partners_pk=["Pakistan Atomic Energy Commission (owner and operator)"],
        cost_usd_m=9500,
        cost_note="9.5 bn (Wikipedia); about 9 bn (NEI Magazine); 9.59 bn announced at groundbreaking (2013). AidData records a 4.001 bn China Eximbank buyer's credit.",
        description=("Two Chinese Hualong One pressurised-water reactors at the Karachi Nuclear Power "
                     "Complex, Paradise Point, west of Karachi. K-2 joined the grid in March 2021 and "
                     "K-3 was handed over in April 2022."),
        precision="approximate",
        precision_note=("Wikipedia infobox coordinate of the Karachi Nuclear Power Complex as a whole "
                        "(older revision; 24.8472, 66.7883), next to K-1 (WRI GPPD 24.845, 66.7888). The "
                        "OSM polygon that AidData links to units 2 and 3 (id 41918) lies about 1.5 km "
                        "west-north-west."),
        brief_claim=BRIEF_2020,
        discrepancy=("Capacity kept: 2 x 1,100 MW gross; net output is 2 x 1,014 MWe. If the brief's "
                     "'plants at Karachi' include K-2/K-3, they were not complete by 2020: K-2 reached the "
                     "grid on 18 Mar 2021 and K-3 reached criticality on 21 Feb 2022."),
        sources=[
            wiki("Karachi Nuclear Power Complex", "https://en.m.wikipedia.org/wiki/Karachi_Nuclear_Power_Complex"),
            src("Pakistan's Karachi 2 connected to the grid", "Nuclear Engineering International",
                "https://www.neimagazine.com/news/newspakistans-karachi-2-connected-to-the-grid-8616764", "2021"),
            src("PM Shehbaz Sharif to inaugurate K-3 nuclear power plant tomorrow", "ARY News",
                "https://arynews.tv/pm-shehbaz-sharif-to-inaugurate-k-3-nuclear-power-plant-tomorrow/", "2023-02"),
            AIDDATA_GEO_SRC,
        ],
    ))

    # --- hydro -------------------------------------------------------------
    add(plant(
        73.6012, 33.5998,
        id="karot-hydropower",
        name="Karot Hydropower Project",
        aliases=["Karot Hydropower Station", "Karot Power Company (KPCL)"],
        category="hydro", status="operational", phase="III",
        year_agreement=2016, year_construction=2016, year_operation=2022,
        capacity_mw=720, length_km_stated=None,
        partners_cn=["China Three Gorges Corporation (CTG South Asia Investment)", "Silk Road Fund",
                     "Export-Import Bank of China", "China Development Bank"],
        partners_pk=["Associated Technologies (Pvt) Ltd (partner in KPCL)",
                     "Government of Punjab (plant transfers after 30 years)"],
        cost_usd_m=1420,
        cost_note="1.42 bn (Wikipedia, APP); 1.74 bn (Power Technology); 1.78 bn (Profit); 1.98 bn including interest during construction (Dawn).",
        description=("A 720 MW run-of-river scheme with a 95.5 m rock-fill dam on the Jhelum near Karot "
                     "village, on the Punjab / Azad Kashmir boundary. Developed by China Three Gorges, "
                     "it was commissioned in June 2022."),
        precision="exact",
        precision_note=("Wikipedia infobox coordinate (33°35′59.29″N 73°36′04.42″E, via wikimili). "
                        "The OSM project polygon linked by AidData (id 37233) lies about 0.5 km east."),
        brief_claim=None,
        discrepancy=None,
        sources=[
            wiki("Karot Hydropower Project", "https://en.wikipedia.org/wiki/Karot_Hydropower_Project"),
            src("Karot Hydropower Project (Wikipedia mirror)", "WikiMili",
                "https://wikimili.com/en/Karot_Hydropower_Project", CONSULTED, note=ACCESS_NOTE),
            src("Karot hydropower station to be completed by 2021", "Associated Press of Pakistan",
                "https://www.app.com.pk/karot-hydropower-station-to-be-completed-by-2021/", "2018-08-06"),
        ],
    ))

    lon, lat = extra["Suki Kinari hydropower project (870 MW)"]
    add(plant(
        lon, lat,
        id="suki-kinari-hydropower",
        name="Suki Kinari Hydropower Project",
        aliases=["SKHPP", "SK Hydropower Station"],
        category="hydro", status="operational", phase="IV",
        year_agreement=2017, year_construction=2017, year_operation=2024,
        capacity_mw=884, length_km_stated=None,
        partners_cn=["China Gezhouba Group (Energy China), sponsor and builder",
                     "Export-Import Bank of China (lender)", "Industrial and Commercial Bank of China (lender)"],
        partners_pk=["Private Power and Infrastructure Board (facilitation)",
                     "Government of Khyber Pakhtunkhwa (water-use royalty)"],
        cost_usd_m=1960,
        cost_note="About 1.96 bn (EIR, APP); 1.7 bn (PPIB via Business Recorder); about 2 bn (CPEC Authority).",
        description=("A run-of-river scheme on the Kunhar River in the Kaghan Valley, Mansehra district, "
                     "with four Pelton units. Its first unit joined the grid in August 2024 and commercial "
                     "operation was announced in September 2024."),
        precision="approximate",
        precision_note=("Representative point (inside) of the OpenStreetMap polygon that AidData GCDF 2.0 "
                        "links to the project (id 39014; 0.62 km2, about 2.4 km long). Which works the "
                        "polygon covers is not stated; the scheme's dam, tunnel and powerhouse span several km."),
        brief_claim=None,
        discrepancy="Capacity kept: 884 MW; earlier designs and many reports give 870 MW.",
        sources=[
            src("Largest BRI hydropower plant turned on in Pakistan", "EIR News",
                "https://eir.news/2024/08/news/largest-bri-hydropower-plant-turned-on-in-pakistan", "2024-08"),
            src("Suki Kinari hydropower project", "Business Recorder", "https://www.brecorder.com/news/40322418",
                "2024-09"),
            src("Suki Kinari HPP commences reservoir filling", "The Nation",
                "https://www.nation.com.pk/01-Mar-2024/suki-kinari-hpp-commences-reservoir-filling", "2024-03-01"),
            AIDDATA_GEO_SRC,
        ],
    ))

    # --- solar -------------------------------------------------------------
    lon, lat = g("WRI1026464", 400.0)
    add(plant(
        lon, lat,
        id="quaid-e-azam-solar-park",
        name="Quaid-e-Azam Solar Park",
        aliases=["QASP", "Quaid-e-Azam Solar Power Park, Bahawalpur", "Lal Sohanra solar park"],
        category="solar", status="operational", phase="I",
        year_agreement=2013, year_construction=None, year_operation=2015,
        capacity_mw=400, length_km_stated=None,
        partners_cn=["TBEA Xinjiang SunOasis (built the first 100 MW)", "Zonergy (built 300 MW)",
                     "JA Solar (modules)", "Export-Import Bank of China and China Development Bank (finance for Zonergy)"],
        partners_pk=["Government of Punjab, via Quaid-e-Azam Solar Power (Pvt) Ltd",
                     "Cholistan Development Authority (land)"],
        cost_usd_m=None,
        cost_note="No total found; the four 100 MW phases cost 131.15, 159.82, 135.89 and 159.82 million (Wikipedia).",
        description=("A utility PV park in the Cholistan desert near Bahawalpur: a 100 MW first phase "
                     "(2015) and three 100 MW Zonergy blocks (2016), 400 MW in all. The planned "
                     "expansion to 1,000 MW was not built."),
        precision="exact",
        precision_note=("WRI GPPD v1.3.0 point for the 400 MW Quaid-e-Azam plant (WRI1026464). It agrees "
                        "with Wiki-Solar's 'QeA Jinnah' point (29.321, 71.823) and falls inside the OSM "
                        "polygon AidData links to Zonergy's blocks (id 50939)."),
        brief_claim=None,
        discrepancy=("Capacity: Zonergy's announced 900 MW (9 x 100 MW, AidData) was not built; only 300 MW "
                     "of it exists, 400 MW in total, after a Nepra tariff cut stalled the expansion. "
                     "Location: the Wikipedia infobox gives 29.4486, 71.9728, about 20 km north-east; the "
                     "WRI point is kept."),
        sources=[
            GPPD_SRC,
            wiki("Quaid-e-Azam Solar Park", "https://en.wikipedia.org/wiki/Quaid-e-Azam_Solar_Park"),
            src("PM inaugurates Quaid-e-Azam Solar Power Park in Bahawalpur", "Technology Times",
                "https://technologytimes.pk/2015/05/06/pm-inaugurates-quaid-e-azam-solar-power-park-in-bahawalpur/",
                "2015-05-06"),
            src("Quaid-e-Azam Solar Park", "Daily Times", "https://dailytimes.com.pk/816541", CONSULTED,
                note=UNDATED_NOTE),
            AIDDATA_GEO_SRC,
        ],
    ))

    # --- wind: Jhimpir corridor ---------------------------------------------
    lon, lat = g("WRI1030464", 100.0)
    add(plant(
        lon, lat,
        id="three-gorges-first-wind-farm",
        name="Three Gorges First Wind Farm",
        aliases=["Three Gorges First Wind Farm Pakistan"],
        category="wind", status="operational", phase="I",
        year_agreement=None, year_construction=2012, year_operation=2014,
        capacity_mw=49.5, length_km_stated=None,
        partners_cn=["China Three Gorges Corporation (CTG South Asia Investment)",
                     "China Development Bank (107.8 m loan)", "Goldwind (turbines)",
                     "China International Water & Electric", "China Huashui"],
        partners_pk=[],
        cost_usd_m=130.3,
        cost_note="130.3 m (APP); 134.7 m (AidData).",
        description=("Thirty-three turbines in the Jhimpir wind corridor, Thatta district, about 90 km "
                     "east of Karachi. Works began in January 2012 and the farm was completed on "
                     "25 November 2014."),
        precision="exact",
        precision_note=("WRI GPPD v1.3.0 point (WRI1030464), inside the OSM wind-farm polygon that AidData "
                        "links to the project (id 72710)."),
        brief_claim=None,
        discrepancy="Capacity kept: 49.5 MW (APP, AidData); WRI GPPD lists 100 MW.",
        sources=[
            GPPD_SRC,
            src("Two wind power plants to start producing electricity in Sindh by end of this year",
                "Associated Press of Pakistan",
                "https://www.app.com.pk/two-wind-power-plants-to-start-producing-electicity-in-sindh-by-end-of-this-year/",
                "2017-02-19"),
            src("AidData project 72710", "AidData", "https://china.aiddata.org/projects/72710", CONSULTED, note=ACCESS_NOTE),
        ],
    ))

    tg_sources = [
        src("Three Gorges Second Wind Power Project (Special Report on CPEC Projects)", "Embassy of the PRC in Pakistan",
            "http://pk.china-embassy.gov.cn/eng/zbgx/CPEC/201901/t20190104_1270076.htm", "2018-10-01"),
        AIDDATA_GEO_SRC,
    ]
    lon, lat = extra["Three Gorges Second Wind Farm (49.5 MW)"]
    add(plant(
        lon, lat,
        id="three-gorges-second-wind-farm",
        name="Three Gorges Second Wind Farm",
        aliases=["Three Gorges Second Wind Farm Pakistan (TGS)", "Three Gorges Second Wind Power Project"],
        category="wind", status="operational", phase="II",
        year_agreement=2017, year_construction=2016, year_operation=2018,
        capacity_mw=49.5, length_km_stated=None,
        partners_cn=["China Three Gorges Corporation (CTG South Asia Investment)",
                     "China Development Bank (lender)", "Goldwind (turbines)"],
        partners_pk=[],
        cost_usd_m=None,
        cost_note="224 m for the Second and Third farms together (embassy report, APP).",
        description=("Thirty-three turbines at Jhimpir, built by China Three Gorges together with the "
                     "Third farm as one CPEC project. Works began in September 2016; the last turbine "
                     "went up in February 2018."),
        precision="approximate",
        precision_note=("Representative point (inside) of the OpenStreetMap polygon AidData links to the "
                        "project (id 53675; 2.58 km2 in two parts, spanning about 11 km)."),
        brief_claim=None,
        discrepancy=None,
        sources=tg_sources + [
            src("Turbine erection in Second Wind Farm Pakistan successfully completed", "GEIDCO",
                "https://en.geidco.org/2018/0822/1257.shtml", "2018-08-22"),
        ],
    ))

    lon, lat = extra["Three Gorges Third Wind Farm (49.5 MW)"]
    add(plant(
        lon, lat,
        id="three-gorges-third-wind-farm",
        name="Three Gorges Third Wind Farm",
        aliases=["Three Gorges Third Wind Farm Pakistan (TGT)"],
        category="wind", status="operational", phase="II",
        year_agreement=2017, year_construction=2016, year_operation=2018,
        capacity_mw=49.5, length_km_stated=None,
        partners_cn=["China Three Gorges Corporation (CTG South Asia Investment)",
                     "China Development Bank (84.4 m loan)", "Goldwind (turbines)"],
        partners_pk=[],
        cost_usd_m=112.5,
        cost_note="112.5 m for this farm (AidData); 224 m with the Second farm.",
        description=("Thirty-three turbines at Jhimpir, the twin of the Second farm in the same CPEC "
                     "project; completed in July 2018."),
        precision="approximate",
        precision_note=("Representative point (inside) of the OpenStreetMap polygon AidData links to the "
                        "project (id 54317; 2.70 km2, spanning about 11 km)."),
        brief_claim=None,
        discrepancy=None,
        sources=tg_sources + [
            src("AidData project 54317", "AidData", "https://china.aiddata.org/projects/54317", CONSULTED, note=ACCESS_NOTE),
        ],
    ))

    add(plant(
        67.8552, 25.1030,
        id="uep-wind-farm",
        name="UEP Wind Farm, Jhimpir",
        aliases=["UEP Wind Power (Pvt) Ltd", "United Energy Pakistan 99 MW"],
        category="wind", status="operational", phase="II",
        year_agreement=2015, year_construction=2016, year_operation=2017,
        capacity_mw=99, length_km_stated=None,
        partners_cn=["United Energy Group (99%)", "Orient Group Investment Holdings (1%)",
                     "China Gezhouba Group (EPC)", "China Development Bank (252 m loan)"],
        partners_pk=[],
        cost_usd_m=250,
        cost_note="About 250 m (BRI Watch).",
        description=("Sixty-six 1.5 MW turbines on 3,325 acres across Thatta and Jamshoro districts in "
                     "the Jhimpir corridor, about 110 km from Karachi. Construction began in January "
                     "2016 and ended in June 2017."),
        precision="approximate",
        precision_note=("Centre of the OpenStreetMap map view that AidData's project page (53656) shows "
                        "for the farm; not a surveyed centroid (it lies inside the farm's OSM polygon)."),
        brief_claim=None,
        discrepancy="Capacity kept: 99 MW (66 x 1.5 MW); the Chinese embassy report says 100 MW.",
        sources=[
            src("AidData project 53656", "AidData", "https://china.aiddata.org/projects/53656", CONSULTED, note=ACCESS_NOTE),
            src("UEP 100MW wind farm (CPEC project report)", "Embassy of the PRC in Pakistan",
                "https://pk.china-embassy.org/eng/zbgx/CPEC/t1627099.htm", CONSULTED, note=ACCESS_NOTE),
            src("200MW wind energy projects under CPEC to be completed this year", "The Nation",
                "https://nation.com.pk/business/19-Feb-2017/200mw-wind-energy-projects-under-cpec-to-be-completed-this-year",
                "2017-02-19"),
        ],
    ))

    add(plant(
        67.9327, 25.1387,
        id="sachal-wind-farm",
        name="Sachal Wind Farm",
        aliases=["Sachal Wind Power Project", "Sachal Energy Development (Pvt) Ltd (SEDL)"],
        category="wind", status="operational", phase="II",
        year_agreement=2015, year_construction=None, year_operation=2017,
        capacity_mw=49.5, length_km_stated=None,
        partners_cn=["HydroChina (EPC and O&M)", "Goldwind (turbines)",
                     "Industrial and Commercial Bank of China (all debt, Sinosure cover)"],
        partners_pk=["Arif Habib Corporation (owner)"],
        cost_usd_m=130.48,
        cost_note="130.48 m (AidData); 134 m (BRI Watch).",
        description=("Thirty-three Goldwind turbines on 680 acres in the Jhimpir corridor, owned by Arif "
                     "Habib and financed by ICBC. Completed in April 2017, commercial operation June 2017."),
        precision="approximate",
        precision_note=("Centre of the OpenStreetMap map view that AidData's project pages (52660, 72072) "
                        "show for the farm; not a surveyed centroid."),
        brief_claim=None,
        discrepancy=None,
        sources=[
            src("AidData project 52660", "AidData", "https://china.aiddata.org/projects/52660", CONSULTED, note=ACCESS_NOTE),
            src("AidData project 72072", "AidData", "https://china.aiddata.org/projects/72072", CONSULTED, note=ACCESS_NOTE),
            src("Wind power project's successful commercial operation sets good example: Global Times",
                "Associated Press of Pakistan",
                "https://www.app.com.pk/wind-power-projects-successful-commercial-operation-sets-good-example-global-times/",
                "2017-06-23"),
        ],
    ))

    # --- wind: Gharo corridor ----------------------------------------------
    lon, lat = g("WRI1030469", 50.0)
    add(plant(
        lon, lat,
        id="hydrochina-dawood-wind-farm",
        name="HydroChina Dawood Wind Farm",
        aliases=["HydroChina Dawood Wind Power Project", "Dawood 50 MW Wind Farm",
                 "HydroChina Dawood Power (Pvt) Ltd (HDPPL)"],
        category="wind", status="operational", phase="II",
        year_agreement=2014, year_construction=2015, year_operation=2017,
        capacity_mw=49.5, length_km_stated=None,
        partners_cn=["PowerChina / HydroChina (majority owner)", "Industrial and Commercial Bank of China (lender)"],
        partners_pk=["Dawood group (original sponsor, joint-venture partner)"],
        cost_usd_m=115,
        cost_note="115 m (Wikipedia, Chinese embassy); 112.65 m (Belt and Road Initiative site).",
        description=("Thirty-three 1.5 MW Ming Yang turbines on 1,720 acres of tidal flats at Bhambore in "
                     "the Gharo corridor, Thatta district, about 80 km east of Karachi. Commercial "
                     "operation began on 5 April 2017."),
        precision="exact",
        precision_note=("WRI GPPD v1.3.0 point (WRI1030469); the OSM polygon AidData links to the project "
                        "(id 53645) contains it."),
        brief_claim=None,
        discrepancy=("Location: every source puts the farm at Bhambore in the Gharo corridor, not at "
                     "Jhimpir, where it is often grouped with the Jhimpir wind farms. Capacity kept: "
                     "49.5 MW (33 x 1.5 MW); WRI GPPD lists 50 MW."),
        sources=[
            wiki("HydroChina Dawood Wind Power Project",
                 "https://en.wikipedia.org/wiki/HydroChina_Dawood_Wind_Power_Project"),
            src("HydroChina Dawood wind power project (CPEC project report)", "Embassy of the PRC in Pakistan",
                "https://pk.china-embassy.org/eng/zbgx/CPEC/t1627097.htm", CONSULTED, note=ACCESS_NOTE),
            GPPD_SRC,
        ],
    ))

    # --- HVDC converter stations ---------------------------------------------
    hvdc_sources = [
        wiki("Matiari–Lahore transmission line", "https://en.wikipedia.org/wiki/Matiari%E2%80%93Lahore_transmission_line"),
        src("New Lahore grid station to start work next month", "Dawn",
            "https://www.dawn.com/news/1875894/new-lahore-grid-station-to-start-work-next-month", "2024-12-01"),
        src("660 kV HVDC Matiari-Lahore Transmission Line CPEC project commemorate ceremony to take place today",
            "The Nation",
            "https://www.nation.com.pk/03-Jul-2023/660-kv-hvdc-matiari-lahore-transmission-line-cpec-project-commemorate-ceremony-to-take-place-today",
            "2023-07-03"),
    ]
    hvdc_common = dict(
        category="converter-station", status="operational", phase="III",
        year_agreement=2015, year_construction=2018, year_operation=2021,
        capacity_mw=None, length_km_stated=None,
        partners_cn=["State Grid Corporation of China, via China Electric Power Equipment and Technology (CET), owner of PMLTC and EPC"],
        partners_pk=["National Transmission and Despatch Company (NTDC)"],
        cost_usd_m=None,
        cost_note="Cost is given for the whole HVDC project only (see matiari-lahore-hvdc).",
        brief_claim=None,
    )
    add(plant(
        68.445833, 25.595833,
        id="matiari-converter-station",
        name="Matiari HVDC Converter Station",
        aliases=["Matiari converter station"],
        description=("Southern terminal of the +/-660 kV Matiari-Lahore HVDC line near Hyderabad, where "
                     "AC power from the Port Qasim, Hub and Thar plants is converted to DC. Capacity_mw "
                     "is left empty: the station converts the line's 4,000 MW rather than generating it."),
        precision="approximate",
        precision_note=("Locality reference, not the station's site: Wikipedia infobox coordinate of "
                        "Matiari city (25°35′45″N 68°26′45″E). Sources place the station at or near "
                        "Matiari but give no coordinate."),
        discrepancy=None,
        sources=hvdc_sources + [
            src("Matiari (Wikipedia mirror)", "FriendlyWiki", "https://friendlywiki.com/article/index.php?title=Matiari",
                CONSULTED, note=ACCESS_NOTE),
        ],
        **hvdc_common,
    ))
    add(plant(
        73.87778, 31.19028,
        id="lahore-converter-station",
        name="Lahore HVDC Converter Station (Balloki)",
        aliases=["Balloki converter station", "HVDC Converter Station Balloki"],
        description=("Northern terminal of the Matiari-Lahore HVDC line, near Balloki, where the DC power "
                     "is converted back to AC and fed to 500 kV lines towards Lahore North, Nokhar "
                     "(Gujranwala) and Sheikhupura."),
        precision="approximate",
        precision_note=("Locality reference, not the station's site: Wikipedia infobox coordinate of the "
                        "Balloki Power Plant at Balloki, Kasur district (31°11′25″N 73°52′40″E). "
                        "Sources place the converter station 'near Balloki' but give no coordinate."),
        discrepancy=("District: Wikipedia puts the line's end in Nankana Sahib district; Balloki and its "
                     "power plant are described as in Kasur district."),
        sources=hvdc_sources + [
            src("Balloki Power Plant (Wikipedia mirror)", "Wikipedia via IPFS",
                "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Balloki_Power_Plant.html",
                CONSULTED, note=ACCESS_NOTE),
            src("Celebration of a decade of CPEC held at HVDC converter station in Balloki", "UrduPoint",
                "https://www.urdupoint.com/en/pakistan/celebration-of-a-decade-of-cpec-held-at-hvdc-1717974.html",
                "2023-07-04"),
        ],
        **hvdc_common,
    ))

    return feats


if __name__ == "__main__":
    write(LAYER, build(), indent=2)
