#!/usr/bin/env bash
# Retrains trame-core's entity type model (org/trame/analysis/ner/type-model.txt.gz), an averaged
# perceptron, on silver examples from OrangeSum: the names the rules type by strong evidence of their
# own, and negative ones (NONE) from words the corpus writes in lower case (see TypeModelTrainer).
# Deterministic (fixed seed, corpus order). Run it after changing the rules, the lists or
# CandidateFeatures.
# Usage: scripts/ner-lexicon/type-model.sh [../shared/eval/corpus/orangesum-fr.jsonl.gz]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CORPUS="${1:-$ROOT/../shared/eval/corpus/orangesum-fr.jsonl.gz}"
OUT="$ROOT/trame-core/src/main/resources/org/trame/analysis/ner/type-model.txt.gz"
"$ROOT/scripts/mvn.sh" -B -q -o package -pl trame-eval -am -DskipTests -Dspotless.check.skip=true
CP="$ROOT/trame-core/target/classes:$ROOT/trame-eval/target/classes:$("$ROOT/scripts/mvn.sh" -B -q -o dependency:build-classpath -pl trame-eval -Dmdep.outputFile=/dev/stdout)"
JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"
"$JAVA_HOME/bin/java" -Xmx4g -cp "$CP" org.trame.eval.ner.TypeModelTrainer "$CORPUS" "$OUT"
