// The side panel: layers grouped by domain (switches, counts, legend,
// downloads), filters (status, phase, year) and the basemap switcher.

import { el, clear, swatch } from "./dom.js";
import { STATUSES, PHASES, PHASE_RULE } from "./format.js";
import { statusLook } from "./mapview.js";
import { FIRST_YEAR, CURRENT_YEAR } from "./state.js";
import { t } from "./i18n.js";

const FORMAT_LABELS = { geojson: "GeoJSON", gpkg: "GeoPackage", csv: "CSV", kml: "KML", fgb: "FlatGeobuf", shp: "Shapefile" };
const fmtLabel = (f) => FORMAT_LABELS[f] || f.toUpperCase();

function downloadList(downloads, what) {
  return el(
    "ul",
    { class: "downloads" },
    Object.entries(downloads || {}).map(([fmt, href]) =>
      el("li", {}, el("a", { href, download: "", "aria-label": t("downloads.as", { what, format: fmtLabel(fmt) }) }, fmtLabel(fmt))),
    ),
  );
}

function legend(layer) {
  const kind = layer.geometry === "Point" ? "point" : "line";
  return el(
    "ul",
    { class: "legend", "aria-label": t("panel.categories", { layer: layer.title }) },
    Object.entries(layer.categories || {}).map(([, c]) => el("li", {}, swatch(kind, c.color), c.label)),
  );
}

/**
 * Build the layer groups into `container`.
 *
 * @returns {{sync(state, counts): void}} updates switches and counts
 */
export function buildLayerPanel(container, catalog, { onLayers }) {
  clear(container);
  const layerInputs = new Map();
  const countEls = new Map();
  const domainInputs = new Map();
  for (const [domainId, domain] of Object.entries(catalog.domains)) {
    const layers = catalog.layers.filter((l) => l.domain === domainId);
    if (!layers.length) continue;
    const domainInput = el("input", { type: "checkbox", id: `domain-${domainId}`, class: "domain-switch" });
    domainInput.addEventListener("change", () => onLayers(layers.map((l) => l.id), domainInput.checked));
    domainInputs.set(domainId, { input: domainInput, layers });
    const items = layers.map((layer) => {
      const input = el("input", { type: "checkbox", id: `layer-${layer.id}`, class: "layer-switch", "data-layer": layer.id });
      input.addEventListener("change", () => onLayers([layer.id], input.checked));
      layerInputs.set(layer.id, input);
      const count = el("span", { class: "count", "aria-live": "off" }, String(layer.count ?? ""));
      countEls.set(layer.id, count);
      const cats = Object.values(layer.categories || {});
      const first = cats[0] ? cats[0].color : layer.style && layer.style.color;
      return el(
        "li",
        { class: "layer" },
        el("div", { class: "layer-row" }, input, el("label", { for: input.id }, swatch(layer.geometry === "Point" ? "point" : "line", first || "#333"), el("span", { class: "layer-title" }, layer.title), count)),
        cats.length > 1 ? legend(layer) : null,
        el(
          "details",
          { class: "layer-more" },
          el("summary", {}, t("panel.about"), el("span", { class: "visually-hidden" }, `: ${layer.title}`)),
          layer.description ? el("p", {}, layer.description) : null,
          el("p", { class: "licence" }, el("strong", {}, t("panel.licence")), layer.licence || "—"),
          layer.attribution ? el("p", { class: "attribution" }, layer.attribution) : null,
          el("p", { class: "dl-title" }, t("panel.download_layer")),
          downloadList(layer.links && layer.links.downloads, layer.title),
        ),
      );
    });
    container.append(
      el(
        "fieldset",
        { class: `domain domain-${domainId}`, "data-domain": domainId },
        el("legend", {}, domainInput, el("label", { for: domainInput.id }, domain.title || domainId)),
        domain.description ? el("p", { class: "domain-desc" }, domain.description) : null,
        el("ul", { class: "layers" }, items),
      ),
    );
  }
  return {
    sync(state, counts) {
      for (const [id, input] of layerInputs) input.checked = state.layers.has(id);
      for (const [id, count] of countEls) {
        const layer = catalog.layers.find((l) => l.id === id);
        const total = layer.count ?? (counts[id] ? counts[id].total : 0);
        const shown = counts[id] ? counts[id].shown : 0;
        count.textContent = state.layers.has(id) && shown !== total ? t("panel.count", { shown, total }) : String(total);
        count.title = t("panel.count_title", { shown, total });
      }
      for (const { input, layers } of domainInputs.values()) {
        const on = layers.filter((l) => state.layers.has(l.id)).length;
        input.checked = on === layers.length;
        input.indeterminate = on > 0 && on < layers.length;
      }
    },
  };
}

/** The all-layer downloads. */
export function buildAllDownloads(container, catalog) {
  clear(container);
  container.append(downloadList(catalog.downloads, t("downloads.all")));
}

function checkboxGroup(name, options, onChange, decorate = () => null) {
  const inputs = new Map();
  const list = el(
    "ul",
    { class: "checks" },
    options.map(([value, label]) => {
      const input = el("input", { type: "checkbox", id: `${name}-${value}`, name, value });
      input.addEventListener("change", onChange);
      inputs.set(value, input);
      return el("li", {}, input, el("label", { for: input.id }, decorate(value), label));
    }),
  );
  return { list, inputs };
}

/**
 * Build the status/phase/year filters into `container`.
 *
 * @returns {{sync(state): void}}
 */
export function buildFilters(container, { onChange }) {
  clear(container);
  const read = () => ({
    statuses: new Set([...status.inputs].filter(([, i]) => i.checked).map(([v]) => v)),
    phases: new Set([...phase.inputs].filter(([, i]) => i.checked).map(([v]) => v)),
    year: yearOn.checked ? Number(yearInput.value) : null,
  });
  const fire = () => {
    yearInput.disabled = !yearOn.checked;
    onChange(read());
  };
  // each status shows how the map draws it
  const status = checkboxGroup("status", STATUSES, fire, (s) => swatch("line", "#1f6fb2", "exact", statusLook(s)));
  const phase = checkboxGroup("phase", PHASES, fire);
  const yearOn = el("input", { type: "checkbox", id: "year-on" });
  const yearInput = el("input", {
    type: "range", id: "year", min: FIRST_YEAR, max: CURRENT_YEAR, step: 1, value: CURRENT_YEAR,
    "aria-describedby": "year-help",
  });
  const yearOut = el("output", { for: "year", id: "year-value" }, String(CURRENT_YEAR));
  yearOn.addEventListener("change", fire);
  yearInput.addEventListener("input", () => {
    yearOut.textContent = yearInput.value;
    fire();
  });
  const allNone = (group) =>
    el(
      "span",
      { class: "all-none" },
      el("button", { type: "button", class: "link", onclick: () => { group.inputs.forEach((i) => (i.checked = true)); fire(); } }, t("filter.all")),
      " · ",
      el("button", { type: "button", class: "link", onclick: () => { group.inputs.forEach((i) => (i.checked = false)); fire(); } }, t("filter.none")),
    );
  container.append(
    el(
      "fieldset",
      { class: "filter" },
      el("legend", {}, `${t("filter.status")} `, allNone(status)),
      status.list,
      el("p", { class: "help" }, t("filter.status_help")),
    ),
    el(
      "fieldset",
      { class: "filter" },
      el("legend", {}, `${t("filter.phase")} `, allNone(phase)),
      phase.list,
      el("p", { class: "help" }, PHASE_RULE, " ", t("filter.phase_help")),
    ),
    el(
      "fieldset",
      { class: "filter filter-year" },
      el("legend", {}, t("filter.year")),
      el("div", { class: "layer-row" }, yearOn, el("label", { for: "year-on" }, t("filter.year_on"))),
      el("div", { class: "year-row" }, el("label", { for: "year", class: "visually-hidden" }, t("filter.year")), yearInput, yearOut),
      el(
        "p",
        { id: "year-help", class: "help" },
        t("filter.year_help", { year: CURRENT_YEAR }),
      ),
    ),
  );
  return {
    sync(state) {
      for (const [v, i] of status.inputs) i.checked = state.statuses.has(v);
      for (const [v, i] of phase.inputs) i.checked = state.phases.has(v);
      yearOn.checked = state.year !== null;
      yearInput.disabled = state.year === null;
      yearInput.value = String(state.year ?? CURRENT_YEAR);
      yearOut.textContent = yearInput.value;
    },
  };
}

/** The basemap radio group. */
export function buildBasemapSwitch(container, { onChange }) {
  clear(container);
  const radios = new Map();
  const opts = [
    ["outline", t("basemap.outline")],
    ["osm", t("basemap.osm")],
  ];
  container.append(
    el(
      "fieldset",
      { class: "filter" },
      el("legend", {}, t("basemap.title")),
      el(
        "ul",
        { class: "checks" },
        opts.map(([value, label]) => {
          const r = el("input", { type: "radio", name: "basemap", id: `basemap-${value}`, value });
          r.addEventListener("change", () => r.checked && onChange(value));
          radios.set(value, r);
          return el("li", {}, r, el("label", { for: r.id }, label));
        }),
      ),
      el("p", { class: "help" }, t("basemap.help")),
    ),
  );
  return {
    sync(state) {
      for (const [v, r] of radios) r.checked = state.basemap === v;
    },
  };
}

/** The precision legend (static text, explains dashed lines and hollow rings). */
export function buildPrecisionLegend(container) {
  clear(container);
  container.append(
    el(
      "ul",
      { class: "legend legend-precision" },
      el("li", {}, swatch("line", "#555", "exact"), t("legend.line_exact")),
      el("li", {}, swatch("line", "#555", "schematic"), t("legend.line_schematic")),
      el("li", {}, swatch("point", "#555", "exact"), t("legend.point_exact")),
      el("li", {}, swatch("point", "#555", "approximate"), t("legend.point_approximate")),
    ),
  );
}
