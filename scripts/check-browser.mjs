// Fails fast, in one line, when no Chromium is installed.
import { findChromium } from './browsers.mjs';

if (!findChromium()) {
  console.error(
    'No Chromium found: run `apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
