#!/bin/sh
# Installs the system browser the tests run in (Debian's chromium), where this machine can:
# as root with apt-get. Elsewhere it only says what is missing; `npm test` then fails with
# one line on how to get a browser.
set -e
if command -v chromium >/dev/null 2>&1 || [ -n "$CHROME_PATH" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "install-browsers: no chromium; install Debian's 'chromium' package or set CHROME_PATH" >&2
fi
