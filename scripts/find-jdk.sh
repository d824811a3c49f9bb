#!/usr/bin/env bash
# Prints the home of a JDK >= 21 (javac included) on this machine, or explains what to install.
# Order: $JAVA_HOME, the javac on PATH, then the usual install folders (newest first).
set -u
MIN=21

jdk_major() { # $1 = a JDK home; prints its major version, or nothing
  local rel="$1/release"
  [ -x "$1/bin/javac" ] || return 0
  if [ -f "$rel" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel"
  else
    "$1/bin/javac" -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p'
  fi
}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
if command -v javac >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
fi
for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
  [ -d "$dir" ] && candidates+=("$dir")
done

best="" best_major=0
for home in "${candidates[@]}"; do
  major=$(jdk_major "$home")
  [ -n "$major" ] || continue
  # the first acceptable one in the order above wins: an explicit JAVA_HOME is respected
  if [ "$major" -ge "$MIN" ]; then best="$home"; best_major=$major; break; fi
done

if [ -z "$best" ]; then
  echo "trame needs a JDK $MIN or newer (with javac); none was found in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2
  echo "Install one, e.g. 'apt-get install openjdk-21-jdk' (Debian 13+/Ubuntu 24.04+) or a Temurin 21+ JDK," >&2
  echo "then run again, or point JAVA_HOME at it." >&2
  exit 1
fi
echo "$best"
