#!/usr/bin/env bash
# Checks for what the build and tests need, and installs what is missing where it can (Debian or
# Ubuntu, as root); otherwise names exactly what to install.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

can_apt() { command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; }
updated=""
apt_install() {
  if [ -z "$updated" ]; then apt-get update -qq >/dev/null 2>&1; updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! "$ROOT/scripts/find-jdk.sh" >/dev/null 2>&1; then
  if can_apt; then
    echo "installing a JDK >= 21…" >&2
    apt_install openjdk-21-jdk-headless 2>/dev/null || apt_install openjdk-25-jdk-headless 2>/dev/null
  fi
  "$ROOT/scripts/find-jdk.sh" >/dev/null || exit 1
fi

if ! command -v mvn >/dev/null 2>&1; then
  if can_apt; then
    echo "installing Maven…" >&2
    apt_install maven
  fi
  command -v mvn >/dev/null 2>&1 || { echo "trame needs Apache Maven ('mvn'): install it, e.g. 'apt-get install maven'." >&2; exit 1; }
fi
# the web UI's browser tests drive Debian's headless chromium through its chromedriver (CI fails
# without them; elsewhere they are skipped with a message)
if ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
  if can_apt; then
    echo "installing chromium and chromium-driver (for the browser tests)…" >&2
    apt_install chromium chromium-driver
  fi
  if ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
    echo "note: the web UI's browser tests need chromium and chromium-driver" \
      "(apt-get install chromium chromium-driver); without them they are skipped (failed when CI=true)." >&2
  fi
fi
exit 0
