// Writes country-aliases.txt: each country's French and English names on one line, tab-separated,
// the French name first, from i18n-iso-countries (MIT). The story engine folds them to one entity,
// so that "Norway" in an English article and "Norvège" in a French one are the same name.
// Usage: cd scripts/ner-lexicon && npm install && node aliases.mjs ../../trame-core/src/main/resources/org/trame/analysis/ner
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) throw new Error('usage: node aliases.mjs OUTPUT_DIR');
const names = (lang) => require(`i18n-iso-countries/langs/${lang}.json`).countries;
const fr = names('fr');
const en = names('en');
const list = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);
const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const lines = [];
for (const code of Object.keys(fr).sort()) {
  const all = [...list(fr[code]), ...list(en[code])].map((s) => s.replace(/’/g, "'").trim());
  const seen = new Set();
  const distinct = all.filter((s) => !seen.has(fold(s)) && seen.add(fold(s)));
  if (distinct.length > 1) lines.push(distinct.join('\t'));
}
writeFileSync(join(out, 'country-aliases.txt'),
  '# country names in French and English, one country per line, French first: i18n-iso-countries (MIT)\n' + lines.join('\n') + '\n');
console.log('country-aliases.txt', lines.length);
