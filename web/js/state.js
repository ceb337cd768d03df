// The page state and its URL-hash form (the permalink).
//
//   #m=<zoom>/<lat>/<lon>&l=<layer,…>&s=<status,…>&p=<phase,…>&y=<year>&f=<feature-id>&b=osm
//
// A missing `l`, `s` or `p` means "all"; `none` means an empty set. A
// missing `y` means the year filter is off; a missing `m` means the default view.

import { STATUSES, PHASES } from "./format.js";

export const CURRENT_YEAR = new Date().getFullYear();
export const FIRST_YEAR = 2001;
const ALL_STATUSES = STATUSES.map(([k]) => k);
const ALL_PHASES = PHASES.map(([k]) => k);

/** A fresh default state for the given layer ids. */
export function defaultState(layerIds) {
  return {
    view: null, // {zoom, lat, lon}
    layers: new Set(layerIds),
    statuses: new Set(ALL_STATUSES),
    phases: new Set(ALL_PHASES),
    year: null, // null = no year filter
    selected: null,
    basemap: "outline",
  };
}

function encodeSet(set, all) {
  if (all.every((x) => set.has(x)) && set.size === all.length) return null;
  if (set.size === 0) return "none";
  return all.filter((x) => set.has(x)).map(encodeURIComponent).join(",");
}

function decodeSet(value, all) {
  if (value === null) return new Set(all);
  if (value === "none" || value === "") return new Set();
  return new Set(value.split(",").map(decodeURIComponent).filter((x) => all.includes(x)));
}

/** State → hash string (without "#"). */
export function toHash(state, layerIds) {
  const parts = [];
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`m=${+zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  const pairs = [
    ["l", encodeSet(state.layers, layerIds)],
    ["s", encodeSet(state.statuses, ALL_STATUSES)],
    ["p", encodeSet(state.phases, ALL_PHASES)],
    ["y", state.year === null ? null : String(state.year)],
    ["f", state.selected ? encodeURIComponent(state.selected) : null],
    ["b", state.basemap === "outline" ? null : state.basemap],
  ];
  for (const [k, v] of pairs) if (v !== null) parts.push(`${k}=${v}`);
  return parts.join("&");
}

/** Hash string (with or without "#") → state; unknown or bad values fall back to defaults. */
export function fromHash(hash, layerIds) {
  const state = defaultState(layerIds);
  const params = new Map();
  for (const part of hash.replace(/^#/, "").split("&")) {
    if (!part) continue;
    const i = part.indexOf("=");
    if (i > 0) params.set(part.slice(0, i), part.slice(i + 1));
  }
  const m = params.get("m");
  if (m) {
    const [zoom, lat, lon] = m.split("/").map(Number);
    if ([zoom, lat, lon].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 360) {
      state.view = { zoom: Math.max(1, Math.min(18, zoom)), lat, lon };
    }
  }
  state.layers = decodeSet(params.has("l") ? params.get("l") : null, layerIds);
  state.statuses = decodeSet(params.has("s") ? params.get("s") : null, ALL_STATUSES);
  state.phases = decodeSet(params.has("p") ? params.get("p") : null, ALL_PHASES);
  const y = Number(params.get("y"));
  if (params.has("y") && Number.isInteger(y)) state.year = Math.max(FIRST_YEAR, Math.min(CURRENT_YEAR, y));
  if (params.get("f")) state.selected = decodeURIComponent(params.get("f"));
  if (params.get("b") === "osm") state.basemap = "osm";
  return state;
}

/**
 * The year a feature starts to count: the earliest of its construction,
 * operation and agreement years, or null when it has none.
 */
export function startYear(props) {
  const years = [props.year_construction, props.year_operation, props.year_agreement].filter(
    (y) => Number.isInteger(y),
  );
  return years.length ? Math.min(...years) : null;
}

/**
 * Does a feature pass the filters (its layer being on is checked elsewhere)?
 *
 * Year rule (docs/web.md): with a year Y chosen, a feature is shown if it
 * is not cancelled and its start year ≤ Y. Features with no year at all are
 * shown only when Y is the current year: their timing is unknown, so they
 * are never placed in the past.
 */
export function passesFilters(props, state) {
  if (!state.statuses.has(props.status)) return false;
  if (!state.phases.has(props.phase)) return false;
  if (state.year !== null) {
    if (props.status === "cancelled") return false;
    const start = startYear(props);
    if (start === null) return state.year >= CURRENT_YEAR;
    if (start > state.year) return false;
  }
  return true;
}
