// The two drawings: a story's sparkline (articles per month) and its zoomable timeline. Plain SVG
// built element by element; labels are set as text.
import { svg, el } from './dom.js';
import { t, date, shortMonth } from './i18n.js';

const DAY = 86400000;

/**
 * The period an ISO date at its precision stands for, as [first ms, end ms): a day, a month, a
 * season (spring from March, winter from December), a quarter (2022-Q2), a half year (2021-H2) or a
 * year. Null for what is not a date.
 */
export function period(iso) {
  if (!iso) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const start = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return [start, start + DAY];
  }
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1)];
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(iso);
  if (m) {
    const first = { SP: 2, SU: 5, FA: 8, WI: 11 }[m[2]];
    return [Date.UTC(+m[1], first, 1), Date.UTC(+m[1], first + 3, 1)];
  }
  m = /^(\d{4})-([QH])(\d)$/.exec(iso);
  if (m) {
    const months = m[2] === 'Q' ? 3 : 6;
    const first = (+m[3] - 1) * months;
    return [Date.UTC(+m[1], first, 1), Date.UTC(+m[1], first + months, 1)];
  }
  m = /^(\d{4})$/.exec(iso);
  if (m) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1)];
  return null;
}

/**
 * Bars of a story's articles per month, from its first month to its last, empty months included so
 * that the gaps show. {@code months} is the API's [{month: 'YYYY-MM', count}].
 */
export function sparkline(months) {
  if (!months || months.length === 0) return null;
  const counts = new Map(months.map((m) => [m.month, m.count]));
  const [y0, m0] = months[0].month.split('-').map(Number);
  const [y1, m1] = months[months.length - 1].month.split('-').map(Number);
  const total = (y1 - y0) * 12 + (m1 - m0) + 1;
  // a story over decades still fits: whole years then
  const perBar = total > 60 ? 12 : 1;
  const bars = [];
  for (let i = 0; i < total; i += perBar) {
    let n = 0;
    for (let j = i; j < Math.min(i + perBar, total); j++) {
      const y = y0 + Math.floor((m0 - 1 + j) / 12);
      const mo = ((m0 - 1 + j) % 12) + 1;
      n += counts.get(`${y}-${String(mo).padStart(2, '0')}`) || 0;
    }
    bars.push(n);
  }
  const width = 120;
  const height = 28;
  const max = Math.max(...bars);
  const step = width / bars.length;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: 'sparkline',
    role: 'img',
  });
  const label = t('front.sparkline', { from: date(months[0].month), to: date(months[months.length - 1].month) });
  chart.setAttribute('aria-label', `${label}: ${bars.join(', ')}`);
  const title = svg('title');
  title.textContent = label;
  chart.append(title);
  chart.append(svg('line', { x1: 0, y1: height - 0.5, x2: width, y2: height - 0.5, class: 'spark-base' }));
  bars.forEach((n, i) => {
    if (n === 0) return;
    const h = Math.max(2, (n / max) * (height - 2));
    chart.append(svg('rect', {
      x: (i * step + step * 0.1).toFixed(2),
      y: (height - h).toFixed(2),
      width: Math.max(1, step * 0.8).toFixed(2),
      height: h.toFixed(2),
      class: 'spark-bar',
    }));
  });
  return chart;
}

/**
 * A story's timeline as a zoomable drawing: each entry a dot (a day) or a band (a month, a season,
 * a year), on lanes so that none hides another, over a time axis. The view (from, to) changes with
 * the buttons, the two date fields and the keyboard; {@code onPick(index)} is told which entry was
 * chosen (click, Enter or Space on it).
 */
export class TimelineChart {
  constructor(container, entries, onPick) {
    this.container = container;
    this.onPick = onPick;
    this.items = entries
      .map((e, index) => ({ index, entry: e, span: period(e.date) }))
      .filter((i) => i.span);
    const first = Math.min(...this.items.map((i) => i.span[0]));
    const last = Math.max(...this.items.map((i) => i.span[1]));
    // a little air on each side, and at least a month in view
    const pad = Math.max((last - first) * 0.04, 15 * DAY);
    this.full = [first - pad, last + pad];
    this.view = [...this.full];
    this.listeners = [];
  }

  /** Called with the view whenever it changes (for the range fields). */
  onChange(listener) {
    this.listeners.push(listener);
  }

  setView(from, to) {
    const min = 2 * DAY;
    if (!(to - from >= min)) {
      const mid = (from + to) / 2;
      from = mid - min / 2;
      to = mid + min / 2;
    }
    this.view = [from, to];
    this.render();
    this.listeners.forEach((l) => l(this.view));
  }

  zoom(factor) {
    const [from, to] = this.view;
    const mid = (from + to) / 2;
    const half = ((to - from) / 2) * factor;
    const maxHalf = (this.full[1] - this.full[0]) / 2;
    if (factor > 1 && half >= maxHalf) {
      this.reset();
      return;
    }
    this.setView(mid - half, mid + half);
  }

  pan(fraction) {
    const [from, to] = this.view;
    const shift = (to - from) * fraction;
    this.setView(from + shift, to + shift);
  }

  reset() {
    this.setView(...this.full);
  }

  /** The keys of the drawing: + − zoom, arrows move, 0 or Home shows everything. */
  keydown(event) {
    const actions = {
      '+': () => this.zoom(0.5),
      '=': () => this.zoom(0.5),
      '-': () => this.zoom(2),
      _: () => this.zoom(2),
      ArrowLeft: () => this.pan(-0.2),
      ArrowRight: () => this.pan(0.2),
      0: () => this.reset(),
      Home: () => this.reset(),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  render() {
    const width = Math.max(280, this.container.clientWidth || 600);
    const [from, to] = this.view;
    const x = (time) => ((time - from) / (to - from)) * (width - 20) + 10;
    const visible = this.items.filter((i) => i.span[1] >= from && i.span[0] <= to);
    // lanes: an entry goes on the first lane free at its left edge
    const laneEnds = [];
    const placed = visible.map((item) => {
      const left = x(item.span[0]);
      const right = Math.max(x(item.span[1]), left + 12);
      let lane = laneEnds.findIndex((end) => end < left - 4);
      if (lane < 0) {
        lane = laneEnds.length;
        laneEnds.push(right);
      } else {
        laneEnds[lane] = right;
      }
      return { item, left, right, lane };
    });
    const laneHeight = 18;
    const axis = Math.max(1, laneEnds.length) * laneHeight + 12;
    const height = axis + 26;
    const chart = svg('svg', {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      class: 'timeline-chart',
      role: 'group',
    });
    chart.setAttribute('aria-label', t('story.timelineChart', {
      from: date(new Date(from).toISOString().slice(0, 10)),
      to: date(new Date(to).toISOString().slice(0, 10)),
    }));
    chart.append(svg('line', { x1: 0, y1: axis, x2: width, y2: axis, class: 'axis' }));
    for (const tick of ticks(from, to, width)) {
      const tx = x(tick);
      chart.append(svg('line', { x1: tx, y1: axis, x2: tx, y2: axis + 5, class: 'axis' }));
      const label = svg('text', { x: tx, y: axis + 18, class: 'tick', 'text-anchor': 'middle' });
      label.textContent = shortMonth(tick);
      chart.append(label);
    }
    for (const { item, left, right, lane } of placed) {
      const e = item.entry;
      const y = lane * laneHeight + 10;
      const mark = svg('g', {
        class: `mark precision-${e.precision || 'day'}${e.estimated ? ' estimated' : ''}${e.status ? ` status-${e.status}` : ''}`,
        tabindex: 0,
        role: 'button',
      });
      mark.dataset.index = item.index;
      mark.dataset.date = e.date;
      mark.dataset.announced = e.announced ? 'true' : 'false';
      const name = `${date(e.date)} — ${e.text}`;
      mark.setAttribute('aria-label', name);
      const title = svg('title');
      title.textContent = name;
      mark.append(title);
      if ((e.precision || 'day') === 'day') {
        mark.append(svg('circle', { cx: left + 3, cy: y, r: 5 }));
      } else {
        mark.append(svg('rect', { x: left, y: y - 5, width: Math.max(6, right - left - 2), height: 10, rx: 4 }));
      }
      const pick = () => this.onPick(item.index);
      mark.addEventListener('click', pick);
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          pick();
        }
      });
      chart.append(mark);
    }
    this.container.replaceChildren(chart);
  }
}

/** Round times for the axis: months, quarters or years, about one every 90 pixels. */
function ticks(from, to, width) {
  const months = (to - from) / (30.4 * DAY);
  const wanted = Math.max(2, Math.floor(width / 90));
  const steps = [1, 2, 3, 6, 12, 24, 60, 120];
  const step = steps.find((s) => months / s <= wanted) || 120;
  const start = new Date(from);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  m = Math.ceil(m / step) * step;
  const out = [];
  for (let time = Date.UTC(y, m, 1); time <= to; m += step, time = Date.UTC(y, m, 1)) {
    if (time >= from) out.push(time);
  }
  if (out.length === 0) out.push(Date.UTC(y, start.getUTCMonth(), 1));
  return out;
}

/** Two date fields bound to the chart's view (the "range" of the timeline). */
export function rangeFields(chart) {
  const wrap = el('div', null, 'row range');
  const fields = [];
  ['story.rangeFrom', 'story.rangeTo'].forEach((key, i) => {
    const id = `timeline-${i === 0 ? 'from' : 'to'}`;
    const label = el('label', t(key));
    label.htmlFor = id;
    const input = el('input');
    input.type = 'date';
    input.id = id;
    input.addEventListener('change', () => {
      const [a, b] = fields.map((f) => f.valueAsNumber);
      if (!Number.isNaN(a) && !Number.isNaN(b) && a < b) chart.setView(a, b + DAY);
    });
    fields.push(input);
    wrap.append(label, input);
  });
  const show = (view) => {
    fields[0].value = new Date(view[0]).toISOString().slice(0, 10);
    fields[1].value = new Date(view[1] - DAY).toISOString().slice(0, 10);
  };
  chart.onChange(show);
  show(chart.view);
  return wrap;
}
