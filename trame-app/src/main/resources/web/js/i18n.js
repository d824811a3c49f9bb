// The interface's words in French and English. Data (titles, texts, names) is never translated:
// only what trame itself says. The language is the reader's choice, else the browser's.

const MESSAGES = {
  fr: {
    'app.tagline': 'suivre les histoires de l’actualité',
    skip: 'Aller au contenu',
    colon: ' : ',
    'nav.stories': 'Histoires',
    'nav.search': 'Recherche',
    'nav.label': 'Navigation principale',
    'lang.label': 'Langue',
    'search.label': 'Rechercher dans les articles',
    'search.placeholder': 'par exemple : cascade norvège',
    'search.submit': 'Rechercher',
    'search.title': 'Résultats pour « {q} »',
    'search.total': '{articles} dans {stories}',
    'search.none': 'Aucun article ne correspond.',
    'search.sort': 'Trier par',
    'search.sort.relevance': 'pertinence',
    'search.sort.date': 'date',
    'search.filters': 'Filtres',
    'search.remove': 'retirer le filtre {name}',
    'search.more': 'Histoires suivantes',
    'search.inStory': 'dans l’histoire',
    'search.noStory': 'Articles sans histoire',
    'facets.title': 'Affiner',
    'facets.entities': 'Entités',
    'facets.sources': 'Sources',
    'facets.months': 'Mois',
    'front.title': 'Histoires',
    'front.status': '{stories}, {articles}',
    'front.empty': 'Aucune histoire : ajoutez des articles avec « trame ingest ».',
    'front.more': 'Afficher plus d’histoires',
    'front.sparkline': 'Articles par mois, de {from} à {to}',
    'front.matching': '{stories} sur {total}',
    'front.none': 'Aucune histoire ne correspond à ces filtres.',
    'filters.title': 'Filtrer les histoires',
    'filters.q': 'Mots dans leurs articles',
    'filters.entity': 'Entité nommée',
    'filters.entities': 'Entités demandées',
    'filters.lang': 'Langue des articles',
    'filters.langAll': 'toutes',
    'filters.from': 'Actives depuis le',
    'filters.to': 'Actives jusqu’au',
    'filters.sort': 'Trier par',
    'filters.sort.activity': 'activité récente',
    'filters.sort.date': 'date de début',
    'filters.sort.size': 'nombre d’articles',
    'filters.sources': 'Sources',
    'filters.sourcesChosen': 'Sources ({n} choisies)',
    'filters.apply': 'Filtrer',
    'filters.clear': 'Tout effacer',
    'story.asOf': 'Telle qu’on la connaissait le',
    'story.asOfSlider': 'Rejouer l’histoire',
    'story.show': 'Afficher',
    'story.all': 'Tout',
    'story.asOfNote': 'Seulement ce qui était publié le {date} au plus tard.',
    'story.timeline': 'Chronologie',
    'story.timelineHelp': 'Touches : + et − pour zoomer, flèches pour se déplacer, 0 pour tout voir.',
    'story.zoomIn': 'Zoomer',
    'story.zoomOut': 'Dézoomer',
    'story.zoomReset': 'Tout voir',
    'story.rangeFrom': 'Du',
    'story.rangeTo': 'au',
    'story.timelineChart': 'Chronologie graphique de {from} à {to}',
    'story.timelineEmpty': 'Rien de daté à cette date.',
    'story.claims': 'Ce qui a été annoncé',
    'story.claimsEmpty': 'Aucune annonce suivie pour cette histoire.',
    'story.claimCurrent': 'aujourd’hui : {value}',
    'story.claimSaid': 'annoncé le {date}',
    'claim.atLeast': 'au moins {value}',
    'story.events': 'Événements',
    'story.entities': 'Entités',
    'story.articles': 'Articles',
    'story.articlesEmpty': 'Aucun article publié à cette date.',
    'story.announced': 'annoncé d’avance',
    'story.statement': 'déclaration',
    'change.first': 'première annonce',
    'change.same': 'confirmé',
    'change.refined': 'précisé',
    'change.update': 'changé',
    'change.conflict': 'contradiction',
    'status.announced': 'annoncé',
    'status.confirmed': 'confirmé',
    'status.superseded': 'remplacé',
    'precision.day': 'jour',
    'precision.month': 'mois',
    'precision.season': 'saison',
    'precision.quarter': 'trimestre',
    'precision.half': 'semestre',
    'precision.year': 'année',
    'precision.label': 'précision : {p}',
    'estimated': 'date estimée',
    'undated': 'sans date',
    'unknownSource': 'source inconnue',
    'entity.title': '{name}',
    'entity.summary': 'Nommée dans {articles}, {stories}.',
    'entity.stories': 'Histoires',
    'entity.claims': 'Annonces à son sujet',
    'entity.claimsEmpty': 'Aucune annonce suivie à son sujet.',
    'entity.related': 'Souvent nommées avec',
    'entity.articlesHere': '{n} article la nomme|{n} articles la nomment',
    'entity.search': 'Chercher ses articles',
    'type.PER': 'personne',
    'type.ORG': 'organisation',
    'type.LOC': 'lieu',
    'type.WORK': 'œuvre',
    'type.MISC': 'autre',
    'article.original': 'Voir le texte original',
    'article.clean': 'Voir le texte nettoyé',
    'article.story': 'voir l’histoire',
    'article.copyOf': '{label} de',
    'copy.exact': 'copie exacte',
    'copy.near': 'copie à {pct} %',
    'error.400': 'Demande invalide',
    'error.404': 'Introuvable',
    'error.500': 'Erreur du serveur',
    'error.other': 'Erreur {status}',
    'error.network': 'Le serveur ne répond pas.',
    'loading': 'Chargement…',
    'n.article': '{n} article|{n} articles',
    'n.source': '{n} source|{n} sources',
    'n.copy': '{n} copie|{n} copies',
    'n.story': '{n} histoire|{n} histoires',
    'n.event': '{n} événement|{n} événements',
  },
  en: {
    'app.tagline': 'following news stories',
    skip: 'Skip to content',
    colon: ': ',
    'nav.stories': 'Stories',
    'nav.search': 'Search',
    'nav.label': 'Main navigation',
    'lang.label': 'Language',
    'search.label': 'Search the articles',
    'search.placeholder': 'for instance: cascade norvège',
    'search.submit': 'Search',
    'search.title': 'Results for “{q}”',
    'search.total': '{articles} in {stories}',
    'search.none': 'No article matches.',
    'search.sort': 'Sort by',
    'search.sort.relevance': 'relevance',
    'search.sort.date': 'date',
    'search.filters': 'Filters',
    'search.remove': 'remove the filter {name}',
    'search.more': 'Next stories',
    'search.inStory': 'in the story',
    'search.noStory': 'Articles in no story',
    'facets.title': 'Narrow down',
    'facets.entities': 'Entities',
    'facets.sources': 'Sources',
    'facets.months': 'Months',
    'front.title': 'Stories',
    'front.status': '{stories}, {articles}',
    'front.empty': 'No stories yet: add articles with “trame ingest”.',
    'front.more': 'Show more stories',
    'front.sparkline': 'Articles per month, {from} to {to}',
    'front.matching': '{stories} of {total}',
    'front.none': 'No story matches these filters.',
    'filters.title': 'Filter the stories',
    'filters.q': 'Words in their articles',
    'filters.entity': 'Named entity',
    'filters.entities': 'Entities asked for',
    'filters.lang': 'Language of the articles',
    'filters.langAll': 'all',
    'filters.from': 'Active from',
    'filters.to': 'Active until',
    'filters.sort': 'Sort by',
    'filters.sort.activity': 'recent activity',
    'filters.sort.date': 'start date',
    'filters.sort.size': 'number of articles',
    'filters.sources': 'Sources',
    'filters.sourcesChosen': 'Sources ({n} chosen)',
    'filters.apply': 'Filter',
    'filters.clear': 'Clear all',
    'story.asOf': 'As it was known on',
    'story.asOfSlider': 'Replay the story',
    'story.show': 'Show',
    'story.all': 'All',
    'story.asOfNote': 'Only what was published by {date}.',
    'story.timeline': 'Timeline',
    'story.timelineHelp': 'Keys: + and − to zoom, arrows to move, 0 to see it all.',
    'story.zoomIn': 'Zoom in',
    'story.zoomOut': 'Zoom out',
    'story.zoomReset': 'See all',
    'story.rangeFrom': 'From',
    'story.rangeTo': 'to',
    'story.timelineChart': 'Timeline chart from {from} to {to}',
    'story.timelineEmpty': 'Nothing dated by that day.',
    'story.claims': 'What was announced',
    'story.claimsEmpty': 'No tracked announcements in this story.',
    'story.claimCurrent': 'now: {value}',
    'story.claimSaid': 'said on {date}',
    'claim.atLeast': 'at least {value}',
    'story.events': 'Events',
    'story.entities': 'Entities',
    'story.articles': 'Articles',
    'story.articlesEmpty': 'No article published by that day.',
    'story.announced': 'announced ahead',
    'story.statement': 'statement',
    'change.first': 'first said',
    'change.same': 'confirmed',
    'change.refined': 'refined',
    'change.update': 'changed',
    'change.conflict': 'conflict',
    'status.announced': 'announced',
    'status.confirmed': 'confirmed',
    'status.superseded': 'superseded',
    'precision.day': 'day',
    'precision.month': 'month',
    'precision.season': 'season',
    'precision.quarter': 'quarter',
    'precision.half': 'half year',
    'precision.year': 'year',
    'precision.label': 'precision: {p}',
    'estimated': 'estimated date',
    'undated': 'undated',
    'unknownSource': 'unknown source',
    'entity.title': '{name}',
    'entity.summary': 'Named in {articles}, {stories}.',
    'entity.stories': 'Stories',
    'entity.claims': 'Announcements about it',
    'entity.claimsEmpty': 'No tracked announcements about it.',
    'entity.related': 'Often named with',
    'entity.articlesHere': '{n} article names it|{n} articles name it',
    'entity.search': 'Search its articles',
    'type.PER': 'person',
    'type.ORG': 'organisation',
    'type.LOC': 'place',
    'type.WORK': 'work',
    'type.MISC': 'other',
    'article.original': 'Show the original text',
    'article.clean': 'Show the clean text',
    'article.story': 'see the story',
    'article.copyOf': '{label} of',
    'copy.exact': 'exact copy',
    'copy.near': '{pct} % copy',
    'error.400': 'Bad request',
    'error.404': 'Not found',
    'error.500': 'Server error',
    'error.other': 'Error {status}',
    'error.network': 'The server does not answer.',
    'loading': 'Loading…',
    'n.article': '{n} article|{n} articles',
    'n.source': '{n} source|{n} sources',
    'n.copy': '{n} copy|{n} copies',
    'n.story': '{n} story|{n} stories',
    'n.event': '{n} event|{n} events',
  },
};

export const LANGUAGES = Object.keys(MESSAGES);
const STORED = 'trame.lang';

function initial() {
  let chosen = null;
  try {
    chosen = localStorage.getItem(STORED);
  } catch (e) {
    // storage refused (private mode): the browser's language then
  }
  if (LANGUAGES.includes(chosen)) return chosen;
  const browser = (navigator.language || 'fr').slice(0, 2).toLowerCase();
  return LANGUAGES.includes(browser) ? browser : 'fr';
}

let lang = initial();

export function language() {
  return lang;
}

export function setLanguage(code) {
  if (!LANGUAGES.includes(code)) return;
  lang = code;
  try {
    localStorage.setItem(STORED, code);
  } catch (e) {
    // not kept across visits then; the page still switches
  }
}

/** The message {@code key} with its {placeholders} filled; the key itself when it has none. */
export function t(key, vars = {}) {
  const text = MESSAGES[lang][key] ?? MESSAGES.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** A count with its noun: messages 'one|many'. French counts 0 and 1 as singular. */
export function count(key, n) {
  const [one, many] = t(key, { n }).split('|');
  const singular = lang === 'fr' ? n <= 1 : n === 1;
  return singular ? one : (many ?? one);
}

function formatter(options) {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', ...options });
}

const SEASONS = {
  fr: { SP: 'printemps', SU: 'été', FA: 'automne', WI: 'hiver' },
  en: { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' },
};

const PARTS = {
  fr: { Q: (n) => `${n === 1 ? '1er' : `${n}e`} trimestre`, H: (n) => `${n === 1 ? '1er' : '2e'} semestre` },
  en: { Q: (n) => `Q${n}`, H: (n) => `H${n}` },
};

/** An ISO date at its precision (2021, 2021-03, 2021-03-04, 2021-SU, 2021-Q2, 2021-H2) as the reader's language says it. */
export function date(iso) {
  if (!iso) return t('undated');
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return formatter({ day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));
  }
  if (/^\d{4}-\d{2}$/.test(iso)) {
    return formatter({ month: 'long', year: 'numeric' }).format(new Date(`${iso}-01T00:00:00Z`));
  }
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(iso);
  if (season) return `${SEASONS[lang][season[2]]} ${season[1]}`;
  const part = /^(\d{4})-([QH])(\d)$/.exec(iso);
  if (part) return `${PARTS[lang][part[2]](+part[3])} ${part[1]}`;
  return iso;
}

/** A short month label for axes: "févr. 2021" / "Feb 2021". */
export function shortMonth(time) {
  return formatter({ month: 'short', year: 'numeric' }).format(new Date(time));
}

export function span(first, last) {
  if (!first) return t('undated');
  if (!last || last === first) return date(first);
  return `${date(first)} → ${date(last)}`;
}
