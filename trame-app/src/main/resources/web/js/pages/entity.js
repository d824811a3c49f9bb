// An entity: the stories whose articles name it, the claims about it, and who is named beside it.
import { api, el, link, idPath, section } from '../dom.js';
import { t, count, span } from '../i18n.js';
import { claimItem } from './story.js';

export async function entityPage(main, name) {
  const entity = await api(idPath('/api/entities/', name));
  const page = section('entity', entity.name);
  page.id = 'entity';
  const facts = [];
  if (entity.type) facts.push(t(`type.${entity.type}`));
  facts.push(t('entity.summary', {
    articles: count('n.article', entity.articles),
    stories: count('n.story', entity.story_total ?? entity.stories.length),
  }));
  page.append(el('p', facts.join(' · '), 'meta'));
  page.append(link(t('entity.search'), { search: '', entity: entity.name }));

  const stories = section('entity-stories', t('entity.stories'), 'h3');
  const list = el('ol', null, 'list');
  list.id = 'entity-stories-list';
  for (const s of entity.stories) {
    const item = el('li');
    item.append(link(s.title, { story: s.id }));
    item.append(el('span', ` ${span(s.first, s.last)} · ${count('entity.articlesHere', s.count)}`, 'meta'));
    list.append(item);
  }
  stories.append(list);
  page.append(stories);

  const claims = section('entity-claims', t('entity.claims'), 'h3');
  const claimList = el('ul', null, 'claims');
  if (entity.claims.length === 0) claimList.append(el('li', t('entity.claimsEmpty'), 'meta'));
  for (const c of entity.claims) {
    const item = claimItem(c);
    if (c.story) item.append(link(t('article.story'), { story: c.story }));
    claimList.append(item);
  }
  claims.append(claimList);
  page.append(claims);

  if (entity.related && entity.related.length > 0) {
    const related = section('entity-related', t('entity.related'), 'h3');
    const chips = el('ul', null, 'chips');
    for (const r of entity.related) {
      const item = el('li');
      item.append(link(r.name, { entity: r.name }, `chip type-${r.type}`));
      chips.append(item);
    }
    related.append(chips);
    page.append(related);
  }
  main.replaceChildren(page);
}
