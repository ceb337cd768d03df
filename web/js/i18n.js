// The message catalogue: every word the map shows comes from web/i18n/<lang>.json.
// t("key", {name: "…"}) looks a message up and fills its {placeholders};
// tn("key", n, {…}) picks "key.one" or "key.other" by the language's plural rules.
// ?lang=ur (or zh, …) loads that catalogue when en.json's "@languages" lists it, falls
// back to English key by key, and sets <html lang> and dir (right-to-left for Urdu, Arabic, …).

const RTL = new Set(["ur", "ar", "fa", "ps", "sd", "bal"]);
const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

let messages = {};
let fallback = {};
let current = "en";
let plurals = new Intl.PluralRules("en");

const catalogueUrl = (lang) => new URL(`../i18n/${lang}.json`, import.meta.url).href;

async function fetchCatalogue(lang) {
  const response = await fetch(catalogueUrl(lang));
  if (!response.ok) throw new Error(`message catalogue ${lang}: HTTP ${response.status}`);
  return response.json();
}

/** The language asked for in the page URL (?lang=…), or null. */
export function requestedLanguage(search = location.search) {
  const lang = new URLSearchParams(search).get("lang");
  return lang && TAG.test(lang) ? lang : null;
}

/** The language whose messages are shown ("en" unless ?lang= found its catalogue). */
export const language = () => current;

/** Is this language tag written right to left? */
export const isRtl = (lang) => RTL.has(String(lang).split("-")[0]);

/**
 * Load English (the fallback) and the requested language, set <html lang/dir> and
 * translate the page's static text (data-i18n attributes). Call once, before t().
 */
export async function loadMessages(search = location.search) {
  fallback = await fetchCatalogue("en");
  messages = fallback;
  current = "en";
  const wanted = requestedLanguage(search);
  const available = fallback["@languages"] || {};
  if (wanted && wanted !== "en" && !Object.hasOwn(available, wanted)) {
    console.warn(`cpecmap: no messages for "${wanted}", showing English`);
  } else if (wanted && wanted !== "en") {
    try {
      messages = await fetchCatalogue(wanted);
      current = wanted;
    } catch (err) {
      console.warn(`cpecmap: no messages for "${wanted}", showing English:`, err.message);
    }
  }
  plurals = new Intl.PluralRules(current);
  document.documentElement.lang = current;
  document.documentElement.dir = isRtl(current) ? "rtl" : "ltr";
  translateStatic(document);
}

/** Fill placeholders: "{n} of {total}" with {n: 3, total: 9} → "3 of 9". */
function fill(text, params) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The message for `key`, its {placeholders} filled from `params`. */
export function t(key, params = {}) {
  const text = Object.hasOwn(messages, key) ? messages[key] : fallback[key];
  if (typeof text !== "string") {
    console.warn(`cpecmap: no message "${key}"`);
    return key;
  }
  return fill(text, params);
}

/** A counted message: "key.one" / "key.other" (…) by the plural rules; {n} is `n`. */
export function tn(key, n, params = {}) {
  const form = `${key}.${plurals.select(n)}`;
  const has = (k) => Object.hasOwn(messages, k) || Object.hasOwn(fallback, k);
  return t(has(form) ? form : `${key}.other`, { n, ...params });
}

/** Whether the chosen language (not English) has its own message: then it beats English data labels. */
export const translated = (key) => current !== "en" && Object.hasOwn(messages, key);

/** Whether the catalogue has a message (for optional words, e.g. an unknown code). */
export const hasMessage = (key) => Object.hasOwn(messages, key) || Object.hasOwn(fallback, key);

/**
 * Translate static markup: data-i18n="key" replaces the text; data-i18n-attr=
 * "placeholder:key;aria-label:key" sets attributes. The HTML keeps English for no-JS readers.
 */
export function translateStatic(root) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of node.dataset.i18nAttr.split(";")) {
      const [attr, key] = pair.split(":").map((s) => s.trim());
      if (attr && key) node.setAttribute(attr, t(key));
    }
  }
  const title = root.querySelector("title[data-i18n]");
  if (title) root.title = title.textContent;
}
