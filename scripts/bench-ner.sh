#!/usr/bin/env bash
# trame's entity tagger against Stanford CoreNLP's French CRF on the same HIPE TSV files, in one
# JVM (the test NerPeerBenchmarkTest, in trame-eval's `corenlp` profile: CoreNLP is GPL, so it is
# never on the application's class path). The first run downloads CoreNLP and its French models
# (290 MB) from Maven Central.
# Usage: scripts/bench-ner.sh [--types pers,org,loc] FILE.tsv...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TYPES=pers,org,loc
if [ "${1:-}" = "--types" ]; then
  TYPES="$2"
  shift 2
fi
[ $# -ge 1 ] || { echo "usage: scripts/bench-ner.sh [--types pers,org,loc] FILE.tsv..." >&2; exit 2; }
FILES=()
for f in "$@"; do
  [ -f "$f" ] || { echo "no such file: $f" >&2; exit 2; }
  FILES+=("$(readlink -f "$f")")
done
export TRAME_BENCH_NER="$(IFS=:; echo "${FILES[*]}")" TRAME_BENCH_NER_TYPES="$TYPES"
exec "$ROOT/scripts/mvn.sh" -B -q ${TRAME_MVN_OPTS:-} test -Pcorenlp -pl trame-eval -am \
  -Dtest=NerPeerBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dsurefire.printSummary=false
