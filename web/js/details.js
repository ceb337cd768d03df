// The details of one feature, built as DOM (shown in a Leaflet popup).

import { el, externalLink, safeUrl, swatch } from "./dom.js";
import { num, isNum, statusLabel, phaseLabel, precisionLabel, eventLabel, dateLabel, languageLabel, PHASE_RULE } from "./format.js";

const has = (v) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0);

function row(term, ...value) {
  return [el("dt", {}, term), el("dd", {}, ...value)];
}

function years(p) {
  const parts = [];
  if (isNum(p.year_agreement)) parts.push(`agreed ${p.year_agreement}`);
  if (isNum(p.year_construction)) parts.push(`construction ${p.year_construction}`);
  if (isNum(p.year_operation)) parts.push(`in operation ${p.year_operation}`);
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
    others.map(([tag, name]) => el("li", {}, `${languageLabel(tag)}: `, el("span", { lang: tag, dir: "auto" }, name))),
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
        el("time", { datetime: String(m.date) }, `${m.by ? "by " : ""}${dateLabel(m.date)}`),
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
  return history.map(([year, status]) => `${statusLabel(status).toLowerCase()} from ${year}`).join(", ");
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
  if (isNum(p.length_km_stated)) parts.push(`${num(p.length_km_stated)} km stated`);
  if (isNum(p.length_km_computed)) parts.push(`${num(p.length_km_computed)} km measured on the map line`);
  return parts.join(" · ");
}

function sourceItem(src) {
  const title = has(src.title) ? src.title : src.url || "Source";
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
    year !== null && status && row(`Status in ${year}`, statusLabel(status)),
    row(year === null ? "Status" : "Status now", statusLabel(props.status)),
    historyWords(props) && row("Over time", historyWords(props)),
    row(
      "Phase",
      phaseLabel(props.phase),
      has(props.phase_basis) ? ` — ${props.phase_basis}` : props.phase ? null : " — no dated agreement, construction or operation",
      el("details", { class: "note rule" }, el("summary", {}, "How the phase is set"), PHASE_RULE),
    ),
    years(props) && row("Years", years(props)),
    isNum(props.capacity_mw) && row("Capacity", `${num(props.capacity_mw)} MW`),
    lengths(props) && row("Length", lengths(props)),
    has(props.partners_cn) && row("Chinese partners", props.partners_cn.join("; ")),
    has(props.partners_pk) && row("Pakistani partners", props.partners_pk.join("; ")),
    (isNum(props.cost_usd_m) || has(props.cost_note)) &&
      row(
        "Cost",
        isNum(props.cost_usd_m) ? `US$ ${num(props.cost_usd_m)} million` : "",
        has(props.cost_note) ? el("span", { class: "note" }, isNum(props.cost_usd_m) ? ` (${props.cost_note})` : props.cost_note) : null,
      ),
    row(
      "Precision",
      el("span", { class: "precision" }, swatch(layer.geometry === "Point" ? "point" : "line", color, props.precision), " ", precisionLabel(props.precision, layer.geometry !== "Point")),
      has(props.precision_note) ? el("span", { class: "note" }, props.precision_note) : null,
    ),
    has(props.route_summary) && row("Route", props.route_summary),
    otherNames(props) && row("Names", otherNames(props)),
    has(props.aliases) && row("Also known as", props.aliases.join("; ")),
    linkList(props, onLink) && row("Linked", linkList(props, onLink)),
  ];
  for (const r of rows) if (r) dl.append(...r);

  const sources = Array.isArray(props.sources) ? props.sources : [];
  return el(
    "article",
    { class: "details", "aria-label": `Details: ${props.name}` },
    // h2: the popup is a top-level section of <main>, like the table view (on a small
    // screen the panel's h2s are hidden, and an h3 here would skip a heading level)
    el("h2", { class: "details-name", tabindex: "-1" }, props.name),
    el("p", { class: "details-kind" }, swatch(layer.geometry === "Point" ? "point" : "line", color, props.precision), el("span", {}, `${cat.label || props.category || ""} · ${layer.title}`)),
    has(props.description) && el("p", { class: "details-desc" }, props.description),
    dl,
    milestoneList(props) && el("h3", {}, "Milestones"),
    milestoneList(props),
    has(props.brief_claim) && el("div", { class: "callout callout-brief" }, el("strong", {}, "The brief claims: "), props.brief_claim),
    has(props.discrepancy) && el("div", { class: "callout callout-disc" }, el("strong", {}, "Sources disagree: "), props.discrepancy),
    el("h3", {}, sources.length === 1 ? "Source" : `Sources (${sources.length})`),
    el("ol", { class: "sources" }, sources.map(sourceItem)),
  );
}
