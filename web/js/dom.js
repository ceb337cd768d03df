// Tiny DOM helpers. Every value that comes from the data goes through
// textContent or setAttribute, never through innerHTML.

/**
 * Create an element: el("a", {href: "…", class: "x"}, "text", child, …).
 * Attribute values are set with setAttribute (so they are never parsed as
 * HTML); `null`/`undefined`/`false` attributes and children are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

/** Append children (strings become text nodes; arrays are flattened). */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Remove every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Return the URL if it is an absolute http(s) URL, else null. */
export function safeUrl(value) {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** An external link that cannot reach back into this page. */
export function externalLink(href, text) {
  return el("a", { href, target: "_blank", rel: "noopener noreferrer" }, text);
}

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A small legend swatch drawn like the map draws the feature.
 * kind: "line" | "point"; precision: "exact" | "approximate" | "schematic"; look: how a
 * status is drawn (mapview.js `statusLook`: opacity, weight, color, dotted), if any.
 */
export function swatch(kind, color, precision = "exact", look = null) {
  if (look && look.color) color = look.color;
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("width", "22");
  svg.setAttribute("height", "14");
  svg.setAttribute("viewBox", "0 0 22 14");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", "swatch");
  let shape;
  if (kind === "line") {
    shape = document.createElementNS(SVG_NS, "line");
    for (const [k, v] of Object.entries({ x1: 1, y1: 7, x2: 21, y2: 7, "stroke-width": 3.5 })) shape.setAttribute(k, v);
    shape.setAttribute("stroke", color);
    if (precision === "schematic") shape.setAttribute("stroke-dasharray", "5 3");
    if (look) {
      shape.setAttribute("stroke-width", String(3.5 * (look.weight || 1)));
      if (look.opacity) shape.setAttribute("stroke-opacity", String(look.opacity));
      if (look.dotted) {
        shape.setAttribute("stroke-dasharray", "0.01 6");
        shape.setAttribute("stroke-linecap", "round");
      }
    }
  } else {
    shape = document.createElementNS(SVG_NS, "circle");
    for (const [k, v] of Object.entries({ cx: 11, cy: 7, r: 5 })) shape.setAttribute(k, v);
    if (precision === "exact") {
      shape.setAttribute("fill", color);
      shape.setAttribute("stroke", "#fff");
      shape.setAttribute("stroke-width", "1.5");
    } else {
      shape.setAttribute("fill", color);
      shape.setAttribute("fill-opacity", "0.15");
      shape.setAttribute("stroke", color);
      shape.setAttribute("stroke-width", "2");
      shape.setAttribute("stroke-dasharray", "2.5 1.5");
    }
  }
  svg.append(shape);
  return svg;
}
