// trame's web page: lists the stories, shows one (timeline and articles, optionally as of a day),
// searches the articles. It reads the JSON API of 'trame serve' and nothing else.
//
// Titles and texts come from the articles, which nobody vouches for: they are only ever inserted
// as text (textContent, createElement), never parsed as markup.
//
// What is shown lives in the address's fragment (#story=s-1&as_of=2021-01-01, #article=ID,
// #search=WORDS), so that the back button, reloading and bookmarks work.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);

  // a large store has tens of thousands of stories: the list shows the most recently active ones,
  // search finds the others
  const LISTED = 100;
  const FAILURE = { 400: 'Demande invalide', 404: 'Introuvable', 500: 'Erreur du serveur' };
  const PRECISION = { day: 'jour', month: 'mois', season: 'saison', year: 'année' };
  const DAY = new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  });
  const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

  /** GETs a path of the API; rejects with the server's own message on an error. */
  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      // not JSON: the status says enough
    }
    if (!response.ok) {
      const what = FAILURE[response.status] || `Erreur ${response.status}`;
      // the server's own words (in English) say which thing
      throw new Error(body && body.error ? `${what} : ${body.error}` : what);
    }
    return body;
  }

  /** A new element holding {@code text} as text. */
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  /** A link to a view of this page. */
  function link(text, params) {
    const a = el('a', text);
    a.href = '#' + new URLSearchParams(params).toString();
    return a;
  }

  /** An ISO date at its precision (2021, 2021-03, 2021-03-04), the French way. */
  function date(iso) {
    if (!iso) return 'sans date';
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return DAY.format(new Date(iso + 'T00:00:00Z'));
    if (/^\d{4}-\d{2}$/.test(iso)) return MONTH.format(new Date(iso + '-01T00:00:00Z'));
    return iso;
  }

  function span(first, last) {
    if (!first) return 'sans date';
    if (!last || last === first) return date(first);
    return `${date(first)} → ${date(last)}`;
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
  }

  /** A resemblance in [0, 1] as people read it: "copie exacte" or "copie à 87 %". */
  function copyLabel(similarity) {
    return similarity >= 1 ? 'copie exacte' : `copie à ${Math.round(similarity * 100)} %`;
  }

  /** "12 articles · 9 sources · 3 copies" (counts of an older server: articles only). */
  function storyCounts(story) {
    const counts = story.counts;
    if (!counts) return plural(story.articles.length, 'article');
    const parts = [plural(counts.articles, 'article'), plural(counts.sources, 'source')];
    if (counts.copies > 0) parts.push(plural(counts.copies, 'copie'));
    return parts.join(' · ');
  }

  function showMessage(text) {
    $('message').textContent = text || '';
    $('message').hidden = !text;
  }

  /**
   * Shows one of the panels beside the list (or none), hides the others, and moves the focus to
   * its heading: a screen reader reads what opened, a phone scrolls to it.
   */
  function showPanel(id) {
    for (const panel of ['results-panel', 'story-panel', 'article-panel']) {
      $(panel).hidden = panel !== id;
    }
    if (id) $(id).querySelector('h2').focus();
  }

  function articlePath(id) {
    // ids are paths (cine-mag/x.txt): keep the slashes, encode the rest
    return '/api/articles/' + id.split('/').map(encodeURIComponent).join('/');
  }

  // ---------------------------------------------------------------- views

  async function loadStories() {
    const [status, body] = await Promise.all([
      api('/api/status'),
      api(`/api/stories?limit=${LISTED}`),
    ]);
    $('status').textContent =
      `${plural(status.stories, 'histoire')}, ${plural(status.articles, 'article')}` +
      (status.stories > LISTED ? ` ; les ${LISTED} plus récentes :` : '');
    const list = $('stories');
    list.replaceChildren();
    if (body.stories.length === 0) {
      list.append(el('li', 'Aucune histoire : ajoutez des articles avec « trame ingest ».'));
    }
    for (const story of body.stories) {
      const item = el('li');
      item.append(link(story.title, { story: story.id }));
      item.append(el('span', `${span(story.first, story.last)} · ${plural(story.articles.length, 'article')}`, 'meta'));
      list.append(item);
    }
  }

  async function showStory(id, asOf) {
    const query = asOf ? `?as_of=${encodeURIComponent(asOf)}` : '';
    const story = await api(`/api/stories/${encodeURIComponent(id)}${query}`);
    $('story-title').textContent = story.title;
    $('story-span').textContent = `${span(story.first, story.last)} · ${storyCounts(story)}`;
    $('as-of').value = asOf || '';
    $('as-of-form').dataset.story = story.id;
    $('as-of-note').hidden = !asOf;
    $('as-of-note').textContent = asOf
      ? `Seulement ce qui était publié le ${date(asOf)} au plus tard.`
      : '';

    const timeline = $('timeline');
    timeline.replaceChildren();
    if (story.timeline.length === 0) {
      timeline.append(el('li', 'Rien de daté à cette date.'));
    }
    for (const entry of story.timeline) {
      const item = el('li');
      item.append(el('span', date(entry.date), 'date'));
      item.append(el('span', `précision : ${PRECISION[entry.precision] || entry.precision}`, 'tag'));
      item.append(el('p', entry.text));
      item.append(el('span', plural(entry.sources.length, 'source'), 'meta'));
      timeline.append(item);
    }

    const articles = $('articles');
    articles.replaceChildren();
    if (story.articles.length === 0) {
      articles.append(el('li', 'Aucun article publié à cette date.'));
    }
    // copies are folded under their original when it is shown too, else listed on their own
    const shown = new Set(story.articles);
    const copiesOf = new Map();
    const copy = new Map();
    for (const d of story.duplicates || []) {
      if (shown.has(d.duplicate_of)) {
        if (!copiesOf.has(d.duplicate_of)) copiesOf.set(d.duplicate_of, []);
        copiesOf.get(d.duplicate_of).push(d);
        copy.set(d.id, d);
      }
    }
    for (const articleId of story.articles) {
      if (copy.has(articleId)) continue;
      const item = el('li');
      item.append(link(articleId, { article: articleId }));
      const copies = copiesOf.get(articleId) || [];
      if (copies.length > 0) {
        item.append(el('span', ` · ${plural(copies.length, 'copie')}`, 'meta'));
        const nested = el('ul', null, 'copies');
        for (const d of copies) {
          const sub = el('li');
          sub.append(link(d.id, { article: d.id }));
          sub.append(el('span', ` · ${copyLabel(d.similarity)}`, 'meta'));
          nested.append(sub);
        }
        item.append(nested);
      }
      articles.append(item);
    }
    showPanel('story-panel');
  }

  async function showArticle(id) {
    const article = await api(articlePath(id));
    $('article-title').textContent = article.title;
    const meta = $('article-meta');
    meta.replaceChildren();
    meta.append(el('span', `${date(article.published)} · ${article.source || 'source inconnue'} · `));
    if (article.story) {
      meta.append(link('voir l’histoire', { story: article.story }));
    }
    if (article.author) {
      meta.prepend(el('span', `${article.author} · `));
    }
    if (article.duplicate_of) {
      meta.append(el('span', ` · ${copyLabel(article.duplicate_similarity)} de `));
      meta.append(link(article.duplicate_of, { article: article.duplicate_of }));
    }
    const copies = article.copies || [];
    if (copies.length > 0) {
      meta.append(el('span', ` · ${plural(copies.length, 'copie')} : `));
      copies.forEach((c, i) => {
        if (i > 0) meta.append(el('span', ', '));
        meta.append(link(c.source ? `${c.id} (${c.source})` : c.id, { article: c.id }));
        meta.append(el('span', ` ${copyLabel(c.similarity)}`, 'meta'));
      });
    }
    // the clean text by default; the original as it arrived, furniture and all, on demand
    const toggle = $('article-version');
    const render = (original) => {
      const text = $('article-text');
      text.replaceChildren();
      const body = original ? article.original : article.text;
      for (const paragraph of (body || '').split(/\n\s*\n/)) {
        text.append(el('p', paragraph));
      }
      toggle.setAttribute('aria-pressed', String(original));
      toggle.textContent = original ? 'Voir le texte nettoyé' : 'Voir le texte original';
    };
    toggle.onclick = () => render(toggle.getAttribute('aria-pressed') !== 'true');
    render(false);
    showPanel('article-panel');
  }

  async function showSearch(words) {
    $('search-input').value = words;
    const body = await api(`/api/search?q=${encodeURIComponent(words)}&limit=20`);
    $('results-title').textContent = `Résultats pour « ${body.query} »`;
    const list = $('results');
    list.replaceChildren();
    if (body.hits.length === 0) {
      list.append(el('li', 'Aucun article ne correspond.'));
    }
    for (const hit of body.hits) {
      const item = el('li');
      item.append(link(hit.title, { article: hit.id }));
      item.append(el('span', date(hit.published), 'meta'));
      // the snippet marks the matched words [like this]: shown as is, as text
      item.append(el('p', hit.snippet, 'snippet'));
      list.append(item);
    }
    showPanel('results-panel');
  }

  /** Shows what the fragment asks for. */
  async function route() {
    const params = new URLSearchParams(location.hash.slice(1));
    showMessage('');
    try {
      if (params.get('story')) {
        await showStory(params.get('story'), params.get('as_of'));
      } else if (params.get('article')) {
        await showArticle(params.get('article'));
      } else if (params.get('search')) {
        await showSearch(params.get('search'));
      } else {
        showPanel(null);
      }
    } catch (e) {
      showMessage(e.message);
    }
  }

  function go(params) {
    location.hash = new URLSearchParams(params).toString();
  }

  // ---------------------------------------------------------------- wiring

  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const words = $('search-input').value.trim();
    if (words) go({ search: words });
  });

  $('as-of-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const story = $('as-of-form').dataset.story;
    const asOf = $('as-of').value;
    go(asOf ? { story, as_of: asOf } : { story });
  });

  $('as-of-clear').addEventListener('click', () => {
    go({ story: $('as-of-form').dataset.story });
  });

  window.addEventListener('hashchange', route);

  loadStories().catch((e) => showMessage(e.message));
  route();
})();
