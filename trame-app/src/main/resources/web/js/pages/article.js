// One article: its clean text by default, the original as it arrived on demand.
import { api, el, link, idPath, section, copyLabel } from '../dom.js';
import { t, count, date } from '../i18n.js';

export async function articlePage(main, id) {
  const article = await api(idPath('/api/articles/', id));
  const page = section('article', article.title);
  page.id = 'article';
  const meta = el('p', null, 'meta');
  const parts = [];
  if (article.author) parts.push(article.author);
  parts.push(date(article.published) + (article.estimated ? ` (${t('estimated')})` : ''));
  parts.push(article.source || t('unknownSource'));
  meta.append(el('span', `${parts.join(' · ')} · `));
  if (article.story) meta.append(link(t('article.story'), { story: article.story }));
  if (article.duplicate_of) {
    meta.append(el('span', ` · ${t('article.copyOf', { label: copyLabel(article.duplicate_similarity) })} `));
    meta.append(link(article.duplicate_of, { article: article.duplicate_of }));
  }
  const copies = article.copies || [];
  if (copies.length > 0) {
    meta.append(el('span', ` · ${count('n.copy', copies.length)}${t('colon')}`));
    copies.forEach((c, i) => {
      if (i > 0) meta.append(el('span', ', '));
      meta.append(link(c.source ? `${c.id} (${c.source})` : c.id, { article: c.id }));
      meta.append(el('span', ` ${copyLabel(c.similarity)}`, 'meta'));
    });
  }
  page.append(meta);
  const toggle = el('button');
  toggle.type = 'button';
  toggle.id = 'article-version';
  page.append(toggle);
  const text = el('div', null, 'text');
  text.id = 'article-text';
  page.append(text);
  // the clean text by default; the original as it arrived, furniture and all, on demand
  const render = (original) => {
    text.replaceChildren();
    const body = original ? article.original : article.text;
    for (const paragraph of (body || '').split(/\n\s*\n/)) text.append(el('p', paragraph));
    toggle.setAttribute('aria-pressed', String(original));
    toggle.textContent = original ? t('article.clean') : t('article.original');
  };
  toggle.addEventListener('click', () => render(toggle.getAttribute('aria-pressed') !== 'true'));
  render(false);
  main.replaceChildren(page);
}
