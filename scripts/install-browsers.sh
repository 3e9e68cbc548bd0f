#!/bin/sh
# Installs the system browsers the tests run in, where this machine can (as root with apt-get):
# Debian's chromium, firefox-esr, and WebKitGTK's WebKitWebDriver + MiniBrowser with xvfb (the
# MiniBrowser has no headless mode), plus chromium-driver for `npm run bench`, and fonts for the
# scripts the tests lay out (Myanmar, Khmer, Thai, Devanagari, CJK): without them the tests at
# 280 px would measure boxes, not lines. Elsewhere it only says what is missing; `npm test` then
# fails with one line per missing engine, and `BROWSERS=chromium npm test` runs the engines you have.
set -e
missing=""
command -v chromium >/dev/null 2>&1 || [ -n "$CHROME_PATH" ] || missing="$missing chromium"
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || [ -n "$FIREFOX_PATH" ] || missing="$missing firefox-esr"
command -v WebKitWebDriver >/dev/null 2>&1 || missing="$missing webkit2gtk-driver"
command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
# A font for each script the layout tests read (fontconfig comes with the browsers).
has_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list ":lang=$1" family)" ]; }
has_font my && has_font ne || missing="$missing fonts-noto-core"
has_font km || missing="$missing fonts-khmeros"
has_font th || missing="$missing fonts-thai-tlwg"
has_font ja || missing="$missing fonts-noto-cjk"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 $missing >/dev/null
else
  echo "install-browsers: missing Debian packages:$missing (install them, or narrow the run: BROWSERS=chromium npm test)" >&2
fi
