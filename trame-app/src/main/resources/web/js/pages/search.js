// Search: results grouped by story, matched words highlighted, and facets (entities, sources,
// months) that narrow the search. The filters live in the address, like the words.
import { api, el, link, go, section } from '../dom.js';
import { t, count, date } from '../i18n.js';

const STORIES = 10;

/** The search's parameters from the fragment: words, filters, sort and page. */
export function searchParams(params) {
  return {
    q: params.get('search') || '',
    entity: params.getAll('entity'),
    source: params.getAll('source'),
    month: params.get('month') || '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    offset: Math.max(0, parseInt(params.get('offset') || '0', 10) || 0),
  };
}

function fragment(p) {
  // 'search' stays even when empty (filters alone): it is what makes this the search page
  return {
    search: p.q,
    entity: p.entity,
    source: p.source,
    month: p.month || undefined,
    sort: p.sort === 'date' ? 'date' : undefined,
    offset: p.offset || undefined,
  };
}

function apiQuery(p) {
  const query = new URLSearchParams({ group: 'story', limit: STORIES, offset: p.offset, sort: p.sort });
  if (p.q) query.set('q', p.q);
  p.entity.forEach((e) => query.append('entity', e));
  p.source.forEach((s) => query.append('source', s));
  if (p.month) {
    query.set('from', p.month);
    query.set('to', p.month);
  }
  return `/api/search?${query}`;
}

export async function searchPage(main, p) {
  const input = document.getElementById('search-input');
  if (input && document.activeElement !== input) input.value = p.q;
  const body = await api(apiQuery(p));
  const page = section('results', t('search.title', { q: p.q || '*' }));
  page.id = 'search';
  page.append(el('p', t('search.total', {
    articles: count('n.article', body.total),
    stories: count('n.story', body.story_total),
  }), 'meta'));
  page.append(sortControl(p));
  page.append(activeFilters(p));

  const layout = el('div', null, 'search-layout');
  const results = el('div', null, 'results');
  const groups = el('ol', null, 'groups');
  groups.id = 'results';
  if (body.stories.length === 0) groups.append(el('li', t('search.none')));
  for (const group of body.stories) groups.append(storyGroup(group));
  results.append(groups);
  if (p.offset + STORIES < body.story_total) {
    results.append(link(t('search.more'), fragment({ ...p, offset: p.offset + STORIES }), 'more'));
  }
  layout.append(results, facets(body.facets, p));
  page.append(layout);
  main.replaceChildren(page);
}

function sortControl(p) {
  const wrap = el('div', null, 'row sort');
  const label = el('label', t('search.sort'));
  label.htmlFor = 'search-sort';
  const select = el('select');
  select.id = 'search-sort';
  for (const value of ['relevance', 'date']) {
    const option = el('option', t(`search.sort.${value}`));
    option.value = value;
    option.selected = p.sort === value;
    select.append(option);
  }
  select.addEventListener('change', () => go(fragment({ ...p, sort: select.value, offset: 0 })));
  wrap.append(label, select);
  return wrap;
}

/** The filters in force, each a link that removes it. */
function activeFilters(p) {
  const list = el('ul', null, 'chips filters');
  list.setAttribute('aria-label', t('search.filters'));
  const chip = (name, without) => {
    const item = el('li');
    const a = link(`${name} ×`, fragment({ ...without, offset: 0 }), 'chip active');
    a.setAttribute('aria-label', t('search.remove', { name }));
    item.append(a);
    list.append(item);
  };
  p.entity.forEach((e) => chip(e, { ...p, entity: p.entity.filter((x) => x !== e) }));
  p.source.forEach((s) => chip(s, { ...p, source: p.source.filter((x) => x !== s) }));
  if (p.month) chip(date(p.month), { ...p, month: '' });
  list.hidden = list.children.length === 0;
  return list;
}

function storyGroup(group) {
  const item = el('li', null, 'group');
  const head = el('h3');
  if (group.id) {
    head.append(link(group.title, { story: group.id }));
  } else {
    head.append(el('span', t('search.noStory')));
  }
  head.append(el('span', ` ${count('n.article', group.count)}`, 'meta'));
  item.append(head);
  const hits = el('ul', null, 'hits');
  for (const hit of group.hits) {
    const row = el('li', null, 'hit');
    row.append(link(hit.title, { article: hit.id }));
    const meta = [date(hit.published), hit.source || t('unknownSource')];
    if (hit.copies > 0) meta.push(count('n.copy', hit.copies));
    row.append(el('span', ` ${meta.join(' · ')}`, 'meta'));
    row.append(snippet(hit.snippet || '', hit.highlights));
    hits.append(row);
  }
  item.append(hits);
  return item;
}

/**
 * A snippet is plain text, and its matched words are [start, end) offsets into it. The text goes in
 * as text nodes and each match as a <mark> holding text: whatever the article's text holds
 * (markup, brackets, "<mark>"), nothing is ever parsed from it. Offsets that do not fit the text
 * (out of order, out of range) are skipped rather than trusted.
 */
export function snippet(text, highlights) {
  const p = el('p', null, 'snippet');
  let at = 0;
  for (const span of Array.isArray(highlights) ? highlights : []) {
    const [start, end] = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) p.append(document.createTextNode(text.slice(at, start)));
    p.append(el('mark', text.slice(start, end)));
    at = end;
  }
  if (at < text.length) p.append(document.createTextNode(text.slice(at)));
  return p;
}

function facets(f, p) {
  const aside = el('aside', null, 'facets');
  aside.setAttribute('aria-labelledby', 'facets-title');
  const title = el('h3', t('facets.title'));
  title.id = 'facets-title';
  aside.append(title);
  const group = (key, id, values, label, add) => {
    if (!values || values.length === 0) return;
    const nav = el('nav', null, 'facet');
    nav.id = id;
    nav.setAttribute('aria-label', t(key));
    nav.append(el('h4', t(key)));
    const list = el('ul');
    for (const v of values) {
      const item = el('li');
      item.append(link(label(v), fragment({ ...add(v), offset: 0 })));
      item.append(el('span', ` ${v.count}`, 'count'));
      list.append(item);
    }
    nav.append(list);
    aside.append(nav);
  };
  group('facets.entities', 'facet-entities', (f.entities || []).filter((e) => !p.entity.includes(e.name)),
    (e) => e.name, (e) => ({ ...p, entity: [...p.entity, e.name] }));
  group('facets.sources', 'facet-sources', (f.sources || []).filter((s) => !p.source.includes(s.name)),
    (s) => s.name, (s) => ({ ...p, source: [...p.source, s.name] }));
  group('facets.months', 'facet-months', p.month ? [] : f.months,
    (m) => date(m.month), (m) => ({ ...p, month: m.month }));
  return aside;
}
