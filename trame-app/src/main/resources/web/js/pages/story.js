// A story: its timeline (drawn and listed), the claims and how they changed, an "as of" control
// that replays it, its events, its entities, and its articles with their copies folded.
import { api, el, link, go, section, copyLabel } from '../dom.js';
import { t, count, date, span, language } from '../i18n.js';
import { TimelineChart, rangeFields, period } from '../charts.js';

const DAY = 86400000;

// the whole story, kept while it is on screen: the as-of control ranges over all its days
let whole = null;

// the timeline on screen is drawn to the page's width: again when the width changes
let redraw = () => {};
let resizing = null;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => redraw(), 150);
});

export async function storyPage(main, id, asOf) {
  const path = `/api/stories/${encodeURIComponent(id)}`;
  // fetched again unless replaying: an ingest may have added to the story since
  if (!asOf || !whole || whole.id !== id) whole = await api(path);
  const story = asOf ? await api(`${path}?as_of=${encodeURIComponent(asOf)}`) : whole;
  const details = new Map((story.article_details || []).map((a) => [a.id, a]));

  const page = section('story', story.title);
  page.id = 'story';
  const counts = story.counts || { articles: story.articles.length };
  const parts = [span(story.first, story.last), count('n.article', counts.articles)];
  if (counts.sources !== undefined) parts.push(count('n.source', counts.sources));
  if (counts.copies > 0) parts.push(count('n.copy', counts.copies));
  const summary = el('p', parts.join(' · '), 'meta');
  summary.id = 'story-span';
  page.append(summary);
  page.append(asOfControl(story, asOf));

  const timeline = timelineSection(story, details);
  page.append(timeline.part);
  page.append(claimsSection(story.claims || []));
  const columns = el('div', null, 'columns');
  columns.append(eventsSection(story.events || []), entitiesSection(story.entities || []));
  page.append(columns);
  page.append(articlesSection(story, details));
  main.replaceChildren(page);
  // drawn once in the page, where its width is known
  timeline.draw();
}

/** The days the story can be replayed at: the last day of each of its articles' dates. */
function replayDays() {
  const days = new Set();
  for (const a of whole.article_details || []) {
    const p = period(a.published);
    if (p) days.add(new Date(p[1] - DAY).toISOString().slice(0, 10));
  }
  return [...days].sort();
}

function asOfControl(story, asOf) {
  const form = el('form', null, 'as-of');
  form.id = 'as-of-form';
  const label = el('label', t('story.asOf'));
  label.htmlFor = 'as-of';
  const input = el('input');
  input.type = 'date';
  input.id = 'as-of';
  input.name = 'as_of';
  input.value = asOf || '';
  const days = replayDays();
  if (days.length > 0) {
    input.min = days[0];
    input.max = days[days.length - 1];
  }
  const show = el('button', t('story.show'));
  show.type = 'submit';
  const all = el('button', t('story.all'));
  all.type = 'button';
  all.id = 'as-of-clear';
  all.addEventListener('click', () => go({ story: story.id }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(input.value ? { story: story.id, as_of: input.value } : { story: story.id });
  });
  const row = el('div', null, 'row');
  row.append(input, show, all);
  form.append(label, row);

  if (days.length > 1) {
    // a slider over the days something was published: each step adds what came out that day
    const sliderLabel = el('label', t('story.asOfSlider'));
    sliderLabel.htmlFor = 'as-of-slider';
    const slider = el('input');
    slider.type = 'range';
    slider.id = 'as-of-slider';
    slider.min = 0;
    slider.max = days.length - 1;
    slider.step = 1;
    let at = days.length - 1;
    if (asOf) {
      const i = days.findIndex((d) => d > asOf);
      at = i < 0 ? days.length - 1 : Math.max(0, i - 1);
    }
    slider.value = at;
    const output = el('output', date(days[at]));
    output.htmlFor = 'as-of-slider';
    slider.setAttribute('aria-valuetext', date(days[at]));
    slider.addEventListener('input', () => {
      output.textContent = date(days[slider.valueAsNumber]);
      slider.setAttribute('aria-valuetext', output.textContent);
    });
    slider.addEventListener('change', () => {
      const day = days[slider.valueAsNumber];
      go(slider.valueAsNumber === days.length - 1 && !asOf ? { story: story.id } : { story: story.id, as_of: day });
    });
    const sliderRow = el('div', null, 'row slider');
    sliderRow.append(slider, output);
    form.append(sliderLabel, sliderRow);
  }
  if (asOf) {
    const note = el('p', t('story.asOfNote', { date: date(asOf) }), 'note');
    note.id = 'as-of-note';
    form.append(note);
  }
  return form;
}

function timelineSection(story, details) {
  const part = section('timeline', t('story.timeline'), 'h3');
  const entries = story.timeline || [];
  const list = el('ol', null, 'timeline');
  list.id = 'timeline';
  if (entries.length === 0) {
    list.append(el('li', t('story.timelineEmpty')));
    part.append(list);
    return { part, draw: () => {} };
  }
  const items = entries.map((entry, index) => {
    const item = el('li');
    item.id = `entry-${index}`;
    item.tabIndex = -1;
    item.append(el('span', date(entry.date), 'date'));
    const tags = [t('precision.label', { p: t(`precision.${entry.precision || 'day'}`) })];
    if (entry.estimated) tags.push(t('estimated'));
    if (entry.kind === 'statement') tags.push(t('story.statement'));
    if (entry.announced) tags.push(t('story.announced'));
    item.append(el('span', tags.join(' · '), 'tag'));
    if (entry.status) item.append(el('span', t(`status.${entry.status}`), `badge status-${entry.status}`));
    item.append(el('p', entry.text));
    const sources = entry.sources || [];
    const cite = el('p', count('n.source', sources.length) + t('colon'), 'meta');
    sources.forEach((id, i) => {
      if (i > 0) cite.append(', ');
      const a = details.get(id);
      cite.append(link(a && a.source ? a.source : id, { article: id }));
    });
    item.append(cite);
    list.append(item);
    return item;
  });

  const canvas = el('div', null, 'chart');
  const help = el('p', t('story.timelineHelp'), 'meta');
  help.id = 'timeline-help';
  const chart = new TimelineChart(canvas, entries, (index) => {
    items.forEach((i) => i.classList.remove('picked'));
    items[index].classList.add('picked');
    items[index].focus();
  });
  if (chart.items.length > 0) {
    const controls = el('div', null, 'row zoom');
    const button = (key, action, id) => {
      const b = el('button', t(key));
      b.type = 'button';
      b.id = id;
      b.addEventListener('click', action);
      controls.append(b);
    };
    button('story.zoomIn', () => chart.zoom(0.5), 'zoom-in');
    button('story.zoomOut', () => chart.zoom(2), 'zoom-out');
    button('story.zoomReset', () => chart.reset(), 'zoom-reset');
    controls.append(rangeFields(chart));
    canvas.tabIndex = 0;
    canvas.id = 'timeline-chart';
    canvas.setAttribute('aria-describedby', 'timeline-help');
    canvas.addEventListener('keydown', (event) => {
      if (event.target === canvas) chart.keydown(event);
    });
    part.append(controls, canvas, help);
    redraw = () => canvas.isConnected && chart.render();
  }
  part.append(list);
  return { part, draw: () => chart.items.length > 0 && chart.render() };
}

function claimsSection(claims) {
  const part = section('claims', t('story.claims'), 'h3');
  const list = el('ul', null, 'claims');
  list.id = 'claims';
  if (claims.length === 0) list.append(el('li', t('story.claimsEmpty'), 'meta'));
  for (const claim of claims) list.append(claimItem(claim));
  part.append(list);
  return part;
}

/** One claim: what it is about, its value now, and every value said, oldest first. */
export function claimItem(claim) {
  const item = el('li', null, 'claim');
  const head = el('p', null, 'claim-head');
  head.append(el('strong', claim.subject));
  const kind = claim.kind.replace(/_/g, ' ') + (claim.role ? ` (${claim.role})` : '');
  head.append(el('span', ` · ${kind}`, 'meta'));
  const values = claim.values || [];
  const last = values.length > 0 ? values[values.length - 1] : null;
  const current = claim.current ?? (last ? last.value : null);
  const shown = values.find((v) => v.value === current) || last || {};
  if (current) {
    const value = claimValue(claim, { ...shown, value: current });
    head.append(el('span', ` · ${t('story.claimCurrent', { value })}`, 'current'));
  }
  item.append(head);
  const history = el('ol', null, 'claim-history');
  for (const v of values) {
    const row = el('li');
    if (v.change) row.append(el('span', t(`change.${v.change}`), `badge change-${v.change}`));
    row.append(el('span', claimValue(claim, v), 'value'));
    const said = el('span', ` — ${t('story.claimSaid', { date: date(v.said) })}`, 'meta');
    row.append(said);
    if (v.article) {
      row.append(el('span', ' · ', 'meta'));
      row.append(link(v.source || v.article, { article: v.article }));
    }
    history.append(row);
  }
  item.append(history);
  return item;
}

/**
 * A claim's value as the reader's language says it: a date at its precision, a number or an amount
 * of money in its currency ("≥" before a floor), else the text as given (a name, "actor → part").
 */
export function claimValue(claim, v) {
  const type = claim.type || 'date';
  if (type === 'date') return date(v.value);
  if ((type === 'quantity' || type === 'amount') && typeof v.number === 'number') {
    const locale = language() === 'fr' ? 'fr-FR' : 'en-GB';
    const options = type === 'amount' && v.unit ? { style: 'currency', currency: v.unit, maximumFractionDigits: 0 } : {};
    let text;
    try {
      text = new Intl.NumberFormat(locale, options).format(v.number);
    } catch (e) {
      text = `${v.number}${v.unit ? ` ${v.unit}` : ''}`;
    }
    return v.at_least ? t('claim.atLeast', { value: text }) : text;
  }
  return v.value;
}

function eventsSection(events) {
  const part = section('events', t('story.events'), 'h3');
  const list = el('ol', null, 'list');
  for (const e of events) {
    const item = el('li');
    item.append(el('span', e.title));
    item.append(el('span', ` ${span(e.first, e.last)} · ${count('n.article', e.articles.length)}`, 'meta'));
    list.append(item);
  }
  part.append(list);
  return part;
}

function entitiesSection(entities) {
  const part = section('entities', t('story.entities'), 'h3');
  const list = el('ul', null, 'chips');
  for (const e of entities) {
    const item = el('li');
    const a = link(e.name, { entity: e.name }, `chip type-${e.type}`);
    a.title = `${t(`type.${e.type}`)} · ${count('n.article', e.articles)}`;
    item.append(a);
    list.append(item);
  }
  part.append(list);
  return part;
}

function articlesSection(story, details) {
  const part = section('articles', t('story.articles'), 'h3');
  const list = el('ol', null, 'list');
  list.id = 'articles';
  if (story.articles.length === 0) list.append(el('li', t('story.articlesEmpty')));
  // copies are folded under their original when it is shown too, else listed on their own
  const shown = new Set(story.articles);
  const copiesOf = new Map();
  const copy = new Set();
  for (const d of story.duplicates || []) {
    if (shown.has(d.duplicate_of)) {
      if (!copiesOf.has(d.duplicate_of)) copiesOf.set(d.duplicate_of, []);
      copiesOf.get(d.duplicate_of).push(d);
      copy.add(d.id);
    }
  }
  const describe = (id) => {
    const a = details.get(id);
    const line = el('span');
    line.append(link(a && a.title ? a.title : id, { article: id }));
    if (a) {
      const when = date(a.published) + (a.estimated ? ' ~' : '');
      line.append(el('span', ` ${when} · ${a.source || t('unknownSource')}`, 'meta'));
    }
    return line;
  };
  for (const id of story.articles) {
    if (copy.has(id)) continue;
    const item = el('li', null, 'article');
    item.append(describe(id));
    const copies = copiesOf.get(id) || [];
    if (copies.length > 0) {
      const folded = el('details', null, 'copies');
      folded.append(el('summary', count('n.copy', copies.length)));
      const nested = el('ul');
      for (const d of copies) {
        const sub = el('li');
        sub.append(describe(d.id));
        sub.append(el('span', ` · ${copyLabel(d.similarity)}`, 'meta'));
        nested.append(sub);
      }
      folded.append(nested);
      item.append(folded);
    }
    list.append(item);
  }
  part.append(list);
  return part;
}
