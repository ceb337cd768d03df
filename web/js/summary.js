// Per-domain totals of what is visible: counts, MW by category, km by category.
// With a year chosen, only what was operating in that year is counted.

import { el, clear } from "./dom.js";
import { num, isNum, lengthKm } from "./format.js";
import { operatingIn } from "./state.js";
import { t, tn } from "./i18n.js";

function layerSummary(layer, features, year) {
  const isLine = layer.geometry !== "Point";
  const byCat = new Map();
  let mw = 0;
  let km = 0;
  let mwOp = 0;
  let kmOp = 0;
  for (const f of features) {
    const p = f.properties;
    const c = byCat.get(p.category) || { n: 0, mw: 0, km: 0, mwOp: 0, kmOp: 0 };
    const operating = year !== null || p.status === "operational"; // with a year, all counted ones operated
    c.n += 1;
    if (isNum(p.capacity_mw)) {
      c.mw += p.capacity_mw; mw += p.capacity_mw;
      if (operating) { c.mwOp += p.capacity_mw; mwOp += p.capacity_mw; }
    }
    const len = isLine ? lengthKm(p) : null;
    if (isNum(len)) {
      c.km += len; km += len;
      if (operating) { c.kmOp += len; kmOp += len; }
    }
    byCat.set(p.category, c);
  }
  // Planned and claimed features are not added to what exists: say how much operates.
  const part = (all, op, unit) => (all === op ? t("summary.amount", { value: num(all), unit }) : t("summary.amount_operating", { value: num(all), operating: num(op), unit }));
  const measure = (o) =>
    [isLine && o.km ? part(o.km, o.kmOp, t("unit.km")) : null, o.mw ? part(o.mw, o.mwOp, t("unit.mw")) : null].filter(Boolean).join(", ");
  const catLabel = (id) => (layer.categories && layer.categories[id] && layer.categories[id].label) || id;
  const total = measure({ km, mw, kmOp, mwOp });
  const cats = [...byCat.entries()].sort((a, b) => b[1].mw - a[1].mw || b[1].km - a[1].km || b[1].n - a[1].n);
  return el(
    "li",
    { "data-layer": layer.id },
    el("span", { class: "sum-layer" }, layer.title),
    ": ",
    el("strong", {}, `${features.length}`),
    year === null ? null : ` ${t("summary.layer_operating_in", { year })}`,
    total ? ` · ${total}` : null,
    cats.length > 1 || (cats.length === 1 && byCat.size && total)
      ? el("ul", { class: "sum-cats" }, cats.map(([id, c]) => el("li", {}, `${catLabel(id)}: ${c.n}${measure(c) ? ` · ${measure(c)}` : ""}`)))
      : null,
  );
}

/**
 * Render the summary of visible features.
 *
 * @param {Map<string, object[]>} visibleByLayer layer id → visible features
 * @param {number|null} year the year chosen on the slider: count only what operated then
 */
export function renderSummary(container, catalog, visibleByLayer, year = null) {
  clear(container);
  let any = false;
  let others = 0;
  const counted = new Map();
  for (const [id, features] of visibleByLayer) {
    const operating = year === null ? features : features.filter((f) => operatingIn(f.properties, year));
    others += features.length - operating.length;
    counted.set(id, operating);
  }
  if (year !== null) {
    container.append(el("p", { class: "help" }, t("summary.counted_in", { year })));
  }
  for (const [domainId, domain] of Object.entries(catalog.domains)) {
    const items = catalog.layers
      .filter((l) => l.domain === domainId && (counted.get(l.id) || []).length)
      .map((l) => layerSummary(l, counted.get(l.id), year));
    if (!items.length) continue;
    any = true;
    container.append(el("h3", {}, domain.title || domainId), el("ul", { class: "summary-list" }, items));
  }
  if (!any && year !== null) container.append(el("p", {}, t("summary.nothing_in", { year })));
  else if (!any) container.append(el("p", {}, t("summary.nothing")));
  if (year !== null && others) container.append(el("p", { class: "help sum-others" }, tn("summary.others", others, { year })));
  if (any) container.append(el("p", { class: "help" }, t("summary.lengths")));
}
