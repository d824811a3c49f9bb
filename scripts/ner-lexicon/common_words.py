"""Writes common-fr.txt: the French word forms that news text writes in lower case.

The entity tagger asks it whether a capitalized word that opens a sentence ("Certaines",
"Selon") is an ordinary word. It is counted on OrangeSum (CC BY-SA 4.0 French news,
../shared/eval/corpus/orangesum-fr.jsonl.gz): a form is kept when it occurs at least 3 times in
lower case and at least twice as often in lower case as capitalized inside a sentence. Only word
forms and no text are kept. Usage: python3 common_words.py ORANGESUM.jsonl.gz OUTPUT.txt
"""

import collections
import gzip
import json
import re
import sys

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")

lower = collections.Counter()
capital = collections.Counter()
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as lines:
    for line in lines:
        article = json.loads(line)
        for field in ("title", "lead", "text"):
            text = article.get(field) or ""
            for sentence in re.split(r"[.!?:\n]+", text):
                for i, m in enumerate(WORD.finditer(sentence)):
                    w = m.group().replace("’", "'")
                    # "l'acteur": the elided article is not part of the word
                    w = re.sub(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'", "", w, flags=re.I)
                    if not w:
                        continue
                    if w.islower():
                        lower[w] += 1
                    elif i > 0 and w[0].isupper():
                        capital[w.lower()] += 1
kept = sorted(w for w, n in lower.items() if n >= 3 and n >= 2 * capital[w])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("# French words news writes in lower case, counted on OrangeSum (CC BY-SA 4.0); no text kept\n")
    out.write("\n".join(kept) + "\n")
print(len(kept), "common French words")
