// Search by name (in any language) or alias: an ARIA combobox with a keyboard-selectable list.

import { el, clear } from "./dom.js";
import { fold } from "./format.js";
import { t, tn } from "./i18n.js";

const MAX_RESULTS = 10;

/**
 * Index entries: {id, name, layerTitle, aliases, keys: [folded name, folded others…]}, where
 * the others are the names in other languages (`names`) and then the aliases.
 */
export function buildIndex(entries) {
  return entries.map(({ layer, feature }) => {
    const p = feature.properties;
    const names = p.names && typeof p.names === "object" ? Object.values(p.names) : [];
    const aliases = Array.isArray(p.aliases) ? p.aliases : [];
    const others = [...new Set([...names, ...aliases].filter((n) => typeof n === "string" && n && n !== p.name))];
    return { id: p.id, name: p.name, aliases: others, layerTitle: layer.title, keys: [fold(p.name), ...others.map(fold)] };
  });
}

/** Matches for a query, best first: name prefix, word prefix, substring. */
export function searchIndex(index, query) {
  const q = fold(query);
  if (!q) return [];
  const scored = [];
  for (const entry of index) {
    let best = Infinity;
    let via = null;
    entry.keys.forEach((key, i) => {
      let score = Infinity;
      if (key.startsWith(q)) score = 0;
      else if (key.includes(` ${q}`)) score = 1;
      else if (key.includes(q)) score = 2;
      if (i > 0) score += 0.5; // a name match beats an alias match
      if (score < best) { best = score; via = i > 0 ? entry.aliases[i - 1] : null; }
    });
    if (best < Infinity) scored.push({ entry, score: best, via });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.name.localeCompare(b.entry.name));
  return scored.slice(0, MAX_RESULTS);
}

/** Wire the combobox: `input` (role=combobox) and `list` (role=listbox). */
export function setupSearch(input, list, index, onPick) {
  let results = [];
  let active = -1;
  const status = document.getElementById("search-status");

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function highlight(i) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute("aria-activedescendant", list.children[i].id);
      list.children[i].scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }
  function pick(i) {
    const r = results[i];
    if (!r) return;
    input.value = r.entry.name;
    close();
    onPick(r.entry.id);
  }
  function render() {
    results = searchIndex(index, input.value);
    clear(list);
    results.forEach((r, i) => {
      const li = el(
        "li",
        { id: `search-opt-${i}`, role: "option", "aria-selected": "false", class: "search-opt" },
        el("span", { class: "opt-name" }, r.entry.name),
        el("span", { class: "opt-meta" }, r.via ? t("search.via", { via: r.via, layer: r.entry.layerTitle }) : r.entry.layerTitle),
      );
      li.addEventListener("mousedown", (e) => e.preventDefault()); // keep focus in the input
      li.addEventListener("click", () => pick(i));
      list.append(li);
    });
    const open = input.value.trim() !== "";
    if (open && !results.length) list.append(el("li", { class: "search-empty", role: "option", "aria-disabled": "true" }, t("search.none")));
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (status) status.textContent = open ? tn("search.count", results.length) : "";
    highlight(results.length ? 0 : -1);
  }
  input.addEventListener("input", render);
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") {
      if (list.hidden) render();
      else if (results.length) highlight((active + 1) % results.length);
      e.preventDefault();
    } else if (e.key === "ArrowUp") {
      if (results.length) highlight((active - 1 + results.length) % results.length);
      e.preventDefault();
    } else if (e.key === "Enter") {
      if (!list.hidden && active >= 0) { pick(active); e.preventDefault(); }
    } else if (e.key === "Escape") {
      if (!list.hidden) { close(); e.preventDefault(); } else input.value = "";
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  input.addEventListener("focus", () => { if (input.value.trim()) render(); });
}
