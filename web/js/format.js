// Labels and number formatting shared by the panel, popups, table and summary.


import { t, hasMessage, translated } from "./i18n.js";

// The ids in display order; their words come from the message catalogue (web/i18n),
// then from the data catalogue's `labels` (layers.yaml), in setLabels().
export const STATUSES = [
  "operational", "under-construction", "planned", "proposed", "stalled", "suspended",
  "decommissioned", "cancelled", "claimed-unverified",
].map((id) => [id, id]);

/** The phase filter's value for features whose phase is empty (no year, or before 2001). */
export const NO_PHASE = "unphased";

export const PHASES = ["I", "II", "III", "IV", NO_PHASE].map((id) => [id, id]);

/** The phase rule (schema.yaml `rules.phase`); the message catalogue's until setLabels. */
export let PHASE_RULE = "";

// Milestone events: the message catalogue's words, replaced by the data catalogue's labels.
const eventLabels = {};

/** A word from the message catalogue by prefix and code, or null when it has none. */
const word = (prefix, code) => (hasMessage(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : null);

// Language tags allowed in `names` (schema.yaml `languages`): their names are `language.<tag>`.
export const languageLabel = (tag) => word("language", String(tag).split("-")[0]) || tag;

/** What a precision means for a point or for a line. */
export function precisionLabel(precision, isLine) {
  return (isLine && word("precision.line", precision)) || word("precision", precision) || precision || "—";
}

/** A code's word: the chosen language's message, else the data catalogue's, else English. */
function label(prefix, id, words) {
  const key = `${prefix}.${id}`;
  return (translated(key) && t(key)) || (words && words[id]) || word(prefix, id) || id;
}

const statusLabels = {};
const phaseLabels = {};

/**
 * Take the reader-facing words: first the message catalogue (after loadMessages), then
 * the data catalogue (layers.yaml `labels`, the same ones the folium export uses) where it
 * has a word; the lists above keep the order.
 */
export function setLabels(labels, rules) {
  PHASE_RULE = (!translated("phase.rule") && rules && typeof rules.phase === "string" && rules.phase) || t("phase.rule");
  const sets = [
    [statusLabels, STATUSES, (id) => label("status", id, labels && labels.status)],
    [phaseLabels, PHASES, (id) => label("phase", id, labels && labels.phase)],
  ];
  for (const [map, list, labelOf] of sets) {
    for (const entry of list) {
      map[entry[0]] = labelOf(entry[0]);
      entry[1] = map[entry[0]];
    }
  }
  Object.assign(eventLabels, labels && labels.event);
}

export const statusLabel = (s) => statusLabels[s] || s || "—";
export const phaseLabel = (p) => phaseLabels[p] || word("phase", p || NO_PHASE) || t("phase.other", { phase: p });
export const eventLabel = (e) => (translated(`event.${e}`) && t(`event.${e}`)) || eventLabels[e] || word("event", e) || e || "—";


/** "2024" → "2024", "2024-12" → "Dec 2024", "2025-02-22" → "22 Feb 2025". */
export function dateLabel(date) {
  const [y, m, d] = String(date ?? "").split("-");
  const month = m && word("month", Number(m));
  if (!month) return y || "";
  return d ? t("date.day", { day: Number(d), month, year: y }) : t("date.month", { month, year: y });
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
