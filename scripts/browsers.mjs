// Where the system browsers are. Tests never download one.
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium() {
  return CHROMIUM_CANDIDATES.find((path) => path && existsSync(path));
}
