// Building the page from data nobody vouches for: every title, text and name goes in as text
// (textContent, createElement), never as markup. Nothing here parses HTML.
import { t } from './i18n.js';

export const $ = (id) => document.getElementById(id);

/** A new element holding {@code text} as text. */
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A new SVG element with its attributes (numbers and trame's own strings only). */
export function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** The address of a view of this page: its parameters in the fragment (#story=s-1&as_of=…). */
export function href(params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null) query.append(name, v);
    }
  }
  return `#${query.toString()}`;
}

/** A link to a view of this page. */
export function link(text, params, className) {
  const a = el('a', text, className);
  a.href = href(params);
  return a;
}

export function go(params) {
  location.hash = href(params).slice(1);
}

/** A path of the API for an id that may hold slashes (cine-mag/x.txt): each segment encoded. */
export function idPath(prefix, id) {
  return prefix + id.split('/').map(encodeURIComponent).join('/');
}

/** GETs a path of the API; rejects with the server's own message on an error. */
export async function api(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error(t('error.network'));
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // not JSON: the status says enough
  }
  if (!response.ok) {
    const known = { 400: 'error.400', 404: 'error.404', 500: 'error.500' }[response.status];
    const what = known ? t(known) : t('error.other', { status: response.status });
    // the server's own words (in English) say which thing
    throw new Error(body && body.error ? `${what}: ${body.error}` : what);
  }
  return body;
}

/** A section with its heading, labelled by it (a landmark a screen reader can jump to). */
export function section(id, title, level = 'h2') {
  const node = el('section');
  node.id = `${id}-section`;
  const heading = el(level, title);
  heading.id = `${id}-title`;
  node.setAttribute('aria-labelledby', heading.id);
  node.append(heading);
  return node;
}

/** "copie exacte" or "copie à 87 %". */
export function copyLabel(similarity) {
  return similarity >= 1 ? t('copy.exact') : t('copy.near', { pct: Math.round(similarity * 100) });
}
