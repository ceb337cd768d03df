// The details of one feature, built as DOM (shown in a Leaflet popup).

import { el, externalLink, safeUrl, swatch } from "./dom.js";
import { t, tn } from "./i18n.js";
import { num, isNum, statusLabel, phaseLabel, precisionLabel, eventLabel, dateLabel, languageLabel, PHASE_RULE } from "./format.js";

const has = (v) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0);

function row(term, ...value) {
  return [el("dt", {}, term), el("dd", {}, ...value)];
}

function years(p) {
  const parts = [];
  if (isNum(p.year_agreement)) parts.push(t("details.years.agreed", { year: p.year_agreement }));
  if (isNum(p.year_construction)) parts.push(t("details.years.construction", { year: p.year_construction }));
  if (isNum(p.year_operation)) parts.push(t("details.years.operation", { year: p.year_operation }));
  return parts.join(" · ");
}

/** The names in other languages, each marked with its language (and direction). */
function otherNames(p) {
  const names = p.names && typeof p.names === "object" ? Object.entries(p.names) : [];
  const others = names.filter(([tag, name]) => tag !== "en" && has(name));
  if (!others.length) return null;
  return el(
    "ul",
    { class: "names" },
    others.map(([tag, name]) => el("li", {}, t("details.name_in", { language: languageLabel(tag) }), el("span", { lang: tag, dir: "auto" }, name))),
  );
}

/** The milestones as a dated list: "2017 — Construction started (note)". */
function milestoneList(p) {
  const items = Array.isArray(p.milestones) ? p.milestones : [];
  if (!items.length) return null;
  return el(
    "ol",
    { class: "milestones" },
    items.map((m) =>
      el(
        "li",
        {},
        el("time", { datetime: String(m.date) }, m.by ? t("details.by_date", { date: dateLabel(m.date) }) : dateLabel(m.date)),
        " — ",
        eventLabel(m.event),
        has(m.note) ? el("span", { class: "note" }, ` (${m.note})`) : null,
      ),
    ),
  );
}

/** "planned from 2015, under construction from 2017, operational from 2022". */
function historyWords(p) {
  const history = Array.isArray(p.status_history) ? p.status_history : [];
  if (history.length < 2) return "";
  return history.map(([year, status]) => t("details.status_from", { status: statusLabel(status).toLowerCase(), year })).join(", ");
}

/** Links to other features, as buttons that open them. */
function linkList(p, onLink) {
  const links = Array.isArray(p.links) ? p.links.filter((l) => l && has(l.id)) : [];
  if (!links.length) return null;
  return el(
    "ul",
    { class: "links" },
    links.map((l) =>
      el(
        "li",
        {},
        `${l.label || l.rel}: `,
        onLink
          ? el("button", { type: "button", class: "link", "data-id": l.id, onclick: () => onLink(l.id) }, l.name || l.id)
          : el("span", {}, l.name || l.id),
      ),
    ),
  );
}

function lengths(p) {
  const parts = [];
  if (isNum(p.length_km_stated)) parts.push(t("details.length.stated", { km: num(p.length_km_stated) }));
  if (isNum(p.length_km_computed)) parts.push(t("details.length.computed", { km: num(p.length_km_computed) }));
  return parts.join(" · ");
}

function sourceItem(src) {
  const title = has(src.title) ? src.title : src.url || t("details.source");
  const href = safeUrl(src.url);
  const meta = [src.publisher, src.date].filter(has).join(", ");
  return el("li", {}, href ? externalLink(href, title) : el("span", {}, title), meta ? ` — ${meta}` : null);
}

/**
 * The details element for a feature.
 *
 * @param {object} layer catalogue layer
 * @param {object} props feature properties
 * @param {{year?: number|null, status?: string|null, onLink?: (id: string) => void}} view
 *   the year chosen on the slider, the status the map draws for it, and what a link does
 */
export function details(layer, props, { year = null, status = null, onLink = null } = {}) {
  const cat = (layer.categories && layer.categories[props.category]) || {};
  const color = cat.color || (layer.style && layer.style.color) || "#333";
  const dl = el("dl", { class: "facts" });
  const rows = [
    year !== null && status && row(t("details.status_in", { year }), statusLabel(status)),
    row(year === null ? t("details.status") : t("details.status_now"), statusLabel(props.status)),
    historyWords(props) && row(t("details.over_time"), historyWords(props)),
    row(
      t("details.phase"),
      phaseLabel(props.phase),
      has(props.phase_basis) ? ` — ${props.phase_basis}` : props.phase ? null : ` — ${t("details.phase_none")}`,
      el("details", { class: "note rule" }, el("summary", {}, t("details.phase_rule")), PHASE_RULE),
    ),
    years(props) && row(t("details.years"), years(props)),
    isNum(props.capacity_mw) && row(t("details.capacity"), t("details.capacity_mw", { mw: num(props.capacity_mw) })),
    lengths(props) && row(t("details.length"), lengths(props)),
    has(props.partners_cn) && row(t("details.partners_cn"), props.partners_cn.join("; ")),
    has(props.partners_pk) && row(t("details.partners_pk"), props.partners_pk.join("; ")),
    (isNum(props.cost_usd_m) || has(props.cost_note)) &&
      row(
        t("details.cost"),
        isNum(props.cost_usd_m) ? t("details.cost_usd_m", { amount: num(props.cost_usd_m) }) : "",
        has(props.cost_note) ? el("span", { class: "note" }, isNum(props.cost_usd_m) ? ` (${props.cost_note})` : props.cost_note) : null,
      ),
    row(
      t("details.precision"),
      el("span", { class: "precision" }, swatch(layer.geometry === "Point" ? "point" : "line", color, props.precision), " ", precisionLabel(props.precision, layer.geometry !== "Point")),
      has(props.precision_note) ? el("span", { class: "note" }, props.precision_note) : null,
    ),
    has(props.route_summary) && row(t("details.route"), props.route_summary),
    otherNames(props) && row(t("details.names"), otherNames(props)),
    has(props.aliases) && row(t("details.aliases"), props.aliases.join("; ")),
    linkList(props, onLink) && row(t("details.linked"), linkList(props, onLink)),
  ];
  for (const r of rows) if (r) dl.append(...r);

  const sources = Array.isArray(props.sources) ? props.sources : [];
  return el(
    "article",
    { class: "details", "aria-label": t("details.label", { name: props.name }) },
    // h2: the popup is a top-level section of <main>, like the table view (on a small
    // screen the panel's h2s are hidden, and an h3 here would skip a heading level)
    el("h2", { class: "details-name", tabindex: "-1" }, props.name),
    el("p", { class: "details-kind" }, swatch(layer.geometry === "Point" ? "point" : "line", color, props.precision), el("span", {}, `${cat.label || props.category || ""} · ${layer.title}`)),
    has(props.description) && el("p", { class: "details-desc" }, props.description),
    dl,
    milestoneList(props) && el("h3", {}, t("details.milestones")),
    milestoneList(props),
    has(props.brief_claim) && el("div", { class: "callout callout-brief" }, el("strong", {}, t("details.brief_claims")), props.brief_claim),
    has(props.discrepancy) && el("div", { class: "callout callout-disc" }, el("strong", {}, t("details.discrepancy")), props.discrepancy),
    el("h3", {}, tn("details.sources", sources.length)),
    el("ol", { class: "sources" }, sources.map(sourceItem)),
  );
}
