// Labels and number formatting shared by the panel, popups, table and summary.

export const STATUSES = [
  ["operational", "Operational"],
  ["under-construction", "Under construction"],
  ["planned", "Planned"],
  ["proposed", "Proposed"],
  ["stalled", "Stalled"],
  ["suspended", "Suspended (out of service)"],
  ["decommissioned", "Decommissioned"],
  ["cancelled", "Cancelled"],
  ["claimed-unverified", "Claimed, unverified"],
];

/** The phase filter's value for features whose phase is empty (no year, or before 2001). */
export const NO_PHASE = "unphased";

export const PHASES = [
  ["I", "Phase I (2001–2015)"],
  ["II", "Phase II (2015–2020)"],
  ["III", "Phase III (2020–2024)"],
  ["IV", "Phase IV (2024–)"],
  [NO_PHASE, "No phase (no year, or before 2001)"],
];

/** The phase rule (schema.yaml `rules.phase`), when the catalogue does not carry it. */
export let PHASE_RULE =
  "The phase is the brief's period containing the first operation year; else the year construction started; " +
  "else the agreement year; a boundary year belongs to the later period.";

// Milestone events and link relations: the catalogue's labels replace these.
const eventLabels = {
  proposed: "Proposed", agreed: "Agreed", construction: "Construction started", stalled: "Works stalled",
  resumed: "Works resumed", operation: "In operation", suspended: "Out of service", restored: "Back in service",
  decommissioned: "Decommissioned", cancelled: "Cancelled",
};

// Language tags allowed in `names` (schema.yaml `languages`).
const LANGUAGES = {
  en: "English", ur: "Urdu", zh: "Chinese", pa: "Punjabi", sd: "Sindhi", ps: "Pashto",
  bal: "Balochi", ar: "Arabic", fa: "Persian", fr: "French",
};
export const languageLabel = (tag) => LANGUAGES[String(tag).split("-")[0]] || tag;

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
export function setLabels(labels, rules) {
  if (rules && typeof rules.phase === "string" && rules.phase) PHASE_RULE = rules.phase;
  if (labels && labels.event) Object.assign(eventLabels, labels.event);
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
export const phaseLabel = (p) => phaseLabels[p] || (p ? `Phase ${p}` : "No phase");
export const eventLabel = (e) => eventLabels[e] || e || "—";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024" → "2024", "2024-12" → "Dec 2024", "2025-02-22" → "22 Feb 2025". */
export function dateLabel(date) {
  const [y, m, d] = String(date ?? "").split("-");
  if (!m || !MONTHS[Number(m) - 1]) return y || "";
  return d ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : `${MONTHS[Number(m) - 1]} ${y}`;
}

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
