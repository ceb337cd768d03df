// cpecmap web map: loads the catalogue and every layer from the server
// (relative URLs, so the page works under any sub-path), draws them on an
// offline basemap and keeps the state in the URL hash.

/* global L */

import { el } from "./dom.js";
import { loadMessages, t, tn } from "./i18n.js";
import { createMap, loadBasemap, osmLayer, featureLayer, featureStyle, markStatus, setPrecisionStyles, HOME_BOUNDS } from "./mapview.js";
import { details } from "./details.js";
import { setLabels } from "./format.js";
import { buildLayerPanel, buildAllDownloads, buildFilters, buildBasemapSwitch, buildPrecisionLegend } from "./panel.js";
import { renderSummary } from "./summary.js";
import { renderTable } from "./table.js";
import { buildIndex, setupSearch } from "./search.js";
import { fromHash, toHash, passesFilters, statusIn, operatingIn, phaseKey } from "./state.js";

const $ = (id) => document.getElementById(id);
const mobile = () => window.matchMedia("(max-width: 760px)").matches;

async function loadJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function announce(text) {
  $("announce").textContent = text;
}

/** The parts of a line feature, each an array of latlngs (none for a point). */
function partsOf(entry) {
  const out = [];
  entry.visual.eachLayer((l) => {
    if (!l.getLatLngs) return;
    const parts = l.getLatLngs();
    out.push(...(Array.isArray(parts[0]) ? parts : [parts]));
  });
  return out;
}

/** The feature's points: a point's latlng, or every vertex of every part of a line. */
function verticesOf(entry) {
  const out = [];
  entry.visual.eachLayer((l) => { if (l.getLatLng) out.push(l.getLatLng()); });
  return out.length ? out : partsOf(entry).flat();
}

/**
 * A latlng of the feature to anchor its popup. A point anchors at itself. A line anchors
 * at the vertex nearest `near` (a point in a view restored from a link, so the popup opens
 * where the reader was looking) or, without `near`, at its northernmost vertex: the popup
 * then opens above the line, which select() has fitted below it.
 */
function anchorOf(entry, near = null) {
  const pts = verticesOf(entry);
  if (pts.length <= 1 || entry.layer.geometry === "Point") return pts[0] || null;
  if (near) {
    const k = Math.cos((near.lat * Math.PI) / 180);
    const d = (p) => ((p.lng - near.lng) * k) ** 2 + (p.lat - near.lat) ** 2;
    return pts.reduce((a, b) => (d(b) < d(a) ? b : a));
  }
  return pts.reduce((a, b) => (b.lat > a.lat ? b : a));
}

async function start() {
  await loadMessages();
  const map = createMap($("map"));
  const basemapPromise = loadBasemap(map).catch((err) => {
    console.warn("cpecmap: basemap unavailable:", err.message);
    return null;
  });

  const catalog = await loadJSON("api/catalog.json");
  performance.mark("cpecmap:catalog");
  setPrecisionStyles(catalog.precision_styles);
  setLabels(catalog.labels, catalog.rules);
  const layerIds = catalog.layers.map((l) => l.id);
  const collections = await Promise.all(
    catalog.layers.map((l) => loadJSON((l.links && l.links.data) || `api/layers/${encodeURIComponent(l.id)}.geojson`)),
  );

  performance.mark("cpecmap:layers-loaded");

  // One entry per feature, in catalogue order.
  const entries = [];
  const byId = new Map();
  const layerGroups = new Map();
  catalog.layers.forEach((layer, i) => {
    const group = L.layerGroup().addTo(map);
    layerGroups.set(layer.id, group);
    for (const feature of collections[i].features || []) {
      if (!feature.geometry || !feature.properties) continue;
      const { group: fgroup, visual } = featureLayer(layer, feature);
      const entry = { layer, feature, group: fgroup, visual, shown: false, status: feature.properties.status };
      fgroup.on("click", (e) => select(feature.properties.id, { latlng: e.latlng, move: false }));
      entries.push(entry);
      byId.set(feature.properties.id, entry);
    }
  });

  let state = fromHash(location.hash, layerIds);
  let lastHash = null;
  let popup = null;
  let basemap = null;
  let osm = null;
  let tableOpen = false;

  function writeHash() {
    const c = map.getCenter();
    state.view = { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
    const hash = toHash(state, layerIds);
    if (hash !== lastHash) {
      lastHash = hash;
      history.replaceState(null, "", `#${hash}`);
    }
  }

  function restyle(entry, selected) {
    entry.visual.setStyle(featureStyle(entry.layer, entry.feature.properties, selected, entry.status));
    if (selected) entry.visual.bringToFront();
  }

  function closeDetails() {
    if (popup) {
      const p = popup;
      popup = null;
      map.closePopup(p);
    }
  }

  function openDetails(entry, latlng, autoPan) {
    closeDetails();
    const maxHeight = Math.max(200, Math.round(map.getSize().y * 0.62));
    popup = L.popup({ maxWidth: mobile() ? 300 : 400, minWidth: 220, maxHeight, autoPan, autoPanPadding: [16, 16], className: "cpec-popup", cpecYear: state.year })
      .setLatLng(latlng || anchorOf(entry))
      .setContent(details(entry.layer, entry.feature.properties, { year: state.year, status: entry.status, onLink: followLink }));
    popup.openOn(map);
    return popup;
  }

  /** A link in the details: select the linked feature and move focus to its details. */
  function followLink(id) {
    if (select(id)) {
      const heading = document.querySelector(".leaflet-popup .details-name");
      if (heading) heading.focus();
    }
  }

  map.on("popupclose", (e) => {
    if (e.popup !== popup) return;
    popup = null;
    const entry = byId.get(state.selected);
    state.selected = null;
    if (entry) restyle(entry, false);
    writeHash();
  });

  /** Make sure a feature can be seen: its layer on, the filters letting it through. */
  function reveal(entry) {
    const p = entry.feature.properties;
    const relaxed = [];
    if (!state.layers.has(entry.layer.id)) state.layers.add(entry.layer.id);
    if (!passesFilters(p, state)) {
      const status = statusIn(p, state.year);
      if (status !== null && !state.statuses.has(status)) { state.statuses.add(status); relaxed.push(t("filter.widened.status")); }
      if (!state.phases.has(phaseKey(p))) { state.phases.add(phaseKey(p)); relaxed.push(t("filter.widened.phase")); }
      if (!passesFilters(p, state)) { state.year = null; relaxed.push(t("filter.widened.year")); }
    }
    if (relaxed.length) announce(t("announce.widened", { filters: relaxed.join(", "), name: p.name }));
  }

  /** Fit a line whole below its popup; if the popup still overhangs the map (a narrow
   *  or short screen, a line too long to fit), pan just enough to show it whole. */
  function fitLineBelowPopup(entry) {
    const opened = openDetails(entry, anchorOf(entry), false);  // first, to learn its size
    const size = map.getSize();
    const box = opened.getElement();
    const top = Math.min(Math.round(size.y * 0.7), box.offsetHeight + 48);
    const side = Math.max(40, Math.min(box.offsetWidth / 2 + 8, Math.round(size.x * 0.3)));
    map.fitBounds(entry.visual.getBounds(), {
      paddingTopLeft: [side, top], paddingBottomRight: [side, 40], maxZoom: 11, animate: false,
    });
    opened.setLatLng(anchorOf(entry));
    const r = box.getBoundingClientRect();
    const m = map.getContainer().getBoundingClientRect();
    const dx = r.left < m.left + 8 ? r.left - m.left - 8 : r.right > m.right - 8 ? r.right - m.right + 8 : 0;
    const dy = r.top < m.top + 8 ? r.top - m.top - 8 : 0;
    if (dx || dy) map.panBy([dx, dy], { animate: false });
  }

  /** Move a line's popup, without moving the map, to the point of the line (a vertex or
   *  every ~20 px between) where it overhangs the view least, nearest `target`. */
  function anchorWhereItFits(entry, opened, target) {
    const size = map.getSize();
    const box = opened.getElement();
    const [w, h] = [box.offsetWidth / 2 + 8, box.offsetHeight + 24];
    const aim = map.latLngToContainerPoint(target);
    const over = (c) => Math.max(0, w - c.x) + Math.max(0, c.x - (size.x - w))
      + Math.max(0, h - c.y) + Math.max(0, c.y - (size.y - 8));
    let best = null;
    const consider = (c, latlng) => {
      const score = [over(c), c.distanceTo(aim)];
      if (!best || score[0] < best[0][0] || (score[0] === best[0][0] && score[1] < best[0][1])) {
        best = [score, latlng];
      }
    };
    for (const part of partsOf(entry)) {
      for (let i = 0; i < part.length; i++) {
        const c = map.latLngToContainerPoint(part[i]);
        consider(c, part[i]);
        if (i + 1 === part.length) break;
        const d = map.latLngToContainerPoint(part[i + 1]);
        const n = Math.min(200, Math.floor(c.distanceTo(d) / 20));
        for (let k = 1; k < n; k++) {
          const p = c.add(d.subtract(c).multiplyBy(k / n));
          consider(p, map.containerPointToLatLng(p));
        }
      }
    }
    if (best) opened.setLatLng(best[1]);
  }

  function select(id, { latlng = null, move = true, autoPan = true } = {}) {
    const entry = byId.get(id);
    if (!entry) return false;
    const previous = byId.get(state.selected);
    if (previous && previous !== entry) restyle(previous, false);
    reveal(entry);
    state.selected = id;
    update();
    restyle(entry, true);
    const line = entry.layer.geometry !== "Point";
    if (move && !line) map.setView(anchorOf(entry), Math.max(map.getZoom(), 8), { animate: false });
    if (move && line && !latlng) fitLineBelowPopup(entry);
    else {
      if (move && line) map.fitBounds(entry.visual.getBounds(), { padding: [40, 40], maxZoom: 11, animate: false });
      // A view restored from a link is kept as it was: the popup anchors at the point of
      // the line nearest a point low in that view (it opens upwards), where it fits.
      const size = map.getSize();
      const low = map.containerPointToLatLng([size.x / 2, size.y * 0.8]);
      const opened = openDetails(entry, latlng || (autoPan ? null : anchorOf(entry, low)), autoPan);
      if (!latlng && !autoPan && line) anchorWhereItFits(entry, opened, low);
    }
    if (mobile()) setPanel(false);
    writeHash();
    return true;
  }

  function visibleByLayer() {
    const out = new Map(layerIds.map((id) => [id, []]));
    for (const e of entries) if (e.shown) out.get(e.layer.id).push(e.feature);
    return out;
  }

  function update() {
    const counts = Object.fromEntries(layerIds.map((id) => [id, { shown: 0, total: 0 }]));
    for (const e of entries) {
      const show = state.layers.has(e.layer.id) && passesFilters(e.feature.properties, state);
      const group = layerGroups.get(e.layer.id);
      // drawn as its status in the chosen year (or now)
      const status = statusIn(e.feature.properties, state.year) ?? e.feature.properties.status;
      if (status !== e.status) {
        e.status = status;
        markStatus(e.visual, status);
        restyle(e, e.feature.properties.id === state.selected);
      }
      if (show && !e.shown) group.addLayer(e.group);
      if (!show && e.shown) group.removeLayer(e.group);
      e.shown = show;
      counts[e.layer.id].total += 1;
      if (show) counts[e.layer.id].shown += 1;
    }
    const selected = byId.get(state.selected);
    if (selected && !selected.shown) {
      closeDetails();
      restyle(selected, false);
      state.selected = null;
    }
    // an open popup says the status in the chosen year: rewrite it when the year moves
    if (popup && selected && popup.options.cpecYear !== state.year) {
      popup.options.cpecYear = state.year;
      popup.setContent(details(selected.layer, selected.feature.properties, { year: state.year, status: selected.status, onLink: followLink }));
    }
    layerPanel.sync(state, counts);
    filters.sync(state);
    basemapSwitch.sync(state);
    $("h-summary").textContent = state.year === null ? t("summary.now") : t("summary.operating_in", { year: state.year });
    renderSummary($("summary"), catalog, visibleByLayer(), state.year);
    if (tableOpen) drawTable();
    const n = entries.filter((e) => e.shown).length;
    $("visible-count").textContent = tn("panel.shown_count", entries.length, { shown: n });
  }

  function drawTable() {
    const rows = entries.filter((e) => e.shown);
    renderTable($("table-body"), rows, state.year, (id) => {
      setTable(false);
      if (select(id)) {
        // keyboard and screen-reader users land on the details they asked for
        const heading = document.querySelector(".leaflet-popup .details-name");
        if (heading) heading.focus();
      }
    });
  }

  function applyBasemap() {
    if (state.basemap === "osm") {
      if (!osm) osm = osmLayer();
      osm.addTo(map);
      if (basemap) { basemap.outline.remove(); basemap.cities.remove(); }  // the tiles name towns
    } else {
      if (osm) osm.remove();
      if (basemap && !map.hasLayer(basemap.outline)) basemap.outline.addTo(map);
      if (basemap && !map.hasLayer(basemap.cities)) basemap.cities.addTo(map);
    }
  }

  function applyView() {
    if (state.view) map.setView([state.view.lat, state.view.lon], state.view.zoom, { animate: false });
    else map.fitBounds(HOME_BOUNDS, { animate: false });
  }

  function applyState({ fromLink }) {
    closeDetails();
    for (const e of entries) restyle(e, false);
    const wanted = state.selected;
    const hadView = Boolean(state.view);
    state.selected = null;
    applyView();
    applyBasemap();
    update();
    if (wanted && byId.has(wanted)) {
      select(wanted, { move: !hadView, autoPan: !hadView });
    }
    writeHash();
  }

  // Panel.
  const layerPanel = buildLayerPanel($("layer-groups"), catalog, {
    onLayers(ids, on) {
      for (const id of ids) (on ? state.layers.add(id) : state.layers.delete(id));
      update();
      writeHash();
    },
  });
  const filters = buildFilters($("filter-controls"), {
    onChange({ statuses, phases, year }) {
      Object.assign(state, { statuses, phases, year });
      update();
      writeHash();
    },
  });
  const basemapSwitch = buildBasemapSwitch($("basemap-switch"), {
    onChange(value) {
      state.basemap = value;
      applyBasemap();
      writeHash();
    },
  });
  buildPrecisionLegend($("precision-legend"));
  buildAllDownloads($("all-downloads"), catalog);
  $("data-version").textContent = catalog.data_version || "";
  setupSearch($("search-input"), $("search-results"), buildIndex(entries), (id) => select(id));

  function setPanel(open) {
    document.body.classList.toggle("panel-open", open);
    $("panel-toggle").setAttribute("aria-expanded", String(open));
    setTimeout(() => map.invalidateSize(), 0);
  }
  $("panel-toggle").addEventListener("click", () => {
    const open = !document.body.classList.contains("panel-open");
    setPanel(open);
    if (open) $("panel").focus();
  });
  const panelOpen = () => document.body.classList.contains("panel-open");
  function closePanel() {
    setPanel(false);
    $("panel-toggle").focus();
  }
  $("panel-close").addEventListener("click", closePanel);
  map.on("click", () => { if (mobile() && panelOpen()) setPanel(false); });
  // The skip links must work on a small screen too, where the panel is a closed drawer.
  for (const link of document.querySelectorAll(".skip-link")) {
    link.addEventListener("click", (e) => {
      const target = (link.getAttribute("href") || "").slice(1);
      e.preventDefault();
      if (target === "panel") {
        setPanel(true);
        $("panel").focus();
      } else {
        const el = $(target);
        if (el) el.focus();
      }
    });
  }
  // The column headers stick just below the title bar, whatever height it wraps to.
  function keepHeadersBelowTitle() {
    const head = document.querySelector("#table-view .table-head");
    if (head) $("table-view").style.setProperty("--table-head-h", `${head.offsetHeight}px`);
  }
  window.addEventListener("resize", () => { if (tableOpen) keepHeadersBelowTitle(); });
  function setTable(open) {
    tableOpen = open;
    $("table-view").hidden = !open;
    $("table-toggle").setAttribute("aria-expanded", String(open));
    if (open) {
      drawTable();
      keepHeadersBelowTitle();
      $("table-title").focus();
    }
  }
  $("table-toggle").addEventListener("click", () => setTable(!tableOpen));
  $("table-close").addEventListener("click", () => {
    setTable(false);
    $("table-toggle").focus();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    if (mobile() && panelOpen() && $("panel").contains(document.activeElement)) closePanel();
    else if (tableOpen && $("table-view").contains(document.activeElement)) {
      setTable(false);
      $("table-toggle").focus();
    } else if (popup && $("map").contains(document.activeElement)) closeDetails();
  });

  map.on("moveend", writeHash);
  window.addEventListener("hashchange", () => {
    if (location.hash.replace(/^#/, "") === lastHash) return;
    state = fromHash(location.hash, layerIds);
    applyState({ fromLink: true });
  });

  basemap = await basemapPromise;
  performance.mark("cpecmap:basemap-loaded");
  if (basemap) {
    basemap.labels.addTo(map);
    basemap.cities.addTo(map);
    basemap.outline.addTo(map);
  }
  applyState({ fromLink: true });
  $("app").setAttribute("aria-busy", "false");

  // The test and benchmark hook.
  window.cpecmap = {
    map,
    visibleCount: (layerId) => entries.filter((e) => e.shown && (!layerId || e.layer.id === layerId)).length,
    visibleIds: () => entries.filter((e) => e.shown).map((e) => e.feature.properties.id),
    // id → the status it is drawn with, for every visible feature
    drawnStatus: () => Object.fromEntries(entries.filter((e) => e.shown).map((e) => [e.feature.properties.id, e.status])),
    operatingIds: (year) => entries.filter((e) => operatingIn(e.feature.properties, year)).map((e) => e.feature.properties.id),
    domainCount: (domain) => entries.filter((e) => e.shown && e.layer.domain === domain).length,
    hash: () => toHash(state, layerIds),
    select: (id) => select(id),
  };
  // Draw the frame, then mark: all layers are on screen.
  requestAnimationFrame(() => {
    performance.mark("cpecmap:drawn");
    document.documentElement.dataset.ready = "true";
  });
}

start().catch((err) => {
  console.error("cpecmap: could not load the map data:", err);
  const box = $("load-error");
  box.hidden = false;
  box.append(el("p", {}, t("error.load", { message: String(err.message || err) })));
  $("app").setAttribute("aria-busy", "false");
});
