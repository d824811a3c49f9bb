// trame's web page: the front page of stories, a story, an entity, an article, and search. It
// reads the JSON API of 'trame serve' and nothing else.
//
// Titles and texts come from the articles, which nobody vouches for: they are only ever inserted
// as text (textContent, createElement), never parsed as markup.
//
// What is shown lives in the address's fragment (#story=s-1&as_of=2021-01-01, #entity=NAME,
// #article=ID, #search=WORDS&entity=…, #stories&entity=…&sort=size for a filtered front page), so that the back button, reloading and bookmarks work.
import { $, el, go } from './js/dom.js';
import { t, language, setLanguage, LANGUAGES } from './js/i18n.js';
import { frontPage, frontParams } from './js/pages/front.js';
import { storyPage } from './js/pages/story.js';
import { entityPage } from './js/pages/entity.js';
import { articlePage } from './js/pages/article.js';
import { searchPage, searchParams } from './js/pages/search.js';

/** The page's own words, marked data-i18n (text) or data-i18n-placeholder in index.html. */
function translateStatic() {
  document.documentElement.lang = language();
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
    node.placeholder = t(node.dataset.i18nPlaceholder);
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  }
  $('lang').value = language();
}

function showMessage(text) {
  $('message').textContent = text || '';
  $('message').hidden = !text;
}

let routing = 0;

/** Shows what the fragment asks for, then moves the focus to its heading. */
async function route() {
  const mine = ++routing;
  const params = new URLSearchParams(location.hash.slice(1));
  const main = $('main');
  showMessage('');
  main.setAttribute('aria-busy', 'true');
  try {
    if (params.has('stories')) {
      await frontPage(main, frontParams(params));
    } else if (params.get('story')) {
      await storyPage(main, params.get('story'), params.get('as_of'));
    } else if (params.has('search')) {
      await searchPage(main, searchParams(params));
    } else if (params.get('entity')) {
      await entityPage(main, params.get('entity'));
    } else if (params.get('article')) {
      await articlePage(main, params.get('article'));
    } else {
      await frontPage(main);
    }
    if (mine === routing && location.hash.length > 1) {
      const heading = main.querySelector('h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
  } catch (e) {
    if (mine === routing) {
      main.replaceChildren();
      showMessage(e.message);
    }
  } finally {
    main.removeAttribute('aria-busy');
  }
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const words = $('search-input').value.trim();
  if (words) go({ search: words });
});

for (const code of LANGUAGES) {
  const option = el('option', { fr: 'Français', en: 'English' }[code]);
  option.value = code;
  option.lang = code;
  $('lang').append(option);
}
$('lang').addEventListener('change', () => {
  setLanguage($('lang').value);
  translateStatic();
  route();
});

// the skip link moves the focus, not the fragment (which says what is shown)
document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  $('main').focus();
});

window.addEventListener('hashchange', route);
translateStatic();
route();
