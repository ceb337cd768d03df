// The table of visible features: the non-visual alternative to the map.

import { el, clear } from "./dom.js";
import { num, isNum, statusLabel, lengthKm } from "./format.js";
import { startYear } from "./state.js";

/**
 * Render the table.
 *
 * @param {{layer: object, feature: object}[]} rows visible features in layer order
 * @param {(id: string) => void} onSelect called when a name is activated
 */
export function renderTable(container, rows, onSelect) {
  clear(container);
  const body = el(
    "tbody",
    {},
    rows.map(({ layer, feature }) => {
      const p = feature.properties;
      const cat = (layer.categories && layer.categories[p.category]) || {};
      const len = layer.geometry !== "Point" ? lengthKm(p) : null;
      return el(
        "tr",
        {},
        el("th", { scope: "row" }, el("button", { type: "button", class: "link", onclick: () => onSelect(p.id) }, p.name)),
        el("td", {}, layer.title),
        el("td", {}, cat.label || p.category || ""),
        el("td", {}, statusLabel(p.status)),
        el("td", {}, p.phase || ""),
        el("td", { class: "num" }, startYear(p) ?? ""),
        el("td", { class: "num" }, isNum(p.capacity_mw) ? num(p.capacity_mw) : ""),
        el("td", { class: "num" }, isNum(len) ? num(len) : ""),
        el("td", {}, p.precision || ""),
      );
    }),
  );
  container.append(
    el(
      "table",
      { class: "features" },
      el("caption", {}, `${rows.length} visible feature${rows.length === 1 ? "" : "s"}`),
      el(
        "thead",
        {},
        el("tr", {}, ["Name", "Layer", "Category", "Status", "Phase", "From", "MW", "km", "Precision"].map((h) => el("th", { scope: "col" }, h))),
      ),
      body,
    ),
  );
}
