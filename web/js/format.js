// Labels and number formatting shared by the panel, popups, table and summary.

export const STATUSES = [
  ["operational", "Operational"],
  ["under-construction", "Under construction"],
  ["planned", "Planned"],
  ["proposed", "Proposed"],
  ["cancelled", "Cancelled"],
  ["claimed-unverified", "Claimed, unverified"],
];

export const PHASES = [
  ["I", "Phase I (2001–2015)"],
  ["II", "Phase II (2015–2020)"],
  ["III", "Phase III (2020–2024)"],
  ["IV", "Phase IV (2024–)"],
];

export const PRECISIONS = {
  exact: "Exact — the asset itself, within 1 km",
  approximate: "Approximate — within a few km (locality reference)",
  schematic: "Schematic — drawn through sourced waypoints",
};

/** What a precision means for a point or for a line. */
export function precisionLabel(precision, isLine) {
  if (isLine && precision === "exact") return "Exact — surveyed or mapped centre-line";
  if (isLine && precision === "approximate") return "Approximate — follows the corridor within a few km";
  return PRECISIONS[precision] || precision || "—";
}

const statusLabels = Object.fromEntries(STATUSES);
const phaseLabels = Object.fromEntries(PHASES);

/**
 * Take the reader-facing words from the catalogue (layers.yaml `labels`), the same
 * ones the folium export uses; the lists above keep the order and are the fallback.
 */
export function setLabels(labels) {
  const sets = [[statusLabels, STATUSES, labels && labels.status], [phaseLabels, PHASES, labels && labels.phase]];
  for (const [map, list, words] of sets) {
    if (!words) continue;
    for (const entry of list) {
      if (words[entry[0]]) {
        map[entry[0]] = words[entry[0]];
        entry[1] = words[entry[0]];
      }
    }
  }
}

export const statusLabel = (s) => statusLabels[s] || s || "—";
export const phaseLabel = (p) => phaseLabels[p] || (p ? `Phase ${p}` : "—");

const nf0 = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const nf1 = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** 1234.56 → "1,235"; small numbers keep one decimal. */
export function num(value) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return "—";
  const n = Number(value);
  return Math.abs(n) >= 100 ? nf0.format(n) : nf1.format(n);
}

export const isNum = (v) => typeof v === "number" && Number.isFinite(v);

/** The length a summary counts: stated where published, else computed from the geometry. */
export function lengthKm(props) {
  if (isNum(props.length_km_stated)) return props.length_km_stated;
  if (isNum(props.length_km_computed)) return props.length_km_computed;
  return null;
}

/** Normalise text for search: lower case, no diacritics, dashes as spaces. */
export function fold(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‐‑‒–—―\-_/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
