#!/usr/bin/env bash
# Runs Maven with a JDK >= 21, whatever the default java is.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${TRAME_JDK_CHECKED:-}" ]; then
  JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")" || exit 2
  export JAVA_HOME TRAME_JDK_CHECKED=1
fi
if ! command -v mvn >/dev/null 2>&1; then
  echo "trame needs Apache Maven 3.8 or newer ('mvn'); install it, e.g. 'apt-get install maven'." >&2
  exit 2
fi
# Maven's own libraries use sun.misc.Unsafe, which JDK 24+ warns about on every run
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
"$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 \
  || export MAVEN_OPTS="${MAVEN_OPTS/--sun-misc-unsafe-memory-access=allow/}"
cd "$ROOT"
exec mvn "$@"
