// DOM helpers: every node is built with createElement/textContent, so source data can never become markup.

/** Creates an element with string attributes and children (strings become text nodes; null/false are skipped). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    // Inline styles are refused on purpose: strict CSP pages forbid them, classes carry all styling.
    if (name === 'style' || name.startsWith('on')) throw new Error(`h(): attribute ${name} is not allowed`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends strings (as text), nodes and nested arrays of them. */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return parent;
}

/** Returns the URL string when it is an absolute http(s) URL, else null: links to anything else are never made. */
export function safeHttpUrl(value) {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Returns value as a display string: untrusted fields may be numbers, objects or missing. */
export function str(value) {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** Text only a screen reader hears. */
export function srOnly(text) {
  return h('span', { class: 'sr' }, text);
}

/** Sets a performance mark "fact-compare:<name>" (for measuring load stages; harmless elsewhere). */
export function mark(name) {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark(`fact-compare:${name}`);
}
