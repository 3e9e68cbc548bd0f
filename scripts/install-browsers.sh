#!/bin/sh
# Installs the system browsers the tests run in, where this machine can (as root with apt-get):
# Debian's chromium, firefox-esr, and WebKitGTK's WebKitWebDriver + MiniBrowser with xvfb (the
# MiniBrowser has no headless mode), plus chromium-driver for `npm run bench`. Elsewhere it only
# says what is missing; `npm test` then fails with one line per missing engine, and
# `BROWSERS=chromium npm test` runs the engines you have.
set -e
missing=""
command -v chromium >/dev/null 2>&1 || [ -n "$CHROME_PATH" ] || missing="$missing chromium"
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || [ -n "$FIREFOX_PATH" ] || missing="$missing firefox-esr"
command -v WebKitWebDriver >/dev/null 2>&1 || missing="$missing webkit2gtk-driver"
command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 $missing >/dev/null
else
  echo "install-browsers: missing Debian packages:$missing (install them, or narrow the run: BROWSERS=chromium npm test)" >&2
fi
