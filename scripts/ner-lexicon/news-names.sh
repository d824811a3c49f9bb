#!/usr/bin/env bash
# Rebuilds trame-core's silver name list (org/trame/analysis/ner/news-names.txt) from OrangeSum:
# the names the tagger types by strong evidence, counted over the corpus (see SilverNames). The
# list is built with an empty list in place, so that it never feeds on itself.
# Usage: scripts/ner-lexicon/news-names.sh [../shared/eval/corpus/orangesum-fr.jsonl.gz]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CORPUS="${1:-$ROOT/../shared/eval/corpus/orangesum-fr.jsonl.gz}"
OUT="$ROOT/trame-core/src/main/resources/org/trame/analysis/ner/news-names.txt"
printf '# empty while it is rebuilt\n' > "$OUT"
"$ROOT/scripts/mvn.sh" -B -q -o package -pl trame-eval -am -DskipTests -Dspotless.check.skip=true
CP="$ROOT/trame-core/target/classes:$ROOT/trame-eval/target/classes:$("$ROOT/scripts/mvn.sh" -B -q -o dependency:build-classpath -pl trame-eval -Dmdep.outputFile=/dev/stdout)"
JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"
"$JAVA_HOME/bin/java" -cp "$CP" org.trame.eval.ner.SilverNames "$CORPUS" "$OUT"
