// The front page: stories, most recently active first, each with its span, sources, key entities
// and a sparkline of its articles over time; and a bar of filters over them (words, entities,
// sources, language, dates, order). The filters live in the address (#stories&entity=…), so that a
// filtered page can be reloaded, bookmarked and shared.
import { api, el, go, link, section } from '../dom.js';
import { t, count, span, language } from '../i18n.js';
import { sparkline } from '../charts.js';

const PAGE = 30;
const SORTS = ['activity', 'date', 'size'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The front page's filters from the fragment. */
export function frontParams(params) {
  const sort = params.get('sort');
  return {
    q: params.get('q') || '',
    entity: params.getAll('entity'),
    source: params.getAll('source'),
    lang: params.get('lang') || '',
    from: params.get('from') || '',
    to: params.get('to') || '',
    sort: SORTS.includes(sort) ? sort : 'activity',
  };
}

function filtered(p) {
  return Boolean(p.q || p.entity.length || p.source.length || p.lang || p.from || p.to
    || p.sort !== 'activity');
}

/** The fragment of a filtered front page; none at all for the plain one. */
function fragment(p) {
  if (!filtered(p)) return {};
  return {
    stories: '',
    q: p.q || undefined,
    entity: p.entity,
    source: p.source,
    lang: p.lang || undefined,
    from: p.from || undefined,
    to: p.to || undefined,
    sort: p.sort === 'activity' ? undefined : p.sort,
  };
}

function apiQuery(p, offset) {
  const query = new URLSearchParams({ limit: PAGE, offset, sort: p.sort });
  if (p.q) query.set('q', p.q);
  p.entity.forEach((e) => query.append('entity', e));
  p.source.forEach((s) => query.append('source', s));
  if (p.lang) query.set('lang', p.lang);
  if (p.from) query.set('from', p.from);
  if (p.to) query.set('to', p.to);
  return `/api/stories?${query}`;
}

// what the store holds to filter on (sources, entities): asked once per visit of the page
let choices = null;

/** The sources and entities most named, counted over every article, for the filter bar. */
async function filterChoices(status) {
  const languages = Object.keys(status.languages || {});
  const key = `${status.articles}/${languages.join(',')}`;
  if (choices && choices.key === key) return choices;
  let facets = { sources: [], entities: [] };
  if (languages.length > 0) {
    // every article has a language: filtering on all of them browses everything, facets included
    const query = new URLSearchParams({ limit: 1 });
    languages.forEach((l) => query.append('lang', l));
    facets = (await api(`/api/search?${query}`)).facets;
  }
  choices = { key, sources: facets.sources || [], entities: facets.entities || [] };
  return choices;
}

export async function frontPage(main, p = frontParams(new URLSearchParams())) {
  const [status, first] = await Promise.all([api('/api/status'), api(apiQuery(p, 0))]);
  const known = await filterChoices(status);
  const page = section('stories', t('front.title'));
  page.id = 'front';
  page.append(el('p', t('front.status', {
    stories: count('n.story', status.stories),
    articles: count('n.article', status.articles),
  }), 'meta'));
  page.append(filterBar(p, status, known));
  if (filtered(p)) {
    const matching = el('p', t('front.matching', {
      stories: count('n.story', first.total),
      total: status.stories,
    }), 'meta matching');
    matching.id = 'stories-matching';
    matching.setAttribute('role', 'status');
    page.append(matching);
  }
  const list = el('ol', null, 'cards');
  list.id = 'stories';
  page.append(list);
  main.replaceChildren(page);
  if (first.stories.length === 0) {
    list.append(el('li', filtered(p) ? t('front.none') : t('front.empty')));
    return;
  }
  let shown = 0;
  const add = (body) => {
    body.stories.forEach((s) => list.append(card(s, p.entity)));
    shown += body.stories.length;
    more.hidden = shown >= body.total;
  };
  const more = el('button', t('front.more'));
  more.type = 'button';
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      add(await api(apiQuery(p, shown)));
    } finally {
      more.disabled = false;
    }
  });
  page.append(more);
  add(first);
}

/** A labelled field: its label above it, tied by id. */
function field(id, labelKey, control) {
  const wrap = el('div', null, 'field');
  const label = el('label', t(labelKey));
  label.htmlFor = id;
  control.id = id;
  wrap.append(label, control);
  return wrap;
}

function languageName(code) {
  try {
    const name = new Intl.DisplayNames([language()], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch (e) {
    return code; // 'und', or a browser without display names
  }
}

/**
 * The filters, a form a keyboard goes through in order. Submitting it puts them in the address,
 * which draws the page anew: the address is the one place they live.
 */
function filterBar(p, status, known) {
  // folded on a phone, where it would push the stories off the screen; its summary counts the
  // filters in force, and the line under it says how many stories pass
  const box = el('details', null, 'story-filters');
  box.id = 'story-filters-box';
  box.open = window.matchMedia('(min-width: 40rem)').matches;
  const active = p.entity.length + p.source.length
    + [p.q, p.lang, p.from, p.to].filter(Boolean).length;
  const summary = el('summary', active > 0 ? `${t('filters.title')} (${active})` : t('filters.title'));
  summary.id = 'story-filters-title';
  box.append(summary);
  const form = el('form');
  form.id = 'story-filters';
  form.setAttribute('role', 'search');
  form.setAttribute('aria-labelledby', 'story-filters-title');
  box.append(form);

  const fields = el('div', null, 'filter-fields');
  const words = el('input');
  words.type = 'search';
  words.name = 'q';
  words.value = p.q;
  fields.append(field('filter-q', 'filters.q', words));

  const entity = el('input');
  entity.type = 'text';
  entity.name = 'entity';
  entity.autocomplete = 'off';
  entity.setAttribute('list', 'filter-entity-names');
  const names = el('datalist');
  names.id = 'filter-entity-names';
  for (const e of known.entities) {
    const option = el('option');
    option.value = e.name;
    names.append(option);
  }
  const entityField = field('filter-entity', 'filters.entity', entity);
  entityField.append(names);
  fields.append(entityField);

  const lang = el('select');
  lang.name = 'lang';
  const all = el('option', t('filters.langAll'));
  all.value = '';
  lang.append(all);
  const codes = Object.keys(status.languages || {});
  if (p.lang && !codes.includes(p.lang)) codes.push(p.lang);
  for (const code of codes) {
    const option = el('option', languageName(code));
    option.value = code;
    option.selected = code === p.lang;
    lang.append(option);
  }
  fields.append(field('filter-lang', 'filters.lang', lang));

  const from = el('input');
  from.type = 'date';
  from.name = 'from';
  if (DAY.test(p.from)) from.value = p.from;
  fields.append(field('filter-from', 'filters.from', from));
  const to = el('input');
  to.type = 'date';
  to.name = 'to';
  if (DAY.test(p.to)) to.value = p.to;
  fields.append(field('filter-to', 'filters.to', to));

  const sort = el('select');
  sort.name = 'sort';
  for (const value of SORTS) {
    const option = el('option', t(`filters.sort.${value}`));
    option.value = value;
    option.selected = p.sort === value;
    sort.append(option);
  }
  fields.append(field('filter-sort', 'filters.sort', sort));
  form.append(fields);

  // sources: several at once, so boxes to tick, folded away until asked for
  const sourceNames = known.sources.map((s) => s.name);
  for (const s of p.source) if (!sourceNames.includes(s)) sourceNames.push(s);
  if (sourceNames.length > 0) {
    const box = el('details', null, 'filter-sources');
    box.id = 'filter-sources';
    box.open = p.source.length > 0;
    box.append(el('summary', p.source.length > 0
      ? t('filters.sourcesChosen', { n: p.source.length })
      : t('filters.sources')));
    const set = el('fieldset');
    set.append(el('legend', t('filters.sources'), 'visually-hidden'));
    sourceNames.forEach((name, i) => {
      const wrap = el('div', null, 'check');
      const tick = el('input');
      tick.type = 'checkbox';
      tick.name = 'source';
      tick.value = name;
      tick.id = `filter-source-${i}`;
      tick.checked = p.source.includes(name);
      const label = el('label', name);
      label.htmlFor = tick.id;
      wrap.append(tick, label);
      set.append(wrap);
    });
    box.append(set);
    form.append(box);
  }

  const actions = el('div', null, 'row filter-actions');
  const apply = el('button', t('filters.apply'));
  apply.type = 'submit';
  apply.id = 'filter-apply';
  actions.append(apply);
  if (filtered(p)) {
    const clear = link(t('filters.clear'), {});
    clear.id = 'filter-clear';
    actions.append(clear);
  }
  form.append(actions);

  // the entities in force, each a button that removes it
  if (p.entity.length > 0) {
    const chips = el('ul', null, 'chips filters');
    chips.id = 'filter-entities';
    chips.setAttribute('aria-label', t('filters.entities'));
    for (const name of p.entity) {
      const item = el('li');
      const remove = el('button', `${name} ×`, 'chip active');
      remove.type = 'button';
      remove.setAttribute('aria-label', t('search.remove', { name }));
      remove.addEventListener('click', () => go(fragment({ ...p, entity: p.entity.filter((x) => x !== name) })));
      item.append(remove);
      chips.append(item);
    }
    form.append(chips);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = entity.value.trim();
    const next = {
      q: words.value.trim(),
      entity: typed && !p.entity.includes(typed) ? [...p.entity, typed] : p.entity,
      source: [...form.querySelectorAll('input[name=source]:checked')].map((box) => box.value),
      lang: lang.value,
      // a date the field cannot show (2021, 2021-03: typed in the address) is kept as it was
      from: from.value || (DAY.test(p.from) ? '' : p.from),
      to: to.value || (DAY.test(p.to) ? '' : p.to),
      sort: sort.value,
    };
    const target = fragment(next);
    if (Object.keys(target).length === 0 && location.hash.length <= 1) return;
    go(target);
  });
  return box;
}

// the entities asked for come first on each card, so that it shows why it matched, even when
// they are not among the story's most named
function card(story, asked = []) {
  const item = el('li', null, 'card story-card');
  const text = el('div', null, 'card-text');
  const title = el('h3');
  title.append(link(story.title, { story: story.id }));
  text.append(title);
  const counts = story.counts || { articles: story.articles.length };
  const parts = [span(story.first, story.last), count('n.article', counts.articles)];
  if (counts.sources !== undefined) parts.push(count('n.source', counts.sources));
  text.append(el('p', parts.join(' · '), 'meta'));
  const fold = (x) => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const listed = story.entities || [];
  const shown = [
    ...asked
      .filter((a) => !listed.some((e) => fold(e.name) === fold(a)))
      .map((a) => ({ name: a, type: 'asked' })),
    ...listed,
  ];
  if (shown.length > 0) {
    const names = el('ul', null, 'chips');
    for (const e of shown) {
      const chip = el('li');
      chip.append(link(e.name, { entity: e.name }, `chip type-${e.type}`));
      names.append(chip);
    }
    text.append(names);
  }
  item.append(text);
  const chart = sparkline(story.months);
  if (chart) item.append(chart);
  return item;
}
