// The table of visible features: the non-visual alternative to the map.

import { el, clear } from "./dom.js";
import { num, isNum, statusLabel, lengthKm, PHASE_RULE } from "./format.js";
import { statusIn } from "./state.js";
import { t, tn } from "./i18n.js";

/** "III (first operation 2022)", "none (first operation 1999, before …)", or "". */
function phaseText(p) {
  if (!p.phase && !p.phase_basis) return "—";
  return p.phase_basis ? t("table.phase_basis", { phase: p.phase || t("table.phase_none"), basis: p.phase_basis }) : p.phase;
}

/**
 * Render the table.
 *
 * @param {{layer: object, feature: object}[]} rows visible features in layer order
 * @param {number|null} year the year chosen on the slider (the Status column is its status then)
 * @param {(id: string) => void} onSelect called when a name is activated
 */
export function renderTable(container, rows, year, onSelect) {
  clear(container);
  const body = el(
    "tbody",
    {},
    rows.map(({ layer, feature }) => {
      const p = feature.properties;
      const cat = (layer.categories && layer.categories[p.category]) || {};
      const len = layer.geometry !== "Point" ? lengthKm(p) : null;
      const first = Array.isArray(p.status_history) && p.status_history.length ? p.status_history[0][0] : "";
      return el(
        "tr",
        {},
        el("th", { scope: "row" }, el("button", { type: "button", class: "link", onclick: () => onSelect(p.id) }, p.name)),
        el("td", {}, layer.title),
        el("td", {}, cat.label || p.category || ""),
        el("td", {}, statusLabel(statusIn(p, year))),
        el("td", {}, phaseText(p)),
        el("td", { class: "num" }, first),
        el("td", { class: "num" }, isNum(p.capacity_mw) ? num(p.capacity_mw) : ""),
        el("td", { class: "num" }, isNum(len) ? num(len) : ""),
        el("td", {}, p.precision || ""),
      );
    }),
  );
  const status = year === null ? t("table.col.status") : t("table.col.status_in", { year });
  container.append(
    el("p", { class: "help table-note" }, t("table.note", { rule: PHASE_RULE })),
    el(
      "table",
      { class: "features" },
      el("caption", {}, year === null ? tn("table.caption", rows.length) : tn("table.caption_in", rows.length, { year })),
      el(
        "thead",
        {},
        el("tr", {}, [t("table.col.name"), t("table.col.layer"), t("table.col.category"), status, t("table.col.phase"), t("table.col.from"), t("unit.mw"), t("unit.km"), t("table.col.precision")].map((h) => el("th", { scope: "col" }, h))),
      ),
      body,
    ),
  );
}
