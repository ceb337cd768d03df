// The Leaflet map: the offline basemap, the optional OSM tiles and one
// Leaflet layer per feature, styled from the catalogue.

/* global L, topojson */

import { el } from "./dom.js";
import { t } from "./i18n.js";

// Pakistan, with a margin (lon/lat): the default view.
export const HOME_BOUNDS = [[23.2, 60.5], [37.3, 77.9]];
const WORLD_ATLAS = "vendor/world-atlas/countries-50m.json";
const PAKISTAN_ID = "586"; // ISO 3166-1 numeric, as world-atlas ids its countries
const OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const LABELS = [
  ["Pakistan", 29.6, 69.4, "country-label country-label--home"],
  ["Afghanistan", 33.9, 65.6, "country-label"],
  ["Iran", 30.4, 60.4, "country-label"],
  ["India", 27.5, 76.5, "country-label"],
  ["China", 37.8, 79.5, "country-label"],
  ["Arabian Sea", 21.5, 64.5, "sea-label"],
];

// Towns for orientation, from Natural Earth 1:10m populated places (public domain):
// [name, lat, lon, tier]; tier 1 from zoom 5.5, tier 2 from zoom 7.
const CITIES = [
  ["Karachi", 24.8719, 66.9881, 1], ["Lahore", 31.5619, 74.3481, 1], ["Islamabad", 33.7019, 73.1647, 1],
  ["Peshawar", 34.007, 71.5331, 1], ["Quetta", 30.2219, 67.023, 1], ["Multan", 30.2019, 71.4531, 1],
  ["Hyderabad", 25.3819, 68.373, 1], ["Faisalabad", 31.4119, 73.1081, 1], ["Sukkur", 27.7136, 68.8486, 1],
  ["Gwadar", 25.139, 62.3286, 1], ["Gilgit", 35.9171, 74.3, 1],
  ["Rawalpindi", 33.6019, 73.0381, 2], ["Gujranwala", 32.1624, 74.1831, 2], ["Bahawalpur", 29.39, 71.675, 2],
  ["Rahim Yar Khan", 28.4202, 70.2952, 2], ["Sahiwal", 30.6717, 73.1118, 2], ["Gujrat", 32.58, 74.08, 2],
  ["Mansehra", 34.3418, 73.1968, 2], ["Abbottabad", 34.1495, 73.1995, 2], ["Dera Ghazi Khan", 30.0604, 70.6351, 2],
  ["Nawabshah", 26.2454, 68.4, 2], ["Larkana", 27.5618, 68.2068, 2], ["Turbat", 25.9918, 63.0718, 2],
  ["Dera Ismail Khan", 31.829, 70.8986, 2], ["Zhob", 31.349, 69.4386, 2], ["Okara", 30.8104, 73.45, 2],
];

// lon/lat box of the countries drawn: Europe, Africa, Asia and the Indian Ocean.
const REGION = [-30, -50, 160, 80];

function intersects(geometry, [w, s, e, n]) {
  if (!geometry) return false;
  let hit = false;
  const walk = (c) => {
    if (hit) return;
    if (typeof c[0] === "number") hit = c[0] >= w && c[0] <= e && c[1] >= s && c[1] <= n;
    else for (const x of c) walk(x);
  };
  walk(geometry.coordinates);
  return hit;
}

/** Create the map with its panes; nothing is fetched from outside localhost. */
export function createMap(container) {
  const map = L.map(container, {
    zoomControl: true,
    minZoom: 2,
    maxZoom: 16,
    worldCopyJump: false,
    attributionControl: true,
    keyboardPanDelta: 120,
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    wheelPxPerZoomLevel: 90,
  });
  // On a phone the popup spans the width: keep the zoom buttons out of its way.
  if (window.matchMedia("(max-width: 760px)").matches) map.zoomControl.setPosition("bottomright");
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(t("attribution.leaflet"));
  map.createPane("basemap").style.zIndex = 250;
  map.createPane("labels").style.zIndex = 300;
  map.createPane("lines").style.zIndex = 410;
  map.createPane("points").style.zIndex = 420;
  map.getPane("labels").style.pointerEvents = "none";
  map.fitBounds(HOME_BOUNDS);
  return map;
}

/** Load the world-atlas countries and draw them (canvas) under the data. */
export async function loadBasemap(map) {
  const response = await fetch(WORLD_ATLAS);
  if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
  const topo = await response.json();
  const all = topojson.feature(topo, topo.objects.countries);
  // Only the Old World (where the layers, cables included, are): fewer shapes to build and draw.
  const countries = { type: "FeatureCollection", features: all.features.filter((f) => intersects(f.geometry, REGION)) };
  const renderer = L.canvas({ pane: "basemap", padding: 0.2 });
  const outline = L.geoJSON(countries, {
    pane: "basemap",
    renderer,
    interactive: false,
    attribution: t("attribution.basemap"),
    style: (f) =>
      String(f.id) === PAKISTAN_ID
        ? { fillColor: "#f7f3e8", fillOpacity: 1, color: "#6b6455", weight: 1.4 }
        : { fillColor: "#e6e3da", fillOpacity: 1, color: "#a39e91", weight: 0.7 },
  });
  const labels = L.layerGroup(
    LABELS.map(([text, lat, lon, className]) =>
      L.marker([lat, lon], {
        pane: "labels",
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className, html: el("span", { "aria-hidden": "true" }, text), iconSize: null }),
      }),
    ),
  );
  const cities = L.layerGroup(
    CITIES.map(([text, lat, lon, tier]) =>
      L.marker([lat, lon], {
        pane: "labels",
        interactive: false,
        keyboard: false,
        // names for the eye only: screen readers get the features, not the basemap
        icon: L.divIcon({ className: `city-label city-label--t${tier}`, html: el("span", { "aria-hidden": "true" }, text), iconSize: null }),
      }),
    ),
  );
  // Towns appear as the reader zooms in (CSS shows a tier once the map has its class).
  const tiers = () => {
    const z = map.getZoom();
    map.getContainer().classList.toggle("show-towns-1", z >= 5.5);
    map.getContainer().classList.toggle("show-towns-2", z >= 7);
  };
  map.on("zoomend", tiers);
  tiers();
  return { outline, labels, cities };
}

/** The online OpenStreetMap layer (added only when the reader picks it). */
export function osmLayer() {
  return L.tileLayer(OSM_URL, {
    maxZoom: 19,
    attribution: t("attribution.osm"),
  });
}

function colorOf(layer, props) {
  const cat = layer.categories && layer.categories[props.category];
  return (cat && cat.color) || (layer.style && layer.style.color) || "#333";
}

// How each precision is drawn: the catalogue's `precision_styles` (layers.yaml),
// shared with the folium export. Set once the catalogue has loaded.
let precisionStyles = {};
export function setPrecisionStyles(styles) {
  precisionStyles = styles || {};
}

/** A length in pixels for an SVG attribute: 3 × 1.6 is "4.8", not "4.800000000000001". */
const px = (x) => Math.round(x * 100) / 100;

// How a status is drawn (the status now, or in the year chosen on the slider): colour
// strength, weight and grey for what stopped; the precision keeps the dashes and rings.
// [group, statuses, legend message key (web/i18n), look]; the panel's legend is drawn from this list.
export const STATUS_LOOKS = [
  ["operating", ["operational"], "look.operating", {}],
  ["building", ["under-construction"], "look.building", { opacity: 0.5, fill: 0.4, ring: true }],
  ["planned", ["planned", "proposed", "claimed-unverified"], "look.planned", { opacity: 0.35, weight: 0.6, fill: 0.12, ring: true, shrink: 1 }],
  ["halted", ["stalled", "suspended"], "look.halted", { color: "#5c5750", opacity: 0.9, dotted: true }],
  ["retired", ["decommissioned", "cancelled"], "look.retired", { color: "#9a9a9a", opacity: 0.85, weight: 0.6 }],
];

/** The look of a status: {group, opacity?, weight?, fill?, ring?, shrink?, color?, dotted?}. */
export function statusLook(status) {
  const found = STATUS_LOOKS.find(([, statuses]) => statuses.includes(status)) || STATUS_LOOKS[0];
  return { group: found[0], ...found[3] };
}

/**
 * Leaflet path options for a feature, from the catalogue style, its precision and the
 * status it is shown with (default: its status now).
 */
export function featureStyle(layer, props, selected = false, status = props.status) {
  const look = statusLook(status);
  const color = look.color || colorOf(layer, props);
  const style = layer.style || {};
  const prec = precisionStyles[props.precision] || {};
  if (layer.geometry === "Point") {
    const radius = (style.radius || 7) - (look.shrink || 0) + (selected ? 3 : 0);
    const p = prec.point || {};
    const outline = look.ring || p.outline === "category" ? color : p.outline || "#fff";
    return {
      radius,
      color: selected ? "#111" : outline,
      weight: selected ? 3 : Math.max(p.weight || 1.5, look.ring ? 2 : 0),
      opacity: look.opacity ? Math.min(1, Math.max(0.6, look.opacity + 0.3)) : 1,
      fillColor: color,
      fillOpacity: Math.min(p.fill_opacity ?? 0.92, look.fill ?? 1),
      dashArray: p.dash || null,
    };
  }
  const weight = px((style.weight || 3) * (look.weight || 1) + (selected ? 3 : 0));
  const dash = look.dotted ? [0.01, 2] : (prec.line || {}).dash;
  return {
    color: selected ? "#111" : color,
    weight,
    opacity: selected ? 0.95 : look.opacity || 0.95,
    dashArray: dash ? `${px(weight * dash[0])} ${px(weight * dash[1])}` : null,
    lineCap: dash && !look.dotted ? "butt" : "round",
  };
}

/** Tag a feature's shapes with the status it is drawn with (class `cpec-status-<status>`). */
export function markStatus(visual, status) {
  const tag = `cpec-status-${String(status).replace(/[^a-z0-9-]/gi, "_")}`;
  visual.eachLayer((l) => {
    const base = (l.options.className || "").replace(/\s*cpec-status-\S+/g, "");
    l.options.className = `${base} ${tag}`;  // for when Leaflet re-creates the element
    const node = l.getElement && l.getElement();
    if (node) node.setAttribute("class", `${(node.getAttribute("class") || "").replace(/\s*cpec-status-\S+/g, "")} ${tag}`);
  });
}

/**
 * Build the Leaflet layers of one feature: `visual` (restyled on selection)
 * and `group`, which also holds an invisible wide twin of a line to take
 * clicks and taps on thin lines.
 */
export function featureLayer(layer, feature) {
  const props = feature.properties;
  const isPoint = layer.geometry === "Point";
  const pane = isPoint ? "points" : "lines";
  // A class per feature id lets tests and user styles find it; ids are slugs, but be safe.
  const idClass = `cpec-id-${String(props.id).replace(/[^a-z0-9-]/gi, "_")}`;
  const className = `cpec-feature cpec-${isPoint ? "point" : "line"} cpec-${props.precision || "exact"} ${idClass} cpec-status-${String(props.status).replace(/[^a-z0-9-]/gi, "_")}`;
  const visual = L.geoJSON(feature, {
    pane,
    className,
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { pane, className }),
    style: () => featureStyle(layer, props),
  });
  const group = L.featureGroup([visual]);
  if (!isPoint) {
    group.addLayer(L.geoJSON(feature, { pane, className: "cpec-hit", style: () => ({ weight: 16, opacity: 0 }) }));
  }
  return { group, visual };
}
