// The page state and its URL-hash form (the permalink).
//
//   #m=<zoom>/<lat>/<lon>&l=<layer,…>&s=<status,…>&p=<phase,…>&y=<year>&f=<feature-id>&b=osm
//
// A missing `l`, `s` or `p` means "all"; `none` means an empty set. A
// missing `y` means the year filter is off; a missing `m` means the default view.

import { STATUSES, PHASES, NO_PHASE } from "./format.js";

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
 * The status in `year` from a `status_history` ([[year, status], ...], ascending): that of
 * the last entry on or before the year, or null before the first (it did not exist yet).
 * The twin of `status_at` in src/cpecmap/timeline.py.
 */
export function statusAt(history, year) {
  let current = null;
  for (const [start, status] of history || []) {
    if (start > year) break;
    current = status;
  }
  return current;
}

/**
 * The status a feature is shown with: its status now when no year is chosen; else its
 * status in that year. A feature with no dated milestone (empty history) has only its
 * status now, which holds for the present year and for no past one.
 */
export function statusIn(props, year) {
  if (year === null || year === undefined) return props.status;
  const history = props.status_history || [];
  if (!history.length) return year >= CURRENT_YEAR ? props.status : null;
  return statusAt(history, year);
}

/** schema.yaml `rules.operating`: a feature was operating in Y when its status in Y was operational. */
export const operatingIn = (props, year) => statusIn(props, year) === "operational";

/** The phase filter's value for a feature (NO_PHASE when its phase is empty). */
export const phaseKey = (props) => props.phase || NO_PHASE;

/**
 * Does a feature pass the filters (its layer being on is checked elsewhere)?
 *
 * Year rule (docs/web.md): with a year Y chosen, a feature is shown when it had a status
 * in Y, and the status checkboxes apply to that status; without a year, to its status now.
 */
export function passesFilters(props, state) {
  const status = statusIn(props, state.year);
  if (status === null || !state.statuses.has(status)) return false;
  return state.phases.has(phaseKey(props));
}
