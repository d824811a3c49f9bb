// The front page: stories, most recently active first, each with its span, sources, key entities
// and a sparkline of its articles over time.
import { api, el, link, section } from '../dom.js';
import { t, count, span } from '../i18n.js';
import { sparkline } from '../charts.js';

const PAGE = 30;

export async function frontPage(main) {
  const [status, first] = await Promise.all([api('/api/status'), api(`/api/stories?limit=${PAGE}`)]);
  const page = section('stories', t('front.title'));
  page.id = 'front';
  page.append(el('p', t('front.status', {
    stories: count('n.story', status.stories),
    articles: count('n.article', status.articles),
  }), 'meta'));
  const list = el('ol', null, 'cards');
  list.id = 'stories';
  page.append(list);
  main.replaceChildren(page);
  if (first.stories.length === 0) {
    list.append(el('li', t('front.empty')));
    return;
  }
  let shown = 0;
  const add = (body) => {
    body.stories.forEach((s) => list.append(card(s)));
    shown += body.stories.length;
    more.hidden = shown >= body.total;
  };
  const more = el('button', t('front.more'));
  more.type = 'button';
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      add(await api(`/api/stories?limit=${PAGE}&offset=${shown}`));
    } finally {
      more.disabled = false;
    }
  });
  page.append(more);
  add(first);
}

function card(story) {
  const item = el('li', null, 'card story-card');
  const text = el('div', null, 'card-text');
  const title = el('h3');
  title.append(link(story.title, { story: story.id }));
  text.append(title);
  const counts = story.counts || { articles: story.articles.length };
  const parts = [span(story.first, story.last), count('n.article', counts.articles)];
  if (counts.sources !== undefined) parts.push(count('n.source', counts.sources));
  text.append(el('p', parts.join(' · '), 'meta'));
  if (story.entities && story.entities.length > 0) {
    const names = el('ul', null, 'chips');
    for (const e of story.entities) {
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
